"""Asks for a unit's new name, saying what a rename keeps."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.unit_kinds import MAX_UNIT_NAME


class RenameUnitDialog(QDialog):
    """The new name (required, different); read `new_name` after accept()."""

    def __init__(self, unit: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renameUnitDialog")
        self.new_name: str | None = None
        self._unit = unit
        self.setWindowTitle(self.tr("Rename a unit"))
        self.setMinimumWidth(460)
        note = QLabel(
            self.tr(
                "Drafts and signatories move to the new name. Pledges already finalised or "
                "signed keep the name {unit}, as they were signed; it stays in the register "
                "as a former name."
            ).format(unit=unit),
            self,
        )
        note.setObjectName("renameNote")
        note.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("newNameEdit")
        self.name_edit.setMaxLength(MAX_UNIT_NAME)
        form = QFormLayout()
        form.addRow(self.tr("New name:"), self.name_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    def _valid(self) -> bool:
        name = self.name_edit.text().strip()
        return bool(name) and name != self._unit

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self._valid())

    def accept(self) -> None:
        """Keep the new name and close, if it is one."""
        if not self._valid():
            return
        self.new_name = self.name_edit.text().strip()
        super().accept()
