"""The crash handler: an unexpected exception is logged with its traceback, the clerk is told
plainly where the log is, the draft being edited survives, and the hooks return."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window, configure_logging, logs_dir
from pledge_app.core.autosave import load_autosave
from pledge_app.core.database import Database, open_database
from pledge_app.core.pledges import create_pledge
from pledge_app.settings import Settings
from pledge_app.ui.crash_handler import CrashHandler
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts, type_text


class Unexpected(Exception):
    """A bug nobody caught."""


def raise_unexpected() -> None:
    raise Unexpected("the ledger ran off the end")


def deliver_uncaught() -> None:
    """Hand an exception with a real traceback to sys.excepthook, as Qt does for a slot."""
    try:
        raise_unexpected()
    except Unexpected:
        sys.excepthook(*sys.exc_info())


def application_log() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (logs_dir() / "pledge-app.log").read_text(encoding="utf-8")


@pytest.fixture
def app_logging() -> Iterator[None]:
    """The application's own logging set-up, into the test's data folder, undone afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    configure_logging()
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def crash_handler(app_logging: None) -> Iterator[CrashHandler]:
    """Installed as app.main does, in test mode (no dialog)."""
    handler = CrashHandler(log_dir=logs_dir(), show_dialog=False)
    handler.install()
    yield handler
    handler.uninstall()


class DialogWatch:
    """Records (and closes) any modal dialog that opens while events are processed."""

    def __init__(self) -> None:
        self.seen: list[QMessageBox] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        # The timer also fires inside a dialog's own event loop, so a blocking exec() ends.
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append(box)
            box.reject()


@pytest.fixture
def dialog_watch(qapp: QApplication) -> Iterator[DialogWatch]:
    watch = DialogWatch()
    yield watch
    watch.stop()


def test_an_uncaught_exception_is_logged_with_its_traceback(crash_handler: CrashHandler) -> None:
    deliver_uncaught()
    text = application_log()
    assert "CRITICAL" in text
    assert "Traceback (most recent call last):" in text
    assert "in raise_unexpected" in text
    assert "Unexpected: the ledger ran off the end" in text


def test_an_exception_in_a_worker_thread_is_logged_too(crash_handler: CrashHandler) -> None:
    worker = threading.Thread(target=raise_unexpected)
    worker.start()
    worker.join()
    text = application_log()
    assert "in raise_unexpected" in text
    assert "Unexpected: the ledger ran off the end" in text


def test_native_crashes_are_traced_into_the_log_folder(crash_handler: CrashHandler) -> None:
    assert crash_handler.fault_log.parent == logs_dir()
    assert crash_handler.fault_log.is_file()


def test_in_test_mode_no_dialog_opens(
    crash_handler: CrashHandler, dialog_watch: DialogWatch
) -> None:
    deliver_uncaught()
    QApplication.processEvents()  # delivers the queued crash signal, if one was sent
    assert dialog_watch.seen == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_outside_test_mode_the_user_is_told_where_the_log_is(
    qtbot: QtBot, app_logging: None, dialog_watch: DialogWatch
) -> None:
    handler = CrashHandler(log_dir=logs_dir(), show_dialog=True)
    handler.install()
    try:
        deliver_uncaught()
        qtbot.waitUntil(lambda: bool(dialog_watch.seen))
    finally:
        handler.uninstall()
    box = dialog_watch.seen[0]
    assert str(logs_dir()) in box.text()
    assert "the ledger ran off the end" in box.detailedText()
    assert "in raise_unexpected" in box.detailedText()


def test_the_dialog_speaks_plainly_and_keeps_the_traceback_behind_details(
    qtbot: QtBot, app_logging: None, dialog_watch: DialogWatch
) -> None:
    handler = CrashHandler(log_dir=logs_dir(), show_dialog=True)
    handler.install()
    try:
        deliver_uncaught()
        qtbot.waitUntil(lambda: bool(dialog_watch.seen))
    finally:
        handler.uninstall()
    box = dialog_watch.seen[0]
    for shown in (box.text(), box.informativeText()):
        assert "Traceback" not in shown
        assert "Unexpected" not in shown  # the exception's class name
        assert "the ledger ran off the end" not in shown
        assert ".py" not in shown
    assert "draft" in box.text()
    assert box.text() == handler.message() and box.informativeText() == handler.advice()
    buttons = [button.objectName() for button in box.buttons()]
    assert "openLogFolderButton" in buttons


def test_uninstall_gives_the_hooks_back(app_logging: None, tmp_path: Path) -> None:
    before, before_thread = sys.excepthook, threading.excepthook
    handler = CrashHandler(log_dir=tmp_path / "logs", show_dialog=False)
    handler.install()
    assert sys.excepthook == handler.handle
    assert threading.excepthook is not before_thread
    handler.uninstall()
    assert sys.excepthook is before
    assert threading.excepthook is before_thread


def test_a_crash_while_editing_keeps_the_draft_for_the_next_start(
    qtbot: QtBot, crash_handler: CrashHandler, tmp_path: Path
) -> None:
    file = tmp_path / "office.sqlite3"
    with open_database(file) as first_start:
        with first_start.begin() as session:
            pledge_id = create_pledge(session, make_content(title="南山县目标责任书")).id
        settings = Settings(tmp_path / "settings.ini")
        settings.autosave_seconds = 1
        window = build_main_window(first_start, settings, FakePrompts())
        qtbot.addWidget(window)
        window.open_pledge(pledge_id)
        assert window.editor is not None
        title = window.editor.findChild(QLineEdit, "title_edit")
        type_text(title, "（崩溃前）")
        qtbot.waitUntil(lambda: has_autosave(first_start, pledge_id), timeout=5000)
        deliver_uncaught()  # the program dies here: nothing is saved for real
        window.hide()
    assert "Unexpected: the ledger ran off the end" in application_log()

    with open_database(file) as next_start:
        prompts = FakePrompts(answer_yes=True)
        again = build_main_window(next_start, Settings(tmp_path / "settings.ini"), prompts)
        qtbot.addWidget(again)
        again.open_pledge(pledge_id)
        assert any("（崩溃前）" in text for text in prompts.messages("confirm"))
        assert again.editor is not None
        assert again.editor.current_content().title.endswith("（崩溃前）")
        again.hide()


def has_autosave(database: Database, pledge_id: str) -> bool:
    with database.begin() as session:
        return load_autosave(session, pledge_id) is not None


def test_the_log_rotates_so_it_never_fills_the_disk(app_logging: None) -> None:
    rotating = [
        handler
        for handler in logging.getLogger().handlers
        if isinstance(handler, logging.handlers.RotatingFileHandler)
    ]
    assert len(rotating) == 1
    assert Path(rotating[0].baseFilename).parent == logs_dir()
    assert 0 < rotating[0].maxBytes <= 10_000_000
    assert rotating[0].backupCount >= 1
