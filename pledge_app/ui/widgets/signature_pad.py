"""A pad to sign on with the mouse, a pen or a finger; exports a transparent PNG."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from pledge_app.ui.style import PALETTE

#: Ink colour of the signature, on screen and in the exported image.
INK = QColor(20, 24, 38)
#: Stroke width in pad pixels at ordinary pen pressure (and for the mouse).
BASE_WIDTH = 2.6
#: The exported PNG has this many pixels per pad pixel.
EXPORT_SCALE = 3.0
#: Transparent margin around the strokes in the exported PNG, in pad pixels.
EXPORT_MARGIN = 8.0
#: Points closer than this to the previous one add nothing but noise.
_MIN_STEP = 0.75
_MOUSE_PRESSURE = 0.7


@dataclass
class Stroke:
    """One touch of the pen: its points and the width at each."""

    points: list[QPointF] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)

    def add(self, point: QPointF, pressure: float) -> None:
        """Append a point unless it is too close to the last one."""
        if self.points:
            last = self.points[-1]
            if abs(last.x() - point.x()) + abs(last.y() - point.y()) < _MIN_STEP:
                return
        self.points.append(QPointF(point))
        self.widths.append(BASE_WIDTH * (0.35 + 0.9 * max(0.0, min(pressure, 1.0))))

    def bounds(self) -> QRectF:
        """The rectangle the stroke's ink covers."""
        xs = [p.x() for p in self.points]
        ys = [p.y() for p in self.points]
        half = max(self.widths) / 2
        return QRectF(min(xs) - half, min(ys) - half, max(xs) - min(xs) + 2 * half,
                      max(ys) - min(ys) + 2 * half)  # fmt: skip


def _mid(a: QPointF, b: QPointF) -> QPointF:
    return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)


def paint_stroke(painter: QPainter, stroke: Stroke) -> None:
    """Draw one stroke as smooth quadratic pieces, each as wide as the pressure at it."""
    points, widths = stroke.points, stroke.widths
    if not points:
        return
    if len(points) == 1:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawEllipse(points[0], widths[0] / 2, widths[0] / 2)
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    start = points[0]
    for i in range(1, len(points)):
        end = points[i] if i == len(points) - 1 else _mid(points[i], points[i + 1])
        piece = QPainterPath(start)
        piece.quadTo(points[i], end)
        pen = QPen(INK, widths[i], Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(piece)
        start = end


class SignaturePad(QWidget):
    """A white signing area with a baseline; emits `changed` after every stroke, undo or clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Signature pad"))

    # -- public ------------------------------------------------------------

    def is_empty(self) -> bool:
        """Whether nothing has been drawn."""
        return not self.strokes

    def clear(self) -> None:
        """Remove every stroke."""
        if self.strokes or self._current:
            self.strokes.clear()
            self._current = None
            self.update()
            self.changed.emit()

    def undo(self) -> None:
        """Remove the last stroke."""
        if self.strokes:
            self.strokes.pop()
            self.update()
            self.changed.emit()

    def to_png(self) -> bytes:
        """The strokes as a transparent PNG cropped to them with a margin; ValueError if empty."""
        if not self.strokes:
            raise ValueError("the signature pad is empty")
        bounds = QRectF(self.strokes[0].bounds())
        for stroke in self.strokes[1:]:
            bounds = bounds.united(stroke.bounds())
        bounds.adjust(-EXPORT_MARGIN, -EXPORT_MARGIN, EXPORT_MARGIN, EXPORT_MARGIN)
        size = QSize(round(bounds.width() * EXPORT_SCALE), round(bounds.height() * EXPORT_SCALE))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(EXPORT_SCALE, EXPORT_SCALE)
        painter.translate(-bounds.topLeft())
        for stroke in self.strokes:
            paint_stroke(painter, stroke)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs ask for bytes, but PySide6 6.12 accepts only str for the format.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    # -- Qt ----------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 130)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        enabled = self.isEnabled()
        painter.setPen(QPen(QColor(PALETTE.border_input), 1))
        painter.setBrush(QColor(PALETTE.surface if enabled else PALETTE.surface_disabled))
        painter.drawRoundedRect(area, 6, 6)
        baseline = area.top() + area.height() * 0.72
        left, right = area.left() + area.width() * 0.07, area.right() - area.width() * 0.07
        painter.setPen(QPen(QColor(PALETTE.pad_guide), 1.2))
        painter.drawLine(QPointF(left, baseline), QPointF(right, baseline))
        mark = QColor(PALETTE.pad_mark)
        painter.setPen(QPen(mark, 1.4))
        painter.drawLine(QPointF(left, baseline - 14), QPointF(left + 8, baseline - 6))
        painter.drawLine(QPointF(left + 8, baseline - 14), QPointF(left, baseline - 6))
        if self.is_empty() and self._current is None:
            painter.setPen(QColor(PALETTE.pad_hint))
            hint = QRectF(area.left(), area.top(), area.width(), baseline - area.top() - 4)
            painter.drawText(
                hint,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Sign here with the mouse, a pen or a finger"),
            )
        for stroke in self.strokes:
            paint_stroke(painter, stroke)
        if self._current is not None:
            paint_stroke(painter, self._current)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), _MOUSE_PRESSURE)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), _MOUSE_PRESSURE)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._extend(event.position(), _MOUSE_PRESSURE)
            self._finish()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepting the pen's events stops Qt from also sending the mouse events it
        # would synthesise from them, and keeps the pressure.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease and self._current is not None:
            self._finish()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._on_touch(event)
            return True
        return super().event(event)

    # -- drawing -----------------------------------------------------------

    def _on_touch(self, event: QTouchEvent) -> None:
        points = event.points()
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._current = None
            self.update()
        elif points:
            position = points[0].position()
            if kind == QEvent.Type.TouchBegin:
                self._begin(position, _MOUSE_PRESSURE)
            elif self._current is not None:
                self._extend(position, _MOUSE_PRESSURE)
                if kind == QEvent.Type.TouchEnd:
                    self._finish()
        event.accept()

    def _begin(self, position: QPointF, pressure: float) -> None:
        if not self.isEnabled():
            return
        self._current = Stroke()
        self._current.add(position, pressure)
        self.update()

    def _extend(self, position: QPointF, pressure: float) -> None:
        if self._current is not None:
            self._current.add(position, pressure)
            self.update()

    def _finish(self) -> None:
        stroke, self._current = self._current, None
        if stroke is not None and stroke.points:
            self.strokes.append(stroke)
            self.update()
            self.changed.emit()
