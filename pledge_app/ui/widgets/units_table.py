"""The units register as a table: name, type, print order, status, seal, signatories and how
many pledges name each unit; inactive and former units greyed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pledge_app.ui.labels import unit_kind_label, unit_state_label
from pledge_app.ui.style import PALETTE

if TYPE_CHECKING:
    from pledge_app.operations.units import UnitUse

# lupdate extracts calls to a function named `translate`; the headers keep the page's context.
translate = QCoreApplication.translate

_CENTRED = {2, 4, 5, 6, 7}


class UnitsTable(QTableWidget):
    """One row a unit, read-only, one row chosen at a time; `fill` shows the given units."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.setObjectName("unitsTable")
        self.setHorizontalHeaderLabels(
            [
                translate("UnitsPage", "Unit"),
                translate("UnitsPage", "Type"),
                translate("UnitsPage", "Order"),
                translate("UnitsPage", "Status"),
                translate("UnitsPage", "Seal"),
                translate("UnitsPage", "Signatories"),
                translate("UnitsPage", "As issuer"),
                translate("UnitsPage", "As responsible unit"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def fill(self, uses: list[UnitUse]) -> None:
        """Show `uses`, one row each, in the order given; no selection signal meanwhile."""
        self.blockSignals(True)
        self.setRowCount(len(uses))
        for row, use in enumerate(uses):
            self._fill_row(row, use)
        self.blockSignals(False)

    def _fill_row(self, row: int, use: UnitUse) -> None:
        values: list[str | int] = [
            use.unit.name,
            unit_kind_label(use.entry.kind),
            use.entry.print_order,
            unit_state_label(use.entry),
            "✔" if use.unit.has_seal else "—",
            len(use.unit.signatories),
            use.as_issuer,
            use.as_responsible,
        ]
        for column, value in enumerate(values):
            cell = QTableWidgetItem()
            cell.setData(Qt.ItemDataRole.DisplayRole, value)
            if column in _CENTRED:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if not use.entry.active:
                cell.setForeground(QBrush(QColor(PALETTE.text_faint)))
            self.setItem(row, column, cell)
