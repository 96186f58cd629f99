"""The signatures of an exchange file (version 2), and the re-check of every hash they carry."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pledge_app.core.content_hash import content_hash
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, SigningOrder
from pledge_app.core.exchange.reader import Reader, kind
from pledge_app.core.i18n import translate
from pledge_app.core.images import JPEG, PDF, PNG, sniff_type
from pledge_app.core.models import Signature
from pledge_app.core.signing import signature_record_hash
from pledge_app.core.views import PledgeContent

_HEX64 = re.compile(r"[0-9a-f]{64}")
_SIGNATURE_REQUIRED = ("party", "signer", "signed_on", "method", "content_hash", "record_hash")
_SIGNATURE_OPTIONAL = (
    "signer_title",
    "image",
    "seal_image",
    "scan",
    "scan_type",
    "recorded_at",
    "recorded_by",
)
#: The order of a signature's keys in an export.
SIGNATURE_KEYS = (
    "party",
    "signer",
    "signer_title",
    "signed_on",
    "method",
    "image",
    "seal_image",
    "scan",
    "scan_type",
    "content_hash",
    "record_hash",
    "recorded_at",
    "recorded_by",
)
_SIGNER_LIMIT = 100
_TITLE_LIMIT = 200


@dataclass(frozen=True)
class ExchangeSignature:
    """One party's signature as a file carries it; `position` is its place in the list, from 1."""

    position: int
    party: Party
    signer: str
    signer_title: str
    signed_on: date
    method: SignatureMethod
    image: bytes | None
    seal_image: bytes | None
    scan: bytes | None
    scan_type: str | None
    content_hash: str
    record_hash: str
    recorded_at: datetime | None
    recorded_by: str

    def row(self, pledge_id: str) -> Signature:
        """The signature row this stands for, on the pledge `pledge_id`."""
        row = Signature(
            pledge_id=pledge_id,
            party=self.party.value,
            position=self.position,
            signer=self.signer,
            signer_title=self.signer_title,
            signed_on=self.signed_on,
            method=self.method.value,
            image=self.image,
            seal_image=self.seal_image,
            scan=self.scan,
            scan_type=self.scan_type,
            content_hash=self.content_hash,
            record_hash=self.record_hash,
            recorded_by=self.recorded_by,
        )
        if self.recorded_at is not None:
            row.recorded_at = self.recorded_at
        return row


def signing_sequence(order: SigningOrder) -> tuple[Party, Party]:
    """The parties in the order they sign."""
    if order is SigningOrder.ISSUER_FIRST:
        return (Party.ISSUER, Party.RESPONSIBLE)
    return (Party.RESPONSIBLE, Party.ISSUER)


def _hex_hash(reader: Reader, value: Any, path: str) -> str:
    if isinstance(value, str) and _HEX64.fullmatch(value):
        return value
    reader.problem(
        path,
        translate("exchange", "must be a SHA-256 in 64 lower-case hex digits, not {kind}").format(
            kind=kind(value)
        ),
    )
    return ""


def content_hash_or_null(reader: Reader, value: Any, path: str) -> str | None:
    """A content hash as the file gives it, or None for null."""
    return None if value is None else _hex_hash(reader, value, path)


def _png_or_null(reader: Reader, value: Any, path: str) -> bytes | None:
    data = reader.base64_or_null(value, path)
    if data is not None and sniff_type(data) != PNG:
        reader.problem(path, translate("exchange", "must be a PNG image"))
        return None
    return data


