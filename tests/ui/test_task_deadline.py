"""The deadline cell: an ISO date typed into an empty cell is kept as typed, and the
calendar opens in the pledge's year."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.core.views import TaskView
from pledge_app.settings import Settings
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from pledge_app.ui.widgets.deadline_edit import DeadlineEdit
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace

DEADLINE = 5


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def editor(
    qtbot: QtBot, database: Database, prompts: FakePrompts, tmp_path: Path
) -> Iterator[PledgeEditorPage]:
    _workspace, runner = open_workspace(database, prompts)
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.open_pledge(None)
    page.header.year_spin.setValue(2031)
    page.tabs.setCurrentIndex(3)
    page.task_model.insert_tasks(0, [TaskView(item="推进审批改革")])
    yield page


def start_typing_in_deadline(qtbot: QtBot, editor: PledgeEditorPage, text: str) -> None:
    view = editor.tasks.view
    view.setFocus()
    view.setCurrentIndex(editor.task_model.index(0, DEADLINE))
    qtbot.keyClicks(view, text[0])
    cell = view.findChild(DeadlineEdit, "task_date_editor")
    assert cell is not None
    type_text(cell, text[1:])  # as an input method commits it (keyClicks aborts on 年)


def test_an_iso_date_typed_into_an_empty_deadline_is_kept(
    qtbot: QtBot, editor: PledgeEditorPage
) -> None:
    start_typing_in_deadline(qtbot, editor, "2026-10-15")
    cell = editor.tasks.view.findChild(DeadlineEdit, "task_date_editor")
    assert cell is not None and cell.text() == "2026-10-15"
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # the view commits it on its next turn
    qtbot.waitUntil(lambda: editor.task_model.tasks()[0].deadline == date(2026, 10, 15))


def test_an_office_date_is_kept_too(qtbot: QtBot, editor: PledgeEditorPage) -> None:
    start_typing_in_deadline(qtbot, editor, "2026年6月30日")
    cell = editor.tasks.view.findChild(DeadlineEdit, "task_date_editor")
    assert cell is not None
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.task_model.tasks()[0].deadline == date(2026, 6, 30))


def test_a_date_that_does_not_exist_is_named(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts
) -> None:
    start_typing_in_deadline(qtbot, editor, "2026-02-30")
    cell = editor.tasks.view.findChild(DeadlineEdit, "task_date_editor")
    assert cell is not None
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("2026-02-30" in text for _kind, text in prompts.shown))
    assert editor.task_model.tasks()[0].deadline is None


# The offscreen platform cannot raise a pop-up or grab the keyboard for it, and says so.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_calendar_opens_in_the_pledges_year_and_fills_the_cell(
    qtbot: QtBot, editor: PledgeEditorPage
) -> None:
    view = editor.tasks.view
    index = editor.task_model.index(0, DEADLINE)
    view.setCurrentIndex(index)
    view.edit(index)
    cell = view.findChild(DeadlineEdit, "task_date_editor")
    assert cell is not None
    cell.calendar_action.trigger()
    calendar = cell.calendar
    assert calendar is not None
    assert calendar.selectedDate() == QDate(2031, 1, 1)
    calendar.clicked.emit(QDate(2031, 9, 30))
    assert editor.task_model.tasks()[0].deadline == date(2031, 9, 30)


def test_the_whole_date_shows_while_it_is_edited(qtbot: QtBot, editor: PledgeEditorPage) -> None:
    # The clerk trial saw "26-12-31": the calendar button took the date's room.
    start_typing_in_deadline(qtbot, editor, "2026-12-31")
    cell = editor.tasks.view.findChild(DeadlineEdit, "task_date_editor")
    assert cell is not None
    margins = cell.textMargins()
    room = cell.width() - margins.left() - margins.right()
    icon = cell.style().pixelMetric(cell.style().PixelMetric.PM_SmallIconSize)
    assert room - icon - 8 >= cell.fontMetrics().horizontalAdvance("2026-12-31")
