"""The window's tracking pages together: the first start on a database with pledges in
force opens the Dashboard, and a number on it opens exactly its tasks on the Tasks page."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge
from pledge_app.settings import Settings
from pledge_app.ui.main_window.window import MainWindow, Page
from tests.conftest import make_content
from tests.signing_helpers import signed_pledge
from tests.ui.fakes import FakePrompts


def _window(qtbot: QtBot, database: Database, settings: Settings) -> MainWindow:
    main = build_main_window(database, settings, FakePrompts(), database_label="pledges")
    qtbot.addWidget(main)
    main.show()
    return main


def test_a_first_start_with_pledges_in_force_opens_the_dashboard(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        signed_pledge(session)
    main = _window(qtbot, database, Settings(tmp_path / "settings.ini"))
    qtbot.waitUntil(lambda: main.current_page() is main.dashboard_page)
    qtbot.waitUntil(lambda: main.dashboard_page.figures is not None)
    assert main.dashboard_page.figures is not None
    assert len(main.dashboard_page.figures.all_keys) == 1


def test_a_first_start_with_nothing_in_force_stays_on_the_pledges(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        create_pledge(session, make_content())
    main = _window(qtbot, database, Settings(tmp_path / "settings.ini"))
    qtbot.waitUntil(lambda: main.pledge_list.model.total_count == 1)
    qtbot.wait(50)  # the count of tasks in force comes back from the pool
    assert main.current_page() is main.pledge_list


def test_the_page_the_clerk_left_is_kept(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    with database.begin() as session:
        signed_pledge(session)
    settings = Settings(tmp_path / "settings.ini")
    settings.current_page = Page.UNITS
    main = _window(qtbot, database, settings)
    qtbot.wait(50)
    assert main.current_page() is main.units_page


def test_a_dashboard_number_opens_exactly_its_tasks(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        first = signed_pledge(session)
        signed_pledge(session, make_content(number="改革办〔2026〕2号"))
    main = _window(qtbot, database, Settings(tmp_path / "settings.ini"))
    qtbot.waitUntil(lambda: main.dashboard_page.figures is not None)
    key = first.content.tasks[0].key
    from pledge_app.core.tracking.filters import TaskFilter

    main.dashboard_page.tasks_requested.emit(TaskFilter(keys=frozenset({key})), "一项任务")
    assert main.current_page() is main.tasks_page
    qtbot.waitUntil(lambda: main.tasks_page.model.rowCount() == 1)
