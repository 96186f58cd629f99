"""The task ledger (台账) as a table: every task in force held as light rows, sorted and
filtered in Python, each cell worked out only when the view asks; quick at 200,000 tasks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollatorSortKey,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from pledge_app.core.enums import TaskList
from pledge_app.core.tracking.states import SEVERITY, Light, light_label, state_label
from pledge_app.ui.labels import list_class_label
from pledge_app.ui.models.pledge_table_model import chinese_collator
from pledge_app.ui.models.task_filtering import shown_rows
from pledge_app.ui.style import PALETTE
from pledge_app.ui.widgets.light_icon import light_icon

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex

    from pledge_app.core.tracking.filters import TaskFilter
    from pledge_app.core.tracking.ledger import TrackedTask

    _Index = QModelIndex | QPersistentModelIndex

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate

#: The role that hands back the whole TrackedTask of a line.
TASK_ROLE = Qt.ItemDataRole.UserRole + 1

_LIST_ORDER = {task_list: position for position, task_list in enumerate(TaskList)}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TaskColumn(IntEnum):
    """The columns of the ledger, in display order."""

    NUMBER = 0
    UNIT = 1
    ITEM = 2
    LEAD = 3
    LIST = 4
    DEADLINE = 5
    PERCENT = 6
    LIGHT = 7
    LAST_REPORT = 8


_COLUMNS = len(TaskColumn)


def _headers() -> dict[TaskColumn, str]:
    return {
        TaskColumn.NUMBER: translate("TaskLedgerModel", "Pledge"),
        TaskColumn.UNIT: translate("TaskLedgerModel", "Unit"),
        TaskColumn.ITEM: translate("TaskLedgerModel", "Task (改革事项)"),
        TaskColumn.LEAD: translate("TaskLedgerModel", "Lead official"),
        TaskColumn.LIST: translate("TaskLedgerModel", "List"),
        TaskColumn.DEADLINE: translate("TaskLedgerModel", "Deadline"),
        TaskColumn.PERCENT: translate("TaskLedgerModel", "Done %"),
        TaskColumn.LIGHT: translate("TaskLedgerModel", "Light"),
        TaskColumn.LAST_REPORT: translate("TaskLedgerModel", "Last report"),
    }


class _Reversed:
    """A sort key that orders its value backwards (descending, yet stable)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.value < self.value)


