"""The units register as the clerk reads it: each unit's type, print order, active flag,
former names, the units merged into it, and its signatories with their terms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_app.core.models import Unit, UnitSuccession
from pledge_app.core.unit_kinds import UnitKind

RENAMED = "renamed"
MERGED = "merged"


@dataclass(frozen=True)
class SignatoryTerm:
    """A person who signs for a unit, and from when to when they held the post."""

    id: str
    name: str
    title: str
    held_from: date | None = None
    held_to: date | None = None

    def holds_on(self, day: date) -> bool:
        """Whether the person held the post on `day`."""
        return (self.held_from is None or self.held_from <= day) and (
            self.held_to is None or day <= self.held_to
        )


@dataclass(frozen=True)
class RegisterEntry:
    """One unit of the register; `successor` is set for a unit renamed or merged away."""

    id: str
    name: str
    kind: UnitKind
    print_order: int
    active: bool
    #: Names this unit had before, newest first.
    former_names: tuple[str, ...] = ()
    #: Units merged into this one (under their last names).
    merged_from: tuple[str, ...] = ()
    #: The current name of the unit this one became, and how ("renamed" or "merged").
    successor: str | None = None
    succession: str | None = None
    signatories: tuple[SignatoryTerm, ...] = ()

    @property
    def current(self) -> bool:
        """Whether the unit is still in the register under this name."""
        return self.successor is None


def _kind(text: str) -> UnitKind:
    # A value written by a newer build reads as the most common kind rather than failing.
    return UnitKind(text) if text in set(UnitKind) else UnitKind.DEPARTMENT


def list_register(session: Session) -> list[RegisterEntry]:
    """Every unit in print order (then by name), with its history and signatories."""
    units = list(
        session.scalars(
            select(Unit)
            .options(selectinload(Unit.signatories))
            .order_by(Unit.print_order, Unit.name)
        )
    )
    successions = list(session.scalars(select(UnitSuccession).order_by(UnitSuccession.at)))
    by_id = {unit.id: unit for unit in units}
    successor_of = {row.unit_id: row for row in successions}

    def final(unit_id: str) -> str:
        seen: set[str] = set()
        while unit_id in successor_of and unit_id not in seen:
            seen.add(unit_id)
            unit_id = successor_of[unit_id].successor_id
        return unit_id

    def predecessors(unit_id: str, kind: str) -> tuple[str, ...]:
        rows = [row for row in successions if row.successor_id == unit_id and row.kind == kind]
        return tuple(by_id[row.unit_id].name for row in reversed(rows))

    def former_names(unit_id: str) -> tuple[str, ...]:
        names: list[str] = []
        for name in predecessors(unit_id, RENAMED):
            names.append(name)
            names.extend(former_names(by_id_name[name]))
        return tuple(names)

    by_id_name = {unit.name: unit.id for unit in units}
    entries = []
    for unit in units:
        row = successor_of.get(unit.id)
        entries.append(
            RegisterEntry(
                id=unit.id,
                name=unit.name,
                kind=_kind(unit.kind),
                print_order=unit.print_order,
                active=unit.active and row is None,
                former_names=former_names(unit.id),
                merged_from=predecessors(unit.id, MERGED),
                successor=by_id[final(unit.id)].name if row is not None else None,
                succession=row.kind if row is not None else None,
                signatories=tuple(
                    SignatoryTerm(s.id, s.name, s.title, s.held_from, s.held_to)
                    for s in unit.signatories
                ),
            )
        )
    return entries


def register_entry(session: Session, name: str) -> RegisterEntry:
    """The register's entry for the unit called `name` (which must exist)."""
    return next(entry for entry in list_register(session) if entry.name == name)
