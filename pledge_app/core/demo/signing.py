"""Signing the demo year through the real use cases: seals, stored signatures, drawn and ink."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from pledge_app.core.amendments import amend_pledge
from pledge_app.core.demo.images import scanned_page_png, seal_png, signature_png
from pledge_app.core.enums import Party, SignatureMethod, SigningOrder
from pledge_app.core.pledges import get_pledge, save_pledge
from pledge_app.core.signing import record_signature, set_signing_order, set_unit_seal
from pledge_app.core.signing import store_signature_image as store_image
from pledge_app.core.units import ensure_signatory, ensure_unit
from pledge_app.core.views import PledgeContent

#: (unit, signatory, title, PIN) of the people whose signature image the demo stores.
STORED_SIGNATURES = (
    ("市委全面深化改革委员会", "张国华", "主任", "2468"),
    ("市发展和改革委员会", "李明", "主任", "1357"),
)
#: The PINs the demo prints, so a clerk can try signing with a stored signature.
DEMO_PINS = tuple((name, pin) for _unit, name, _title, pin in STORED_SIGNATURES)
_PINS = {(unit, name): pin for unit, name, _title, pin in STORED_SIGNATURES}


def prepare_units(session: Session, unit_names: Iterable[str]) -> None:
    """Give each unit a seal and the stored signatories their image and PIN, once."""
    for name in dict.fromkeys(unit_names):
        if ensure_unit(session, name).seal_image is None:
            set_unit_seal(session, name, seal_png(name))
    for unit_name, name, title, pin in STORED_SIGNATURES:
        signatory = ensure_signatory(session, ensure_unit(session, unit_name), name, title)
        if signatory is not None and signatory.pin_hash is None:
            store_image(session, signatory.id, image=signature_png(name), pin=pin)


def sign_demo_pledge(
    session: Session,
    pledge_id: str,
    *,
    on: date,
    unit_first: bool = False,
    wet_ink: bool = False,
    parties: int = 2,
) -> None:
    """Sign a demo pledge that is ready to sign: the second party two days after the first.

    No date lies in the future: the demo may be built on any day.
    """
    view = get_pledge(session, pledge_id)
    order = (Party.ISSUER, Party.RESPONSIBLE)
    if unit_first:
        set_signing_order(session, pledge_id, SigningOrder.RESPONSIBLE_FIRST)
        order = (Party.RESPONSIBLE, Party.ISSUER)
    for turn, party in enumerate(order[:parties]):
        person = view.content.issuer if party is Party.ISSUER else view.content.responsible
        day = min(on + timedelta(days=2 * turn), date.today())
        pin = _PINS.get((person.unit, person.signatory))
        image: bytes | None = None
        scan: bytes | None = None
        if pin is not None:
            method = SignatureMethod.STORED_IMAGE
        elif wet_ink and party is Party.RESPONSIBLE:
            method = SignatureMethod.WET_INK
            scan = scanned_page_png(
                title=view.content.title,
                party=person.unit,
                signer=person.signatory,
                signed_on=f"{day.year}年{day.month}月{day.day}日",
            )
        else:
            method = SignatureMethod.DRAWN
            image = signature_png(person.signatory)
        record_signature(
            session,
            pledge_id,
            party=party,
            method=method,
            signer=person.signatory,
            signer_title=person.signatory_title,
            signed_on=day,
            image=image,
            pin=pin,
            scan=scan,
        )


def amend_demo_pledge(
    session: Session, signed_id: str, amendment_id: str, content: PledgeContent, *, reason: str
) -> None:
    """Amend a signed demo pledge under a fixed id, with the amended content and its reason."""
    draft = amend_pledge(session, signed_id, amendment_id=amendment_id, reason=reason)
    save_pledge(session, amendment_id, content, expected_version=draft.version)
