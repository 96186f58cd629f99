"""Units and their signatories: found by name, created when missing, added to the register
with a type, a print order and an active flag; signatories with their terms of office."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from pledge_app.core import audit
from pledge_app.core.errors import NotFound, ValidationFailed
from pledge_app.core.i18n import translate
from pledge_app.core.models import Signatory, Unit, UnitSuccession
from pledge_app.core.unit_kinds import MAX_UNIT_NAME, UnitKind
from pledge_app.core.views import SignatoryView, UnitView

#: The longest signatory names and titles the table holds.
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
    """Every current unit's name (not those renamed or merged away), sorted."""
    retired = exists().where(UnitSuccession.unit_id == Unit.id)
    return list(session.scalars(select(Unit.name).where(~retired).order_by(Unit.name)))


def find_unit(session: Session, name: str) -> Unit:
    """The unit called `name`; NotFound names it."""
    unit = session.scalars(select(Unit).where(Unit.name == name)).one_or_none()
    if unit is None:
        raise NotFound(translate("units", "The unit {unit} does not exist.").format(unit=name))
    return unit


def find_current_unit(session: Session, name: str) -> Unit:
    """The unit called `name`, refused if it was renamed or merged into another one."""
    unit = find_unit(session, name)
    if unit.succession is not None:
        successor = unit.succession.successor
        while successor.succession is not None:
            successor = successor.succession.successor
        raise ValidationFailed(
            [
                translate("units", "{unit} is now {current}; change {current} instead.").format(
                    unit=unit.name, current=successor.name
                )
            ]
        )
    return unit


def unit_name_problems(session: Session, name: str) -> list[str]:
    """Why `name` cannot be given to a new or renamed unit (empty list: it can)."""
    if not name:
        return [translate("units", "Enter the unit's name.")]
    if len(name) > MAX_UNIT_NAME:
        return [
            translate("units", "The name is longer than {n} characters.").format(n=MAX_UNIT_NAME)
        ]
    existing = session.scalars(select(Unit).where(Unit.name == name)).one_or_none()
    if existing is None:
        return []
    if existing.succession is not None:
        return [
            translate(
                "units", "{unit} is a former name of {current}: signed pledges still use it."
            ).format(unit=name, current=existing.succession.successor.name)
        ]
    return [translate("units", "There is already a unit called {unit}.").format(unit=name)]


def _next_print_order(session: Session) -> int:
    highest = session.scalar(select(func.max(Unit.print_order)))
    return (highest or 0) + 1


def add_unit(
    session: Session,
    name: str,
    *,
    kind: UnitKind = UnitKind.DEPARTMENT,
    print_order: int | None = None,
    active: bool = True,
) -> Unit:
    """Add a unit to the register (last in print order unless given); audited."""
    name = name.strip()
    problems = unit_name_problems(session, name)
    if problems:
        raise ValidationFailed(problems)
    order = _next_print_order(session) if print_order is None else print_order
    unit = Unit(name=name, kind=UnitKind(kind).value, print_order=order, active=active)
    session.add(unit)
    session.flush()
    audit.record(session, "unit_added", details={"unit": name, "kind": unit.kind, "order": order})
    return unit


def update_unit(
    session: Session,
    name: str,
    *,
    kind: UnitKind | None = None,
    print_order: int | None = None,
    active: bool | None = None,
) -> Unit:
    """Change a current unit's type, print order or active flag (None keeps it); audited."""
    unit = find_current_unit(session, name)
    changed: dict[str, object] = {}
    if kind is not None and unit.kind != UnitKind(kind).value:
        unit.kind = changed["kind"] = UnitKind(kind).value
    if print_order is not None and unit.print_order != print_order:
        unit.print_order = changed["order"] = print_order
    if active is not None and unit.active != active:
        unit.active = changed["active"] = active
    if changed:
        session.flush()
        audit.record(session, "unit_changed", details={"unit": unit.name, **changed})
    return unit


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


def term_problems(held_from: date | None, held_to: date | None) -> list[str]:
    """Why a term of office cannot be (it must not end before it starts)."""
    if held_from is not None and held_to is not None and held_to < held_from:
        return [
            translate("units", "The term ends ({to}) before it starts ({start}).").format(
                to=held_to.isoformat(), start=held_from.isoformat()
            )
        ]
    return []


def add_signatory(
    session: Session,
    unit_name: str,
    *,
    name: str,
    title: str,
    held_from: date | None = None,
    held_to: date | None = None,
) -> SignatoryView:
    """Add a person who signs for the unit `unit_name`; names are unique within a unit."""
    unit = find_unit(session, unit_name)
    name, title = name.strip(), title.strip()
    problems: list[str] = term_problems(held_from, held_to)
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
    signatory = Signatory(unit=unit, name=name, title=title, held_from=held_from, held_to=held_to)
    session.add(signatory)
    session.flush()
    audit.record(
        session, "signatory_added", actor=name, details={"unit": unit.name, "title": title}
    )
    return _signatory_view(signatory)


def set_signatory_term(
    session: Session, signatory_id: str, *, held_from: date | None, held_to: date | None
) -> Signatory:
    """Say from when to when the signatory held the post (None: open-ended); audited."""
    signatory = session.get(Signatory, signatory_id)
    if signatory is None:
        raise NotFound(translate("units", "That signatory no longer exists."))
    problems = term_problems(held_from, held_to)
    if problems:
        raise ValidationFailed(problems)
    signatory.held_from, signatory.held_to = held_from, held_to
    session.flush()
    audit.record(
        session,
        "signatory_term_changed",
        actor=signatory.name,
        details={
            "unit": signatory.unit.name,
            "from": held_from.isoformat() if held_from else None,
            "to": held_to.isoformat() if held_to else None,
        },
    )
    return signatory
