"""The scan of a pledge signed in ink on paper, as attached to a party's signature."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.enums import Party
from pledge_app.core.errors import NotFound
from pledge_app.core.i18n import translate
from pledge_app.core.images import JPEG, PDF, PNG
from pledge_app.core.models import Pledge, Signature

#: The file name ending of each kind of scan.
SUFFIXES = {PDF: ".pdf", PNG: ".png", JPEG: ".jpg"}


@dataclass(frozen=True)
class ScanCopy:
    """A party's attached scan: its bytes, MIME type and a file name to offer for it."""

    party: Party
    mime_type: str
    data: bytes
    file_name: str


def signature_scan(session: Session, pledge_id: str, party: Party) -> ScanCopy:
    """The scan attached to `party`'s signature of the pledge; NotFound when there is none."""
    row = session.execute(
        select(Signature.scan, Signature.scan_type, Pledge.number, Pledge.revision)
        .join(Pledge, Pledge.id == Signature.pledge_id)
        .where(Signature.pledge_id == pledge_id, Signature.party == party.value)
    ).first()
    if row is None or not row.scan or row.scan_type not in SUFFIXES:
        raise NotFound(translate("signing", "No scan of the signed paper is attached."))
    stem = f"{row.number or 'pledge'} v{row.revision} {party.value} scan"
    return ScanCopy(party, row.scan_type, bytes(row.scan), stem + SUFFIXES[row.scan_type])
