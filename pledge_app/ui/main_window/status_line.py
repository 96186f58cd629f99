"""The status bar: passing messages on the left, the integrity badge and the database's name
on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget


class StatusLine(QObject):
    """Shows messages without painting them under the permanent widgets on the right."""

    def __init__(self, window: QMainWindow, *, badge: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("statusLine")
        self._bar = window.statusBar()
        self._bar.setObjectName("statusBar")
        self.badge = badge
        self.database_label = QLabel(window)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._bar.addPermanentWidget(badge)
        self._bar.addPermanentWidget(self.database_label)
        self.database_name = ""

    @Slot(str)
    def show_message(self, message: str) -> None:
        """A message for a few seconds, shortened in the middle if it would not fit."""
        permanent = self.database_label.width() + (
            self.badge.width() if self.badge.isVisible() else 0
        )
        room = max(self._bar.width() - permanent - 40, 80)
        elided = self._bar.fontMetrics().elidedText(message, Qt.TextElideMode.ElideMiddle, room)
        self._bar.showMessage(elided, 8000)

    def show_database(self, label: str) -> None:
        """Name the open database (an empty label: it is still being opened)."""
        self.database_name = Path(label).name or label
        if not label:
            self.database_label.setText(self.tr("Opening the database…"))
        else:
            self.database_label.setText(self.tr("Database: {name}").format(name=label))
