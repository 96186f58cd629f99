"""Amending asks for the reason for the change (修改原因) and keeps it in the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pledge_app.core import audit
from pledge_app.core.amendments import amendment_reason, version_chain
from pledge_app.core.database import Database
from pledge_app.settings import Settings
from pledge_app.ui.models.audit_details import details_summary
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from tests.signing_helpers import signed_pledge
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace

REASON = "第3项任务的完成时限调整至年底。"


@pytest.fixture
def editor(qtbot: QtBot, database: Database, tmp_path: Path) -> Iterator[PledgeEditorPage]:
    _workspace, runner = open_workspace(database, FakePrompts())
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    yield page


@pytest.fixture
def signed_id(database: Database) -> str:
    with database.begin() as session:
        return signed_pledge(session).id


def test_amending_asks_for_the_reason_and_records_it(
    qtbot: QtBot, editor: PledgeEditorPage, database: Database, signed_id: str
) -> None:
    editor.open_pledge(signed_id)
    editor.editor_actions.amend.trigger()
    dialog = editor.signing.amend_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()
    type_text(dialog.reason_edit, REASON)
    assert dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    with database.begin() as session:
        draft = version_chain(session, signed_id)[-1]
        assert draft.revision == 2
        assert amendment_reason(session, draft.id) == REASON
        [entry] = [
            e for e in audit.list_entries(session, pledge_id=draft.id) if e.action == "amended"
        ]
    assert editor.pledge_id == draft.id
    assert REASON in details_summary(entry)


def test_cancelling_the_reason_starts_nothing(
    qtbot: QtBot, editor: PledgeEditorPage, database: Database, signed_id: str
) -> None:
    editor.open_pledge(signed_id)
    editor.editor_actions.amend.trigger()
    dialog = editor.signing.amend_dialog
    assert dialog is not None
    type_text(dialog.reason_edit, REASON)
    dialog.reject()
    with database.begin() as session:
        assert len(version_chain(session, signed_id)) == 1
    assert editor.pledge_id == signed_id
