"""Asks which unit another one is merged into, saying what a merge moves."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class MergeUnitsDialog(QDialog):
    """The surviving unit, chosen among `targets`; read `target` after accept()."""

    def __init__(self, unit: str, targets: list[str], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeUnitsDialog")
        self.target: str | None = None
        self.setWindowTitle(self.tr("Merge units"))
        self.setMinimumWidth(460)
        note = QLabel(
            self.tr(
                "Merge {unit} into the unit chosen below. Its drafts move to that unit; "
                "pledges already finalised or signed stay as they were signed. {unit} "
                "stays in the register, inactive."
            ).format(unit=unit),
            self,
        )
        note.setObjectName("mergeNote")
        note.setWordWrap(True)
        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("targetCombo")
        self.target_combo.addItems([name for name in targets if name != unit])
        form = QFormLayout()
        form.addRow(self.tr("Merge into:"), self.target_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setEnabled(self.target_combo.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        """Keep the chosen unit and close."""
        if self.target_combo.count() == 0:
            return
        self.target = self.target_combo.currentText()
        super().accept()
