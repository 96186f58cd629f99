"""Digital (PAdES) signatures: sign a PDF with the office certificate, make that certificate.

pyHanko and key generation are slow and load late (about 400 ms to import): they are
imported inside the operations, and the window runs these on the thread pool.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.operations.changes import NO_CHANGES, Changes, Done
from pledge_app.operations.files import read_user_file, write_user_file

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pledge_app.core.database import Database
    from pledge_app.core.digital_signatures import SignatureCheck


@dataclass(frozen=True)
class SignedPdf:
    """The signed file, the certificate's fingerprint and the signature as checked.

    `registered_as` names the pledge the signed file is a registered copy of (None when
    the original was no registered copy of a signed pledge, so the signed file is not either).
    """

    path: Path
    fingerprint: str
    checks: tuple[SignatureCheck, ...] = ()
    registered_as: str | None = None


@dataclass(frozen=True)
class CertificateResult:
    """The new office certificate (.p12, with its key), its fingerprint and the public copy."""

    path: Path
    fingerprint: str
    public_path: Path | None = None


def _register(
    session: Session, original: bytes, signed: bytes, pledge_id: str | None
) -> str | None:
    """Register `signed` as a copy of its pledge; the pledge's number, or None if it is not."""
    from pledge_app.core.pdf_verification import verify_printed_pdf
    from pledge_app.core.pledges import load_pledge
    from pledge_app.core.printed_copies import find_printed_copy, pdf_sha256, register_printed_copy

    if pledge_id is None:
        # A file from outside: it counts only if it is a genuine copy already.
        verdict = verify_printed_pdf(session, original)
        if not verdict.genuine or verdict.pledge_id is None:
            return None
        pledge_id = verdict.pledge_id
    register_printed_copy(session, pledge_id, signed)  # ignores unsigned pledges
    if find_printed_copy(session, pdf_sha256(signed)) is None:
        return None
    return load_pledge(session, pledge_id).number or pledge_id


def sign_pdf(
    database: Database,
    pdf: Path | bytes,
    *,
    output: Path,
    certificate: Path,
    password: str,
    reason: str = "",
    location: str = "",
    signer_name: str = "",
    pledge_id: str | None = None,
) -> Done[SignedPdf]:
    """Sign `pdf` (a file, or the bytes of a pledge just rendered) with the office certificate
    into `output`; the signed file is registered as a copy of the pledge `pledge_id` (when
    given) or of the pledge `pdf` is a genuine copy of, in the transaction that writes it."""
    from pledge_app.core import digital_signatures as pades

    original = pdf if isinstance(pdf, bytes) else read_user_file(pdf)
    pkcs12 = read_user_file(certificate)
    fingerprint = pades.certificate_fingerprint(pkcs12, password=password)  # the password's test
    signed = pades.sign_pdf(
        original, pkcs12, password, reason=reason, location=location, signer_name=signer_name
    )
    checks = pades.validate_pdf_signatures(
        signed, trusted_pkcs12_or_cert=pkcs12, trusted_password=password
    )
    with database.begin() as session:
        registered_as = _register(session, original, signed, pledge_id)
        # Written inside the transaction: a file that cannot be written leaves no registration.
        write_user_file(output, signed)
    result = SignedPdf(output, fingerprint, tuple(checks), registered_as)
    return Done(result, NO_CHANGES if registered_as is None else Changes(audit=True))


def make_certificate(
    output: Path,
    *,
    name: str,
    organisation: str,
    password: str,
    valid_days: int = 3650,
    public_copy: bool = False,
) -> Done[CertificateResult]:
    """Create a self-signed office certificate with its private key, protected by `password`,
    in `output`; with `public_copy`, the certificate alone too, beside it as `.cer`.

    No database is involved: the key belongs to the office, not to one database.
    """
    from pledge_app.core import digital_signatures as pades

    pkcs12 = pades.create_office_certificate(
        name, organisation, password=password, valid_days=valid_days
    )
    fingerprint = pades.certificate_fingerprint(pkcs12, password=password)
    existed = output.exists()
    write_user_file(output, pkcs12)
    if not public_copy:
        return Done(CertificateResult(output, fingerprint))
    public_path = output.with_suffix(".cer")
    try:
        write_user_file(public_path, pades.certificate_of(pkcs12, password))
    except BaseException:
        if not existed:  # half a certificate is no use; a replaced key cannot be brought back
            output.unlink(missing_ok=True)
        raise
    return Done(CertificateResult(output, fingerprint, public_path))
