"""Whether a window or dialog fits a 1366×768 screen less the task bar, at 100 % and 125 %."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pledge_app.ui.widgets.screen_fit import FRAME, SMALL_SCREEN

SCALES = (1.0, 1.25)


def assert_fits(widget: QWidget) -> None:
    """The widget's minimum size and its frame fit the small screen at every scale."""
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    for scale in SCALES:
        width = (hint.width() + FRAME.width()) * scale
        height = (hint.height() + FRAME.height()) * scale
        assert width <= SMALL_SCREEN.width() and height <= SMALL_SCREEN.height(), (
            f"{widget.objectName()} needs {hint} at {scale:.0%}"
        )
