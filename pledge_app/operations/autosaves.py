"""Autosaves of new pledges that were never saved (after a crash or a kill): found when a
database opens, so the clerk is offered each one back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from pledge_app.core import autosave, pledges
from pledge_app.operations.changes import NO_CHANGES, Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database


@dataclass(frozen=True)
class OrphanAutosave:
    """A new pledge's typing kept automatically but never saved as a pledge."""

    pledge_id: str
    number: str
    title: str
    responsible: str
    tasks: int
    saved_at: datetime


def orphan_autosaves(database: Database) -> Done[tuple[OrphanAutosave, ...]]:
    """Every autosave of a pledge never saved, newest first."""
    with database.begin() as session:
        snapshots = autosave.list_orphan_autosaves(session)
    return Done(
        tuple(
            OrphanAutosave(
                pledge_id=snapshot.pledge_id,
                number=snapshot.content.number,
                title=snapshot.content.title,
                responsible=snapshot.content.responsible.unit,
                tasks=len(snapshot.content.tasks),
                saved_at=snapshot.saved_at,
            )
            for snapshot in snapshots
        ),
        NO_CHANGES,
    )


def discard_orphan_autosave(database: Database, pledge_id: str) -> Done[None]:
    """Forget the autosave of a pledge never saved; a saved pledge's autosave is kept."""
    with database.begin() as session:
        # Between listing and answering, the pledge may have been saved (another
        # window): its autosave then belongs to the editor, not to this offer.
        if not pledges.pledge_exists(session, pledge_id):
            autosave.discard_autosave(session, pledge_id)
    return Done(None, NO_CHANGES)
