"""Printing pledges: to bytes, to a file the clerk names, to a printer, or a batch to a folder.

Every copy of a signed (or superseded) pledge that leaves the application is registered by
the SHA-256 of the very bytes written, in the same transaction, so `verify` knows it later.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.core.errors import BadInput, PledgeError
from pledge_app.core.i18n import translate
from pledge_app.core.pdf_file_names import PdfFileNamer
from pledge_app.operations.changes import NO_CHANGES, Changes, Done
from pledge_app.operations.files import write_user_file
from pledge_app.operations.progress import Cancelled, Progress, SilentProgress

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pledge_app.core.database import Database
    from pledge_app.core.views import PledgeView
    from pledge_app.operations.print_pool import Rendered

log = logging.getLogger(__name__)

#: The suffix of a batch's files until the transaction that registers them has committed.
PENDING_SUFFIX = ".pending"


def unprintable_places(view: PledgeView) -> list[str]:
    """Where the pledge holds characters no font can print; empty when all can print."""
    from pledge_app.reports.pledge_pdf import check_printable  # ReportLab loads on first use

    return check_printable(view)


def render_pdf(view: PledgeView, *, progress: Progress | None = None) -> bytes:
    """The printed pledge as PDF bytes; raises UnprintableText before building anything, and
    Cancelled (between pages) when `progress` is cancelled."""
    from pledge_app.reports.pledge_pdf import render_pledge_pdf

    on_page = None
    if progress is not None:
        watched = progress
        watched.begin(0, translate("printing", "Laying out the pledge…"))

        def on_page(number: int) -> None:
            if watched.cancelled():
                raise Cancelled(translate("printing", "Printing was cancelled."))
            label = translate("printing", "Laying out page {page}…").format(page=number)
            watched.advance(number, label)

    buffer = io.BytesIO()  # a failure half-way must not leave a broken file behind
    render_pledge_pdf(view, buffer, on_page=on_page)
    return buffer.getvalue()


def pdf_file_name(view: PledgeView) -> str:
    """The file name a single pledge's PDF is offered under: safe on Windows."""
    return PdfFileNamer().name_for(view)


def pledge_pdf(database: Database, pledge_id: str) -> Done[bytes]:
    """The PDF of the pledge as saved (for a preview); nothing is registered."""
    from pledge_app.core.pledges import get_pledge

    with database.begin() as session:
        view = get_pledge(session, pledge_id)
    return Done(render_pdf(view))


def register_copy(database: Database, view: PledgeView, *, data: bytes) -> Done[None]:
    """Remember that `data` (printed on paper) is a copy of `view`, if it is signed."""
    from pledge_app.core.printed_copies import REGISTERED_STATUSES, register_printed_copy

    if view.status not in REGISTERED_STATUSES:
        return Done(None)
    with database.begin() as session:
        register_printed_copy(session, view.id, data)
    return Done(None, Changes(audit=True))


def save_pdf(database: Database, view: PledgeView, *, data: bytes, path: Path) -> Done[Path]:
    """Write `data`, the PDF of `view`, to `path` (given a .pdf suffix); a signed pledge's
    copy is registered in the same transaction, so a file not written leaves no registration."""
    from pledge_app.core.printed_copies import REGISTERED_STATUSES, register_printed_copy

    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if view.status not in REGISTERED_STATUSES:
        write_user_file(path, data)
        return Done(path)
    with database.begin() as session:
        register_printed_copy(session, view.id, data)
        write_user_file(path, data)
    return Done(path, Changes(audit=True))


@dataclass(frozen=True)
class SkippedPledge:
    """A pledge of a batch that was not printed, and why."""

    pledge_id: str
    number: str
    title: str
    label: str
    reason: str


@dataclass(frozen=True)
class PrintedBatch:
    """What a batch wrote: the files, the pledges skipped and why, whether it was cut short."""

    folder: Path
    total: int
    written: tuple[str, ...] = ()
    skipped: tuple[SkippedPledge, ...] = ()
    cancelled: bool = False

    @property
    def not_reached(self) -> int:
        """Pledges neither written nor skipped because the batch was cancelled."""
        return self.total - len(self.written) - len(self.skipped)


@dataclass
class _Batch:
    written: list[str] = field(default_factory=list)
    pending: list[Path] = field(default_factory=list)
    skipped: list[SkippedPledge] = field(default_factory=list)
    cancelled: bool = False


def _pending_path(path: Path) -> Path:
    return path.with_name(f".{path.name}{PENDING_SUFFIX}")


