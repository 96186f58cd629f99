"""Verifying a printed copy of a version that was since replaced: a warning, never green."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pledge_app.core.amendments import amend_pledge
from pledge_app.core.database import Database
from pledge_app.core.pledges import finalise_pledge
from pledge_app.operations.printing import register_copy
from pledge_app.operations.printing import render_pdf as render_pdf_bytes
from pledge_app.ui.main_window.pdf_tools import PdfTools
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.style import PALETTE
from pledge_app.ui.workspace import Workspace
from tests.signing_helpers import sign_both, signed_pledge
from tests.ui.fakes import FakePrompts


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def tools(qtbot: QtBot, database: Database, prompts: FakePrompts) -> PdfTools:
    owner = QWidget()
    qtbot.addWidget(owner)
    workspace = Workspace(owner)
    workspace.open(database, "pledges.sqlite3")
    runner = OperationRunner(workspace=workspace, prompts=prompts, parent=owner)
    return PdfTools(owner, runner=runner, prompts=prompts)


def test_a_copy_of_a_superseded_version_is_a_warning_not_genuine_green(
    qtbot: QtBot, database: Database, tools: PdfTools, prompts: FakePrompts, tmp_path: Path
) -> None:
    with database.begin() as session:
        first = signed_pledge(session)
    pdf = render_pdf_bytes(first)
    register_copy(database, first, data=pdf)
    with database.begin() as session:
        draft = amend_pledge(session, first.id)
        finalise_pledge(session, draft.id)
        sign_both(session, draft.id)
    path = tmp_path / "old copy.pdf"
    path.write_bytes(pdf)
    prompts.paths.append(path)

    with qtbot.waitSignal(tools.done, timeout=20_000):
        tools.verify_pdf()

    dialog = tools.verification_dialog
    assert dialog is not None and dialog.isVisible() and dialog.is_superseded()
    text = dialog.plain_text()
    assert "✔ Genuine" not in text
    assert "Superseded" in text and "version 2 replaced it" in text
    style = dialog.verdict_label.styleSheet()
    assert PALETTE.warning in style and PALETTE.success not in style
