"""The pledge list's table: whole-row selection, and columns sized for what they hold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pledge_app.core.enums import PledgeStatus
from pledge_app.ui.models.pledge_table_model import Column, PledgeTableModel, status_label

#: Starting widths in "中" widths; the title takes what is left, the status fits its text.
_WIDTHS = {
    Column.NUMBER: 9.5,
    Column.YEAR: 3.5,
    Column.VERSION: 3,
    Column.ISSUER: 7,
    Column.RESPONSIBLE: 10,
    Column.TASKS: 3.5,
    Column.UPDATED: 8.5,
}


class _ElideMiddleDelegate(QStyledItemDelegate):
    """Keeps both ends of a long unit name ("市委全面…改革委员会"); the tooltip has it all."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class PledgeTableView(QTableView):
    """Shows a PledgeTableModel; read-only, sortable, one line a pledge."""

    def __init__(self, model: PledgeTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pledgeTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._unit_delegate = _ElideMiddleDelegate(self)
        for column in (Column.ISSUER, Column.RESPONSIBLE):
            self.setItemDelegateForColumn(column, self._unit_delegate)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # "Ready to sign" and a flag icon: never cut, in any language. Measured from
        # the few labels, not the rows: ResizeToContents re-measures up to a thousand
        # rows on every filter keystroke, doubling the filter's latency.
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(status_label(status)) for status in PledgeStatus)
        header.resizeSection(Column.STATUS, widest + self.iconSize().width() + 32)
        em = self.fontMetrics().horizontalAdvance("中")
        for column, width in _WIDTHS.items():
            header.resizeSection(column, int(width * em) + 16)
