"""The audit log as a table: time, accounts, action, pledge and a summary of the details."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from pledge_app.ui.labels import action_label
from pledge_app.ui.models.audit_details import details_summary, details_tooltip

if TYPE_CHECKING:
    from pledge_app.core.audit import AuditView

_Index = QModelIndex | QPersistentModelIndex
# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate

#: The role that hands back the whole AuditView of a line.
AUDIT_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class AuditColumn(IntEnum):
    """The columns of the audit log, in display order."""

    TIME = 0
    OS_USER = 1
    ACTOR = 2
    ACTION = 3
    PLEDGE = 4
    DETAILS = 5


def column_title(column: AuditColumn) -> str:
    """The header of a column."""
    titles = {
        AuditColumn.TIME: translate("AuditTableModel", "Time"),
        AuditColumn.OS_USER: translate("AuditTableModel", "Windows user"),
        AuditColumn.ACTOR: translate("AuditTableModel", "Signer / actor"),
        AuditColumn.ACTION: translate("AuditTableModel", "Action"),
        AuditColumn.PLEDGE: translate("AuditTableModel", "Pledge"),
        AuditColumn.DETAILS: translate("AuditTableModel", "Details"),
    }
    return titles[column]


class AuditTableModel(QAbstractTableModel):
    """Audit entries, newest first, filtered by pledge and action in Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditView] = []
        self._shown: list[AuditView] = []
        self._pledge_names: dict[str, str] = {}
        self._pledge_filter: str | None = None
        self._action_filter: str | None = None

    # -- data in -----------------------------------------------------------

    def set_entries(
        self, entries: Sequence[AuditView], pledge_names: Mapping[str, str] | None = None
    ) -> None:
        """Show `entries`; `pledge_names` maps a pledge id to how it is named."""
        self.beginResetModel()
        self._entries = list(entries)
        # A deleted draft is no longer in the database; its entry kept its name.
        self._pledge_names = {
            entry.pledge_id: f"{entry.details['number']} {entry.details.get('title', '')}".strip()
            for entry in self._entries
            if entry.pledge_id is not None and entry.details.get("number")
        }
        self._pledge_names.update(pledge_names or {})
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, *, pledge_id: str | None = None, action: str | None = None) -> None:
        """Keep only one pledge's entries and/or one action's; None keeps all."""
        self.beginResetModel()
        self._pledge_filter = pledge_id
        self._action_filter = action
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        self._shown = [
            entry
            for entry in self._entries
            if (self._pledge_filter is None or entry.pledge_id == self._pledge_filter)
            and (self._action_filter is None or entry.action == self._action_filter)
        ]

    # -- data out ----------------------------------------------------------

    def entry(self, row: int) -> AuditView:
        """The entry shown on `row`."""
        return self._shown[row]

    def total_count(self) -> int:
        """How many entries there are before filtering."""
        return len(self._entries)

    def actions(self) -> list[str]:
        """Every action that occurs, in first-seen order."""
        return list(dict.fromkeys(entry.action for entry in self._entries))

    def pledge_ids(self) -> list[str]:
        """Every pledge id that occurs, in first-seen order."""
        return list(dict.fromkeys(e.pledge_id for e in self._entries if e.pledge_id is not None))

    def pledge_name_of(self, pledge_id: str) -> str:
        """How a pledge is named: its number and title, or what the log kept of them."""
        return self._pledge_names.get(pledge_id) or pledge_id[:8]

    # -- the Qt model interface -------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuditColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return column_title(AuditColumn(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        entry = self._shown[index.row()]
        column = AuditColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is AuditColumn.DETAILS:
                return details_tooltip(entry) or None
            if column is AuditColumn.TIME:
                return translate("AuditTableModel", "Entry {seq}, hash {hash}").format(
                    seq=entry.seq, hash=entry.entry_hash
                )
            return self._text(entry, column)
        if role == AUDIT_ENTRY_ROLE:
            return entry
        return None

    def _text(self, entry: AuditView, column: AuditColumn) -> str:
        if column is AuditColumn.TIME:
            return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column is AuditColumn.OS_USER:
            return entry.os_user
        if column is AuditColumn.ACTOR:
            return entry.actor
        if column is AuditColumn.ACTION:
            return action_label(entry.action)
        if column is AuditColumn.PLEDGE:
            return self.pledge_name_of(entry.pledge_id) if entry.pledge_id else ""
        return details_summary(entry)
