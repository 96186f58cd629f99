"""Pasting rows from Excel into the task table: appended unless a cell is chosen, asked before
anything is overwritten, the same by Ctrl+V and by the button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from pledge_app.core import text_checks
from pledge_app.core.database import Database
from pledge_app.core.editing import PasteError
from pledge_app.settings import Settings
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace

FOUR_ROWS = "".join(
    f"任务{n}\t张{n}\t单位{n}\t措施{n}\t成果{n}\t2026-0{n}-15\r\n" for n in range(2, 6)
)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts(answer_yes=False)


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
    page.tabs.setCurrentIndex(3)
    yield page


def type_first_task(qtbot: QtBot, editor: PledgeEditorPage) -> None:
    qtbot.mouseClick(editor.tasks.add_button, Qt.MouseButton.LeftButton)
    cell_editor = editor.tasks.view.findChild(QPlainTextEdit, "task_cell_editor")
    assert cell_editor is not None
    type_text(cell_editor, "第一项任务")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)


def click_below_rows(qtbot: QtBot, editor: PledgeEditorPage) -> None:
    viewport = editor.tasks.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(20, viewport.height() - 10))


def press_ctrl_v(qtbot: QtBot, editor: PledgeEditorPage) -> None:
    view = editor.tasks.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def items(editor: PledgeEditorPage) -> list[str]:
    return [task.item for task in editor.task_model.tasks()]


def test_ctrl_v_after_clicking_below_the_rows_appends(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts
) -> None:
    type_first_task(qtbot, editor)
    click_below_rows(qtbot, editor)
    QGuiApplication.clipboard().setText(FOUR_ROWS)

    press_ctrl_v(qtbot, editor)

    assert items(editor) == ["第一项任务", "任务2", "任务3", "任务4", "任务5"]
    assert prompts.shown == []


def test_the_paste_button_does_the_same_as_ctrl_v(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts
) -> None:
    type_first_task(qtbot, editor)
    click_below_rows(qtbot, editor)
    QGuiApplication.clipboard().setText(FOUR_ROWS)

    qtbot.mouseClick(editor.tasks.paste_button, Qt.MouseButton.LeftButton)

    assert items(editor) == ["第一项任务", "任务2", "任务3", "任务4", "任务5"]


def test_pasting_over_a_selected_task_asks_and_no_keeps_it(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts
) -> None:
    type_first_task(qtbot, editor)
    view = editor.tasks.view
    rect = view.visualRect(editor.task_model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QGuiApplication.clipboard().setText(FOUR_ROWS)

    press_ctrl_v(qtbot, editor)

    assert items(editor) == ["第一项任务"]
    [(kind, question)] = prompts.shown
    assert kind == "confirm" and "replace 1 task" in question


def test_pasting_over_a_selected_task_replaces_it_when_the_clerk_agrees(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts
) -> None:
    prompts.answer_yes = True
    type_first_task(qtbot, editor)
    view = editor.tasks.view
    rect = view.visualRect(editor.task_model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QGuiApplication.clipboard().setText(FOUR_ROWS)

    press_ctrl_v(qtbot, editor)

    assert items(editor) == ["任务2", "任务3", "任务4", "任务5"]


def test_a_pasted_header_row_is_named_and_nothing_is_pasted(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts
) -> None:
    QGuiApplication.clipboard().setText("任务事项\t责任领导\t责任单位\t具体举措\r\n" + FOUR_ROWS)

    qtbot.mouseClick(editor.tasks.paste_button, Qt.MouseButton.LeftButton)

    assert items(editor) == []
    [message] = prompts.messages("error")
    assert "looks like a header" in message


def test_a_pasted_row_number_column_is_named_and_nothing_is_pasted(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts
) -> None:
    QGuiApplication.clipboard().setText("1\t任务甲\t张三\r\n2\t任务乙\t李四\r\n")

    qtbot.mouseClick(editor.tasks.paste_button, Qt.MouseButton.LeftButton)

    assert items(editor) == []
    [message] = prompts.messages("error")
    assert "row numbers" in message


# Issue 7 items 19 and 22: pasted text is checked as typed text is, before anything changes.
TOO_LONG = "措" * (text_checks.MAX_TASK_TEXT + 1)
MANY_UNITS = "、".join(f"单位{n}" for n in range(text_checks.MAX_COOPERATING_UNITS + 1))


@pytest.mark.parametrize(
    ("clipboard", "named"),
    [
        pytest.param(
            f"任务2\t张三\t单位\t{TOO_LONG}\r\n", "Pasted row 1, column “Measures”", id="long"
        ),
        pytest.param(
            f"任务2\t\t\t\t\t\t\t{MANY_UNITS}\r\n",
            "Pasted row 1, column “Co-operating units”",
            id="units",
        ),
        pytest.param(
            "".join(f"任务{n}\r\n" for n in range(text_checks.MAX_TASKS + 1)),
            f"at most {text_checks.MAX_TASKS}",
            id="rows",
        ),
        pytest.param("任" * (text_checks.MAX_PLEDGE_TEXT + 1), "The pasted text", id="huge"),
    ],
)
def test_text_beyond_the_limits_is_refused_naming_the_field(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts, clipboard: str, named: str
) -> None:
    type_first_task(qtbot, editor)
    click_below_rows(qtbot, editor)
    QGuiApplication.clipboard().setText(clipboard)

    press_ctrl_v(qtbot, editor)

    assert items(editor) == ["第一项任务"]
    [message] = prompts.messages("error")
    assert named in message


def test_a_broken_character_is_refused_naming_the_cell(
    qtbot: QtBot, editor: PledgeEditorPage
) -> None:
    # Qt's own clipboard drops lone surrogates; text reaching the table by other means
    # (a drop, another program's clipboard format) is checked all the same.
    type_first_task(qtbot, editor)
    click_below_rows(qtbot, editor)
    with pytest.raises(PasteError, match=r"Pasted row 2, column “Task”.*U\+D83D"):
        editor.tasks.view.paste_tsv("任务2\r\n任务3\ud83d\r\n")
    assert items(editor) == ["第一项任务"]
