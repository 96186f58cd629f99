"""Digital (PAdES) signatures on printed PDFs with an office certificate, and checking them.

pyHanko takes about 400 ms to import: it is imported inside the
functions that need it, never when this module is imported.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pledge_app.core.errors import PledgeError
from pledge_app.core.i18n import translate

if TYPE_CHECKING:
    from cryptography import x509

# The name of the first signature field this module adds; later ones count up.
FIELD_PREFIX = "PledgeManagerSignature"

# pyHanko and its validator log every untrusted self-signed certificate with a
# traceback; without a handler of their own that lands on stderr of the CLI. The
# app's logging set-up still receives the records through the root logger.
for _library in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_library).addHandler(logging.NullHandler())


def self_signed_explanation() -> str:
    """What a self-signed office certificate proves and what it does not, in the user's language."""
    return translate(
        "digital_signatures",
        "This PDF is signed with the office's own (self-signed) certificate. The signature "
        "proves that the file has not been changed since the holder of this office's key "
        "signed it. It does not prove to an outsider who signed it: anyone can make a "
        "certificate that carries any name. To be sure the signature is really this "
        "office's, compare the certificate's fingerprint with the one the office gives "
        "you through a channel you trust (in person, on letter-headed paper, or by a "
        "telephone number you already know).",
    )


# The explanation in the language active when this module was first imported (English
# unless a translator was installed before); UI code should call `self_signed_explanation()`.
SELF_SIGNED_EXPLANATION = self_signed_explanation()


class DigitalSignatureError(PledgeError):
    """A certificate or PDF could not be used for a digital signature."""


@dataclass(frozen=True)
class SignatureCheck:
    """The result of checking one digital signature of a PDF."""

    field_name: str
    signer_name: str
    signed_at: datetime | None
    intact: bool
    trusted: bool
    fingerprint: str
    summary: str


def _bad_certificate_file() -> DigitalSignatureError:
    return DigitalSignatureError(
        translate(
            "digital_signatures",
            "The certificate file could not be opened: the password is wrong, or the file "
            "is not a certificate file (.p12 / .pfx).",
        )
    )


def _password_bytes(password: str) -> bytes:
    return password.encode("utf-8")


def create_office_certificate(
    common_name: str, organisation: str, *, password: str, valid_days: int = 3650
) -> bytes:
    """A password-protected PKCS#12 (.p12) holding a new self-signed signing certificate and key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    if not common_name.strip():
        raise DigitalSignatureError(
            translate("digital_signatures", "Enter the name the certificate is issued to.")
        )
    if not password:
        raise DigitalSignatureError(
            translate("digital_signatures", "Choose a password to protect the signing key.")
        )
    if valid_days < 1:
        raise DigitalSignatureError(
            translate("digital_signatures", "The certificate must be valid for at least one day.")
        )
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip())]
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
    name = x509.Name(attributes)
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        # An hour's slack for desktops whose clocks run a little behind.
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # non-repudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        name=common_name.strip().encode("utf-8"),
        key=key,
        cert=certificate,
        cas=None,
        encryption_algorithm=serialization.BestAvailableEncryption(_password_bytes(password)),
    )


def _load_pkcs12_certificate(pkcs12_data: bytes, password: str | None) -> x509.Certificate:
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        _key, certificate, _others = pkcs12.load_key_and_certificates(
            pkcs12_data, _password_bytes(password) if password is not None else None
        )
    except (ValueError, TypeError) as error:
        raise _bad_certificate_file() from error
    if certificate is None:
        raise _bad_certificate_file()
    return certificate


def _load_certificate(data: bytes, password: str | None) -> x509.Certificate:
    """A certificate from PEM, DER or PKCS#12 bytes."""
    from cryptography import x509

    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        return _load_pkcs12_certificate(data, password)


def certificate_of(pkcs12_data: bytes, password: str) -> bytes:
    """The certificate alone (DER, no key) from an office PKCS#12, to hand out for checking."""
    from cryptography.hazmat.primitives.serialization import Encoding

    return _load_pkcs12_certificate(pkcs12_data, password).public_bytes(Encoding.DER)


def certificate_fingerprint(certificate_or_pkcs12: bytes, *, password: str | None = None) -> str:
    """The SHA-256 fingerprint, as colon-separated hex pairs, to compare by a trusted channel."""
    from cryptography.hazmat.primitives.serialization import Encoding

    der = _load_certificate(certificate_or_pkcs12, password).public_bytes(Encoding.DER)
    return _fingerprint(der)


