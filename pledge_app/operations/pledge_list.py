"""The pledge list: reading its rows, and deleting drafts from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pledge_app.operations.changes import NO_CHANGES, Changes, Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.views import PledgeRow


def pledge_rows(database: Database) -> Done[tuple[PledgeRow, ...]]:
    """Every pledge as a light row for the list."""
    # Core is imported on first use: the window paints before SQLAlchemy loads.
    from pledge_app.core.pledges import list_pledges

    with database.begin() as session:
        return Done(tuple(list_pledges(session)))


@dataclass(frozen=True)
class DeletedDrafts:
    """The drafts that were deleted, by id."""

    pledge_ids: tuple[str, ...]

    @property
    def count(self) -> int:
        """How many drafts were deleted."""
        return len(self.pledge_ids)


def delete_drafts(database: Database, pledge_ids: Sequence[str]) -> Done[DeletedDrafts]:
    """Delete these drafts for good, all or none: one that is no longer a draft stops them
    all, so the clerk never ends with half of what they confirmed."""
    from pledge_app.core.pledges import delete_pledge

    ids = tuple(dict.fromkeys(pledge_ids))
    if not ids:
        return Done(DeletedDrafts(()), NO_CHANGES)
    with database.begin() as session:
        for pledge_id in ids:
            delete_pledge(session, pledge_id)
    return Done(DeletedDrafts(ids), Changes.of_pledges(ids))