def _scan(reader: Reader, obj: dict[str, Any], path: str, method: SignatureMethod) -> bytes | None:
    scan = reader.base64_or_null(obj.get("scan"), f"{path}.scan")
    scan_type = obj.get("scan_type")
    if (
        method is SignatureMethod.WET_INK
        and scan is None
        and f"{path}.scan" not in reader.bad_paths
    ):
        reader.problem(
            f"{path}.scan",
            translate("exchange", "is required for a signature in wet ink (the scanned paper)"),
        )
    elif method is not SignatureMethod.WET_INK and scan is not None:
        reader.problem(
            f"{path}.scan", translate("exchange", "must be null unless the method is wet_ink")
        )
    if scan is None:
        if scan_type is not None:
            reader.problem(
                f"{path}.scan_type", translate("exchange", "must be null without a scan")
            )
        return None
    actual = sniff_type(scan)
    if actual not in (PDF, PNG, JPEG):
        reader.problem(f"{path}.scan", translate("exchange", "must be a PDF, PNG or JPEG file"))
    elif scan_type != actual:
        reader.problem(
            f"{path}.scan_type",
            translate("exchange", "must be {expected}, the type of the scan").format(
                expected=f'"{actual}"'
            ),
        )
    return scan


def _image(reader: Reader, obj: dict[str, Any], path: str, method: SignatureMethod) -> bytes | None:
    image = _png_or_null(reader, obj.get("image"), f"{path}.image")
    if method is SignatureMethod.WET_INK:
        if image is not None:
            reader.problem(
                f"{path}.image", translate("exchange", "must be null for a signature in wet ink")
            )
        return None
    if image is None and f"{path}.image" not in reader.bad_paths:
        reader.problem(
            f"{path}.image",
            translate("exchange", "is required for a drawn or stored signature"),
        )
    return image


def read_signature(
    reader: Reader, value: Any, path: str, position: int
) -> ExchangeSignature | None:
    """The signature at `path`, or None after recording its problems."""
    before = len(reader.problems)
    obj = reader.fields(value, path, required=_SIGNATURE_REQUIRED, optional=_SIGNATURE_OPTIONAL)
    if obj is None:
        return None
    party = reader.choice(obj.get("party"), f"{path}.party", tuple(Party))
    signer = reader.text(obj.get("signer", ""), f"{path}.signer", limit=_SIGNER_LIMIT)
    if f"{path}.signer" not in reader.bad_paths and not signer.strip():
        reader.problem(f"{path}.signer", translate("exchange", "is empty"))
    signer_title = reader.text(
        obj.get("signer_title", ""), f"{path}.signer_title", limit=_TITLE_LIMIT
    )
    signed_on = reader.date_or_null(obj.get("signed_on"), f"{path}.signed_on")
    if signed_on is None and f"{path}.signed_on" not in reader.bad_paths:
        reader.problem(f"{path}.signed_on", translate("exchange", "must be a date, not null"))
    elif signed_on is not None and signed_on > date.today():
        reader.problem(
            f"{path}.signed_on",
            translate("exchange", "{date} is in the future").format(date=signed_on.isoformat()),
        )
    method = reader.choice(obj.get("method"), f"{path}.method", tuple(SignatureMethod))
    image = _image(reader, obj, path, method)
    seal_image = _png_or_null(reader, obj.get("seal_image"), f"{path}.seal_image")
    scan = _scan(reader, obj, path, method)
    digest = _hex_hash(reader, obj.get("content_hash"), f"{path}.content_hash")
    record_hash = _hex_hash(reader, obj.get("record_hash"), f"{path}.record_hash")
    recorded_at = None
    if obj.get("recorded_at") is not None:
        recorded_at = reader.moment(obj["recorded_at"], f"{path}.recorded_at")
    recorded_by = reader.text(obj.get("recorded_by", ""), f"{path}.recorded_by", limit=200)
    if len(reader.problems) > before or signed_on is None:
        return None
    return ExchangeSignature(
        position=position,
        party=party,
        signer=signer,
        signer_title=signer_title,
        signed_on=signed_on,
        method=method,
        image=image,
        seal_image=seal_image,
        scan=scan,
        scan_type=sniff_type(scan) if scan is not None else None,
        content_hash=digest,
        record_hash=record_hash,
        recorded_at=recorded_at,
        recorded_by=recorded_by,
    )


