"""Lets Ctrl+Z / Ctrl+Y reach the editor's undo stack instead of one text box's own undo,
and keeps Escape in a form field from closing the pledge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence


class UndoKeyFilter(QObject):
    """Installed on text inputs: declines their claim on the undo/redo keys, and claims
    Escape, so a clerk leaving a field with Escape does not close the pledge."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            # Accepted, the key goes to the field (which ignores it), not to Close.
            event.accept()
            return True
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
