"""PDF work beside printing: sign PDFs, verify a PDF, make the office certificate.

pyHanko and key generation are slow: the operations run on the thread pool, and their
results come back to the GUI thread, where dialogs are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from pledge_app.core.views import PledgeView
from pledge_app.operations import verification
from pledge_app.operations.pdf_signing import (
    CertificateResult,
    SignedPdf,
    make_certificate,
    sign_pdf,
)
from pledge_app.ui.dialogs.certificate_dialog import CertificateChoice, CertificateDialog
from pledge_app.ui.dialogs.new_certificate_dialog import NewCertificateDialog, NewCertificateRequest
from pledge_app.ui.operation_runner import Operation, OperationRunner, OpTask
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.operations.verification import PdfVerification
    from pledge_app.ui.dialogs.pdf_verification_dialog import PdfVerificationDialog

T = TypeVar("T")

#: Asks for the office certificate and its password; None when the clerk cancels.
CertificateAsker = Callable[[QWidget], CertificateChoice | None]
#: Asks what a new certificate is issued to; None when the clerk cancels.
NewCertificateAsker = Callable[[QWidget], NewCertificateRequest | None]


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
        runner: OperationRunner,
        prompts: UserPrompts,
        ask_certificate: CertificateAsker | None = None,
        ask_new_certificate: NewCertificateAsker | None = None,
    ) -> None:
        super().__init__(owner)
        self.setObjectName("pdf_tools")
        self._owner = owner
        self._runner = runner
        self._prompts = prompts
        self._ask_certificate: CertificateAsker = ask_certificate or (
            lambda parent: ask_certificate_with_dialog(parent, prompts)
        )
        self._ask_new_certificate = ask_new_certificate or ask_new_certificate_with_dialog
        self.task: OpTask[Any] | None = None
        self.verification_dialog: PdfVerificationDialog | None = None

    # -- signing a PDF -------------------------------------------------------------

    def sign_and_save(self, pdf: bytes, pledge: PledgeView, suggested: Path) -> None:
        """Sign `pdf` with the office certificate, save it where the clerk says and register it."""
        choice = self._ask_certificate(self._owner)
        if choice is None:
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
        self._start(
            "signed",
            lambda database: sign_pdf(
                database,
                pdf,
                output=path,
                certificate=choice.path,
                password=choice.password,
                reason=reason,
                pledge_id=pledge.id,
            ),
            self._show_signed,
            failure_title=self.tr("Not signed"),
        )
        self.status_message.emit(self.tr("Signing the PDF…"))

    def _show_signed(self, signed: SignedPdf) -> None:
        from pledge_app.core.digital_signatures import self_signed_explanation

        lines = [
            self.tr("The digitally signed PDF was saved to {path}.").format(path=signed.path),
            "",
        ]
        lines += [
            self.tr("Check: {summary}").format(summary=check.summary) for check in signed.checks
        ]
        lines += [
            "",
            self.tr("Certificate fingerprint (SHA-256): {fingerprint}").format(
                fingerprint=signed.fingerprint
            ),
            "",
            self_signed_explanation(),
        ]
        self._prompts.show_info(self.tr("PDF signed"), "\n".join(lines))
        self.status_message.emit(
            self.tr("Saved the signed PDF to {path}.").format(path=signed.path)
        )

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
        # The save dialog asked before replacing a file; the key itself needs no database.
        self._start(
            "certificate",
            lambda _database: make_certificate(
                path,
                name=request.name,
                organisation=request.organisation,
                password=request.password,
                public_copy=True,
            ),
            self._show_certificate,
            failure_title=self.tr("No certificate"),
        )
        self.status_message.emit(self.tr("Creating the certificate…"))

    def _show_certificate(self, made: CertificateResult) -> None:
        from pledge_app.core.digital_signatures import self_signed_explanation

        lines = [
            self.tr("The certificate and its key were saved to {path}.").format(path=made.path)
        ]
        if made.public_path is not None:
            lines.append(
                self.tr(
                    "The certificate alone, to give to whoever checks your PDFs, "
                    "was saved to {path}."
                ).format(path=made.public_path)
            )
        lines += [
            "",
            self.tr("Fingerprint (SHA-256): {fingerprint}").format(fingerprint=made.fingerprint),
            "",
            self_signed_explanation(),
        ]
        self._prompts.show_info(self.tr("Office certificate created"), "\n".join(lines))

    # -- verifying a PDF ---------------------------------------------------------------

    def verify_pdf(self) -> None:
        """Ask for a PDF and say whether it is a genuine printed copy of a signed pledge."""
        if self._runner.workspace.database is None:
            return
        path = self._prompts.ask_open_path(
            self.tr("Verify a printed PDF"), file_filter=self.tr("PDF (*.pdf);;All files (*)")
        )
        if path is None:
            return
        self._start(
            "verified",
            lambda database: verification.verify_pdf(database, path),
            self._show_verification,
            failure_title=self.tr("Cannot verify"),
        )
        self.status_message.emit(self.tr("Checking {name}…").format(name=path.name))

    def _show_verification(self, result: PdfVerification) -> None:
        from pledge_app.ui.dialogs.pdf_verification_dialog import PdfVerificationDialog

        if self.verification_dialog is not None:
            self.verification_dialog.close()
            self.verification_dialog.deleteLater()
        self.verification_dialog = PdfVerificationDialog(
            result.path.name,
            result.copy,
            result.signatures,
            signature_problem=result.signature_problem,
            parent=self._owner,
        )
        self.verification_dialog.show()

    # -- helpers -------------------------------------------------------------------------

    def _start(
        self,
        kind: str,
        operation: Operation[T],
        on_success: Callable[[T], None],
        *,
        failure_title: str,
    ) -> None:
        task = self._runner.start(
            self, operation, on_success=on_success, failure_title=failure_title
        )
        self.task = task
        if task is not None:
            task.finished.connect(lambda: self.done.emit(kind))
