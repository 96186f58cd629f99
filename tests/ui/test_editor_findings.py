"""The findings above the form: in form order, updated as the clerk fixes them, and a status
bar message that says something."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.settings import Settings
from pledge_app.ui.pages.pledge_editor.findings import form_position
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
    page.open_pledge(None)
    yield page


def test_findings_follow_the_form_order(editor: PledgeEditorPage) -> None:
    editor.header.number_edit.clear()
    assert not editor.finalise()
    fields = editor.findings.fields()
    assert fields[:5] == ["number", "title", "issuer", "responsible", "goals"]
    assert fields == sorted(fields, key=form_position)
    assert fields.index("outcomes") > fields.index("tasks")


def test_a_filled_section_leaves_the_findings_at_once(
    qtbot: QtBot, editor: PledgeEditorPage
) -> None:
    assert not editor.finalise()
    assert "outcomes" in editor.findings.fields()
    outcomes = editor.sections.paragraphs["outcomes"]
    editor.tabs.setCurrentIndex(4)
    qtbot.mouseClick(outcomes.add_button, Qt.MouseButton.LeftButton)
    paragraph = outcomes.paragraph_edit(0)
    assert paragraph is not None
    type_text(paragraph, "形成可复制推广的经验。")

    assert "outcomes" not in editor.findings.fields()
    assert "title" in editor.findings.fields()


def test_the_panel_hides_when_everything_is_fixed(editor: PledgeEditorPage) -> None:
    editor.save_action.trigger()  # a draft needs a title and both units
    assert editor.findings.isVisible()
    type_text(editor.header.title_edit, "目标责任书")
    type_text(editor.header.issuer_combo.lineEdit(), "市委改革办")
    assert editor.findings.fields() == ["responsible"]
    type_text(editor.header.responsible_combo.lineEdit(), "市发展和改革委员会")
    assert not editor.findings.isVisible()


def test_the_status_bar_says_how_many_items_are_left(
    qtbot: QtBot, editor: PledgeEditorPage
) -> None:
    with qtbot.waitSignal(editor.status_message) as message:
        editor.save_action.trigger()
    text = message.args[0]
    assert not text.rstrip().endswith(":")
    assert "3 item(s)" in text
