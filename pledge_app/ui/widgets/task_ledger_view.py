"""The ledger's table: whole-row selection of many, a bar under each percent, and columns
sized in "中" widths (measured from the labels, never from 200,000 rows)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pledge_app.core.enums import TaskList
from pledge_app.ui.labels import list_class_label
from pledge_app.ui.models.task_ledger_model import TASK_ROLE, TaskColumn, TaskLedgerModel
from pledge_app.ui.style import light_colour

if TYPE_CHECKING:
    from pledge_app.core.tracking.ledger import TrackedTask

#: Starting widths in "中" widths; the task takes what is left.
_WIDTHS = {
    TaskColumn.NUMBER: 8.5,
    TaskColumn.UNIT: 8,
    TaskColumn.LEAD: 4.5,
    TaskColumn.DEADLINE: 5.5,
    TaskColumn.PERCENT: 4,
    TaskColumn.LIGHT: 4.5,
    TaskColumn.LAST_REPORT: 5.5,
}


class _PercentDelegate(QStyledItemDelegate):
    """A thin bar in the task's light colour along the foot of the percent cell."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        task = index.data(TASK_ROLE)
        if task is None or task.percent <= 0:
            return
        rect = option.rect.adjusted(4, 0, -4, -3)
        width = round(rect.width() * min(task.percent, 100) / 100)
        painter.save()
        painter.fillRect(rect.left(), rect.bottom() - 2, width, 3, QColor(light_colour(task.light)))
        painter.restore()


class _ElideMiddleDelegate(QStyledItemDelegate):
    """Keeps both ends of a long unit name ("市发展和…委员会"); the tooltip has it all."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class TaskLedgerView(QTableView):
    """Shows a TaskLedgerModel; read-only, sortable by any column, one line a task."""

    def __init__(self, model: TaskLedgerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskTable")
        self._tasks = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Fixed heights: the view never measures rows, whatever their number.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._percent_delegate = _PercentDelegate(self)
        self.setItemDelegateForColumn(TaskColumn.PERCENT, self._percent_delegate)
        self._unit_delegate = _ElideMiddleDelegate(self)
        self.setItemDelegateForColumn(TaskColumn.UNIT, self._unit_delegate)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TaskColumn.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # Highlighting the headings of selected columns asks the model about every selected
        # row for every column: seconds with 50,000 rows selected.
        header.setHighlightSections(False)
        vertical.setHighlightSections(False)
        em = self.fontMetrics().horizontalAdvance("中")
        for column, width in _WIDTHS.items():
            heading = str(model.headerData(column, Qt.Orientation.Horizontal))
            # Never narrower than its heading and the sort arrow.
            needed = header.fontMetrics().horizontalAdvance(heading) + 28
            header.resizeSection(column, max(int(width * em) + 16, needed))
        # The list's name whole where it is short (Chinese), else cut: the task comes first.
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(list_class_label(kind)) for kind in TaskList)
        header.resizeSection(TaskColumn.LIST, min(widest + 20, int(6.5 * em) + 16))
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # ledger order at first
        self.setSortingEnabled(True)

    def selected_lines(self) -> list[int]:
        """The selected lines, top to bottom; read from the selection's ranges, which stay
        few however many lines they cover (selectedRows() makes an index per line)."""
        lines: set[int] = set()
        selection = self.selectionModel().selection()
        for position in range(selection.count()):
            selected = selection.at(position)
            lines.update(range(selected.top(), selected.bottom() + 1))
        return sorted(lines)

    def selected_count(self) -> int:
        """How many lines are selected."""
        return len(self.selected_lines())

    def selected_tasks(self) -> list[TrackedTask]:
        """The selected tasks, top to bottom."""
        return [self._tasks.task(line) for line in self.selected_lines()]

    def current_task(self) -> TrackedTask | None:
        """The task on the current line, if there is one."""
        index = self.currentIndex()
        return self._tasks.task(index.row()) if index.isValid() else None

    def select_tasks(self, keys: Iterable[str], *, current: str | None = None) -> None:
        """Select exactly the shown lines of these tasks in one step, and make `current`
        (else the first of them) the current line."""
        model = self._tasks
        lines = model.lines_of(keys)
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
        current_lines = model.lines_of([current]) if current is not None else []
        current_line = current_lines[0] if current_lines else (lines[0] if lines else None)
        if current_line is not None:
            index = model.index(current_line, 0)
            self.selectionModel().setCurrentIndex(index, flag.NoUpdate)
            self.scrollTo(index)
        self.selectionModel().select(selection, flag.ClearAndSelect | flag.Rows)
