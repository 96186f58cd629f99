"""Printing one long pledge from the editor: progress with Cancel, and a cancelled Save as
PDF or preview leaves nothing behind (issue 7 item 22)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
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
    template = make_content().tasks[0]
    tasks = tuple(
        replace(template, item=f"第{n}项任务", measures="推进改革措施落实。" * 60)
        for n in range(1, 13)
    )
    _workspace, runner = open_workspace(database, prompts)
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0)
    qtbot.addWidget(page)
    page.show()
    with database.begin() as session:
        pledge_id = create_pledge(session, make_content(tasks=tasks)).id
    assert page.open_pledge(pledge_id)
    # As if the print had already taken long: the progress shows at once.
    page.printing.progress_delay_ms = 0
    yield page


def cancel_when_progress_shows(qtbot: QtBot, editor: PledgeEditorPage) -> list[str]:
    """Press Cancel in the progress dialog as soon as it shows; the labels it showed."""
    seen: list[str] = []

    def press_cancel() -> None:
        dialog = editor.findChild(QProgressDialog, "modalProgress")
        assert dialog is not None and dialog.isVisible()
        seen.append(dialog.labelText())
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    # Fires when the print first lets events through: once its progress is on show.
    QTimer.singleShot(0, press_cancel)
    return seen


def test_cancelling_save_as_pdf_writes_no_file(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts, tmp_path: Path
) -> None:
    statuses: list[str] = []
    editor.printing.status_message.connect(statuses.append)
    target = tmp_path / "out" / "pledge.pdf"
    prompts.paths.append(target)
    seen = cancel_when_progress_shows(qtbot, editor)

    assert editor.printing.save_pdf() is None

    assert seen == ["Laying out the pledge…"]
    assert prompts.messages("path") == []  # never asked where: nothing to save
    assert not target.parent.exists()
    assert list(tmp_path.rglob("*.pdf*")) == []
    assert statuses == ["Printing cancelled; nothing was saved or printed."]
    assert prompts.messages("error") == []


def test_cancelling_the_preview_opens_none(qtbot: QtBot, editor: PledgeEditorPage) -> None:
    cancel_when_progress_shows(qtbot, editor)
    editor.preview_action.trigger()
    assert editor.printing.preview_dialog is None


def test_a_long_print_not_cancelled_is_saved_whole(
    qtbot: QtBot, editor: PledgeEditorPage, prompts: FakePrompts, tmp_path: Path
) -> None:
    target = tmp_path / "pledge.pdf"
    prompts.paths.append(target)
    assert editor.printing.save_pdf() == target
    assert target.read_bytes().rstrip().endswith(b"%%EOF")
    dialog = editor.findChild(QProgressDialog, "modalProgress")
    assert dialog is None or not dialog.isVisible()  # shown while it worked, gone after