def _fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def sign_pdf(
    pdf: bytes, pkcs12: bytes, password: str, *, reason: str, location: str, signer_name: str
) -> bytes:
    """`pdf` with a PAdES baseline (B-B) signature appended as an incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    try:
        signer = signers.SimpleSigner.load_pkcs12_data(
            pkcs12, other_certs=[], passphrase=_password_bytes(password)
        )
    except ValueError as error:
        raise _bad_certificate_file() from error
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        existing = {name for name, _value, _ref in fields.enumerate_sig_fields(writer.prev)}
        number = 1
        while f"{FIELD_PREFIX}{number}" in existing:
            number += 1
        metadata = signers.PdfSignatureMetadata(
            field_name=f"{FIELD_PREFIX}{number}",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason or None,
            location=location or None,
            name=signer_name or None,
        )
        output = signers.PdfSigner(metadata, signer=signer).sign_pdf(writer, output=io.BytesIO())
    except Exception as error:  # pyHanko raises many kinds on a damaged or odd PDF
        raise DigitalSignatureError(
            translate(
                "digital_signatures",
                "The PDF could not be signed: it is damaged, encrypted or not a PDF ({detail}).",
            ).format(detail=error)
        ) from error
    signed: bytes = output.getvalue()
    return signed


def _validation_context(trusted: bytes | None, password: str | None) -> Any:
    """A context trusting only the given certificate, or nothing at all when none is given."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko_certvalidator import ValidationContext

    roots = []
    if trusted is not None:
        der = _load_certificate(trusted, password).public_bytes(Encoding.DER)
        roots.append(asn1_x509.Certificate.load(der))
    # An empty list (not None) keeps the operating system's TLS roots out; desktops
    # are often offline, so nothing is fetched and missing revocation data is no error.
    return ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")


def validate_pdf_signatures(
    pdf: bytes,
    *,
    trusted_pkcs12_or_cert: bytes | None = None,
    trusted_password: str | None = None,
) -> list[SignatureCheck]:
    """Every digital signature in `pdf`, checked; an empty list when it has none.

    `trusted_pkcs12_or_cert` is the one certificate (PEM, DER, or a PKCS#12 opened
    with `trusted_password`) a signature must chain to for `trusted`.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    context = _validation_context(trusted_pkcs12_or_cert, trusted_password)
    try:
        signatures = list(PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures)
    except Exception as error:  # pyHanko raises many kinds on hostile bytes
        raise DigitalSignatureError(
            translate(
                "digital_signatures",
                "The PDF could not be read to check its signatures: it is damaged or not a PDF.",
            )
        ) from error
    return [_check(signature, context) for signature in signatures]


def _check(signature: Any, context: Any) -> SignatureCheck:
    from cryptography import x509

    try:
        field_name = str(signature.field_name)
    except Exception:  # a damaged field dictionary
        field_name = "?"
    try:
        der = signature.signer_cert.dump()
        certificate = x509.load_der_x509_certificate(der)
        signer_name = _common_name(certificate)
        fingerprint = _fingerprint(der)
    except Exception:  # no usable certificate embedded
        signer_name, fingerprint = "?", ""
    try:
        status = _validate(signature, context)
    except Exception:  # a damaged signature value or byte range
        return SignatureCheck(
            field_name=field_name,
            signer_name=signer_name,
            signed_at=None,
            intact=False,
            trusted=False,
            fingerprint=fingerprint,
            summary=translate(
                "digital_signatures",
                "The signature of {signer} is damaged and cannot be checked: do not rely "
                "on this file.",
            ).format(signer=signer_name),
        )
    signed_at = status.signer_reported_dt or signature.self_reported_timestamp
    intact, extended = _intact(status)
    trusted = intact and bool(status.trusted)
    return SignatureCheck(
        field_name=field_name,
        signer_name=signer_name,
        signed_at=signed_at,
        intact=intact,
        trusted=trusted,
        fingerprint=fingerprint,
        summary=_summary(signer_name, intact=intact, trusted=trusted, extended=extended),
    )


def _validate(signature: Any, context: Any) -> Any:
    from pyhanko.sign.validation import validate_pdf_signature

    return validate_pdf_signature(signature, signer_validation_context=context)


def _intact(status: Any) -> tuple[bool, bool]:
    """(nothing changed since signing, only later signatures were added since)."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if not (status.intact and status.valid):
        return False, False
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return True, False
    harmless = status.modification_level in (
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    )
    if status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and status.docmdp_ok and harmless:
        return True, True
    return False, False


def _common_name(certificate: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else certificate.subject.rfc4514_string()
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _summary(signer: str, *, intact: bool, trusted: bool, extended: bool) -> str:
    if not intact:
        text = translate(
            "digital_signatures",
            "The file was changed after {signer} signed it: the signed content can no "
            "longer be relied on.",
        )
    elif extended and trusted:
        text = translate(
            "digital_signatures",
            "The content is exactly as {signer} signed it; only further signatures were "
            "added after it. The signing certificate is the one you trust.",
        )
    elif extended:
        text = translate(
            "digital_signatures",
            "The content is exactly as {signer} signed it; only further signatures were "
            "added after it. The signing certificate is not one you trust: compare its "
            "fingerprint with the office's before relying on who signed.",
        )
    elif trusted:
        text = translate(
            "digital_signatures",
            "The file is exactly as {signer} signed it. The signing certificate is the one "
            "you trust.",
        )
    else:
        text = translate(
            "digital_signatures",
            "The file is exactly as {signer} signed it. The signing certificate is not one "
            "you trust: compare its fingerprint with the office's before relying on who signed.",
        )
    return text.format(signer=signer)
