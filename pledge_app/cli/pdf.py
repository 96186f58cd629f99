"""`pdf`: one PDF file per pledge into a folder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledge_app.cli.support import EXIT_FAILED, EXIT_OK, open_database_of, say, warn
from pledge_app.core.errors import BadInput, PledgeError
from pledge_app.core.i18n import translate
from pledge_app.core.pdf_file_names import pdf_file_names

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pledge_app.core.views import PledgeView


def _render(view: PledgeView) -> bytes | None:
    """The PDF of `view`, or None after naming what cannot be printed."""
    import io

    from pledge_app.reports.pledge_pdf import UnprintableText, render_pledge_pdf

    buffer = io.BytesIO()  # a failure half-way must not leave a broken file behind
    try:
        render_pledge_pdf(view, buffer)
    except UnprintableText as error:
        warn(
            translate("cli", "Not printed: {number} “{title}” ({id}):\n{reason}").format(
                number=view.content.number, title=view.content.title, id=view.id, reason=error
            )
        )
        return None
    return buffer.getvalue()


def _write_pending(path: Path, data: bytes) -> Path:
    """Write `data` beside `path` under a temporary name, renamed into place after commit."""
    pending = path.with_name(f".{path.name}.pending")
    try:
        pending.write_bytes(data)
    except OSError as error:
        raise PledgeError(
            translate("cli", "Cannot write {file}: {reason}").format(
                file=path, reason=error.strerror or error
            )
        ) from error
    return pending


def _print_pledges(session: Session, ids: list[str], out: Path) -> tuple[list[Path], int]:
    """Render each pledge and register the copies of signed ones; (files pending, failures)."""
    from pledge_app.core import pledges
    from pledge_app.core.printed_copies import register_printed_copy

    views = [pledges.get_pledge(session, pledge_id) for pledge_id in ids]
    pending: list[Path] = []
    failed = 0
    try:
        for view, name in zip(views, pdf_file_names(views), strict=True):
            data = _render(view)
            if data is None:
                failed += 1
                continue
            # The very bytes written are the ones registered: `verify` knows them by SHA-256.
            register_printed_copy(session, view.id, data)
            pending.append(_write_pending(out / name, data))
    except BaseException:
        for path in pending:
            path.unlink(missing_ok=True)
        raise
    return pending, failed


def run_pdf(args: argparse.Namespace) -> int:
    from pledge_app.core import pledges

    if not args.all and not args.ids:
        raise BadInput(translate("cli", "Name the pledges to print by id, or give --all."))
    out = Path(args.out)
    db = open_database_of(args)
    pending: list[Path] = []
    try:
        # One transaction: a signed pledge's copies are registered only if all is written.
        with db.begin() as session:
            ids = pledges.all_pledge_ids(session) if args.all else list(dict.fromkeys(args.ids))
            unknown = [
                pledge_id for pledge_id in ids if not pledges.pledge_exists(session, pledge_id)
            ]
            if unknown:
                raise BadInput(
                    translate(
                        "cli", "There is no pledge with the id {ids}; nothing was printed."
                    ).format(ids=", ".join(unknown))
                )
            if not ids:
                say(translate("cli", "There are no pledges to print."))
                return EXIT_OK
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise PledgeError(
                    translate("cli", "Cannot create the folder {folder}: {reason}").format(
                        folder=out, reason=error.strerror or error
                    )
                ) from error
            pending, failed = _print_pledges(session, ids, out)
    except BaseException:
        for path in pending:
            path.unlink(missing_ok=True)
        raise
    finally:
        db.dispose()
    for path in pending:
        path.replace(path.with_name(path.name[1 : -len(".pending")]))
    say(
        translate("cli", "Wrote {count} PDF files to {folder}.").format(
            count=len(pending), folder=out
        )
    )
    if failed:
        warn(translate("cli", "{count} pledges could not be printed.").format(count=failed))
        return EXIT_FAILED
    return EXIT_OK


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `pdf` to the subcommands."""
    pdf = commands.add_parser(
        "pdf", parents=[common], help=translate("cli", "write one PDF file per pledge")
    )
    pdf.add_argument("ids", metavar="ID", nargs="*", help=translate("cli", "pledge ids"))
    pdf.add_argument("--all", action="store_true", help=translate("cli", "print every pledge"))
    pdf.add_argument(
        "--out", metavar="DIR", required=True, help=translate("cli", "the folder to write into")
    )
    pdf.set_defaults(run=run_pdf)
