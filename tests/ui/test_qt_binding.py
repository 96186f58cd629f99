"""The Qt binding we ship keeps Python's reference counts intact."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_drop_references_to_none(qtbot: QtBot) -> None:
    # PySide6 6.12.0 lost one reference to None per call returning nothing; on
    # Python 3.11 that aborts the interpreter after a few thousand calls.
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.setObjectName("probe")
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50
