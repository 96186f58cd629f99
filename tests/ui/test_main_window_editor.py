"""The editor inside the main window: leaving it by navigation and keys, the window title,
and a task table that fits the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.editing import TASK_FIELDS
from pledge_app.core.pledges import create_pledge
from pledge_app.settings import Settings
from pledge_app.ui.main_window.window import MainWindow, Page
from pledge_app.ui.prompts import SaveChoice
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts

LONG_MEASURES = "统筹推进土地、集体产权、金融服务等改革，" * 12


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def pledge_id(database: Database) -> str:
    with database.begin() as session:
        return create_pledge(
            session, make_content(number="改革办〔2026〕7号", title="南山县目标责任书")
        ).id


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, pledge_id: str, tmp_path: Path, prompts: FakePrompts
) -> Iterator[MainWindow]:
    settings = Settings(tmp_path / "settings.ini")
    main = build_main_window(database, settings, prompts, database_label="/data/g.sqlite3")
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.pledge_list.model.total_count == 1)
    yield main
    prompts.save_choice = SaveChoice.DISCARD
    main.close()


def click_navigation(qtbot: QtBot, window: MainWindow, page: Page) -> None:
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(page))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def make_dirty(window: MainWindow) -> None:
    title = window.editor.findChild(QLineEdit, "title_edit")
    title.setText(title.text() + "（修改）")
    title.editingFinished.emit()
    assert window.editor.is_dirty()


# -- leaving the editor ----------------------------------------------------------


def test_clicking_pledges_in_the_navigation_leaves_the_editor(
    qtbot: QtBot, window: MainWindow, pledge_id: str
) -> None:
    window.open_pledge(pledge_id)
    assert window.current_page() is window.editor
    click_navigation(qtbot, window, Page.PLEDGES)
    assert window.current_page() is window.pledge_list


def test_clicking_another_page_leaves_the_editor(
    qtbot: QtBot, window: MainWindow, pledge_id: str
) -> None:
    window.open_pledge(pledge_id)
    click_navigation(qtbot, window, Page.UNITS)
    assert window.current_page() is window.units_page
    assert window.navigation.currentRow() == Page.UNITS


def test_navigation_asks_once_and_stays_when_the_clerk_cancels(
    qtbot: QtBot, window: MainWindow, pledge_id: str, prompts: FakePrompts
) -> None:
    window.open_pledge(pledge_id)
    make_dirty(window)
    prompts.save_choice = SaveChoice.CANCEL
    click_navigation(qtbot, window, Page.DASHBOARD)
    assert len(prompts.messages("ask_save_changes")) == 1
    assert window.current_page() is window.editor
    assert window.navigation.currentRow() == Page.PLEDGES
    click_navigation(qtbot, window, Page.PLEDGES)
    assert len(prompts.messages("ask_save_changes")) == 2
    assert window.current_page() is window.editor


def test_navigation_saves_when_the_clerk_says_save(
    qtbot: QtBot, window: MainWindow, pledge_id: str, prompts: FakePrompts
) -> None:
    window.open_pledge(pledge_id)
    make_dirty(window)
    prompts.save_choice = SaveChoice.SAVE
    click_navigation(qtbot, window, Page.PLEDGES)
    assert window.current_page() is window.pledge_list
    assert window.pledge_list.model.all_rows[0].title == "南山县目标责任书（修改）"


def test_ctrl_w_closes_the_editor_from_a_form_field(
    qtbot: QtBot, window: MainWindow, pledge_id: str
) -> None:
    window.open_pledge(pledge_id)
    title = window.editor.findChild(QLineEdit, "title_edit")
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pledge_list


def test_escape_outside_the_form_fields_closes_the_editor(
    qtbot: QtBot, window: MainWindow, pledge_id: str
) -> None:
    window.open_pledge(pledge_id)
    tab_bar = window.editor.tabs.tabBar()
    tab_bar.setFocus()
    qtbot.waitUntil(tab_bar.hasFocus)
    qtbot.keyClick(tab_bar, Qt.Key.Key_Escape)
    assert window.current_page() is window.pledge_list


def test_escape_in_a_form_field_does_not_close_the_pledge(
    qtbot: QtBot, window: MainWindow, pledge_id: str
) -> None:
    window.open_pledge(pledge_id)
    title = window.editor.findChild(QLineEdit, "title_edit")
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert window.current_page() is window.editor


def test_escape_asks_before_closing_a_changed_pledge(
    qtbot: QtBot, window: MainWindow, pledge_id: str, prompts: FakePrompts
) -> None:
    window.open_pledge(pledge_id)
    make_dirty(window)
    prompts.save_choice = SaveChoice.CANCEL
    tab_bar = window.editor.tabs.tabBar()
    tab_bar.setFocus()
    qtbot.waitUntil(tab_bar.hasFocus)
    qtbot.keyClick(tab_bar, Qt.Key.Key_Escape)
    assert prompts.messages("ask_save_changes")
    assert window.current_page() is window.editor


def test_escape_in_a_task_cell_editor_cancels_the_edit_only(
    qtbot: QtBot, window: MainWindow, pledge_id: str
) -> None:
    window.open_pledge(pledge_id)
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.tasks)
    view = editor.tasks.view
    view.setCurrentIndex(editor.task_model.index(0, 0))
    view.edit(view.currentIndex())
    cell = view.indexWidget(view.currentIndex()) or view.focusWidget()
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    assert view.state() != view.State.EditingState
    assert window.current_page() is editor


# -- the window title ------------------------------------------------------------


def test_the_title_names_the_pledge_and_marks_unsaved_changes(
    window: MainWindow, pledge_id: str
) -> None:
    window.open_pledge(pledge_id)
    title = window.windowTitle()
    assert title.startswith("改革办〔2026〕7号 南山县目标责任书 — ")
    assert title.endswith("g.sqlite3[*]")
    assert not window.isWindowModified()
    make_dirty(window)
    assert window.isWindowModified()
    assert "（修改）" in window.windowTitle()


def test_the_title_is_plain_again_on_the_list(
    qtbot: QtBot, window: MainWindow, pledge_id: str
) -> None:
    window.open_pledge(pledge_id)
    make_dirty(window)
    window.editor.save()
    click_navigation(qtbot, window, Page.PLEDGES)
    assert "南山县" not in window.windowTitle()
    assert "[*]" not in window.windowTitle()
    assert not window.isWindowModified()


# -- the task table at 1280 × 800 ------------------------------------------------


@pytest.fixture
def task_view(qtbot: QtBot, window: MainWindow, pledge_id: str):  # type: ignore[no-untyped-def]
    window.open_pledge(pledge_id)
    window.editor.tabs.setCurrentWidget(window.editor.tasks)
    view = window.editor.tasks.view
    qtbot.waitExposed(view)
    return view


def test_every_task_column_is_visible_at_1280_by_800(task_view) -> None:  # type: ignore[no-untyped-def]
    widths = [task_view.columnWidth(column) for column in range(len(TASK_FIELDS))]
    assert sum(widths) <= task_view.viewport().width()
    assert task_view.horizontalScrollBar().maximum() == 0


def test_item_and_measures_are_the_widest_task_columns(task_view) -> None:  # type: ignore[no-untyped-def]
    width = {field: task_view.columnWidth(c) for c, field in enumerate(TASK_FIELDS)}
    widest = sorted(width, key=width.__getitem__, reverse=True)[:2]
    assert set(widest) == {"item", "measures"}
    metrics = task_view.horizontalHeader().fontMetrics()
    for column, field in enumerate(TASK_FIELDS):
        heading = task_view.model().headerData(column, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(heading) < width[field], field
    assert width["measures"] >= task_view.fontMetrics().horizontalAdvance("中") * 8


def test_a_pasted_long_row_stops_growing_at_six_lines(task_view) -> None:  # type: ignore[no-untyped-def]
    task_view.setCurrentIndex(task_view.model().index(0, 0))
    task_view.paste_tsv(f"长任务\t李明\t市发改委\t{LONG_MEASURES}\t方案\t2026-12-31")
    task_view.resizeRowsToContents()
    assert task_view.rowHeight(0) <= task_view.max_row_height()
    assert task_view.rowHeight(0) > task_view.fontMetrics().lineSpacing() * 3
    column = TASK_FIELDS.index("measures")
    tooltip = task_view.model().index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == LONG_MEASURES


def test_task_columns_can_be_resized_and_stay_as_the_clerk_left_them(  # type: ignore[no-untyped-def]
    task_view, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QHeaderView

    header = task_view.horizontalHeader()
    assert all(
        header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
        for column in range(len(TASK_FIELDS))
    )
    header.resizeSection(0, 333)  # as a drag does
    window.resize(1400, 850)
    window.editor.task_model.set_tasks(())  # a reset would give default widths
    assert task_view.columnWidth(0) == 333


def test_toolbar_tooltips_name_the_shortcut(window: MainWindow, pledge_id: str) -> None:
    assert window.new_action.toolTip() == "New pledge (Ctrl+N)"
    window.open_pledge(pledge_id)
    assert window.editor.save_action.toolTip() == "Save (Ctrl+S)"
    assert window.editor.editor_actions.close.toolTip() == "Close (Ctrl+W)"


def test_edit_delete_is_for_drafts_on_the_list_only(
    window: MainWindow, database: Database, pledge_id: str
) -> None:
    from pledge_app.core.pledges import finalise_pledge

    window.pledge_list.select_pledge(pledge_id)
    assert window.delete_action.isEnabled()
    window.open_pledge(pledge_id)
    assert not window.delete_action.isEnabled()  # Del in the editor must not delete the draft
    window.editor.editor_actions.close.trigger()
    with database.begin() as session:
        finalise_pledge(session, pledge_id)
    window.refresh()
    window.pledge_list.select_pledge(pledge_id)
    assert not window.delete_action.isEnabled()
    assert "Only drafts can be deleted" in window.delete_action.toolTip()


# -- sample data -----------------------------------------------------------------


def test_load_sample_data_asks_then_fills_the_list_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    assert window.load_demo_action in window.findChild(QMenu, "fileMenu").actions()
    with qtbot.waitSignal(window.sample_data.loaded, timeout=30000):
        window.load_demo_action.trigger()
        assert prompts.messages("confirm")
    assert window.pledge_list.model.total_count > 1
    [summary] = prompts.messages("info")
    assert "Added" in summary and "PIN" in summary
    qtbot.waitUntil(window.load_demo_action.isEnabled)


def test_load_sample_data_does_nothing_when_the_clerk_declines(
    window: MainWindow, prompts: FakePrompts
) -> None:
    prompts.answer_yes = False
    window.load_demo_action.trigger()
    assert window.sample_data.task is None
    assert window.pledge_list.model.total_count == 1


def test_a_long_status_message_stops_short_of_the_database_label(window: MainWindow) -> None:
    long_title = "市优化营商环境专项小组" * 12 + "目标责任书"
    window.pledge_list.status_message.emit(f"已保存“{long_title}”。")
    bar = window.statusBar()
    shown = bar.currentMessage()
    assert "…" in shown and shown.endswith("目标责任书”。")
    room = bar.width() - window.database_label.width()
    assert bar.fontMetrics().horizontalAdvance(shown) < room
