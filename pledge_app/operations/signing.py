"""Signing a pledge: one party's signature by drawing, a stored image unlocked by PIN, or a
scan of the paper signed in ink; and the order in which the parties sign."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pledge_app.core import pledges, signature_scans, signing, units
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, SigningOrder
from pledge_app.operations.changes import NO_CHANGES, Changes, Done

if TYPE_CHECKING:
    from pathlib import Path

    from pledge_app.core.database import Database
    from pledge_app.core.signature_scans import ScanCopy
    from pledge_app.core.views import PledgeView


@dataclass(frozen=True)
class SigningRequest:
    """One party's signature as the clerk entered it.

    `image` is the drawn signature (DRAWN), `pin` unlocks the signer's stored image
    (STORED_IMAGE), `scan` is the paper signed in ink (WET_INK); the others stay None.
    """

    party: Party
    method: SignatureMethod
    signer: str
    signer_title: str
    signed_on: date
    image: bytes | None = None
    pin: str | None = None
    scan: bytes | None = None


def record_signature(
    database: Database,
    pledge_id: str,
    *,
    request: SigningRequest,
    expected_version: int | None = None,
) -> Done[PledgeView]:
    """Record `request` on the pledge; the second signature makes it signed (and the
    version it amends superseded). A wrong PIN raises WrongPin and records nothing."""
    with database.begin() as session:
        view = signing.record_signature(
            session,
            pledge_id,
            party=request.party,
            method=request.method,
            signer=request.signer,
            signer_title=request.signer_title,
            signed_on=request.signed_on,
            image=request.image,
            pin=request.pin,
            scan=request.scan,
            expected_version=expected_version,
        )
    changed = [view.id]
    if view.status is PledgeStatus.SIGNED and view.previous_id is not None:
        changed.append(view.previous_id)  # now superseded
    return Done(view, Changes.of_pledges(changed))


def set_signing_order(
    database: Database,
    pledge_id: str,
    *,
    order: SigningOrder,
    expected_version: int | None = None,
) -> Done[PledgeView]:
    """Let the other party sign first; only before anyone has signed."""
    with database.begin() as session:
        view = signing.set_signing_order(
            session, pledge_id, order, expected_version=expected_version
        )
    return Done(view, Changes.of_pledges([pledge_id], audit=False))


def stored_signers(database: Database, pledge_id: str, *, party: Party) -> Done[frozenset[str]]:
    """The signatories of `party`'s unit who have a signature image stored (and a PIN)."""
    with database.begin() as session:
        content = pledges.get_pledge(session, pledge_id).content
        unit_name = (content.issuer if party is Party.ISSUER else content.responsible).unit
        names = frozenset(
            signatory.name
            for unit in units.list_units(session)
            if unit.name == unit_name
            for signatory in unit.signatories
            if signatory.has_stored_signature
        )
    return Done(names, NO_CHANGES)


def signature_scan(database: Database, pledge_id: str, *, party: Party) -> Done[ScanCopy]:
    """The scan of the paper `party` signed in ink; NotFound when none is attached."""
    with database.begin() as session:
        scan = signature_scans.signature_scan(session, pledge_id, party)
    return Done(scan, NO_CHANGES)


def export_scan(database: Database, pledge_id: str, *, party: Party, path: Path) -> Done[Path]:
    """Save the scan of the paper `party` signed in ink as the file `path` (atomically)."""
    from pledge_app.operations.files import write_user_file

    with database.begin() as session:
        scan = signature_scans.signature_scan(session, pledge_id, party)
    write_user_file(path, scan.data)
    return Done(path, NO_CHANGES)
