"""Import pledges from an exchange file and export every pledge to one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.core.exchange.files import (
    ExchangePledge,
    ImportSummary,
    dumps_document,
    export_document,
    export_pledges,
    import_pledges,
    parse_exchange,
)
from pledge_app.core.i18n import translate
from pledge_app.operations.changes import NO_CHANGES, Changes, Done
from pledge_app.operations.files import read_user_file, write_user_file
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
    """An exchange file read and checked against the format, not yet imported."""

    path: Path
    pledges: tuple[ExchangePledge, ...]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: how many pledges, and where."""

    count: int
    path: Path


def read_exchange_file(path: Path) -> ExchangeFile:
    """The pledges of the exchange file at `path`; raises BadInput or ExchangeFileInvalid,
    naming the file (and the pledge and field), before any database is involved."""
    return ExchangeFile(path, tuple(parse_exchange(read_user_file(path), source=path.name)))


def import_exchange(
    database: Database, exchange: ExchangeFile, *, progress: Progress | None = None
) -> Done[ImportSummary]:
    """Store the pledges of a file already read, all or nothing, in one transaction.

    The transaction has no safe point to stop at half-way, so Cancel is not heeded.
    """
    progress = progress or SilentProgress()
    total = len(exchange.pledges)
    label = translate("exchange", "Importing {count} pledges from {file}…").format(
        count=total, file=exchange.path.name
    )
    progress.begin(total, label)
    with database.begin() as session:
        summary = import_pledges(session, exchange.pledges, source=exchange.path.name)
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


def export_file(
    database: Database, path: Path, *, progress: Progress | None = None
) -> Done[ExportResult]:
    """Write every pledge to the exchange file `path`, replacing it only once it is complete."""
    progress = progress or SilentProgress()
    progress.begin(0, translate("exchange", "Exporting the pledges to {file}…").format(file=path))
    with database.begin() as session:
        pledges = export_pledges(session)
    write_user_file(path, dumps_document(export_document(pledges)).encode("utf-8"))
    return Done(ExportResult(count=len(pledges), path=path), NO_CHANGES)
