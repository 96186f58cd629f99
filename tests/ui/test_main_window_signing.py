"""The main window's issue-3 wiring: integrity check on open, the audit log, the Tools menu."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.guards import drop_guards
from pledge_app.settings import Settings
from pledge_app.ui.main_window.window import MainWindow, Page
from pledge_app.ui.models.pledge_table_model import Column
from tests.signing_helpers import signed_pledge
from tests.ui.fakes import FakePrompts


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def signed_id(database: Database) -> str:
    with database.begin() as session:
        return signed_pledge(session).id


def open_window(
    qtbot: QtBot, database: Database, prompts: FakePrompts, tmp_path: Path
) -> MainWindow:
    window = build_main_window(database, Settings(tmp_path / "settings.ini"), prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.integrity.findings is not None, timeout=20_000)
    return window


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, prompts: FakePrompts, signed_id: str, tmp_path: Path
) -> Iterator[MainWindow]:
    main = open_window(qtbot, database, prompts, tmp_path)
    yield main
    main.close()


def tamper(database: Database, pledge_id: str) -> None:
    with database.engine.begin() as connection:
        drop_guards(connection)
    with sqlite3.connect(str(database.engine.url.database)) as connection:
        connection.execute("UPDATE pledge SET title = '被篡改的标题' WHERE id = ?", (pledge_id,))


def test_a_sound_database_opens_without_a_warning(window: MainWindow) -> None:
    assert window.integrity.findings == []
    assert not window.integrity_badge.isVisible()
    assert window.integrity.dialog is None


def test_tampering_behind_the_apps_back_is_reported_on_open(
    qtbot: QtBot, database: Database, prompts: FakePrompts, signed_id: str, tmp_path: Path
) -> None:
    tamper(database, signed_id)
    window = open_window(qtbot, database, prompts, tmp_path)
    assert window.integrity.findings
    dialog = window.integrity.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert window.integrity_badge.isVisible()
    assert "integrity problem" in window.integrity_badge.text()
    model = window.pledge_list.model
    line = model.row_of(signed_id)
    assert line is not None
    tooltip = model.index(line, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "altered" in tooltip
    window.close()


def test_the_check_on_demand_says_so_when_all_is_sound(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    with qtbot.waitSignal(window.integrity.checked, timeout=20_000):
        window.check_integrity_action.trigger()
    assert prompts.messages("info") == [
        "No problems found: the database, the signed pledges and the audit chain are intact."
    ]


def test_the_audit_log_lists_the_signing_and_opens_the_pledge(
    window: MainWindow, signed_id: str
) -> None:
    window.navigation.setCurrentRow(Page.AUDIT_LOG)
    page = window.audit_page
    assert page is not None and page.isVisible()
    actions = [page.model.entry(row).action for row in range(page.model.rowCount())]
    assert actions.count("signature") == 2 and "signed" in actions
    page.open_requested.emit(signed_id)
    assert window.current_page() is window.editor
    assert window.editor.pledge_id == signed_id


def test_the_list_shows_the_version_of_each_pledge(window: MainWindow, signed_id: str) -> None:
    model = window.pledge_list.model
    line = model.row_of(signed_id)
    assert line is not None
    assert model.index(line, Column.VERSION).data() == "v1"
    assert model.index(line, Column.STATUS).data() == "Signed"


def test_the_tools_menu_offers_verify_check_and_certificate(window: MainWindow) -> None:
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert [a.objectName() for a in tools.actions() if not a.isSeparator()] == [
        "verifyPdfAction",
        "checkIntegrityAction",
        "createCertificateAction",
    ]


def test_an_amendment_is_its_own_row_with_its_version(
    window: MainWindow, database: Database, signed_id: str
) -> None:
    from pledge_app.core.amendments import amend_pledge

    with database.begin() as session:
        draft = amend_pledge(session, signed_id)
    window.refresh()
    model = window.pledge_list.model
    versions = {
        model.pledge_row(line).id: model.index(line, Column.VERSION).data()
        for line in range(model.rowCount())
    }
    assert versions == {signed_id: "v1", draft.id: "v2"}
