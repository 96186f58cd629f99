"""Work off the GUI thread: results come back on it, and never to an owner that is gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from pledge_app.ui.background import run_in_background


def test_the_result_comes_back_to_the_owner(qtbot: QtBot) -> None:
    owner = QObject()
    results: list[int] = []
    task = run_in_background(owner, lambda: 42, on_success=results.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [42]


def test_a_result_for_an_owner_destroyed_meanwhile_is_dropped(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    results: list[int] = []

    def work() -> int:
        release.wait(5)
        return 42

    task = run_in_background(owner, work, on_success=results.append)
    shiboken6.delete(owner)  # the page is replaced while the work runs
    assert shiboken6.isValid(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert task.abandoned
    assert results == []
