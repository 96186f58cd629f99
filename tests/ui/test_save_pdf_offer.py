"""After Save as PDF the editor offers to open the file it wrote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge
from pledge_app.settings import Settings
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts
from tests.ui.workspace_helpers import open_workspace


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
    page.show()
    with database.begin() as session:
        page.open_pledge(create_pledge(session, make_content()).id)
    yield page


@pytest.mark.parametrize("answer", [True, False])
def test_save_as_pdf_offers_to_open_the_file(
    editor: PledgeEditorPage, prompts: FakePrompts, tmp_path: Path, answer: bool
) -> None:
    opened: list[QUrl] = []
    editor.printing.open_url = opened.append
    prompts.answer_yes = answer
    target = tmp_path / "pledge.pdf"
    prompts.paths.append(target)

    editor.pdf_action.trigger()

    assert target.is_file()
    [question] = prompts.messages("confirm")
    assert "pledge.pdf" in question and str(tmp_path) in question
    assert opened == ([QUrl.fromLocalFile(str(target))] if answer else [])
