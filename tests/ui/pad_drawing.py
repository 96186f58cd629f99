"""Drawing on a signature pad as a hand with a mouse would, for the pad and dialog tests."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from pledge_app.ui.widgets.signature_pad import SignaturePad

#: A short zigzag that makes a non-empty signature.
SIGNATURE = [(40, 100), (90, 50), (140, 110), (200, 60)]


class HasPad(Protocol):
    """A dialog with a signature pad (SigningDialog, SignatureImageDialog)."""

    pad: SignaturePad


def draw_stroke(qtbot: QtBot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """Press, move through `points` and release, as a hand with a mouse would."""
    first, *rest = [QPoint(x, y) for x, y in points]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=first)
    for point in rest:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=rest[-1] if rest else first)


def draw_signature(qtbot: QtBot, dialog: HasPad) -> None:
    """Sign the dialog's pad with one stroke."""
    draw_stroke(qtbot, dialog.pad, SIGNATURE)
