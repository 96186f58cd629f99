"""The signature pad: strokes from the mouse, a pen and a finger; undo, clear, PNG export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import (
    QEventPoint,
    QImage,
    QInputDevice,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pledge_app.ui.widgets.signature_pad import SignaturePad
from tests.ui.pad_drawing import draw_stroke

ZIGZAG = [(40, 100), (80, 50), (120, 110), (160, 60), (200, 100)]
LINE = [(220, 60), (300, 70), (380, 80)]


def make_pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 180)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_a_new_pad_is_empty(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    assert pad.is_empty()


def test_drawing_with_the_mouse_makes_a_stroke_and_signals(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    with qtbot.waitSignal(pad.changed):
        draw_stroke(qtbot, pad, ZIGZAG)
    assert not pad.is_empty()
    assert len(pad.strokes) == 1
    assert len(pad.strokes[0].points) >= len(ZIGZAG) - 1


def test_a_single_click_leaves_a_dot(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    draw_stroke(qtbot, pad, [(100, 100)])
    assert len(pad.strokes) == 1
    assert QImage.fromData(pad.to_png()).width() > 0


def test_the_right_button_draws_nothing(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    qtbot.mousePress(pad, Qt.MouseButton.RightButton, pos=QPoint(50, 50))
    qtbot.mouseRelease(pad, Qt.MouseButton.RightButton, pos=QPoint(90, 90))
    assert pad.is_empty()


def test_png_is_transparent_with_opaque_ink(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    draw_stroke(qtbot, pad, ZIGZAG)
    data = pad.to_png()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(data)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(image.width() - 1, image.height() - 1).alpha() == 0
    assert any(
        image.pixelColor(x, y).alpha() == 255
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_png_is_cropped_to_the_strokes_at_a_higher_resolution(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    draw_stroke(qtbot, pad, ZIGZAG)
    image = QImage.fromData(pad.to_png())
    # The zigzag spans 160 x 60 pad pixels; the export is about three times that plus margins.
    assert 160 * 3 <= image.width() <= 240 * 3
    assert 60 * 3 <= image.height() <= 120 * 3


def test_png_of_an_empty_pad_is_refused(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    with pytest.raises(ValueError):
        pad.to_png()


def test_undo_removes_only_the_last_stroke(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    draw_stroke(qtbot, pad, ZIGZAG)
    draw_stroke(qtbot, pad, LINE)
    first = pad.strokes[0]
    with qtbot.waitSignal(pad.changed):
        pad.undo()
    assert pad.strokes == [first]
    pad.undo()
    assert pad.is_empty()


def test_clear_empties_the_pad(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    draw_stroke(qtbot, pad, ZIGZAG)
    draw_stroke(qtbot, pad, LINE)
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()


def _tablet_event(kind: QTabletEvent.Type, point: QPointF, pressure: float) -> QTabletEvent:
    device = QPointingDevice.primaryPointingDevice()
    return QTabletEvent(
        kind,
        device,
        point,
        point,
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
    )


def test_a_pen_draws_wider_where_it_presses_harder(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    events = [
        (QTabletEvent.Type.TabletPress, QPointF(50, 90), 0.1),
        (QTabletEvent.Type.TabletMove, QPointF(120, 90), 0.1),
        (QTabletEvent.Type.TabletMove, QPointF(200, 90), 1.0),
        (QTabletEvent.Type.TabletRelease, QPointF(200, 90), 0.0),
    ]
    for kind, point, pressure in events:
        QApplication.sendEvent(pad, _tablet_event(kind, point, pressure))
    assert len(pad.strokes) == 1
    widths = pad.strokes[0].widths
    assert widths[-1] > widths[0]


def test_a_finger_draws_a_stroke(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    device = QPointingDevice(
        "touchscreen",
        1,
        QInputDevice.DeviceType.TouchScreen,
        QPointingDevice.PointerType.Finger,
        QInputDevice.Capability.Position,
        1,
        0,
    )
    steps = [
        (QTouchEvent.Type.TouchBegin, QEventPoint.State.Pressed, QPointF(60, 80)),
        (QTouchEvent.Type.TouchUpdate, QEventPoint.State.Updated, QPointF(140, 100)),
        (QTouchEvent.Type.TouchEnd, QEventPoint.State.Released, QPointF(220, 90)),
    ]
    for kind, state, position in steps:
        point = QEventPoint(1, state, position, pad.mapToGlobal(position))
        QApplication.sendEvent(
            pad, QTouchEvent(kind, device, Qt.KeyboardModifier.NoModifier, [point])
        )
    assert len(pad.strokes) == 1
    assert not pad.is_empty()
