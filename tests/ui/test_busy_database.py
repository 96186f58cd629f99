"""A database busy with another program's long write (issue 7 item 21): opening a pledge
says so in words and leaves the window as it was, never half an editor."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core import database_errors
from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge
from pledge_app.settings import Settings
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts


def test_opening_a_pledge_while_the_database_is_busy_says_so(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.begin() as session:
        pledge_id = create_pledge(session, make_content()).id
    prompts = FakePrompts()
    window = build_main_window(database, Settings(tmp_path / "settings.ini"), prompts)
    qtbot.addWidget(window)
    # The check run on opening writes its checkpoint from a worker: let it finish first.
    qtbot.waitUntil(lambda: window.integrity.findings is not None, timeout=30_000)
    shown_before = window.current_page()
    monkeypatch.setattr(database_errors, "BUSY_TIMEOUT_SECONDS", 0)
    database.dispose()  # new connections take the short wait
    other = sqlite3.connect(database.engine.url.database or "", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        window.open_pledge(pledge_id)
    finally:
        other.execute("ROLLBACK")
        other.close()
    errors = prompts.messages("error")
    # The editor's read and the list's refresh each say it; nothing else is said.
    assert errors and all("busy" in error and "try again" in error for error in errors)
    assert window.current_page() is shown_before
    assert window.editor is None or not window.editor.isVisible()
    monkeypatch.setattr(database_errors, "BUSY_TIMEOUT_SECONDS", 5)
    database.dispose()
    window.open_pledge(pledge_id)  # once the other write is done, it opens
    assert window.current_page() is window.editor
