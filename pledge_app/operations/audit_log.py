"""The audit log as the clerk reads it: every entry, with the names of the pledges."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pledge_app.operations.changes import Done

if TYPE_CHECKING:
    from pledge_app.core.audit import AuditView
    from pledge_app.core.database import Database


@dataclass(frozen=True)
class AuditLog:
    """The entries, newest first, and how each pledge still in the database is named."""

    entries: tuple[AuditView, ...]
    #: (pledge id, "number title") for every pledge in the database.
    pledge_names: tuple[tuple[str, str], ...]


def audit_log(database: Database) -> Done[AuditLog]:
    """The whole audit log and the pledges' names, read in one transaction."""
    # Core is imported on first use: the window paints before SQLAlchemy loads.
    from pledge_app.core.audit import list_entries
    from pledge_app.core.pledges import list_pledges

    with database.begin() as session:
        entries = tuple(list_entries(session))
        names = tuple((row.id, f"{row.number} {row.title}") for row in list_pledges(session))
    return Done(AuditLog(entries=entries, pledge_names=names))
