"""The pledge list's table: whole-row selection, and columns sized for what they hold."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.views import PledgeRow
from pledge_app.ui.labels import status_label
from pledge_app.ui.models.pledge_table_model import Column, PledgeTableModel

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


class _WholeTextTipDelegate(QStyledItemDelegate):
    """Shows a cell's tooltip when the cell is cut short or the tooltip says more than it."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
            and self._shown_whole(option, index)
        ):
            QToolTip.hideText()  # the tooltip would only repeat what the cell shows
            return True
        return super().helpEvent(event, view, option, index)

    def _shown_whole(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        # The style keeps a focus-frame margin on either side of the text.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = item.fontMetrics.horizontalAdvance(item.text)
        return bool(width <= text_rect.width() - 2 * margin)


class _ElideMiddleDelegate(_WholeTextTipDelegate):
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
        self._pledges = model
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
        self._text_delegate = _WholeTextTipDelegate(self)
        self.setItemDelegate(self._text_delegate)
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

    def selected_pledges(self) -> list[PledgeRow]:
        """The selected pledges, top to bottom."""
        lines = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self._pledges.pledge_row(line) for line in lines]

    def current_pledge_id(self) -> str | None:
        """The id of the pledge on the current line, if there is one."""
        index = self.currentIndex()
        return self._pledges.pledge_row(index.row()).id if index.isValid() else None

    def select_pledges(self, pledge_ids: Iterable[str], *, current: str | None = None) -> None:
        """Select exactly the lines of these pledges that are shown, and make `current` (else
        the first of them) the current line, on show.

        One selection for them all: selected line by line, each step announced the growing
        selection again, and a thousand lines took many seconds."""
        model = self._pledges
        lines = model.lines_of(pledge_ids)
        selection = QItemSelection()
        last_column = model.columnCount() - 1
        start = 0
        for position in range(1, len(lines) + 1):
            # A run of consecutive lines is one range.
            if position == len(lines) or lines[position] != lines[position - 1] + 1:
                top = model.index(lines[start], 0)
                selection.select(top, model.index(lines[position - 1], last_column))
                start = position
        flag = QItemSelectionModel.SelectionFlag
        current_line = model.row_of(current) if current is not None else None
        if current_line is None and lines:
            current_line = lines[0]
        if current_line is not None:
            index = model.index(current_line, 0)
            self.selectionModel().setCurrentIndex(index, flag.NoUpdate)
            self.scrollTo(index)
        self.selectionModel().select(selection, flag.ClearAndSelect | flag.Rows)
