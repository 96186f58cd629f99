"""Lets Ctrl+Z / Ctrl+Y reach the editor's undo stack instead of one text box's own undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence


class UndoKeyFilter(QObject):
    """Installed on text inputs: declines their claim on the undo/redo keys."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            # Left unaccepted, the key goes to the page's Undo/Redo actions.
            event.ignore()
            return True
        return super().eventFilter(watched, event)
