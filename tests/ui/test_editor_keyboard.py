"""The editor by keyboard: Tab follows the form, Tab in the task grid edits the next cell and
adds a task past the last one, Escape in a field keeps the pledge open, the Edit menu undoes,
and the window title names the application once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.core.editing import TASK_FIELDS
from pledge_app.core.views import TaskView
from pledge_app.settings import Settings
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace


@pytest.fixture
def editor(qtbot: QtBot, database: Database, tmp_path: Path) -> Iterator[PledgeEditorPage]:
    _workspace, runner = open_workspace(database, FakePrompts())
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.open_pledge(None)
    yield page


def tab_from(qtbot: QtBot, widget: QWidget) -> QWidget:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def test_tab_follows_the_header_form(qtbot: QtBot, editor: PledgeEditorPage) -> None:
    header = editor.header
    chain = [
        header.number_edit,
        header.title_edit,
        header.year_spin,
        header.issuer_combo,
        header.issuer_signatory_edit,
        header.issuer_title_edit,
        header.responsible_combo,
        header.responsible_signatory_edit,
        header.responsible_title_edit,
    ]
    visited = []
    for widget in chain[:-1]:
        focused = tab_from(qtbot, widget)
        # A spin box and an editable combo box may report their inner line edit.
        if focused.objectName() == "qt_spinbox_lineedit" or focused.objectName().endswith(
            "_combo_edit"
        ):
            focused = focused.parentWidget()
        visited.append(focused)
    assert visited == chain[1:]


def test_tab_in_the_task_grid_edits_the_next_cell_and_adds_a_row_at_the_end(
    qtbot: QtBot, editor: PledgeEditorPage
) -> None:
    editor.tabs.setCurrentWidget(editor.tasks)
    editor.task_model.insert_tasks(0, [TaskView(item="推进审批改革")])
    view = editor.tasks.view
    view.setFocus()
    view.setCurrentIndex(editor.task_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == 1
    assert view.state() is view.State.EditingState
    cell = view.findChild(QPlainTextEdit, "task_cell_editor")
    assert cell is not None
    type_text(cell, "张三")
    qtbot.keyClick(cell, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.task_model.tasks()[0].lead_official == "张三")
    qtbot.waitUntil(lambda: view.currentIndex().column() == 2)

    last = editor.task_model.index(0, len(TASK_FIELDS) - 1)
    view.closePersistentEditor(view.currentIndex())
    view.setCurrentIndex(last)
    view.edit(last)
    qtbot.waitUntil(lambda: view.state() is view.State.EditingState)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.task_model.rowCount() == 2)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 0)


def test_escape_in_a_form_field_keeps_the_pledge_open(
    qtbot: QtBot, editor: PledgeEditorPage
) -> None:
    closed: list[bool] = []
    editor.closed.connect(lambda: closed.append(True))
    title = editor.header.title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert closed == []
