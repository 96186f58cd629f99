"""Renaming and merging units without touching what was signed.

A signed pledge prints, and hashes, its units' names from the unit rows it points to, so
no row a pledge points to is ever renamed: a rename makes a new row under the new name,
moves the drafts, signatories and seal to it, and keeps the old row (inactive) under the
old name, linked by a `UnitSuccession`. A merge moves the drafts the same way. Pledges
past the draft stage stay where they are and are reported as kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import ValidationFailed
from pledge_app.core.i18n import translate
from pledge_app.core.models import Pledge, Signatory, Unit, UnitSuccession
from pledge_app.core.unit_register import MERGED, RENAMED
from pledge_app.core.units import find_current_unit, unit_name_problems


@dataclass(frozen=True)
class PledgeMention:
    """A pledge that names a unit, and in which role ("issuer" or "responsible")."""

    pledge_id: str
    number: str
    title: str
    status: PledgeStatus
    role: str


@dataclass(frozen=True)
class UnitMove:
    """What a rename or merge did: the drafts moved, the pledges kept under the old name."""

    old_name: str
    old_id: str
    new_name: str
    new_id: str
    moved_drafts: tuple[PledgeMention, ...] = ()
    kept_pledges: tuple[PledgeMention, ...] = ()
    #: Signatories who now sign for the new unit (a rename moves them all; a merge none).
    moved_signatories: tuple[str, ...] = ()
    #: Drafts whose link to a signatory of the old unit was dropped (a merge only): the
    #: printed signer stays, and the clerk chooses the new unit's signer.
    unlinked_signers: tuple[PledgeMention, ...] = ()


def _mentions(session: Session, unit: Unit) -> list[tuple[Pledge, str]]:
    pledges = session.scalars(
        select(Pledge)
        .where(or_(Pledge.issuer_id == unit.id, Pledge.responsible_id == unit.id))
        .order_by(Pledge.year, Pledge.number)
    )
    found: list[tuple[Pledge, str]] = []
    for pledge in pledges:
        for role in ("issuer", "responsible"):
            if getattr(pledge, f"{role}_id") == unit.id:
                found.append((pledge, role))
    return found


def _mention(pledge: Pledge, role: str) -> PledgeMention:
    return PledgeMention(pledge.id, pledge.number, pledge.title, PledgeStatus(pledge.status), role)


def _move_drafts(
    session: Session, old: Unit, new: Unit, *, relink_signers: bool
) -> tuple[list[PledgeMention], list[PledgeMention], list[PledgeMention]]:
    moved: list[PledgeMention] = []
    kept: list[PledgeMention] = []
    unlinked: list[PledgeMention] = []
    for pledge, role in _mentions(session, old):
        if pledge.status != PledgeStatus.DRAFT:
            # Finalised or signed content carries its hash: its unit stays as it was.
            kept.append(_mention(pledge, role))
            continue
        setattr(pledge, role, new)
        moved.append(_mention(pledge, role))
        signatory: Signatory | None = getattr(pledge, f"{role}_signatory")
        if relink_signers and signatory is not None and signatory.unit_id == old.id:
            same = next((s for s in new.signatories if s.name == signatory.name), None)
            setattr(pledge, f"{role}_signatory", same)
            if same is None:
                unlinked.append(_mention(pledge, role))
    return moved, kept, unlinked


def _details(move: UnitMove) -> dict[str, object]:
    return {
        "from": move.old_name,
        "to": move.new_name,
        "drafts": [f"{m.number} {m.role}" for m in move.moved_drafts],
        "kept": [f"{m.number} {m.role}" for m in move.kept_pledges],
        "signatories": list(move.moved_signatories),
    }


def rename_unit(session: Session, name: str, *, to: str) -> UnitMove:
    """Give the unit `name` the name `to`, keeping the old name for what was signed; audited."""
    old = find_current_unit(session, name)
    to = to.strip()
    problems = unit_name_problems(session, to)
    if problems:
        raise ValidationFailed(problems)
    new = Unit(
        name=to,
        seal_image=old.seal_image,
        kind=old.kind,
        print_order=old.print_order,
        active=old.active,
    )
    session.add(new)
    session.flush()
    moved_people = [signatory.name for signatory in old.signatories]
    for signatory in list(old.signatories):
        signatory.unit = new
    moved, kept, _unlinked = _move_drafts(session, old, new, relink_signers=False)
    old.active = False
    session.add(UnitSuccession(unit=old, successor=new, kind=RENAMED))
    session.flush()
    result = UnitMove(
        old.name, old.id, new.name, new.id, tuple(moved), tuple(kept), tuple(moved_people)
    )
    audit.record(session, "unit_renamed", details=_details(result))
    return result


def merge_units(session: Session, name: str, *, into: str) -> UnitMove:
    """Merge the unit `name` into the unit `into`: its drafts move, it stays for what was
    signed, inactive; audited."""
    source = find_current_unit(session, name)
    target = find_current_unit(session, into)
    if source.id == target.id:
        raise ValidationFailed(
            [translate("units", "A unit cannot be merged into itself ({unit}).").format(unit=name)]
        )
    moved, kept, unlinked = _move_drafts(session, source, target, relink_signers=True)
    source.active = False
    session.add(UnitSuccession(unit=source, successor=target, kind=MERGED))
    session.flush()
    result = UnitMove(
        source.name,
        source.id,
        target.name,
        target.id,
        tuple(moved),
        tuple(kept),
        (),
        tuple(unlinked),
    )
    audit.record(session, "units_merged", details=_details(result))
    return result
