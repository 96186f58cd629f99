"""File → Import pledges and Export all pledges, run from the main window off the GUI thread."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database, open_database
from pledge_app.core.exchange.files import dumps_document, export_document, export_pledges
from pledge_app.settings import Settings
from pledge_app.ui.main_window.window import MainWindow
from tests.ui.fakes import FakePrompts
from tests.ui.test_main_window import add_pledges


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, tmp_path: Path, prompts: FakePrompts
) -> Iterator[MainWindow]:
    add_pledges(database, 2)
    main = build_main_window(
        database, Settings(tmp_path / "settings.ini"), prompts, database_label="pledges.sqlite3"
    )
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.pledge_list.model.total_count == 2)
    yield main
    main.close()


def _export_of(database: Database, path: Path) -> bytes:
    with database.begin() as session:
        data = dumps_document(export_document(export_pledges(session))).encode("utf-8")
    path.write_bytes(data)
    return data


@pytest.fixture
def other_office_file(tmp_path: Path) -> Path:
    """An exchange file exported from another office's database."""
    other = open_database(tmp_path / "other.sqlite3")
    try:
        add_pledges(other, 3, prefix="外单位责任书")
        path = tmp_path / "other.json"
        _export_of(other, path)
    finally:
        other.dispose()
    return path


def test_importing_a_file_from_another_database_shows_its_pledges(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, other_office_file: Path
) -> None:
    prompts.paths = [other_office_file]
    with qtbot.waitSignal(window.exchange.done, timeout=30_000):
        window.import_action.trigger()
    qtbot.waitUntil(lambda: window.pledge_list.model.total_count == 5)
    assert prompts.messages("info") == ["Imported 3 pledges from other.json."]
    assert prompts.messages("error") == []
    titles = {row.title for row in window.pledge_list.model.all_rows}
    assert {"外单位责任书1", "外单位责任书2", "外单位责任书3"} <= titles


def test_a_bad_file_names_the_field_and_leaves_the_database_unchanged(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    prompts: FakePrompts,
    other_office_file: Path,
    tmp_path: Path,
) -> None:
    document = json.loads(other_office_file.read_text(encoding="utf-8"))
    document["pledges"][1]["year"] = "二〇二六"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = _export_of(database, tmp_path / "before.json")
    prompts.paths = [bad]
    with qtbot.waitSignal(window.exchange.done, timeout=30_000):
        window.import_action.trigger()
    [error] = prompts.messages("error")
    assert "bad.json: pledge 2" in error
    assert "year: must be a whole number" in error
    assert prompts.messages("info") == []
    assert _export_of(database, tmp_path / "after.json") == before
    assert window.pledge_list.model.total_count == 2


def test_export_writes_the_same_bytes_as_the_core_export(
    qtbot: QtBot, window: MainWindow, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "pledges.json"
    prompts.paths = [target]
    with qtbot.waitSignal(window.exchange.done, timeout=30_000):
        window.export_action.trigger()
    assert target.read_bytes() == _export_of(database, tmp_path / "core.json")
    assert prompts.messages("info") == [f"Exported 2 pledges to {target}."]


def test_cancelling_the_file_chooser_does_nothing(window: MainWindow, prompts: FakePrompts) -> None:
    window.import_action.trigger()
    window.export_action.trigger()
    assert window.exchange.task is None
    assert prompts.messages("info") == []


def test_a_file_the_window_was_opened_with_is_imported_after_asking(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, other_office_file: Path, tmp_path: Path
) -> None:
    from pledge_app.app import file_to_open

    opened = tmp_path / "district.pledges"
    opened.write_bytes(other_office_file.read_bytes())
    assert file_to_open(["pledge-app-gui", str(opened)]) == opened
    assert file_to_open(["pledge-app-gui", str(tmp_path / "missing.pledges")]) is None

    prompts.answer_yes = False
    window.exchange.import_opened_file(opened)
    assert prompts.messages("confirm") and not prompts.messages("info")  # asked, not imported

    prompts.answer_yes = True
    window.exchange.import_opened_file(opened)
    qtbot.waitUntil(lambda: bool(prompts.messages("info")), timeout=10000)
    assert prompts.messages("info") == ["Imported 3 pledges from district.pledges."]
