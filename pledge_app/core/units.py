"""Units and their signatories: found by name, created when missing."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_app.core import audit
from pledge_app.core.errors import NotFound, ValidationFailed
from pledge_app.core.i18n import translate
from pledge_app.core.models import Signatory, Unit
from pledge_app.core.views import SignatoryView, UnitView

#: The longest unit and signatory names the tables hold.
MAX_SIGNATORY_NAME = 100
MAX_SIGNATORY_TITLE = 200


def ensure_unit(session: Session, name: str) -> Unit:
    """The unit called `name`, created if there is none."""
    unit = session.scalars(select(Unit).where(Unit.name == name)).one_or_none()
    if unit is None:
        unit = Unit(name=name)
        session.add(unit)
        session.flush()
    return unit


def ensure_signatory(session: Session, unit: Unit, name: str, title: str) -> Signatory | None:
    """The unit's signatory called `name` (title updated), or None for a blank name."""
    if not name:
        return None
    signatory = session.scalars(
        select(Signatory).where(Signatory.unit_id == unit.id, Signatory.name == name)
    ).one_or_none()
    if signatory is None:
        signatory = Signatory(unit=unit, name=name, title=title)
        session.add(signatory)
        session.flush()
    elif title and signatory.title != title:
        signatory.title = title
    return signatory


def list_unit_names(session: Session) -> list[str]:
    """Every unit's name, sorted."""
    return list(session.scalars(select(Unit.name).order_by(Unit.name)))


def _signatory_view(signatory: Signatory) -> SignatoryView:
    return SignatoryView(
        id=signatory.id,
        name=signatory.name,
        title=signatory.title,
        has_stored_signature=signatory.signature_image is not None and bool(signatory.pin_hash),
    )


def _unit_view(unit: Unit) -> UnitView:
    return UnitView(
        id=unit.id,
        name=unit.name,
        seal_image=unit.seal_image,
        signatories=tuple(_signatory_view(s) for s in unit.signatories),
    )


def list_units(session: Session) -> list[UnitView]:
    """Every unit with its seal and signatories, sorted by name."""
    units = session.scalars(
        select(Unit).options(selectinload(Unit.signatories)).order_by(Unit.name)
    )
    return [_unit_view(unit) for unit in units]


def add_signatory(session: Session, unit_name: str, *, name: str, title: str) -> SignatoryView:
    """Add a person who signs for the unit `unit_name`; names are unique within a unit."""
    unit = session.scalars(select(Unit).where(Unit.name == unit_name)).one_or_none()
    if unit is None:
        raise NotFound(translate("units", "The unit {unit} does not exist.").format(unit=unit_name))
    name, title = name.strip(), title.strip()
    problems: list[str] = []
    if not name:
        problems.append(translate("units", "Enter the signatory's name."))
    elif len(name) > MAX_SIGNATORY_NAME:
        problems.append(
            translate("units", "The name is longer than {n} characters.").format(
                n=MAX_SIGNATORY_NAME
            )
        )
    elif any(existing.name == name for existing in unit.signatories):
        problems.append(
            translate("units", "{unit} already has a signatory called {name}.").format(
                unit=unit.name, name=name
            )
        )
    if len(title) > MAX_SIGNATORY_TITLE:
        problems.append(
            translate("units", "The title is longer than {n} characters.").format(
                n=MAX_SIGNATORY_TITLE
            )
        )
    if problems:
        raise ValidationFailed(problems)
    signatory = Signatory(unit=unit, name=name, title=title)
    session.add(signatory)
    session.flush()
    audit.record(
        session, "signatory_added", actor=name, details={"unit": unit.name, "title": title}
    )
    return _signatory_view(signatory)
