"""The pledge list as a table: sorted and filtered in Python over light rows, fast at 10,000."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.views import PledgeRow

# Re-exported: the status's name was defined here before ui.labels held every label.
from pledge_app.ui.labels import status_label
from pledge_app.ui.models.pledge_filter import PledgeFilter, filter_rows
from pledge_app.ui.style import PALETTE

_Index = QModelIndex | QPersistentModelIndex
# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate

#: The role that hands back the whole PledgeRow of a line.
PLEDGE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role that hands back the pledge id of a line.
PLEDGE_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_STATUS_ORDER = {status: position for position, status in enumerate(PledgeStatus)}


def chinese_collator() -> QCollator:
    """Pinyin order for Chinese, natural order for numbers ("2号" before "10号")."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


class _Reversed:
    """A sort key that orders its value backwards (descending, yet stable)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.value < self.value)


class Column(IntEnum):
    """The columns of the pledge list, in display order."""

    NUMBER = 0
    TITLE = 1
    YEAR = 2
    STATUS = 3
    VERSION = 4
    ISSUER = 5
    RESPONSIBLE = 6
    TASKS = 7
    UPDATED = 8


def _headers() -> dict[Column, str]:
    return {
        Column.NUMBER: translate("PledgeTableModel", "Number"),
        Column.TITLE: translate("PledgeTableModel", "Title"),
        Column.YEAR: translate("PledgeTableModel", "Year"),
        Column.STATUS: translate("PledgeTableModel", "Status"),
        Column.VERSION: translate("PledgeTableModel", "Version"),
        Column.ISSUER: translate("PledgeTableModel", "Issuer"),
        Column.RESPONSIBLE: translate("PledgeTableModel", "Responsible unit"),
        Column.TASKS: translate("PledgeTableModel", "Tasks"),
        Column.UPDATED: translate("PledgeTableModel", "Updated"),
    }


def _format_updated(row: PledgeRow) -> str:
    if row.updated_at is None:
        return ""
    return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")


_TEXT: dict[Column, Callable[[PledgeRow], str]] = {
    Column.NUMBER: lambda row: row.number,
    Column.TITLE: lambda row: row.title,
    Column.YEAR: lambda row: str(row.year),
    Column.STATUS: lambda row: status_label(row.status),
    Column.VERSION: lambda row: f"v{row.revision}",
    Column.ISSUER: lambda row: row.issuer,
    Column.RESPONSIBLE: lambda row: row.responsible,
    Column.TASKS: lambda row: str(row.task_count),
    Column.UPDATED: _format_updated,
}


class PledgeTableModel(QAbstractTableModel):
    """Every pledge row in memory; `shown` indexes the rows that pass the filter, in sort order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PledgeRow] = []
        self._base: list[int] = []  # every row index by number ("2号" before "10号")
        self._order: list[int] = []  # every row index, in the current sort order
        self._shown: list[int] = []  # the filtered subset of _order
        self._filter = PledgeFilter()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._collator = chinese_collator()
        self._headers = _headers()
        self._status_labels = {status: status_label(status) for status in PledgeStatus}
        self._flags: dict[str, list[str]] = {}
        self._flag_icon = QIcon()

    # -- data in ---------------------------------------------------------

    def set_rows(self, rows: Sequence[PledgeRow]) -> None:
        """Replace every row, keeping the sort and the filter."""
        self.beginResetModel()
        self._rows = list(rows)
        number_key = self._sort_key(Column.NUMBER)
        keys = [number_key(row) for row in self._rows]
        # Versions of one pledge share its number: oldest first among them (sorts are stable).
        by_revision = sorted(range(len(self._rows)), key=lambda i: self._rows[i].revision)
        self._base = sorted(by_revision, key=keys.__getitem__)
        self._order = self._sorted_order()
        self._shown = filter_rows(self._rows, self._filter, self._order)
        self.endResetModel()

    def set_flags(self, flags: dict[str, list[str]], icon: QIcon | None = None) -> None:
        """Mark pledges the integrity check found problems with: pledge id -> messages."""
        self._flags = {key: list(value) for key, value in flags.items()}
        if icon is not None:
            self._flag_icon = icon
        if self._shown:
            top = self.index(0, Column.STATUS)
            bottom = self.index(len(self._shown) - 1, Column.STATUS)
            self.dataChanged.emit(top, bottom)

    def flags_of(self, pledge_id: str) -> list[str]:
        """What the integrity check found about that pledge (empty when nothing)."""
        return list(self._flags.get(pledge_id, []))

    def set_filter(self, wanted: PledgeFilter) -> None:
        """Show only the rows that pass `wanted`."""
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._shown = filter_rows(self._rows, wanted, self._order)
        self.endResetModel()

    # -- data out --------------------------------------------------------

    @property
    def filter(self) -> PledgeFilter:
        """The filter in force."""
        return self._filter

    @property
    def all_rows(self) -> list[PledgeRow]:
        """Every row, filtered or not, in load order."""
        return list(self._rows)

    @property
    def total_count(self) -> int:
        """How many pledges there are."""
        return len(self._rows)

    @property
    def shown_count(self) -> int:
        """How many pledges pass the filter."""
        return len(self._shown)

    def pledge_row(self, row: int) -> PledgeRow:
        """The pledge shown on line `row`."""
        return self._rows[self._shown[row]]

    def row_of(self, pledge_id: str) -> int | None:
        """The line showing that pledge, or None if it is filtered out or gone."""
        for line, index in enumerate(self._shown):
            if self._rows[index].id == pledge_id:
                return line
        return None

    def lines_of(self, pledge_ids: Iterable[str]) -> list[int]:
        """The lines showing these pledges, top to bottom; filtered-out and gone ones are
        left out. One pass over the lines, however many ids are asked for."""
        wanted = set(pledge_ids)
        if not wanted:
            return []
        rows = self._rows
        return [line for line, index in enumerate(self._shown) if rows[index].id in wanted]

    # -- QAbstractTableModel ---------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._shown[index.row()]]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.STATUS:
                return self._status_labels[row.status]
            return _TEXT[column](row)
        if column == Column.STATUS and row.id in self._flags:
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(self._flags[row.id])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(PALETTE.danger))
            if role == Qt.ItemDataRole.DecorationRole:
                return self._flag_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of a cell the table may cut short (the view shows it only
            # then); a number also names its pledge.
            if column == Column.NUMBER:
                return f"{row.number}\n{row.title}"
            if column == Column.STATUS:
                return self._status_labels[row.status]
            return _TEXT[column](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.YEAR,
            Column.TASKS,
            Column.VERSION,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PLEDGE_ROW_ROLE:
            return row
        if role == PLEDGE_ID_ROLE:
            return row.id
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # A reset rather than a layout change: no persistent indexes to remap row by row.
        self.beginResetModel()
        self._sort_column = column
        self._sort_order = order
        self._order = self._sorted_order()
        self._shown = filter_rows(self._rows, self._filter, self._order)
        self.endResetModel()

    # -- sorting ---------------------------------------------------------

    def _sorted_order(self) -> list[int]:
        # Sorting is stable and starts from number order, so equal keys list by number.
        if self._sort_column < 0:
            return list(self._base)
        key = self._sort_key(Column(self._sort_column))
        keys = [key(row) for row in self._rows]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if descending:
            # reverse=True would also reverse the numbers within equal keys.
            return sorted(self._base, key=lambda i: _Reversed(keys[i]))
        return sorted(self._base, key=keys.__getitem__)

    def _sort_key(self, column: Column) -> Callable[[PledgeRow], Any]:
        if column == Column.YEAR:
            return lambda row: row.year
        if column == Column.TASKS:
            return lambda row: row.task_count
        if column == Column.VERSION:
            return lambda row: row.revision
        if column == Column.STATUS:
            return lambda row: _STATUS_ORDER[row.status]
        if column == Column.UPDATED:
            return lambda row: row.updated_at.timestamp() if row.updated_at else 0.0
        text = _TEXT[column]
        collator = self._collator
        return lambda row: collator.sortKey(text(row))
