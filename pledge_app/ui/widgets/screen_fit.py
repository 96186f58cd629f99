"""Sizes windows and dialogs to the screen they open on, so none outgrows a small laptop."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: The smallest screen an office uses: 1366×768 less the Windows task bar.
SMALL_SCREEN = QSize(1366, 728)
#: Room left for the window frame and title bar that the window manager adds.
FRAME = QSize(16, 40)


def available_size(widget: QWidget) -> QSize:
    """The room a window of `widget` has on its screen (the primary one before it is shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return SMALL_SCREEN - FRAME
    return screen.availableGeometry().size() - FRAME


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width×height, or less where its screen is smaller."""
    room = available_size(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))
