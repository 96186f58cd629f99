"""File → Back up and File → Restore in the window, as a clerk uses them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window, open_database
from pledge_app.core.exchange.files import dumps_document, export_document, export_pledges
from pledge_app.core.pledges import create_pledge
from pledge_app.settings import Settings
from pledge_app.ui.main_window.window import MainWindow
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts


def exported(path: Path) -> bytes:
    """The pledges of the database at `path` in the exchange format."""
    with open_database(path) as db, db.begin() as session:
        return dumps_document(export_document(export_pledges(session))).encode("utf-8")


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "pledges.sqlite3"
    with open_database(path) as db, db.begin() as session:
        for n in (1, 2):
            create_pledge(session, make_content(number=f"改革办〔2026〕{n}号", title=f"责任书{n}"))
    return path


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, database_file: Path, prompts: FakePrompts
) -> Iterator[MainWindow]:
    main = build_main_window(
        open_database(database_file),
        Settings(tmp_path / "settings.ini"),
        prompts,
        database_label=str(database_file),
    )
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.pledge_list.model.total_count == 2)
    qtbot.waitUntil(lambda: not main.runner.is_busy())  # the check on opening has finished
    yield main
    main.close()
    main.workspace.close()


def test_back_up_writes_a_verified_copy_and_says_so(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    target = tmp_path / "copies" / "today.sqlite3"
    prompts.paths.append(target)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.messages("info")), timeout=10000)
    assert target.is_file()
    assert "2" in prompts.messages("info")[0] and "sound" in prompts.messages("info")[0]


def test_restore_brings_the_backup_back_and_keeps_the_current_file(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path, database_file: Path
) -> None:
    backup = tmp_path / "copies" / "before.sqlite3"
    prompts.paths.append(backup)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: backup.is_file() and bool(prompts.messages("info")), timeout=10000)
    database = window.database
    assert database is not None
    with database.begin() as session:
        create_pledge(session, make_content(number="改革办〔2026〕3号", title="备份之后"))
    window.refresh()
    qtbot.waitUntil(lambda: window.pledge_list.model.total_count == 3)

    prompts.paths.append(backup)
    window.restore_action.trigger()

    qtbot.waitUntil(lambda: window.pledge_list.model.total_count == 2, timeout=10000)
    assert window.database is not database  # the database was opened again
    kept = [p for p in database_file.parent.iterdir() if "before-restore" in p.name]
    assert len(kept) == 1
    assert prompts.messages("confirm")  # asked before replacing anything
    assert kept[0].name in prompts.messages("info")[-1]


def test_restore_of_a_bad_file_changes_nothing_and_keeps_the_window_working(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path, database_file: Path
) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database" * 500)
    before = exported(database_file)
    prompts.paths.append(bogus)
    window.restore_action.trigger()
    assert prompts.messages("error")
    assert exported(database_file) == before
    left = [p.name for p in database_file.parent.iterdir()]
    assert not [name for name in left if "before-restore" in name or "restoring" in name]
    assert window.database is not None
    window.refresh()
    qtbot.waitUntil(lambda: window.pledge_list.model.total_count == 2)


def test_restore_waits_while_work_is_still_running(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    import threading

    from pledge_app.operations.changes import Done

    release = threading.Event()
    task = window.runner.start(
        window, lambda db: Done(release.wait(10)), on_success=lambda _value: None
    )
    assert task is not None
    window.restore_action.trigger()
    assert prompts.messages("info") and not prompts.messages("path")  # nothing was asked
    with qtbot.waitSignal(task.finished, timeout=10000):
        release.set()
    assert not window.runner.is_busy()