def _settle_stale_pending(session: Session, folder: Path) -> None:
    """Settle the hidden .pending files a killed batch left in `folder`.

    Killed before its commit, a batch registered nothing: its files are nobody's copy and
    go. Killed between its commit and the renames, its files are registered copies: they
    take their real names, as the batch would have given them.
    """
    from pledge_app.core.printed_copies import find_printed_copy, pdf_sha256

    try:
        stale = list(folder.glob(f".*.pdf{PENDING_SUFFIX}"))
    except OSError:
        return
    for path in stale:
        final = path.with_name(path.name[1 : -len(PENDING_SUFFIX)])
        try:
            registered = find_printed_copy(session, pdf_sha256(path.read_bytes())) is not None
            if registered and not final.exists():
                path.replace(final)
            else:
                path.unlink()
        except OSError:
            log.warning("Cannot settle the leftover %s", path)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PledgeError(
            translate("printing", "Cannot create the folder {folder}: {reason}").format(
                folder=folder, reason=error.strerror or error
            )
        ) from error


def _cannot_write(path: Path, error: BaseException) -> str:
    """Why `path` was not written, naming the file the clerk will look for, not the pending one."""
    cause = error if isinstance(error, OSError) else error.__cause__
    reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(error)
    return translate("files", "Cannot write {file}: {reason}").format(file=path, reason=reason)


def _print_one(
    session: Session,
    view: PledgeView,
    rendered: Rendered,
    *,
    target: Path,
    batch: _Batch,
    label: str,
) -> None:
    """Write `view`'s rendering into a pending file for `target` and register it; a pledge
    that could not be rendered or written is skipped, so it never blocks the others."""
    from pledge_app.core.printed_copies import register_printed_copy

    def skip(reason: str) -> None:
        batch.skipped.append(
            SkippedPledge(view.id, view.content.number, view.content.title, label, reason)
        )

    if rendered.data is None:  # unprintable characters, a damaged image
        skip(rendered.problem)
        return
    data = rendered.data
    pending = _pending_path(target)
    try:
        write_user_file(pending, data)
    except PledgeError as error:  # a name this file system refuses, a full disk
        skip(_cannot_write(target, error))
        return
    batch.pending.append(pending)
    batch.written.append(target.name)
    # The very bytes written are the ones registered: `verify` knows them by SHA-256.
    register_printed_copy(session, view.id, data)


def _reveal(folder: Path, batch: _Batch) -> None:
    """Give the committed files their real names."""
    for pending, name in zip(batch.pending, batch.written, strict=True):
        try:
            pending.replace(folder / name)
        except OSError as error:  # rare: the file was written a moment ago, beside it
            raise PledgeError(_cannot_write(folder / name, error)) from error


def print_to_folder(
    database: Database,
    folder: Path,
    *,
    pledge_ids: Sequence[str] | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Done[PrintedBatch]:
    """One PDF per pledge (every pledge when `pledge_ids` is None) into `folder`.

    One transaction: the files are written under hidden pending names while the copies
    of signed pledges are registered, and take their real names only after the commit;
    a batch that fails or is killed leaves neither registrations nor visible files. A
    pledge that cannot be rendered or written is reported and the others go on; Cancel
    stops after the pledge being written and keeps what was done. A big batch is rendered
    on `workers` processes (one per core when None); this process writes and registers.
    """
    from pledge_app.core import pledges
    from pledge_app.operations.print_pool import render_in_order

    progress = progress or SilentProgress()
    batch = _Batch()
    try:
        with database.begin() as session:
            ids = (
                pledges.all_pledge_ids(session)
                if pledge_ids is None
                else list(dict.fromkeys(pledge_ids))
            )
            unknown = [pid for pid in ids if not pledges.pledge_exists(session, pid)]
            if unknown:
                raise BadInput(
                    translate(
                        "printing", "There is no pledge with the id {ids}; nothing was printed."
                    ).format(ids=", ".join(unknown))
                )
            if not ids:
                return Done(PrintedBatch(folder=folder, total=0))
            _make_folder(folder)
            _settle_stale_pending(session, folder)
            progress.begin(
                len(ids), translate("printing", "Printing {count} pledges…").format(count=len(ids))
            )
            namer = PdfFileNamer()

            def views() -> Iterator[PledgeView]:
                for pledge_id in ids:
                    if progress.cancelled():
                        return
                    yield pledges.get_pledge(session, pledge_id)

            rendered = render_in_order(views(), count=len(ids), workers=workers)
            handled = 0
            try:
                for view, output in rendered:
                    if progress.cancelled():
                        break
                    label = translate("printing", "{number} “{title}”").format(
                        number=view.content.number, title=view.content.title
                    )
                    target = folder / namer.name_for(view)
                    _print_one(session, view, output, target=target, batch=batch, label=label)
                    handled += 1
                    progress.advance(handled, label)
            finally:
                rendered.close()  # stops the workers: the pledges in flight are not written
            batch.cancelled = handled < len(ids)
    except BaseException:
        for path in batch.pending:
            path.unlink(missing_ok=True)
        raise
    _reveal(folder, batch)
    result = PrintedBatch(
        folder=folder,
        total=len(ids),
        written=tuple(batch.written),
        skipped=tuple(batch.skipped),
        cancelled=batch.cancelled,
    )
    return Done(result, Changes(audit=True) if batch.written else NO_CHANGES)
