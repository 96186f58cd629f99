"""The editable task table of section 4: one TaskView per row, one column per task field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from pledge_app.core.editing import (
    TASK_FIELDS,
    DateError,
    set_task_field,
    task_cells,
)
from pledge_app.core.enums import TaskList
from pledge_app.core.labels import task_field_label, task_list_label
from pledge_app.core.views import TaskView
from pledge_app.ui.style import PALETTE

Index = QModelIndex | QPersistentModelIndex

_INVALID_BACKGROUND = QColor(PALETTE.invalid_cell)


class TaskTableModel(QAbstractTableModel):
    """Tasks as rows; edits emit `edited(key)` with a key like "tasks.2.deadline"."""

    #: A change was made: the key names the cell for typing, "" for structural changes.
    edited = Signal(str)
    #: An edit could not be applied; the text says why.
    edit_rejected = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[TaskView] = []
        self._read_only = False
        self._problems: dict[tuple[int, str], str] = {}

    # -- the Qt model interface -------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TASK_FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return task_field_label(TASK_FIELDS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self._tasks[index.row()]
        field = TASK_FIELDS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return task_cells(task)[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(task, field)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tall cells are cut at a few lines in the table: the tooltip has all of it.
            problem = self._problems.get((index.row(), field))
            return problem or task_cells(task)[index.column()] or None
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), field) in self._problems:
            return QBrush(_INVALID_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if field == "weight" else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignTop)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._read_only:
            return False
        row, field = index.row(), TASK_FIELDS[index.column()]
        old = self._tasks[row]
        try:
            new = self._with_value(old, field, value)
        except (DateError, ValueError) as error:
            self.edit_rejected.emit(str(error) or self.tr("That value is not understood."))
            return False
        if new == old:
            return True
        self._tasks[row] = new
        self.dataChanged.emit(index, index)
        self.edited.emit(f"tasks.{row}.{field}")
        return True

    # -- whole-table operations (each emits `edited("")`) -----------------

    def tasks(self) -> tuple[TaskView, ...]:
        """The rows as they stand."""
        return tuple(self._tasks)

    def set_tasks(self, tasks: tuple[TaskView, ...]) -> None:
        """Show `tasks`, touching only the rows that differ when the row count is unchanged."""
        if len(tasks) != len(self._tasks):
            self.beginResetModel()
            self._tasks = list(tasks)
            self.endResetModel()
            return
        for row, task in enumerate(tasks):
            if self._tasks[row] != task:
                self._tasks[row] = task
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def insert_tasks(self, row: int, tasks: list[TaskView]) -> None:
        """Insert `tasks` before `row` (at the end when `row` is the row count)."""
        if not tasks:
            return
        self.beginInsertRows(QModelIndex(), row, row + len(tasks) - 1)
        self._tasks[row:row] = tasks
        self.endInsertRows()
        self.edited.emit("")

    def remove_rows(self, rows: list[int]) -> None:
        """Remove the given rows, in any order."""
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._tasks[row]
            self.endRemoveRows()
        if rows:
            self.edited.emit("")

    def move_row(self, row: int, to: int) -> bool:
        """Move one row up or down to position `to`; False when it cannot move."""
        if row == to or not (0 <= row < len(self._tasks) and 0 <= to < len(self._tasks)):
            return False
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._tasks.insert(to, self._tasks.pop(row))
        self.endMoveRows()
        self.edited.emit("")
        return True

    def replace_from(self, row: int, tasks: list[TaskView]) -> None:
        """Overwrite rows from `row` on with `tasks`, appending rows past the end."""
        overlap = min(len(tasks), len(self._tasks) - row)
        for offset in range(overlap):
            self._tasks[row + offset] = tasks[offset]
        if overlap > 0:
            self.dataChanged.emit(
                self.index(row, 0), self.index(row + overlap - 1, self.columnCount() - 1)
            )
        extra = tasks[overlap:]
        if extra:
            start = len(self._tasks)
            self.beginInsertRows(QModelIndex(), start, start + len(extra) - 1)
            self._tasks.extend(extra)
            self.endInsertRows()
        self.edited.emit("")

    # -- presentation state ------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Refuse every edit while the pledge is not a draft."""
        self._read_only = read_only

    def is_read_only(self) -> bool:
        """Whether edits are refused."""
        return self._read_only

    def set_problems(self, problems: dict[tuple[int, str], str]) -> None:
        """Mark cells (row, field) as invalid, with the message shown as their tooltip."""
        self._problems = dict(problems)
        if self._tasks:
            last = self.index(len(self._tasks) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- conversions ---------------------------------------------------------

    @staticmethod
    def _edit_value(task: TaskView, field: str) -> Any:
        if field == "deadline":
            return task.deadline
        if field == "list_class":
            return task.list_class.value
        if field == "weight":
            return task.weight
        return task_cells(task)[TASK_FIELDS.index(field)]

    @staticmethod
    def _with_value(task: TaskView, field: str, value: Any) -> TaskView:
        if field == "deadline" and (value is None or isinstance(value, date)):
            return replace(task, deadline=value)
        if field == "list_class" and isinstance(value, TaskList):
            return replace(task, list_class=value)
        if field == "list_class" and value in {item.value for item in TaskList}:
            return replace(task, list_class=TaskList(value))
        if field == "weight" and isinstance(value, (int, float)):
            return replace(task, weight=float(value))
        return set_task_field(task, field, "" if value is None else str(value))


def list_choices() -> list[tuple[str, str]]:
    """(label, value) for each of the five lists, in their fixed order."""
    return [(task_list_label(item), item.value) for item in TaskList]
