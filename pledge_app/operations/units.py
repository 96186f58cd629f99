"""Units and signatories: reading them with how often pledges name them, and the edits the
Units & signatories page makes (seals, signatories, stored signatures)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pledge_app.operations.changes import Changes, Done

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pledge_app.core.database import Database
    from pledge_app.core.views import SignatoryView, UnitView


@dataclass(frozen=True)
class UnitUse:
    """A unit, and how many pledges name it as issuer and as responsible unit."""

    unit: UnitView
    as_issuer: int = 0
    as_responsible: int = 0


def units_in_use(database: Database) -> Done[tuple[UnitUse, ...]]:
    """Every unit with its seal, signatories and the number of pledges naming it."""
    # Core is imported on first use: the window paints before SQLAlchemy loads.
    from pledge_app.core.pledges import list_pledges
    from pledge_app.core.units import list_units

    with database.begin() as session:
        units = list_units(session)
        rows = list_pledges(session)
    as_issuer = Counter(row.issuer for row in rows)
    as_responsible = Counter(row.responsible for row in rows)
    return Done(
        tuple(UnitUse(unit, as_issuer[unit.name], as_responsible[unit.name]) for unit in units)
    )


def set_seal(database: Database, unit_name: str, *, image: bytes | None) -> Done[UnitView]:
    """Give the unit its official seal (a PNG), or remove it with None; audited."""
    from pledge_app.core.signing import set_unit_seal

    with database.begin() as session:
        set_unit_seal(session, unit_name, image)
        unit = _unit_named(session, unit_name)
    return Done(unit, Changes.of_units([unit.id]))


def add_signatory(
    database: Database, unit_name: str, *, name: str, title: str
) -> Done[SignatoryView]:
    """Add a person who signs for the unit; names are unique within a unit; audited."""
    from pledge_app.core import units

    with database.begin() as session:
        signatory = units.add_signatory(session, unit_name, name=name, title=title)
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
