"""The main window: pages, navigation, menus, status bar, the editor round trip, geometry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database, open_database
from pledge_app.core.pledges import create_pledge
from pledge_app.core.views import PartyView
from pledge_app.settings import Settings
from pledge_app.ui.main_window.window import MainWindow, Page
from pledge_app.ui.prompts import SaveChoice
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts


def add_pledges(database: Database, count: int, *, prefix: str = "责任书") -> list[str]:
    with database.begin() as session:
        return [
            create_pledge(
                session, make_content(number=f"改革办〔2026〕{n}号", title=f"{prefix}{n}")
            ).id
            for n in range(1, count + 1)
        ]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def pledge_ids(database: Database) -> list[str]:
    return add_pledges(database, 3)


@pytest.fixture
def window(
    qtbot: QtBot,
    database: Database,
    pledge_ids: list[str],
    settings: Settings,
    prompts: FakePrompts,
) -> Iterator[MainWindow]:
    main = build_main_window(database, settings, prompts, database_label="/data/pledges.sqlite3")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.pledge_list.model.total_count == len(pledge_ids))
    yield main
    main.close()


def test_the_list_fills_once_the_window_is_shown(window: MainWindow) -> None:
    assert window.current_page() is window.pledge_list
    assert window.pledge_list.count_label.text() == "3 of 3 pledges"


def test_navigation_lists_every_area_in_order(window: MainWindow) -> None:
    names = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert names == [
        "Dashboard",
        "Pledges",
        "Tasks",
        "Problems",
        "Assessments",
        "Units & signatories",
        "Templates",
        "Audit log",
    ]


@pytest.mark.parametrize(
    ("page", "object_name"),
    [
        (Page.DASHBOARD, "dashboardPage"),
        (Page.TASKS, "tasksPage"),
        (Page.PROBLEMS, "problemsPage"),
        (Page.ASSESSMENTS, "assessmentsPage"),
        (Page.UNITS, "unitsPage"),
        (Page.TEMPLATES, "templatesPage"),
        (Page.PLEDGES, "pledgeListPage"),
    ],
)
def test_choosing_a_navigation_entry_shows_its_page(
    window: MainWindow, page: Page, object_name: str
) -> None:
    window.navigation.setCurrentRow(page)
    current = window.current_page()
    assert current is not None
    assert current.objectName() == object_name


def test_placeholder_pages_say_they_come_later(window: MainWindow) -> None:
    window.navigation.setCurrentRow(Page.PROBLEMS)
    texts = [label.text() for label in window.current_page().findChildren(QLabel)]
    assert any("later release" in text for text in texts)


def test_units_page_lists_the_units_of_the_pledges(window: MainWindow) -> None:
    window.navigation.setCurrentRow(Page.UNITS)
    table = window.units_page.table
    units = {
        table.item(row, 0).text(): table.item(row, 7).text() for row in range(table.rowCount())
    }
    assert units["市发展和改革委员会"] == "3"


def test_status_bar_and_title_name_the_database(window: MainWindow) -> None:
    assert "/data/pledges.sqlite3" in window.database_label.text()
    assert "pledges.sqlite3" in window.windowTitle()


def test_menus_offer_the_main_commands(window: MainWindow) -> None:
    names = {action.objectName() for action in window.findChildren(QAction)}
    assert {
        "newPledgeAction",
        "openDatabaseAction",
        "settingsAction",
        "quitAction",
        "findAction",
        "aboutAction",
    } <= names
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Tools", "&Help"]


def test_find_goes_to_the_pledge_search(window: MainWindow) -> None:
    window.navigation.setCurrentRow(Page.DASHBOARD)
    window.find_action.trigger()
    assert window.current_page() is window.pledge_list


def test_about_goes_through_prompts(window: MainWindow, prompts: FakePrompts) -> None:
    window.about_action.trigger()
    assert prompts.messages("about")


def test_opening_another_database_shows_its_pledges(
    window: MainWindow, prompts: FakePrompts, settings: Settings, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.sqlite3"
    other = open_database(other_path)
    add_pledges(other, 5, prefix="另一库")
    other.dispose()
    prompts.paths.append(other_path)
    window.open_database_action.trigger()
    assert window.pledge_list.model.total_count == 5
    assert str(other_path) in window.database_label.text()
    assert settings.last_database == str(other_path)
    window.database.dispose()


def test_a_database_that_cannot_open_is_reported(
    window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    prompts.paths.append(broken)
    window.open_database_action.trigger()
    assert prompts.messages("error")
    assert window.pledge_list.model.total_count == 3


def test_geometry_and_page_are_remembered(
    qtbot: QtBot, window: MainWindow, database: Database, settings: Settings
) -> None:
    window.resize(window.width(), 520)  # the offscreen screen is only 800×600
    window.navigation.setCurrentRow(Page.UNITS)
    window.close()
    assert settings.window_geometry
    again = build_main_window(database, settings, FakePrompts())
    qtbot.addWidget(again)
    assert again.height() == 520
    assert again.current_page() is again.units_page


def test_opening_a_pledge_shows_the_editor_and_closing_returns_to_the_list(
    qtbot: QtBot, window: MainWindow, pledge_ids: list[str]
) -> None:
    window.pledge_list.select_pledge(pledge_ids[0])
    window.pledge_list.open_button.click()
    assert window.editor is not None
    assert window.current_page() is window.editor
    assert window.navigation.currentRow() == Page.PLEDGES
    window.editor.closed.emit()
    assert window.current_page() is window.pledge_list


def test_new_pledge_opens_an_empty_editor(window: MainWindow) -> None:
    window.new_action.trigger()
    assert window.current_page() is window.editor


def test_a_saved_pledge_is_refreshed_in_the_list(window: MainWindow, pledge_ids: list[str]) -> None:
    window.new_action.trigger()
    editor = window.editor
    assert editor is not None
    editor.restore_content(make_content(number="改革办〔2026〕9号", title="刚保存"))
    assert editor.save()
    assert window.pledge_list.model.total_count == 4
    assert window.pledge_list.selected_ids() == [editor.pledge_id]


def test_closing_the_window_asks_the_editor_to_save_first(
    qtbot: QtBot, window: MainWindow, pledge_ids: list[str], prompts: FakePrompts
) -> None:
    from PySide6.QtWidgets import QSpinBox

    window.open_pledge(pledge_ids[0])
    year = window.editor.findChild(QSpinBox, "year_spin")
    year.setValue(year.value() + 1)
    prompts.save_choice = SaveChoice.CANCEL
    assert not window.close()
    assert prompts.messages("ask_save_changes")
    assert window.isVisible()
    prompts.save_choice = SaveChoice.DISCARD
    assert window.close()


def test_printing_one_pledge_from_the_list_opens_the_preview(
    window: MainWindow, pledge_ids: list[str]
) -> None:
    window.pledge_list.select_pledge(pledge_ids[0])
    window.pledge_list.print_button.click()
    dialog = window.printing.preview_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.page_count() >= 1
    dialog.close()


def test_printing_several_pledges_asks_for_a_folder_to_save_their_pdfs(
    window: MainWindow, pledge_ids: list[str], prompts: FakePrompts
) -> None:
    window.print_pledges(pledge_ids)  # the clerk cancels the folder chooser
    assert prompts.shown == [("path", "Save the PDFs into")]
    assert window.batch_pdf.task is None


def test_the_pages_wait_for_the_database_then_fill_themselves(
    qtbot: QtBot, database: Database, pledge_ids: list[str], settings: Settings
) -> None:
    main = build_main_window(None, settings, FakePrompts())
    qtbot.addWidget(main)
    main.show()
    main.navigation.setCurrentRow(Page.AUDIT_LOG)
    assert main.current_page() is main.audit_page
    assert main.audit_page.model.rowCount() == 0
    main.navigation.setCurrentRow(Page.UNITS)
    assert main.units_page.table.rowCount() == 0
    main.set_database(database, "/data/pledges.sqlite3")
    assert main.units_page.table.rowCount() == 2
    assert main.pledge_list.model.total_count == len(pledge_ids)


def test_the_audit_log_shows_the_database_opened_later_on_the_same_page(
    window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    from pledge_app.core.pledges import delete_pledge

    page = window.audit_page
    other_path = tmp_path / "other.sqlite3"
    with open_database(other_path) as other:
        [gone] = add_pledges(other, 1, prefix="另一库")
        with other.begin() as session:
            delete_pledge(session, gone)
    prompts.paths.append(other_path)
    window.open_database_action.trigger()
    window.navigation.setCurrentRow(Page.AUDIT_LOG)
    assert window.audit_page is page
    assert [page.model.entry(row).action for row in range(page.model.rowCount())] == ["deleted"]
    window.database.dispose()


def test_refresh_has_every_page_read_what_changed_behind_its_back(
    window: MainWindow, database: Database
) -> None:
    window.navigation.setCurrentRow(Page.UNITS)
    add_pledges(database, 1, prefix="后来的")
    with database.begin() as session:
        create_pledge(
            session,
            make_content(responsible=PartyView("新单位", "张三", "局长")),
        )
    window.refresh()
    assert window.pledge_list.model.total_count == 5
    names = [window.units_page.table.item(row, 0).text() for row in range(3)]
    assert "新单位" in names
