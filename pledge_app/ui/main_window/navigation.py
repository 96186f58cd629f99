"""The main window's navigation: the pages it offers and the list on the left that picks one."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget


class Page(IntEnum):
    """The navigation entries, in the order DESIGN.md lists them."""

    DASHBOARD = 0
    PLEDGES = 1
    TASKS = 2
    PROBLEMS = 3
    ASSESSMENTS = 4
    UNITS = 5
    TEMPLATES = 6
    AUDIT_LOG = 7


_ICONS = {
    Page.DASHBOARD: QStyle.StandardPixmap.SP_ComputerIcon,
    Page.PLEDGES: QStyle.StandardPixmap.SP_FileDialogDetailedView,
    Page.TASKS: QStyle.StandardPixmap.SP_FileDialogListView,
    Page.PROBLEMS: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Page.ASSESSMENTS: QStyle.StandardPixmap.SP_DialogApplyButton,
    Page.UNITS: QStyle.StandardPixmap.SP_DirHomeIcon,
    Page.TEMPLATES: QStyle.StandardPixmap.SP_FileDialogContentsView,
    Page.AUDIT_LOG: QStyle.StandardPixmap.SP_FileDialogInfoView,
}


class NavigationList(QListWidget):
    """One row a page, in `Page` order, each with its icon; row number = page number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationList")
        self._fitted_width = 0
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        self.setStyleSheet(
            "QListWidget#navigationList { font-size: 11pt; padding: 4px; }"
            "QListWidget#navigationList::item { padding: 8px 10px; }"
        )

    def add_page(self, page: Page, title: str) -> None:
        """Append the row of `page` (pages are added in `Page` order)."""
        item = QListWidgetItem(self.style().standardIcon(_ICONS[page]), title)
        item.setData(Qt.ItemDataRole.UserRole, page.value)
        self.addItem(item)

    def fit_width(self) -> None:
        """Size the list to its longest title, with a little room to widen it."""
        width = max(self.sizeHintForColumn(0), 120) + 36
        self._fitted_width = width
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 120)

    def sizeHint(self) -> QSize:
        # A list view asks for ~256 px; the titles need less, and the page needs the room.
        hint = super().sizeHint()
        return QSize(self._fitted_width, hint.height()) if self._fitted_width else hint

    def select_quietly(self, page: Page) -> None:
        """Highlight `page` without emitting `currentRowChanged`."""
        self.blockSignals(True)
        self.setCurrentRow(page)
        self.blockSignals(False)
