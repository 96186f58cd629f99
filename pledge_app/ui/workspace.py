"""The one open database and the `changed` signal every page listens to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from pledge_app.operations.changes import Changes

if TYPE_CHECKING:
    from pledge_app.core.database import Database


class Workspace(QObject):
    """Holds the open database; pages read it when they need it and refresh on `changed`.

    `opened` comes when another database takes the place of the previous one (which is
    disposed); `changed` carries what an operation changed, and after `opened` it carries
    `Changes.of_everything()`, so a page needs only one slot to stay current.
    """

    opened = Signal()
    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._database: Database | None = None
        self.label = ""

    @property
    def database(self) -> Database | None:
        """The open database, or None while it is still being opened."""
        return self._database

    def open(self, database: Database, label: str) -> None:
        """Show `database` (named `label` to the user); the previous one is closed."""
        old = self._database
        self._database = database
        self.label = label
        if old is not None and old is not database:
            old.dispose()
        self.opened.emit()
        self.changed.emit(Changes.of_everything())

    def publish(self, changes: Changes) -> None:
        """Tell every page what an operation changed (nothing is said for no change)."""
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        """Dispose of the open database (the window is closing)."""
        if self._database is not None:
            self._database.dispose()
            self._database = None