class TaskLedgerModel(QAbstractTableModel):
    """Every tracked task in memory; `_shown` indexes those that pass the filter, in order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks: list[TrackedTask] = []
        self._order: list[int] = []  # every task index, in the current sort order
        self._shown: list[int] = []  # the filtered subset of _order
        self._filter: TaskFilter | None = None
        self._indexed: set[str] | None = None  # the search index's answer for the text
        self._today = date.today()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._collator = chinese_collator()
        self._headers = _headers()
        self._lights = {light: light_label(light) for light in Light}
        self._lists = {task_list: list_class_label(task_list) for task_list in TaskList}
        self._ongoing = translate("TaskLedgerModel", "Ongoing")
        self._never = translate("TaskLedgerModel", "None yet")
        self._text: dict[TaskColumn, Callable[[TrackedTask], str]] = {
            TaskColumn.NUMBER: lambda task: task.pledge_number,
            TaskColumn.UNIT: lambda task: task.unit,
            TaskColumn.ITEM: lambda task: task.item,
            TaskColumn.LEAD: lambda task: task.lead_official,
            TaskColumn.LIST: lambda task: self._lists[task.list_class],
            TaskColumn.DEADLINE: lambda task: (
                task.deadline.isoformat() if task.deadline else self._ongoing
            ),
            TaskColumn.PERCENT: lambda task: f"{task.percent}%",
            TaskColumn.LIGHT: lambda task: self._lights[task.light],
            TaskColumn.LAST_REPORT: lambda task: (
                task.last_report_on.isoformat() if task.last_report_on else self._never
            ),
        }

    # -- data in ---------------------------------------------------------

    def set_tasks(self, tasks: Sequence[TrackedTask], today: date) -> None:
        """Replace every task (judged on `today`), keeping the sort and the filter."""
        self.beginResetModel()
        self._tasks = list(tasks)
        self._today = today
        self._order = self._sorted_order()
        self._shown = self._filtered()
        self.endResetModel()

    def set_filter(self, wanted: TaskFilter, indexed: set[str] | None = None) -> None:
        """Show only the tasks that pass `wanted`; `indexed` is the search index's answer
        for its free text (None: the tasks' fields are scanned)."""
        if wanted == self._filter and indexed == self._indexed:
            return
        self.beginResetModel()
        self._filter = wanted
        self._indexed = indexed
        self._shown = self._filtered()
        self.endResetModel()

    # -- data out --------------------------------------------------------

    @property
    def all_tasks(self) -> list[TrackedTask]:
        """Every task, filtered or not, in ledger order."""
        return self._tasks

    @property
    def today(self) -> date:
        """The day the lights were judged on."""
        return self._today

    @property
    def total_count(self) -> int:
        """How many tasks are in force."""
        return len(self._tasks)

    @property
    def shown_count(self) -> int:
        """How many tasks pass the filter."""
        return len(self._shown)

    def task(self, row: int) -> TrackedTask:
        """The task shown on line `row`."""
        return self._tasks[self._shown[row]]

    def shown_tasks(self) -> list[TrackedTask]:
        """The tasks on show, top to bottom."""
        tasks = self._tasks
        return [tasks[index] for index in self._shown]

    def lines_of(self, keys: Iterable[str]) -> list[int]:
        """The lines showing these tasks (by key), top to bottom; one pass over the lines."""
        wanted = set(keys)
        if not wanted:
            return []
        tasks = self._tasks
        return [line for line, index in enumerate(self._shown) if tasks[index].key in wanted]

    # -- QAbstractTableModel ---------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else _COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self._tasks[self._shown[index.row()]]
        column = TaskColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[column](task)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task, column)
        if role == Qt.ItemDataRole.DecorationRole and column == TaskColumn.LIGHT:
            return light_icon(task.light)
        if role == Qt.ItemDataRole.ForegroundRole and column == TaskColumn.DEADLINE:
            late = task.deadline is not None and task.deadline < self._today
            return QBrush(QColor(PALETTE.danger)) if late and task.light is not Light.DONE else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TaskColumn.PERCENT:
            return _RIGHT
        if role == TASK_ROLE:
            return task
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[TaskColumn(section)]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # A reset rather than a layout change: no persistent indexes to remap row by row.
        self.beginResetModel()
        self._sort_column = column
        self._sort_order = order
        self._order = self._sorted_order()
        self._shown = self._filtered()
        self.endResetModel()

    # -- helpers ---------------------------------------------------------

    def _tooltip(self, task: TrackedTask, column: TaskColumn) -> str:
        if column == TaskColumn.ITEM:
            return "\n".join(part for part in (task.item, task.measures) if part)
        if column == TaskColumn.NUMBER:
            return f"{task.pledge_number}\n{task.unit}"
        if column == TaskColumn.LIGHT:
            state = state_label(task.state) if task.state else self._never
            tip = translate("TaskLedgerModel", "{light} · last report: {state}, {percent}%")
            return tip.format(light=self._lights[task.light], state=state, percent=task.percent)
        if column == TaskColumn.LAST_REPORT and task.narrative:
            return f"{self._text[column](task)}\n{task.narrative}"
        return self._text[column](task)

    def _filtered(self) -> list[int]:
        if self._filter is None:
            return list(self._order)
        return shown_rows(self._tasks, self._order, self._filter, self._today, self._indexed)

    def _sorted_order(self) -> list[int]:
        # Stable sorts from ledger order (year, pledge, place): equal keys keep that order.
        base = range(len(self._tasks))
        if self._sort_column < 0:
            return list(base)
        key = self._sort_key(TaskColumn(self._sort_column))
        keys = [key(task) for task in self._tasks]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            # reverse=True would also reverse the ledger order within equal keys.
            return sorted(base, key=lambda i: _Reversed(keys[i]))
        return sorted(base, key=keys.__getitem__)

    def _sort_key(self, column: TaskColumn) -> Callable[[TrackedTask], Any]:
        if column == TaskColumn.PERCENT:
            return lambda task: task.percent
        if column == TaskColumn.LIGHT:
            return lambda task: SEVERITY[task.light]
        if column == TaskColumn.LIST:
            return lambda task: _LIST_ORDER[task.list_class]
        if column == TaskColumn.DEADLINE:
            return lambda task: (task.deadline is None, task.deadline or date.max)
        if column == TaskColumn.LAST_REPORT:
            return lambda task: task.last_report_on or date.min
        text = self._text[column]
        collator = self._collator
        known: dict[str, QCollatorSortKey] = {}  # units and officials repeat: one key each

        def collated(task: TrackedTask) -> QCollatorSortKey:
            value = text(task)
            found = known.get(value)
            if found is None:
                found = known[value] = collator.sortKey(value)
            return found

        return collated
