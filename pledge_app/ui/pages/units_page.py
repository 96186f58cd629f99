"""Units & signatories page: every unit that appears on a pledge, read-only for now."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pledge_app.ui.models.pledge_table_model import chinese_collator

if TYPE_CHECKING:
    from pledge_app.core.database import Database


class UnitsPage(QWidget):
    """The units and how many pledges each signs as issuer and as responsible unit."""

    def __init__(self, database: Database | None, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitsPage")
        self._database = database
        self._build_ui()

    def _build_ui(self) -> None:
        heading = QLabel(self.tr("Units & signatories"), self)
        heading.setObjectName("unitsTitle")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        note = QLabel(
            self.tr(
                "Units are added when a pledge names them. Editing units and their "
                "signatories comes in a later release."
            ),
            self,
        )
        note.setObjectName("unitsNote")
        note.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("unitsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)

    def set_database(self, database: Database | None) -> None:
        """Show the units of another database (read when the page is next shown)."""
        self._database = database
        if self.isVisible():
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the units again."""
        if self._database is None:
            return
        # Imported here so the window paints before SQLAlchemy is loaded (start-up time).
        from pledge_app.core.pledges import list_pledges
        from pledge_app.core.units import list_unit_names

        with self._database.begin() as session:
            names = list_unit_names(session)
            rows = list_pledges(session)
        as_issuer = Counter(row.issuer for row in rows)
        as_responsible = Counter(row.responsible for row in rows)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Pledges as issuer"), self.tr("Pledges as responsible unit")]
        )
        collator = chinese_collator()
        for name in sorted(names, key=collator.sortKey):
            cells = [QStandardItem(name)]
            for count in (as_issuer[name], as_responsible[name]):
                cell = QStandardItem()
                cell.setData(count, Qt.ItemDataRole.DisplayRole)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(cell)
            self.model.appendRow(cells)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
