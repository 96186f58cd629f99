"""Pasting paragraphs from Word into a section: several paragraphs become several paragraphs,
in one undoable step, without the indent the printed pledge adds itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from pledge_app.core import text_checks
from pledge_app.core.database import Database
from pledge_app.settings import Settings
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from pledge_app.ui.widgets.paragraph_list_editor import ParagraphListEditor
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace

WORD = "　　第一段：营商环境持续优化。\r\n\r\n　　第二段：改革任务全面完成。\r\n"


@pytest.fixture
def editor(qtbot: QtBot, database: Database, tmp_path: Path) -> Iterator[PledgeEditorPage]:
    _workspace, runner = open_workspace(database, FakePrompts())
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.open_pledge(None)
    yield page


def goals_with_one_paragraph(qtbot: QtBot, editor: PledgeEditorPage) -> ParagraphListEditor:
    goals = editor.sections.paragraphs["goals"]
    qtbot.mouseClick(goals.add_button, Qt.MouseButton.LeftButton)
    return goals


def paste(qtbot: QtBot, goals: ParagraphListEditor, index: int, text: str) -> None:
    edit = goals.paragraph_edit(index)
    assert edit is not None
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_two_pasted_paragraphs_become_two_paragraphs(
    qtbot: QtBot, editor: PledgeEditorPage
) -> None:
    goals = goals_with_one_paragraph(qtbot, editor)
    paste(qtbot, goals, 0, WORD)
    assert goals.paragraphs() == ("第一段：营商环境持续优化。", "第二段：改革任务全面完成。")
    assert editor.current_content().goals == goals.paragraphs()


def test_text_around_the_cursor_joins_the_first_and_last_pasted_paragraph(
    qtbot: QtBot, editor: PledgeEditorPage
) -> None:
    goals = goals_with_one_paragraph(qtbot, editor)
    edit = goals.paragraph_edit(0)
    assert edit is not None
    type_text(edit, "前文后文")
    cursor = edit.textCursor()
    cursor.setPosition(2)
    edit.setTextCursor(cursor)
    paste(qtbot, goals, 0, "甲\n乙")
    assert goals.paragraphs() == ("前文甲", "乙后文")


def test_a_paragraph_paste_is_one_undo_step(qtbot: QtBot, editor: PledgeEditorPage) -> None:
    goals = goals_with_one_paragraph(qtbot, editor)
    paste(qtbot, goals, 0, WORD)
    editor.undo_action.trigger()
    assert goals.paragraphs() == ("",)


def test_one_line_pastes_in_place(qtbot: QtBot, editor: PledgeEditorPage) -> None:
    goals = goals_with_one_paragraph(qtbot, editor)
    edit = goals.paragraph_edit(0)
    assert edit is not None
    type_text(edit, "开头")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    paste(qtbot, goals, 0, "接着")
    assert goals.paragraphs() == ("开头接着",)


# Issue 7 items 19 and 22: a paste is refused, naming the paragraph, when it would leave
# text no pledge may hold; nothing of it is pasted.
LONG = "目" * (text_checks.MAX_PARAGRAPH + 1)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def checked_editor(
    qtbot: QtBot, database: Database, prompts: FakePrompts, tmp_path: Path
) -> Iterator[PledgeEditorPage]:
    _workspace, runner = open_workspace(database, prompts)
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.open_pledge(None)
    yield page


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param(LONG, "Section “Goals”, paragraph 1: is 5001 characters", id="one"),
        pytest.param(f"第一段\n{LONG}", "Section “Goals”, paragraph 2: is 5001", id="second"),
        pytest.param(
            "\n".join(["段"] * (text_checks.MAX_PARAGRAPHS + 1)),
            f"{text_checks.MAX_PARAGRAPHS + 1} paragraphs; at most {text_checks.MAX_PARAGRAPHS}",
            id="count",
        ),
    ],
)
def test_a_paste_beyond_the_limits_is_refused_naming_the_paragraph(
    qtbot: QtBot, checked_editor: PledgeEditorPage, prompts: FakePrompts, text: str, named: str
) -> None:
    goals = goals_with_one_paragraph(qtbot, checked_editor)
    paste(qtbot, goals, 0, text)
    assert goals.paragraphs() == ("",)
    [message] = prompts.messages("error")
    assert named in message


def test_a_broken_character_is_refused_naming_the_paragraph(
    qtbot: QtBot, checked_editor: PledgeEditorPage, prompts: FakePrompts
) -> None:
    # Qt's own clipboard drops lone surrogates; text reaching the box by other means is
    # checked all the same.
    goals = goals_with_one_paragraph(qtbot, checked_editor)
    edit = goals.paragraph_edit(0)
    assert edit is not None
    edit.paste_text("改革\ud83d任务")
    assert goals.paragraphs() == ("",)
    [message] = prompts.messages("error")
    assert "Section “Goals”, paragraph 1" in message and "U+D83D" in message