def read_signatures(reader: Reader, value: Any) -> tuple[ExchangeSignature, ...] | None:
    """The `signatures` list of a pledge, or None if any of them has a problem."""
    if not isinstance(value, list):
        reader.problem(
            "signatures",
            translate("exchange", "must be a list of signatures, not {kind}").format(
                kind=kind(value)
            ),
        )
        return None
    read = [read_signature(reader, item, f"signatures[{i}]", i + 1) for i, item in enumerate(value)]
    if any(signature is None for signature in read):
        return None
    return tuple(signature for signature in read if signature is not None)


def _check_parties(
    reader: Reader,
    status: PledgeStatus,
    order: SigningOrder,
    signatures: tuple[ExchangeSignature, ...],
) -> bool:
    expected = signing_sequence(order)
    if status is PledgeStatus.DRAFT and signatures:
        reader.problem(
            "signatures", translate("exchange", "must be empty for a draft (it is not frozen)")
        )
        return False
    if status is PledgeStatus.READY_TO_SIGN and len(signatures) > 1:
        reader.problem(
            "signatures",
            translate("exchange", "a pledge that is ready to sign has at most one signature"),
        )
        return False
    if status in (PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED) and len(signatures) != 2:
        reader.problem(
            "signatures",
            translate(
                "exchange", "a pledge marked {status} needs the signatures of both parties"
            ).format(status=status.value),
        )
        return False
    for index, signature in enumerate(signatures):
        if signature.party is not expected[index]:
            reader.problem(
                f"signatures[{index}].party",
                translate(
                    "exchange",
                    "must be {party}: with the signing order {order} the parties sign in turn",
                ).format(party=f'"{expected[index].value}"', order=order.value),
            )
            return False
    return True


def verify_frozen(
    reader: Reader,
    *,
    pledge_id: str | None,
    status: PledgeStatus,
    order: SigningOrder,
    content: PledgeContent,
    recorded_hash: str | None,
    signatures: tuple[ExchangeSignature, ...],
) -> None:
    """Recompute every hash of a frozen pledge and its signatures; a mismatch is a problem.

    Call only once the content itself was read without problems.
    """
    frozen = status is not PledgeStatus.DRAFT
    if not frozen:
        if recorded_hash is not None:
            reader.problem(
                "content_hash",
                translate("exchange", "must be null for a draft (its content is not frozen)"),
            )
        _check_parties(reader, status, order, signatures)
        return
    actual = content_hash(content)
    if recorded_hash is None:
        if status is not PledgeStatus.READY_TO_SIGN:
            reader.problem(
                "content_hash",
                translate("exchange", "is required for a pledge marked {status}").format(
                    status=status.value
                ),
            )
            return
        recorded_hash = actual  # an older writer may leave it out: it is computed on import
    elif recorded_hash != actual:
        reader.problem(
            "content_hash",
            translate(
                "exchange",
                "does not match the content, which hashes to {actual}: the pledge was "
                "changed after it was frozen, so it is refused",
            ).format(actual=actual),
        )
        return
    if signatures and pledge_id is None:
        reader.problem("id", translate("exchange", "is required for a pledge with signatures"))
        return
    if not _check_parties(reader, status, order, signatures):
        return
    for index, signature in enumerate(signatures):
        path = f"signatures[{index}]"
        if signature.content_hash != recorded_hash:
            reader.problem(
                f"{path}.content_hash",
                translate(
                    "exchange",
                    "is not the pledge's content hash: {signer} signed different content",
                ).format(signer=signature.signer),
            )
            continue
        assert pledge_id is not None
        if signature.record_hash != signature_record_hash(signature.row(pledge_id)):
            reader.problem(
                f"{path}.record_hash",
                translate(
                    "exchange",
                    "does not match the signature of {signer}: the signature record was "
                    "changed after it was made, so it is refused",
                ).format(signer=signature.signer),
            )
