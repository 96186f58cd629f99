"""Units and their signatories: found by name, created when missing."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.models import Signatory, Unit


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
