"""A task's traffic light as a small coloured dot, painted once per light and size."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from pledge_app.core.tracking.states import Light
from pledge_app.ui.style import light_colour


@cache
def light_icon(light: Light, size: int = 12) -> QIcon:
    """A filled circle in the light's colour with a darker rim, so yellow shows on white."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: crisp at 200 % too
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    fill = QColor(light_colour(light))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(fill.darker(140), 1.0))
    painter.setBrush(fill)
    painter.drawEllipse(QRectF(1.0, 1.0, size - 2.0, size - 2.0))
    painter.end()
    return QIcon(pixmap)
