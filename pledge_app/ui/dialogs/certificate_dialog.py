"""Asks for the office certificate (.p12) and its password, to sign a PDF digitally."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: Asks for a certificate file; `UserPrompts.ask_open_path` fits.
PathChooser = Callable[..., Path | None]


@dataclass(frozen=True)
class CertificateChoice:
    """The certificate file and the password that opens it."""

    path: Path
    password: str


class CertificateDialog(QDialog):
    """A .p12 file and its password; read `choice` after accept()."""

    def __init__(
        self,
        *,
        choose_file: PathChooser,
        initial_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self._choose_file = choose_file
        self.choice: CertificateChoice | None = None
        self._build_ui()
        self._connect_signals()
        if initial_path is not None:
            self.path_edit.setText(str(initial_path))
        self._update_ok()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign PDF digitally"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "The PDF is signed with the office certificate (a .p12 file). The password "
                "is used only now and is not stored."
            ),
            self,
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("certificatePathEdit")
        self.path_edit.setPlaceholderText(self.tr("Office certificate (.p12 / .pfx)"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setAutoDefault(False)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Certificate:"), path_row)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("Sign"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.path_edit.textChanged.connect(self._update_ok)
        self.password_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.path_edit.text().strip() and self.password_edit.text()))

    def accept(self) -> None:
        """Keep the choice and close, if both fields are filled."""
        if not self.ok_button.isEnabled():
            return
        self.choice = CertificateChoice(
            Path(self.path_edit.text().strip()), self.password_edit.text()
        )
        super().accept()

    def _on_browse_button_clicked(self) -> None:
        path = self._choose_file(
            self.tr("Choose the office certificate"),
            file_filter=self.tr("Certificates (*.p12 *.pfx);;All files (*)"),
        )
        if path is not None:
            self.path_edit.setText(str(path))
