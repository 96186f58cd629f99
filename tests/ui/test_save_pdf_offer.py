"""After Save as PDF the editor offers to open the file it wrote, or its folder."""

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
from pledge_app.ui.prompts import OpenChoice
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


@pytest.mark.parametrize("choice", list(OpenChoice))
def test_save_as_pdf_offers_to_open_the_file_or_its_folder(
    editor: PledgeEditorPage, prompts: FakePrompts, tmp_path: Path, choice: OpenChoice
) -> None:
    opened: list[QUrl] = []
    editor.printing.open_url = opened.append
    prompts.open_choice = choice
    target = tmp_path / "pledge.pdf"
    prompts.paths.append(target)

    editor.pdf_action.trigger()

    assert target.is_file()
    [message] = prompts.messages("info")
    assert "pledge.pdf" in message and str(tmp_path) in message
    assert prompts.offers == [(OpenChoice.FILE, OpenChoice.FOLDER)]
    expected = {
        OpenChoice.FILE: [QUrl.fromLocalFile(str(target))],
        OpenChoice.FOLDER: [QUrl.fromLocalFile(str(tmp_path))],
        OpenChoice.NOTHING: [],
    }
    assert opened == expected[choice]


def test_a_file_no_program_opens_is_said_so(
    editor: PledgeEditorPage, prompts: FakePrompts, tmp_path: Path
) -> None:
    editor.printing.open_url = lambda url: False
    prompts.open_choice = OpenChoice.FILE
    prompts.paths.append(tmp_path / "pledge.pdf")

    editor.pdf_action.trigger()

    [warning] = prompts.messages("warning")
    assert "pledge.pdf" in warning
