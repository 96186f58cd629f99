"""Asks for a new signatory's name and title."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class SignatoryRequest:
    """The name and title of a person who signs for a unit."""

    name: str
    title: str


class SignatoryDialog(QDialog):
    """Name (required) and title; read `request` after accept()."""

    def __init__(self, unit: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatoryDialog")
        self.request: SignatoryRequest | None = None
        self.setWindowTitle(self.tr("Add a signatory"))
        self.setMinimumWidth(420)
        heading = QLabel(self.tr("A person who signs pledges for {unit}.").format(unit=unit), self)
        heading.setObjectName("headingLabel")
        heading.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(100)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("e.g. Director"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Title:"), self.title_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        """Keep the request and close, if a name was entered."""
        if not self.name_edit.text().strip():
            return
        self.request = SignatoryRequest(
            self.name_edit.text().strip(), self.title_edit.text().strip()
        )
        super().accept()
