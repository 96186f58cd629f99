"""Signing a pledge that is ready to sign: each party in turn, by one of three methods."""

from __future__ import annotations

import hashlib
import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.content_hash import content_hash
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, SigningOrder
from pledge_app.core.errors import InvalidTransition, NotFound, PledgeError, ValidationFailed
from pledge_app.core.i18n import translate
from pledge_app.core.images import JPEG, PDF, PNG, as_png, sniff_type
from pledge_app.core.labels import party_label
from pledge_app.core.models import Pledge, Signatory, Signature, Unit
from pledge_app.core.pins import MIN_PIN_LENGTH, hash_pin, verify_pin
from pledge_app.core.pledges import check_version, content_of, load_pledge, view_of
from pledge_app.core.views import PledgeView


class WrongPin(PledgeError):
    """The PIN entered does not unlock that signatory's stored signature."""


def _digest(data: bytes | None) -> str:
    return hashlib.sha256(data).hexdigest() if data else ""


def signature_record_hash(signature: Signature) -> str:
    """SHA-256 over every recorded field of a signature and its images' hashes."""
    fields = [
        signature.pledge_id,
        signature.party,
        signature.position,
        signature.signer,
        signature.signer_title,
        signature.signed_on.isoformat(),
        signature.method,
        _digest(signature.image),
        _digest(signature.seal_image),
        _digest(signature.scan),
        signature.scan_type or "",
        signature.content_hash,
    ]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _unit_of(pledge: Pledge, party: Party) -> Unit:
    return pledge.issuer if party is Party.ISSUER else pledge.responsible


def next_party(pledge: PledgeView) -> Party | None:
    """The party whose turn it is to sign, or None when both have signed."""
    order = (
        (Party.ISSUER, Party.RESPONSIBLE)
        if pledge.signing_order is SigningOrder.ISSUER_FIRST
        else (Party.RESPONSIBLE, Party.ISSUER)
    )
    signed = {signature.party for signature in pledge.signatures}
    return next((party for party in order if party not in signed), None)


def set_signing_order(
    session: Session, pledge_id: str, order: SigningOrder, *, expected_version: int | None = None
) -> PledgeView:
    """Change which party signs first, before anyone has signed."""
    pledge = load_pledge(session, pledge_id)
    check_version(pledge, expected_version)
    if pledge.status != PledgeStatus.READY_TO_SIGN or pledge.signatures:
        raise InvalidTransition(
            translate("signing", "The signing order can only change before the first signature.")
        )
    pledge.signing_order = order.value
    session.flush()
    return view_of(pledge)


def _require_png(data: bytes | None, what: str) -> bytes:
    # A JPEG (a scanned seal, a photographed signature) is kept as PNG, so every stored
    # image, exported or printed, is of the one kind the exchange format allows.
    image = as_png(data) if data else None
    if image is None:
        raise ValidationFailed(
            [translate("signing", "{what} must be a PNG or JPEG image.").format(what=what)]
        )
    return image


def _stored_signature_image(unit: Unit, signer: str, pin: str | None) -> bytes:
    signatory = next((s for s in unit.signatories if s.name == signer), None)
    if signatory is None or signatory.signature_image is None or not signatory.pin_hash:
        raise ValidationFailed(
            [
                translate("signing", "{signer} of {unit} has no stored signature image.").format(
                    signer=signer, unit=unit.name
                )
            ]
        )
    if not pin or not verify_pin(pin, signatory.pin_hash):
        raise WrongPin(
            translate("signing", "The PIN for {signer} is not correct.").format(signer=signer)
        )
    return signatory.signature_image


