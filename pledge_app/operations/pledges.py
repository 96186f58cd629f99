"""A pledge's life in the editor: open, create, save, finalise, reopen, amend, and the autosave
that keeps unsaved typing between saves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pledge_app.core import amendments, audit, autosave, editing, numbering, units
from pledge_app.core import pledges as core_pledges
from pledge_app.core.compare import changed_fields
from pledge_app.core.errors import NotFound
from pledge_app.core.i18n import translate
from pledge_app.operations.changes import NO_CHANGES, Changes, Done

if TYPE_CHECKING:
    from pledge_app.core.autosave import AutosaveSnapshot
    from pledge_app.core.database import Database
    from pledge_app.core.views import PledgeContent, PledgeView


@dataclass(frozen=True)
class OpenedPledge:
    """What the editor shows for a pledge: `stored` is None for one never saved."""

    pledge_id: str
    stored: PledgeView | None
    content: PledgeContent
    unit_names: tuple[str, ...]
    #: Every version of the pledge, oldest first (empty for one never saved).
    versions: tuple[PledgeView, ...]
    #: Unsaved content kept automatically for this pledge, if any.
    autosave: AutosaveSnapshot | None


def open_pledge(
    database: Database, pledge_id: str, *, year: int, must_exist: bool = False
) -> Done[OpenedPledge]:
    """The pledge `pledge_id` as stored, or a new pledge's content (in `year`) under that id
    when none is stored yet (NotFound instead when `must_exist`: the list showed a pledge
    someone has deleted since); with its versions and any autosave, in one transaction."""
    with database.begin() as session:
        names = tuple(units.list_unit_names(session))
        snapshot = autosave.load_autosave(session, pledge_id)
        if not core_pledges.pledge_exists(session, pledge_id):
            if must_exist:
                raise NotFound(
                    translate(
                        "pledges", "This pledge no longer exists: someone deleted it meanwhile."
                    )
                )
            content = editing.new_pledge_content(session, year=year)
            return Done(OpenedPledge(pledge_id, None, content, names, (), snapshot))
        stored = core_pledges.get_pledge(session, pledge_id)
        versions = tuple(amendments.version_chain(session, pledge_id))
    return Done(OpenedPledge(pledge_id, stored, stored.content, names, versions, snapshot))


def load_pledge(database: Database, pledge_id: str) -> Done[PledgeView]:
    """The pledge `pledge_id` as stored."""
    with database.begin() as session:
        return Done(core_pledges.get_pledge(session, pledge_id))


def pledge_versions(database: Database, pledge_id: str) -> Done[tuple[PledgeView, ...]]:
    """Every version of the pledge `pledge_id` belongs to, oldest first."""
    with database.begin() as session:
        return Done(tuple(amendments.version_chain(session, pledge_id)))


def create_pledge(
    database: Database, content: PledgeContent, *, pledge_id: str | None = None
) -> Done[PledgeView]:
    """Store `content` as a new draft (under `pledge_id` if given); its autosave is spent;
    audited, so the log starts where the pledge does."""
    with database.begin() as session:
        view = core_pledges.create_pledge(session, content, pledge_id=pledge_id)
        # The office's counter moves past a number of its pattern, typed or offered.
        numbering.note_number_used(session, content.number, year=content.year)
        autosave.discard_autosave(session, view.id)
        audit.record(
            session,
            "created",
            pledge_id=view.id,
            details={"number": view.content.number, "title": view.content.title},
        )
    return Done(view, Changes.of_pledges([view.id]))


def save_pledge(
    database: Database, pledge_id: str, *, content: PledgeContent, expected_version: int
) -> Done[PledgeView]:
    """Replace a draft's content; ConcurrentEdit when someone saved it since
    `expected_version` was read, and then nothing changes. A save that changed something
    is one audit entry naming the fields it changed."""
    with database.begin() as session:
        before = core_pledges.get_pledge(session, pledge_id).content
        view = core_pledges.save_pledge(
            session, pledge_id, content, expected_version=expected_version
        )
        autosave.discard_autosave(session, pledge_id)
        fields = changed_fields(before, view.content)
        if fields:
            audit.record(session, "edited", pledge_id=pledge_id, details={"fields": list(fields)})
    return Done(view, Changes.of_pledges([pledge_id], audit=bool(fields)))


def finalise_pledge(
    database: Database, pledge_id: str, *, expected_version: int | None
) -> Done[PledgeView]:
    """Freeze a complete draft as ready to sign; ValidationFailed names what is missing."""
    with database.begin() as session:
        view = core_pledges.finalise_pledge(session, pledge_id, expected_version=expected_version)
    return Done(view, Changes.of_pledges([pledge_id]))


def reopen_pledge(
    database: Database, pledge_id: str, *, expected_version: int | None
) -> Done[PledgeView]:
    """Return a pledge that is ready to sign to draft; signatures already given lapse."""
    with database.begin() as session:
        view = core_pledges.reopen_pledge(session, pledge_id, expected_version=expected_version)
    return Done(view, Changes.of_pledges([pledge_id]))


def amend_pledge(database: Database, pledge_id: str, *, reason: str = "") -> Done[PledgeView]:
    """Start the next version of a signed pledge as a draft; the signed one stays in force.
    `reason` (修改原因) is recorded with the amendment in the audit log."""
    with database.begin() as session:
        draft = amendments.amend_pledge(session, pledge_id, reason=reason)
    # The signed version's list row shows that an amendment is under way.
    return Done(draft, Changes.of_pledges([pledge_id, draft.id]))


def store_autosave(database: Database, pledge_id: str, *, content: PledgeContent) -> Done[None]:
    """Keep `content` as the unsaved state of `pledge_id` (not a save: nothing else sees it)."""
    with database.begin() as session:
        autosave.store_autosave(session, pledge_id, content)
    return Done(None, NO_CHANGES)


def discard_autosave(database: Database, pledge_id: str) -> Done[None]:
    """Forget the unsaved state kept for `pledge_id`, if any."""
    with database.begin() as session:
        autosave.discard_autosave(session, pledge_id)
    return Done(None, NO_CHANGES)


def recover_autosave(database: Database, pledge_id: str) -> Done[AutosaveSnapshot | None]:
    """Take the autosave of a pledge never saved (e.g. after a crash): it is handed back
    and forgotten in one step, so it is offered only once."""
    with database.begin() as session:
        snapshot = autosave.load_autosave(session, pledge_id)
        autosave.discard_autosave(session, pledge_id)
    return Done(snapshot, NO_CHANGES)
