"""Asks for a new unit's name, type, print order and whether it is active — or, for a unit
in the register, changes its type, order and flag."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.unit_kinds import MAX_UNIT_NAME, UnitKind
from pledge_app.ui.labels import unit_kind_label

if TYPE_CHECKING:
    from pledge_app.core.unit_register import RegisterEntry


@dataclass(frozen=True)
class UnitRequest:
    """A unit's name, type, print order and active flag as the clerk entered them."""

    name: str
    kind: UnitKind
    print_order: int
    active: bool


class UnitDialog(QDialog):
    """Name (required; fixed when `entry` is given), type, order, active; read `request`
    after accept()."""

    def __init__(
        self,
        *,
        entry: RegisterEntry | None = None,
        next_order: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitDialog")
        self.request: UnitRequest | None = None
        self._entry = entry
        self._next_order = next_order
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Add a unit") if self._entry is None else self.tr("Change a unit")
        )
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(MAX_UNIT_NAME)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for kind in UnitKind:
            self.kind_combo.addItem(unit_kind_label(kind), kind.value)
        self.order_spin = QSpinBox(self)
        self.order_spin.setObjectName("orderSpin")
        self.order_spin.setRange(-9999, 9999)
        self.active_check = QCheckBox(self.tr("Active (offered for new pledges and rounds)"), self)
        self.active_check.setObjectName("activeCheck")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Type:"), self.kind_combo)
        form.addRow(self.tr("Print order:"), self.order_spin)
        form.addRow("", self.active_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.name_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _load(self) -> None:
        entry = self._entry
        if entry is None:
            self.order_spin.setValue(self._next_order)
            self.active_check.setChecked(True)
        else:
            self.name_edit.setText(entry.name)
            self.name_edit.setReadOnly(True)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(entry.kind.value))
            self.order_spin.setValue(entry.print_order)
            self.active_check.setChecked(entry.active)
        self._update_ok()

    def problems(self) -> list[str]:
        """What keeps OK disabled."""
        return [] if self.name_edit.text().strip() else [self.tr("Enter the unit's name.")]

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self.problems())

    def accept(self) -> None:
        """Keep the request and close, if a name was entered."""
        if self.problems():
            return
        self.request = UnitRequest(
            self.name_edit.text().strip(),
            UnitKind(self.kind_combo.currentData()),
            self.order_spin.value(),
            self.active_check.isChecked(),
        )
        super().accept()
