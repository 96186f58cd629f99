"""Verifying a PDF handed in: a registered copy of a signed pledge, and its digital signatures."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.core.errors import BadInput
from pledge_app.core.i18n import translate
from pledge_app.operations.changes import Done
from pledge_app.operations.files import read_user_file

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.digital_signatures import SignatureCheck
    from pledge_app.core.pdf_verification import Verification

#: Larger files are not read for checking (a 40-page pledge is well under 5 MB).
MAX_PDF_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class PdfVerification:
    """The verdict on one file: the copy, and each digital signature it carries.

    `signature_problem` says why the signatures could not be read ("" when they could).
    """

    path: Path
    copy: Verification
    signatures: tuple[SignatureCheck, ...] = ()
    signature_problem: str = ""

    @property
    def readable(self) -> bool:
        """Whether the file could be checked at all (it is a PDF)."""
        from pledge_app.core.pdf_verification import Outcome

        return self.copy.outcome is not Outcome.NOT_A_PDF

    @property
    def signatures_intact(self) -> bool:
        """Whether every digital signature (there may be none) could be read and is intact."""
        return not self.signature_problem and all(check.intact for check in self.signatures)

    @property
    def genuine(self) -> bool:
        """A genuine copy of a signed pledge whose digital signatures, if any, are intact."""
        return self.copy.genuine and self.signatures_intact


def _read_pdf(path: Path) -> bytes:
    try:
        too_large = path.stat().st_size > MAX_PDF_BYTES
    except OSError:
        too_large = False  # reading it says why it cannot be read
    if too_large:
        raise BadInput(
            translate(
                "verification", "{file}: the file is too large to be a printed pledge"
            ).format(file=path)
        )
    return read_user_file(path)


def verify_pdf(
    database: Database, path: Path, *, trust: Path | None = None, password: str | None = None
) -> Done[PdfVerification]:
    """Say whether the file at `path` is an untouched copy of a signed pledge here, and check
    its digital signatures against `trust` (a certificate, or a .p12 opened with `password`)."""
    from pledge_app.core.digital_signatures import DigitalSignatureError, validate_pdf_signatures
    from pledge_app.core.pdf_verification import verify_printed_pdf

    pdf = _read_pdf(path)
    trusted = None if trust is None else read_user_file(trust)
    with database.begin() as session:
        copy = verify_printed_pdf(session, pdf)
    # pyHanko runs outside the transaction: it is slow and needs no database.
    try:
        checks = validate_pdf_signatures(
            pdf, trusted_pkcs12_or_cert=trusted, trusted_password=password
        )
    except DigitalSignatureError as error:
        return Done(PdfVerification(path=path, copy=copy, signature_problem=str(error)))
    return Done(PdfVerification(path=path, copy=copy, signatures=tuple(checks)))
