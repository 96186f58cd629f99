"""Units and signatories: reading them with how often pledges name them, and the edits the
Units & signatories page makes (seals, signatories, stored signatures); the units register
(add, change, rename, merge, import from .xlsx) and signatories' terms."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pledge_app.operations.changes import NO_CHANGES, Changes, Done

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from pledge_app.core.database import Database
    from pledge_app.core.unit_history import UnitMove
    from pledge_app.core.unit_import import UnitImport
    from pledge_app.core.unit_kinds import UnitKind
    from pledge_app.core.unit_register import RegisterEntry, SignatoryTerm
    from pledge_app.core.views import SignatoryView, UnitView
    from pledge_app.operations.progress import Progress


@dataclass(frozen=True)
class UnitUse:
    """A unit, its register entry, and how many pledges name it as issuer and as
    responsible unit."""

    unit: UnitView
    entry: RegisterEntry
    as_issuer: int = 0
    as_responsible: int = 0


def units_in_use(database: Database) -> Done[tuple[UnitUse, ...]]:
    """Every unit with its seal, signatories, register entry and the pledges naming it,
    in print order."""
    # Core is imported on first use: the window paints before SQLAlchemy loads.
    from pledge_app.core.pledges import list_pledges
    from pledge_app.core.unit_register import list_register
    from pledge_app.core.units import list_units

    with database.begin() as session:
        units = {unit.id: unit for unit in list_units(session)}
        entries = list_register(session)
        rows = list_pledges(session)
    as_issuer = Counter(row.issuer for row in rows)
    as_responsible = Counter(row.responsible for row in rows)
    return Done(
        tuple(
            UnitUse(units[entry.id], entry, as_issuer[entry.name], as_responsible[entry.name])
            for entry in entries
        )
    )


def units_register(database: Database) -> Done[tuple[RegisterEntry, ...]]:
    """The units register in print order, former units included."""
    from pledge_app.core.unit_register import list_register

    with database.begin() as session:
        return Done(tuple(list_register(session)))


def add_unit(
    database: Database,
    name: str,
    *,
    kind: UnitKind,
    print_order: int | None = None,
    active: bool = True,
) -> Done[RegisterEntry]:
    """Add a unit to the register (last in print order unless given); audited."""
    from pledge_app.core import units
    from pledge_app.core.unit_register import register_entry

    with database.begin() as session:
        unit = units.add_unit(session, name, kind=kind, print_order=print_order, active=active)
        entry = register_entry(session, unit.name)
    return Done(entry, Changes.of_units([entry.id]))


def change_unit(
    database: Database,
    name: str,
    *,
    kind: UnitKind | None = None,
    print_order: int | None = None,
    active: bool | None = None,
) -> Done[RegisterEntry]:
    """Change a unit's type, print order or active flag (None keeps it); audited."""
    from pledge_app.core import units
    from pledge_app.core.unit_register import register_entry

    with database.begin() as session:
        unit = units.update_unit(session, name, kind=kind, print_order=print_order, active=active)
        entry = register_entry(session, unit.name)
    return Done(entry, Changes.of_units([entry.id]))


def _moved(move: UnitMove) -> Changes:
    pledges = {m.pledge_id for m in move.moved_drafts}
    return Changes.of_units([move.old_id, move.new_id]) | Changes.of_pledges(pledges)


def rename_unit(database: Database, name: str, *, to: str) -> Done[UnitMove]:
    """Rename a unit; signed pledges keep the name they were signed with; audited."""
    from pledge_app.core.unit_history import rename_unit as rename

    with database.begin() as session:
        move = rename(session, name, to=to)
    return Done(move, _moved(move))


def merge_units(database: Database, name: str, *, into: str) -> Done[UnitMove]:
    """Merge a unit into another; its drafts move, signed pledges stay; audited."""
    from pledge_app.core.unit_history import merge_units as merge

    with database.begin() as session:
        move = merge(session, name, into=into)
    return Done(move, _moved(move))


def import_units(
    database: Database, path: Path, *, progress: Progress | None = None
) -> Done[UnitImport]:
    """Add or update the units of an .xlsx sheet, all or nothing; bad cells are named."""
    from pledge_app.core.unit_import import import_units as store
    from pledge_app.core.unit_import import read_unit_sheet
    from pledge_app.operations.files import read_user_file
    from pledge_app.operations.progress import SilentProgress

    progress = progress or SilentProgress()
    progress.begin(2, path.name)
    rows = read_unit_sheet(read_user_file(path), file_name=path.name)
    progress.advance(1, path.name)
    with database.begin() as session:
        result = store(session, rows, file_name=path.name)
    progress.advance(2, path.name)
    return Done(result, Changes.of_everything() if result.added or result.updated else NO_CHANGES)


def set_signatory_term(
    database: Database, signatory_id: str, *, held_from: date | None, held_to: date | None
) -> Done[SignatoryTerm]:
    """Say from when to when the signatory held the post; audited."""
    from pledge_app.core.unit_register import SignatoryTerm
    from pledge_app.core.units import set_signatory_term as set_term

    with database.begin() as session:
        person = set_term(session, signatory_id, held_from=held_from, held_to=held_to)
        term = SignatoryTerm(person.id, person.name, person.title, person.held_from, person.held_to)
        unit_id = person.unit_id
    return Done(term, Changes.of_units([unit_id]))


def set_seal(database: Database, unit_name: str, *, image: bytes | None) -> Done[UnitView]:
    """Give the unit its seal (a PNG; a JPEG is kept as PNG), or remove it with None; audited."""
    from pledge_app.core.signing import set_unit_seal

    with database.begin() as session:
        set_unit_seal(session, unit_name, image)
        unit = _unit_named(session, unit_name)
    return Done(unit, Changes.of_units([unit.id]))


def add_signatory(
    database: Database,
    unit_name: str,
    *,
    name: str,
    title: str,
    held_from: date | None = None,
    held_to: date | None = None,
) -> Done[SignatoryView]:
    """Add a person who signs for the unit (from when to when, if known); names are unique
    within a unit; audited."""
    from pledge_app.core import units

    with database.begin() as session:
        signatory = units.add_signatory(
            session, unit_name, name=name, title=title, held_from=held_from, held_to=held_to
        )
        unit = _unit_named(session, unit_name)
    return Done(signatory, Changes.of_units([unit.id]))


def store_signature(
    database: Database, signatory_id: str, *, image: bytes, pin: str
) -> Done[SignatoryView]:
    """Keep the signatory's signature image, unlocked later only by `pin`; audited."""
    from pledge_app.core.signing import store_signature_image
    from pledge_app.core.units import list_units

    with database.begin() as session:
        store_signature_image(session, signatory_id, image=image, pin=pin)
        unit, signatory = next(
            (unit, person)
            for unit in list_units(session)
            for person in unit.signatories
            if person.id == signatory_id
        )
    return Done(signatory, Changes.of_units([unit.id]))


def _unit_named(session: Session, name: str) -> UnitView:
    # Called after a core function found the unit, so it is there.
    from pledge_app.core.units import list_units

    return next(unit for unit in list_units(session) if unit.name == name)
