"""PDF work beside printing: register signed copies, sign PDFs, verify a PDF, certificates.

pyHanko and key generation are slow (PITFALLS 17): they run on the thread pool and
their results come back to the GUI thread, where files are written and dialogs shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from pledge_app.core.errors import PledgeError
from pledge_app.core.views import PledgeView
from pledge_app.ui.background import BackgroundTask, run_in_background
from pledge_app.ui.dialogs.certificate_dialog import CertificateChoice, CertificateDialog
from pledge_app.ui.dialogs.new_certificate_dialog import NewCertificateDialog, NewCertificateRequest
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.ui.dialogs.pdf_verification_dialog import PdfVerificationDialog

#: Asks for the office certificate and its password; None when the clerk cancels.
CertificateAsker = Callable[[QWidget], CertificateChoice | None]
#: Asks what a new certificate is issued to; None when the clerk cancels.
NewCertificateAsker = Callable[[QWidget], NewCertificateRequest | None]

#: Larger files are not read for checking (a 40-page pledge is well under 5 MB).
MAX_PDF_BYTES = 100 * 1024 * 1024


def _exec_or_none(dialog: QDialog) -> bool:
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def ask_certificate_with_dialog(parent: QWidget, prompts: UserPrompts) -> CertificateChoice | None:
    """The certificate dialog, shown modally."""
    dialog = CertificateDialog(choose_file=prompts.ask_open_path, parent=parent)
    return dialog.choice if _exec_or_none(dialog) else None


def ask_new_certificate_with_dialog(parent: QWidget) -> NewCertificateRequest | None:
    """The new-certificate dialog, shown modally."""
    dialog = NewCertificateDialog(parent=parent)
    return dialog.request if _exec_or_none(dialog) else None


class PdfTools(QObject):
    """The PDF actions of the editor, the list and the Tools menu; `done(kind)` ends each job."""

    #: A job finished (successfully or not): "signed", "certificate" or "verified".
    done = Signal(str)
    status_message = Signal(str)

    def __init__(
        self,
        owner: QWidget,
        *,
        database: Callable[[], Database | None],
        prompts: UserPrompts,
        ask_certificate: CertificateAsker | None = None,
        ask_new_certificate: NewCertificateAsker | None = None,
    ) -> None:
        super().__init__(owner)
        self.setObjectName("pdf_tools")
        self._owner = owner
        self._database = database
        self._prompts = prompts
        self._ask_certificate: CertificateAsker = ask_certificate or (
            lambda parent: ask_certificate_with_dialog(parent, prompts)
        )
        self._ask_new_certificate = ask_new_certificate or ask_new_certificate_with_dialog
        self.task: BackgroundTask | None = None
        self.verification_dialog: PdfVerificationDialog | None = None

    # -- printed copies --------------------------------------------------------------

    def register_printed(self, pledge: PledgeView, pdf: bytes) -> None:
        """Remember these exact bytes as a printed copy (only signed and superseded pledges)."""
        from pledge_app.core.printed_copies import REGISTERED_STATUSES, register_printed_copy

        database = self._database()
        if database is None or pledge.status not in REGISTERED_STATUSES:
            return
        try:
            with database.begin() as session:
                register_printed_copy(session, pledge.id, pdf)
        except PledgeError as error:
            self._prompts.show_pledge_error(
                error, title=self.tr("The printed copy was not registered")
            )

    # -- signing a PDF -------------------------------------------------------------

    def sign_and_save(self, pdf: bytes, pledge: PledgeView, suggested: Path) -> None:
        """Sign `pdf` with the office certificate, save it where the clerk says and register it."""
        choice = self._ask_certificate(self._owner)
        if choice is None:
            return
        pkcs12 = self._read(choice.path, title=self.tr("Not signed"))
        if pkcs12 is None:
            return
        path = self._prompts.ask_save_path(
            self.tr("Save the digitally signed PDF"),
            directory=str(suggested.with_name(suggested.stem + self.tr("-signed") + ".pdf")),
            file_filter=self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        content = pledge.content
        reason = self.tr("Copy of pledge {number} “{title}”, version {revision}").format(
            number=content.number, title=content.title, revision=pledge.revision
        )
        password = choice.password

        def work() -> tuple[bytes, list[Any], str]:
            from pledge_app.core.digital_signatures import (
                certificate_fingerprint,
                sign_pdf,
                validate_pdf_signatures,
            )

            signed = sign_pdf(pdf, pkcs12, password, reason=reason, location="", signer_name="")
            checks = validate_pdf_signatures(
                signed, trusted_pkcs12_or_cert=pkcs12, trusted_password=password
            )
            return signed, checks, certificate_fingerprint(pkcs12, password=password)

        def saved(result: tuple[bytes, list[Any], str]) -> None:
            signed, checks, fingerprint = result
            if not self._write(path, signed, title=self.tr("Signed PDF not saved")):
                return
            self.register_printed(pledge, signed)
            self._show_signed(path, checks, fingerprint)

        self._start("signed", work, saved, failure_title=self.tr("Not signed"))
        self.status_message.emit(self.tr("Signing the PDF…"))

    def _show_signed(self, path: Path, checks: list[Any], fingerprint: str) -> None:
        from pledge_app.core.digital_signatures import self_signed_explanation

        lines = [self.tr("The digitally signed PDF was saved to {path}.").format(path=path), ""]
        lines += [self.tr("Check: {summary}").format(summary=check.summary) for check in checks]
        lines += [
            "",
            self.tr("Certificate fingerprint (SHA-256): {fingerprint}").format(
                fingerprint=fingerprint
            ),
            "",
            self_signed_explanation(),
        ]
        self._prompts.show_info(self.tr("PDF signed"), "\n".join(lines))
        self.status_message.emit(self.tr("Saved the signed PDF to {path}.").format(path=path))

    # -- certificates ----------------------------------------------------------------

    def create_certificate(self) -> None:
        """Make a new office certificate and save it as a password-protected .p12 file."""
        request = self._ask_new_certificate(self._owner)
        if request is None:
            return
        path = self._prompts.ask_save_path(
            self.tr("Save the office certificate"),
            directory=self.tr("office-certificate.p12"),
            file_filter=self.tr("Certificates (*.p12)"),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".p12", ".pfx"):
            path = path.with_name(path.name + ".p12")

        def work() -> tuple[bytes, bytes, str]:
            from pledge_app.core.digital_signatures import (
                certificate_fingerprint,
                certificate_of,
                create_office_certificate,
            )

            data = create_office_certificate(
                request.name, request.organisation, password=request.password
            )
            public = certificate_of(data, request.password)
            return data, public, certificate_fingerprint(public)

        def created(result: tuple[bytes, bytes, str]) -> None:
            from pledge_app.core.digital_signatures import self_signed_explanation

            data, public, fingerprint = result
            public_path = path.with_suffix(".cer")
            title = self.tr("Certificate not saved")
            if not self._write(path, data, title=title) or not self._write(
                public_path, public, title=title
            ):
                return
            self._prompts.show_info(
                self.tr("Office certificate created"),
                "\n".join(
                    [
                        self.tr("The certificate and its key were saved to {path}.").format(
                            path=path
                        ),
                        self.tr(
                            "The certificate alone, to give to whoever checks your PDFs, "
                            "was saved to {path}."
                        ).format(path=public_path),
                        "",
                        self.tr("Fingerprint (SHA-256): {fingerprint}").format(
                            fingerprint=fingerprint
                        ),
                        "",
                        self_signed_explanation(),
                    ]
                ),
            )

        self._start("certificate", work, created, failure_title=self.tr("No certificate"))
        self.status_message.emit(self.tr("Creating the certificate…"))

    # -- verifying a PDF ---------------------------------------------------------------

    def verify_pdf(self) -> None:
        """Ask for a PDF and say whether it is a genuine printed copy of a signed pledge."""
        database = self._database()
        if database is None:
            return
        path = self._prompts.ask_open_path(
            self.tr("Verify a printed PDF"), file_filter=self.tr("PDF (*.pdf);;All files (*)")
        )
        if path is None:
            return
        pdf = self._read(path, title=self.tr("Cannot verify"))
        if pdf is None:
            return

        def work() -> tuple[Any, list[Any], str]:
            from pledge_app.core.digital_signatures import (
                DigitalSignatureError,
                validate_pdf_signatures,
            )
            from pledge_app.core.pdf_verification import verify_printed_pdf

            with database.begin() as session:
                verification = verify_printed_pdf(session, pdf)
            try:
                return verification, validate_pdf_signatures(pdf), ""
            except DigitalSignatureError as error:
                return verification, [], str(error)

        def verified(result: tuple[Any, list[Any], str]) -> None:
            from pledge_app.ui.dialogs.pdf_verification_dialog import PdfVerificationDialog

            verification, checks, problem = result
            if self.verification_dialog is not None:
                self.verification_dialog.close()
                self.verification_dialog.deleteLater()
            self.verification_dialog = PdfVerificationDialog(
                path.name, verification, checks, signature_problem=problem, parent=self._owner
            )
            self.verification_dialog.show()

        self._start("verified", work, verified, failure_title=self.tr("Cannot verify"))
        self.status_message.emit(self.tr("Checking {name}…").format(name=path.name))

    # -- helpers -------------------------------------------------------------------------

    def _start(
        self,
        kind: str,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        *,
        failure_title: str,
    ) -> None:
        def failed(error: PledgeError) -> None:
            self._prompts.show_pledge_error(error, title=failure_title)

        self.task = run_in_background(self, work, on_success=on_success, on_failure=failed)
        self.task.finished.connect(lambda: self.done.emit(kind))

    def _read(self, path: Path, *, title: str) -> bytes | None:
        try:
            if path.stat().st_size > MAX_PDF_BYTES:
                raise OSError(0, self.tr("the file is too large"))
            return path.read_bytes()
        except OSError as error:
            self._prompts.show_error(
                title,
                self.tr("Cannot read {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return None

    def _write(self, path: Path, data: bytes, *, title: str) -> bool:
        try:
            path.write_bytes(data)
        except OSError as error:
            self._prompts.show_error(
                title,
                self.tr("Cannot write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return False
        return True
