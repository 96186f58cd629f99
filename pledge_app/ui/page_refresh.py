"""Read a page again when an operation changed what it shows: at once when it is on show,
else the next time it shows (one mechanism for every page that lists stored data)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QWidget

from pledge_app.operations.changes import Changes
from pledge_app.ui.workspace import Workspace


class RefreshOnChange(QObject):
    """Calls `refresh` for the changes `concerns` says the page shows; `stale` until the
    page says it has read (`fresh()`), starting stale: nothing is read before first shown."""

    def __init__(
        self,
        page: QWidget,
        workspace: Workspace,
        *,
        concerns: Callable[[Changes], bool],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._concerns = concerns
        self._refresh = refresh
        self.stale = True
        workspace.changed.connect(self._on_workspace_changed)
        page.installEventFilter(self)

    def fresh(self) -> None:
        """The page has just read what it shows."""
        self.stale = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self._refresh()
        return False

    @Slot(object)
    def _on_workspace_changed(self, changes: Changes) -> None:
        if not self._concerns(changes):
            return
        self.stale = True
        if self._page.isVisible():
            self._refresh()
