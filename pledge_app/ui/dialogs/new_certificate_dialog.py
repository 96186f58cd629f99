"""Asks what a new office certificate is issued to, and the password that protects it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pledge_app.ui import style

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate

#: Shorter passwords are refused: the .p12 file may travel on a USB stick.
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class NewCertificateRequest:
    """The fields of `core.digital_signatures.create_office_certificate`."""

    name: str
    organisation: str
    password: str


def new_certificate_problems(name: str, password: str, confirmation: str) -> list[str]:
    """What keeps OK disabled, in words; empty when the certificate can be made."""
    problems: list[str] = []
    if not name.strip():
        problems.append(
            translate("NewCertificateDialog", "Enter the name the certificate is issued to.")
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(
            translate(
                "NewCertificateDialog", "Choose a password of at least {n} characters."
            ).format(n=MIN_PASSWORD_LENGTH)
        )
    elif password != confirmation:
        problems.append(translate("NewCertificateDialog", "The two passwords are not the same."))
    return problems


class NewCertificateDialog(QDialog):
    """Name, organisation and password (twice); read `request` after accept()."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCertificateDialog")
        self.request: NewCertificateRequest | None = None
        self._build_ui()
        self._connect_signals()
        self._update_ok()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Create office certificate"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "A certificate lets Pledge Manager sign PDFs digitally for this office. Keep "
                "the file and its password safe: whoever has both can sign in the office's name."
            ),
            self,
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. the reform office's name"))
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("organisationEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("confirmPasswordEdit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Issued to:"), self.name_edit)
        form.addRow(self.tr("Organisation:"), self.organisation_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.confirm_edit)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        style.error_text(self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("Create…"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        for edit in (self.name_edit, self.password_edit, self.confirm_edit):
            edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def problems(self) -> list[str]:
        """What keeps OK disabled."""
        return new_certificate_problems(
            self.name_edit.text(), self.password_edit.text(), self.confirm_edit.text()
        )

    def _update_ok(self) -> None:
        problems = self.problems()
        self.ok_button.setEnabled(not problems)
        self.problem_label.setText(problems[0] if problems else "")

    def accept(self) -> None:
        """Keep the request and close, if it is complete."""
        if self.problems():
            return
        self.request = NewCertificateRequest(
            self.name_edit.text().strip(),
            self.organisation_edit.text().strip(),
            self.password_edit.text(),
        )
        super().accept()
