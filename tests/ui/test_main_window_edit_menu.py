"""The main window around the editor: Edit → Undo/Redo, a title that names the application
once, and no "kept automatically" after the clerk discarded the changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge
from pledge_app.settings import Settings
from pledge_app.ui.main_window.window import MainWindow
from pledge_app.ui.prompts import SaveChoice
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts, type_text


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def pledge_id(database: Database) -> str:
    with database.begin() as session:
        return create_pledge(session, make_content(title="南山县目标责任书")).id


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, pledge_id: str, tmp_path: Path, prompts: FakePrompts
) -> Iterator[MainWindow]:
    main = build_main_window(
        database, Settings(tmp_path / "s.ini"), prompts, database_label="/data/g.sqlite3"
    )
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    qtbot.waitExposed(main)
    yield main
    prompts.save_choice = SaveChoice.DISCARD
    main.close()


def title_edit(window: MainWindow) -> QLineEdit:
    edit = window.editor.findChild(QLineEdit, "title_edit")
    assert edit is not None
    return edit


def test_edit_menu_undo_and_redo_act_on_the_editor(window: MainWindow, pledge_id: str) -> None:
    actions = window.main_actions
    assert not actions.undo_action.isEnabled()
    window.open_pledge(pledge_id)
    type_text(title_edit(window), "（修改）")
    assert actions.undo_action.isEnabled()

    actions.undo_action.trigger()
    assert title_edit(window).text() == "南山县目标责任书"
    assert actions.redo_action.isEnabled()
    actions.redo_action.trigger()
    assert title_edit(window).text() == "南山县目标责任书（修改）"
    menu = window.menuBar().findChild(QMenu, "editMenu")
    assert menu is not None and actions.undo_action in menu.actions()


def test_the_window_title_does_not_repeat_the_application_name(
    window: MainWindow, pledge_id: str
) -> None:
    assert "Pledge Manager" not in window.windowTitle()
    window.open_pledge(pledge_id)
    assert "Pledge Manager" not in window.windowTitle()
    assert window.windowTitle().startswith("改革办")


def test_after_discard_the_status_bar_does_not_say_the_draft_was_kept(
    qtbot: QtBot, window: MainWindow, pledge_id: str, prompts: FakePrompts
) -> None:
    window.open_pledge(pledge_id)
    type_text(title_edit(window), "（修改）")
    window.editor.autosave.timer.timeout.emit()  # as the autosave interval ends
    assert "kept automatically" in window.statusBar().currentMessage()
    prompts.save_choice = SaveChoice.DISCARD
    window.editor.editor_actions.close.trigger()
    assert "kept automatically" not in window.statusBar().currentMessage()