def record_signature(
    session: Session,
    pledge_id: str,
    *,
    party: Party,
    method: SignatureMethod,
    signer: str,
    signer_title: str,
    signed_on: date,
    image: bytes | None = None,
    pin: str | None = None,
    scan: bytes | None = None,
    expected_version: int | None = None,
) -> PledgeView:
    """Record one party's signature; the second one makes the pledge signed."""
    pledge = load_pledge(session, pledge_id)
    check_version(pledge, expected_version)
    if pledge.status != PledgeStatus.READY_TO_SIGN:
        raise InvalidTransition(
            translate("signing", "“{title}” is not ready to sign.").format(title=pledge.title)
        )
    if pledge.content_hash != content_hash(content_of(pledge)):
        raise InvalidTransition(
            translate(
                "signing",
                "The content of “{title}” changed after it was finalised; "
                "reopen and finalise it again before signing.",
            ).format(title=pledge.title)
        )
    turn = next_party(view_of(pledge))
    if turn is not party:
        raise InvalidTransition(
            translate("signing", "It is {party}'s turn to sign.").format(
                party=party_label(turn) if turn else "-"
            )
        )
    if not signer.strip():
        raise ValidationFailed([translate("signing", "The signer's name is empty.")])
    if signed_on > date.today():
        raise ValidationFailed(
            [
                translate("signing", "The signing date {date} is in the future.").format(
                    date=signed_on.isoformat()
                )
            ]
        )
    unit = _unit_of(pledge, party)
    scan_type: str | None = None
    if method is SignatureMethod.DRAWN:
        image = _require_png(image, translate("signing", "The drawn signature"))
    elif method is SignatureMethod.STORED_IMAGE:
        image = _stored_signature_image(unit, signer.strip(), pin)
    else:
        scan_type = sniff_type(scan or b"")
        if scan_type not in (PDF, PNG, JPEG):
            raise ValidationFailed(
                [
                    translate(
                        "signing", "The scan of the signed paper must be a PDF, PNG or JPEG file."
                    )
                ]
            )
        image = None
    signature = Signature(
        pledge_id=pledge.id,
        party=party.value,
        position=len(pledge.signatures) + 1,
        signer=signer.strip(),
        signer_title=signer_title.strip(),
        signed_on=signed_on,
        method=method.value,
        image=image,
        seal_image=unit.seal_image,
        scan=scan if method is SignatureMethod.WET_INK else None,
        scan_type=scan_type,
        content_hash=pledge.content_hash or "",
        recorded_by=audit.os_user(),
    )
    signature.record_hash = signature_record_hash(signature)
    pledge.signatures.append(signature)
    session.flush()
    audit.record(
        session,
        "signature",
        pledge_id=pledge.id,
        actor=signature.signer,
        details={
            "party": party.value,
            "method": method.value,
            "signed_on": signed_on.isoformat(),
            "content_hash": signature.content_hash,
            "record_hash": signature.record_hash,
        },
    )
    if next_party(view_of(pledge)) is None:
        _complete(session, pledge)
    session.refresh(pledge)
    return view_of(pledge)


def _complete(session: Session, pledge: Pledge) -> None:
    pledge.status = PledgeStatus.SIGNED.value
    session.flush()
    audit.record(
        session,
        "signed",
        pledge_id=pledge.id,
        details={"revision": pledge.revision, "content_hash": pledge.content_hash},
    )
    if pledge.previous_id is not None:
        previous = session.get(Pledge, pledge.previous_id)
        if previous is not None and previous.status == PledgeStatus.SIGNED:
            previous.status = PledgeStatus.SUPERSEDED.value
            session.flush()
            audit.record(
                session,
                "superseded",
                pledge_id=previous.id,
                details={"by": pledge.id, "by_revision": pledge.revision},
            )


def _signatory(session: Session, signatory_id: str) -> Signatory:
    signatory = session.get(Signatory, signatory_id)
    if signatory is None:
        raise NotFound(translate("signing", "That signatory does not exist."))
    return signatory


def store_signature_image(session: Session, signatory_id: str, *, image: bytes, pin: str) -> None:
    """Keep a signatory's signature image, unlocked later only by `pin`."""
    signatory = _signatory(session, signatory_id)
    if len(pin) < MIN_PIN_LENGTH:
        raise ValidationFailed(
            [
                translate("signing", "The PIN must have at least {n} characters.").format(
                    n=MIN_PIN_LENGTH
                )
            ]
        )
    signatory.signature_image = _require_png(image, translate("signing", "The signature image"))
    signatory.pin_hash = hash_pin(pin)
    session.flush()
    audit.record(
        session,
        "signature_image_stored",
        actor=signatory.name,
        details={"unit": signatory.unit.name},
    )


def set_unit_seal(session: Session, unit_name: str, image: bytes | None) -> None:
    """Give a unit its official seal image (a PNG, or a JPEG kept as PNG), or remove it."""
    unit = session.scalars(select(Unit).where(Unit.name == unit_name)).one_or_none()
    if unit is None:
        raise NotFound(
            translate("signing", "The unit {unit} does not exist.").format(unit=unit_name)
        )
    unit.seal_image = (
        None if image is None else _require_png(image, translate("signing", "The seal"))
    )
    session.flush()
    audit.record(session, "seal_changed", details={"unit": unit_name, "removed": image is None})
