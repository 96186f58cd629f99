"""Versions in the editor after edits: compare and the Versions list show what is saved now."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from pledge_app.core.amendments import amend_pledge
from pledge_app.core.compare import Change
from pledge_app.core.database import Database
from pledge_app.core.enums import Section
from pledge_app.settings import Settings
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from tests.signing_helpers import signed_pledge
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def runner(qtbot: QtBot, database: Database, prompts: FakePrompts) -> OperationRunner:
    _workspace, runner = open_workspace(database, prompts)
    return runner


@pytest.fixture
def editor(qtbot: QtBot, runner: OperationRunner, tmp_path: Path) -> Iterator[PledgeEditorPage]:
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "settings.ini"), autosave_ms=0)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    yield page


@pytest.fixture
def amendment(database: Database) -> tuple[str, str]:
    """A signed pledge and its amendment in draft: (signed id, draft id)."""
    with database.begin() as session:
        signed = signed_pledge(session)
        draft = amend_pledge(session, signed.id)
    return signed.id, draft.id


def rewrite_first_goal(editor: PledgeEditorPage, text: str) -> None:
    edit = editor.sections.paragraphs["goals"].paragraph_edit(0)
    assert edit is not None
    edit.setFocus()
    edit.selectAll()
    edit.textCursor().removeSelectedText()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, text)


def edit_first_task(editor: PledgeEditorPage) -> None:
    model = editor.task_model
    model.setData(model.index(0, 0), "改写后的任务事项")
    model.setData(model.index(0, 5), "2026-11-30")


def test_compare_after_saving_an_amendment_shows_the_saved_changes(
    qtbot: QtBot, editor: PledgeEditorPage, amendment: tuple[str, str]
) -> None:
    _signed_id, draft_id = amendment
    editor.open_pledge(draft_id)
    rewrite_first_goal(editor, "全面完成年度改革任务。")
    edit_first_task(editor)
    editor.save_action.trigger()
    assert not editor.is_dirty()

    editor.editor_actions.compare.trigger()

    dialog = editor.signing.compare_dialog
    assert dialog is not None
    assert not dialog.diff.unchanged
    new_texts = [
        item.text()
        for row in range(dialog.table.rowCount())
        if (item := dialog.table.item(row, 2)) is not None
    ]
    assert "全面完成年度改革任务。" in new_texts
    assert any("改写后的任务事项" in text and "2026-11-30" in text for text in new_texts)
    assert "unsaved" not in dialog.table.horizontalHeaderItem(2).text()


def test_compare_with_unsaved_edits_includes_them_and_says_so(
    qtbot: QtBot, editor: PledgeEditorPage, amendment: tuple[str, str]
) -> None:
    _signed_id, draft_id = amendment
    editor.open_pledge(draft_id)
    rewrite_first_goal(editor, "尚未保存的目标。")
    assert editor.is_dirty()

    qtbot.mouseClick(editor.signing_tab.compare_button, Qt.MouseButton.LeftButton)

    dialog = editor.signing.compare_dialog
    assert dialog is not None
    assert "尚未保存的目标。" in [line.new for line in dialog.diff.sections[Section.GOALS]]
    assert "unsaved" in dialog.table.horizontalHeaderItem(2).text()
    assert "not saved" in dialog.summary_label.text()


def test_the_versions_list_follows_finalising(
    editor: PledgeEditorPage, amendment: tuple[str, str], prompts: FakePrompts
) -> None:
    _signed_id, draft_id = amendment
    editor.open_pledge(draft_id)
    assert "Version 2 — Draft" in editor.signing_tab.versions_label.text()

    assert editor.finalise()

    text = editor.signing_tab.versions_label.text()
    assert "Version 2 — Ready to sign" in text
    assert "Draft" not in text


def test_compare_after_finalising_names_the_new_status(
    editor: PledgeEditorPage, amendment: tuple[str, str]
) -> None:
    _signed_id, draft_id = amendment
    editor.open_pledge(draft_id)
    edit_first_task(editor)
    assert editor.finalise()
    editor.editor_actions.compare.trigger()
    dialog = editor.signing.compare_dialog
    assert dialog is not None
    assert "Ready to sign" in dialog.table.horizontalHeaderItem(2).text()
    assert any(task.change is Change.CHANGED for task in dialog.diff.tasks)
    assert date(2026, 11, 30) in [t.new.deadline for t in dialog.diff.tasks if t.new]
