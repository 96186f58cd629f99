"""Import pledges and their tracking from an exchange file and export every pledge and its
tracking to one, a pledge at a time."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.core.errors import BadInput
from pledge_app.core.exchange.file_reader import ExchangeIndex, check_exchange_file
from pledge_app.core.exchange.files import ExchangePledge, ImportSummary
from pledge_app.core.exchange.importer import import_checked
from pledge_app.core.exchange.writer import write_export
from pledge_app.core.i18n import translate
from pledge_app.operations.changes import NO_CHANGES, Changes, Done
from pledge_app.operations.files import open_user_file, writing_user_file
from pledge_app.operations.progress import Progress, SilentProgress

if TYPE_CHECKING:
    from pledge_app.core.database import Database

__all__ = [
    "ExchangeFile",
    "ExportResult",
    "ImportSummary",
    "export_file",
    "import_exchange",
    "import_file",
    "read_exchange_file",
]


@dataclass(frozen=True)
class ExchangeFile:
    """An exchange file read and checked against the format, not yet imported.

    Only what the checks against the database need is held in memory; the checked
    pledges wait in temporary files until they are written.
    """

    path: Path
    index: ExchangeIndex

    @property
    def count(self) -> int:
        """How many pledges the file holds."""
        return self.index.count

    @property
    def pledges(self) -> Iterator[ExchangePledge]:
        """The file's pledges, one at a time: versions in file order, then amendments."""
        return self.index.pledges()


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: how many pledges, and where."""

    count: int
    path: Path


def read_exchange_file(path: Path) -> ExchangeFile:
    """Read and check the exchange file at `path` a pledge at a time; raises BadInput or
    ExchangeFileInvalid, naming the file (and the pledge and field), before any database
    is involved."""
    return ExchangeFile(path, check_exchange_file(lambda: open_user_file(path), source=path.name))


@contextmanager
def _without_collection() -> Iterator[None]:
    # The bulk phase makes many short-lived rows and no cycles: full collections would
    # walk every live object again and again for nothing (the profile showed 22 s of 271).
    gc.collect()
    gc.freeze()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.unfreeze()


def import_exchange(
    database: Database, exchange: ExchangeFile, *, progress: Progress | None = None
) -> Done[ImportSummary]:
    """Store the pledges of a file already read, then their tracking, all or nothing, in
    one transaction.

    The transaction has no safe point to stop at half-way, so Cancel is not heeded.
    """
    progress = progress or SilentProgress()
    total = exchange.count
    label = translate("exchange", "Importing {count} pledges from {file}…").format(
        count=total, file=exchange.path.name
    )
    progress.begin(total, label)
    try:
        with _without_collection(), database.begin() as session:
            summary = import_checked(
                session,
                exchange.index.heads,
                exchange.index.pledges,
                source=exchange.path.name,
                tracking=exchange.index.tracking_input(),
            )
    finally:
        exchange.index.close()
    progress.advance(total, label)
    # Pledges, the units they name and the audit all changed: every view reads again.
    return Done(summary, Changes.of_everything())


def import_file(
    database: Database, path: Path, *, progress: Progress | None = None
) -> Done[ImportSummary]:
    """Import the exchange file at `path`; a file that cannot be read or breaks the format
    is refused before the database is touched, and any other problem rolls everything back."""
    exchange = read_exchange_file(path)
    return import_exchange(database, exchange, progress=progress)


def _refuse_the_database_itself(database: Database, path: Path) -> None:
    # Written whole and renamed into place, an export onto the database file would
    # replace the database with its own JSON.
    name = database.engine.url.database
    if database.engine.url.get_backend_name() != "sqlite" or not name or name == ":memory:":
        return
    if path.resolve() == Path(name).resolve():
        raise BadInput(
            translate(
                "exchange", "{file} is the database itself; choose another file for the export."
            ).format(file=path)
        )


def export_file(
    database: Database, path: Path, *, progress: Progress | None = None
) -> Done[ExportResult]:
    """Write every pledge to the exchange file `path` a pledge at a time, replacing it only
    once it is complete."""
    _refuse_the_database_itself(database, path)
    progress = progress or SilentProgress()
    label = translate("exchange", "Exporting the pledges to {file}…").format(file=path)

    def advance(done: int, total: int) -> None:
        if done == 0:
            progress.begin(total, label)
        else:
            progress.advance(done, label)

    with database.begin() as session, writing_user_file(path) as stream:
        count = write_export(session, stream, on_pledge=advance)
    return Done(ExportResult(count=count, path=path), NO_CHANGES)
