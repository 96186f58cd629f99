"""The check on opening builds on the last sound one; the one the clerk asks for is full."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from tests.signing_helpers import signed_pledge
from tests.ui.fakes import FakePrompts
from tests.ui.test_main_window_signing import open_window, tamper


def _status(window: object) -> list[str]:
    messages: list[str] = []
    window.integrity.status_message.connect(messages.append)  # type: ignore[attr-defined]
    return messages


def test_opening_again_checks_only_the_changes_and_says_so(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        signed_pledge(session)
    first = open_window(qtbot, database, FakePrompts(), tmp_path)
    assert first.integrity.findings == []
    messages = _status(first)
    with qtbot.waitSignal(first.integrity.checked, timeout=20_000):
        first.integrity.check(announce=False)
    assert messages[-1] == (
        "Integrity check of the changes since the last sound check: no problems found."
    )
    with qtbot.waitSignal(first.integrity.checked, timeout=20_000):
        first.check_integrity_action.trigger()
    assert messages[-1] == "Integrity check: no problems found."
    first.close()


def test_tampering_after_a_sound_check_is_found_on_the_next_opening(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
    first = open_window(qtbot, database, FakePrompts(), tmp_path)
    assert first.integrity.findings == []
    first.close()
    tamper(database, signed.id)
    second = open_window(qtbot, database, FakePrompts(), tmp_path)
    assert second.integrity.findings
    assert any(f.pledge_id == signed.id for f in second.integrity.findings)
    second.close()
