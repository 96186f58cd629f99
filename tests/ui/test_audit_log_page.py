"""The audit log page: entries after signing, filters, and the chain check with its findings."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.core.guards import drop_guards
from pledge_app.core.views import PledgeView
from pledge_app.operations.changes import Changes
from pledge_app.ui.dialogs.integrity_warning_dialog import IntegrityWarningDialog
from pledge_app.ui.models.audit_table_model import AuditColumn
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.pages.audit_log_page import AuditLogPage
from pledge_app.ui.workspace import Workspace
from tests.conftest import make_content
from tests.signing_helpers import ready_pledge, signed_pledge
from tests.ui.fakes import FakePrompts
from tests.ui.workspace_helpers import open_workspace


def audit_page(database: Database) -> AuditLogPage:
    workspace, runner = open_workspace(database, FakePrompts())
    return AuditLogPage(workspace, runner)


def make_page(qtbot: QtBot, database: Database) -> AuditLogPage:
    page = audit_page(database)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.refresh()
    return page


def sign_one(database: Database) -> PledgeView:
    with database.begin() as session:
        return signed_pledge(session)


def column(page: AuditLogPage, which: AuditColumn) -> list[str]:
    model = page.model
    return [model.index(row, which).data() for row in range(model.rowCount())]


def tamper(database: Database, statement: str) -> None:
    with database.engine.begin() as connection:
        drop_guards(connection)
    with sqlite3.connect(str(database.engine.url.database)) as connection:
        connection.execute(statement)


def test_signing_shows_up_newest_first(qtbot: QtBot, database: Database) -> None:
    signed = sign_one(database)
    page = make_page(qtbot, database)
    actions = column(page, AuditColumn.ACTION)
    assert actions[:4] == ["Signed by both parties", "Signature", "Signature", "Finalised"]
    assert column(page, AuditColumn.ACTOR)[1:3] == ["李明", "王建国"]
    assert all(signed.content.number in name for name in column(page, AuditColumn.PLEDGE))
    assert "Party A (issuer)" in column(page, AuditColumn.DETAILS)[2]
    assert "drawn in the app" in column(page, AuditColumn.DETAILS)[2]
    assert all(column(page, AuditColumn.OS_USER))


def test_times_are_shown_in_local_time(qtbot: QtBot, database: Database) -> None:
    sign_one(database)
    page = make_page(qtbot, database)
    entry = page.model.entry(0)
    assert column(page, AuditColumn.TIME)[0] == entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def test_filter_by_action(qtbot: QtBot, database: Database) -> None:
    sign_one(database)
    page = make_page(qtbot, database)
    page.action_filter.setCurrentIndex(page.action_filter.findData("signature"))
    assert column(page, AuditColumn.ACTION) == ["Signature", "Signature"]
    assert page.count_label.text().startswith("2 of")


def test_filter_by_pledge(qtbot: QtBot, database: Database) -> None:
    signed = sign_one(database)
    with database.begin() as session:
        other = ready_pledge(session, make_content(number="改革办〔2026〕2号"))
    page = make_page(qtbot, database)
    page.pledge_filter.setCurrentIndex(page.pledge_filter.findData(other.id))
    assert column(page, AuditColumn.ACTION) == ["Finalised"]
    page.pledge_filter.setCurrentIndex(page.pledge_filter.findData(signed.id))
    assert len(column(page, AuditColumn.ACTION)) == 4


def test_refresh_keeps_the_filter_and_shows_new_entries(qtbot: QtBot, database: Database) -> None:
    sign_one(database)
    page = make_page(qtbot, database)
    page.action_filter.setCurrentIndex(page.action_filter.findData("finalised"))
    sign_one(database)
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.action_filter.currentData() == "finalised"
    assert column(page, AuditColumn.ACTION) == ["Finalised", "Finalised"]


def test_double_click_asks_to_open_the_pledge(qtbot: QtBot, database: Database) -> None:
    signed = sign_one(database)
    page = make_page(qtbot, database)
    with qtbot.waitSignal(page.open_requested) as blocker:
        page.table.doubleClicked.emit(page.model.index(0, 0))
    assert blocker.args == [signed.id]


def test_verify_on_a_sound_database_says_no_problems(qtbot: QtBot, database: Database) -> None:
    sign_one(database)
    page = make_page(qtbot, database)
    assert not page.verify_panel.isVisible()
    with qtbot.waitSignal(page.verified):
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.verify_panel.isVisible()
    assert page.findings == []
    assert "No problems" in page.verify_heading.text()
    assert not page.findings_list.isVisible()


def test_verify_runs_off_the_gui_thread_and_answers_by_signal(
    qtbot: QtBot, database: Database
) -> None:
    sign_one(database)
    page = make_page(qtbot, database)
    with qtbot.waitSignal(page.verified):
        page.verify()
        # Nothing is found until the event loop hands the result back.
        assert page.findings is None
        assert not page.verify_button.isEnabled()
    assert page.findings == []
    assert page.verify_button.isEnabled()


def test_verify_after_tampering_shows_the_finding(qtbot: QtBot, database: Database) -> None:
    signed = sign_one(database)
    tamper(database, "UPDATE paragraph SET text = '被篡改的目标' WHERE section = 'goals'")
    page = make_page(qtbot, database)
    with qtbot.waitSignal(page.verified):
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.findings
    assert "Problems found (2)" in page.verify_heading.text()
    texts = [page.findings_list.item(i).text() for i in range(page.findings_list.count())]
    assert any(signed.content.number in text and "altered" in text for text in texts)
    assert page.findings_list.isVisible()


def test_explain_groups_the_findings_by_pledge(qtbot: QtBot, database: Database) -> None:
    signed = sign_one(database)
    tamper(database, "UPDATE paragraph SET text = '被篡改的目标' WHERE section = 'goals'")
    page = make_page(qtbot, database)
    with qtbot.waitSignal(page.verified):
        page.verify()
    qtbot.mouseClick(page.explain_button, Qt.MouseButton.LeftButton)
    dialog = page.warning_dialog
    assert isinstance(dialog, IntegrityWarningDialog)
    assert dialog.isVisible()
    groups = [pledge_id for pledge_id, _ in dialog.groups]
    assert groups == [signed.id, None]  # the pledge first, then the missing triggers
    text = dialog.plain_text()
    assert signed.content.title in text
    assert "printed copy signed in ink is the authority" in dialog.browser.toPlainText()
    dialog.close()


def test_the_time_column_shows_the_whole_time(qtbot: QtBot, database: Database) -> None:
    sign_one(database)
    page = make_page(qtbot, database)
    shown = page.model.index(0, AuditColumn.TIME).data()
    width = page.table.horizontalHeader().sectionSize(AuditColumn.TIME)
    assert page.table.fontMetrics().horizontalAdvance(shown) + 12 < width


def test_a_check_still_running_when_the_page_goes_reports_nowhere(
    qtbot: QtBot, database: Database
) -> None:
    import shiboken6

    sign_one(database)
    page = audit_page(database)  # not handed to qtbot: this test destroys it
    page.show()
    page.verify()
    task = page.task
    assert task is not None
    shiboken6.delete(page)  # another database was opened mid-check
    assert shiboken6.isValid(task)  # the worker must not signal a deleted object
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert task.abandoned


def test_new_entries_show_when_the_workspace_says_so(qtbot: QtBot, database: Database) -> None:
    workspace, runner = open_workspace(database, FakePrompts())
    page = AuditLogPage(workspace, runner)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0
    sign_one(database)
    workspace.publish(Changes(tasks=frozenset({"a task"})))  # no audit entry in it
    assert page.model.rowCount() == 0
    workspace.publish(Changes(audit=True))
    assert page.model.rowCount() == 4


def test_a_hidden_page_reads_the_log_when_it_shows(qtbot: QtBot, database: Database) -> None:
    workspace, runner = open_workspace(database, FakePrompts())
    page = AuditLogPage(workspace, runner)
    qtbot.addWidget(page)
    sign_one(database)
    workspace.publish(Changes.of_everything())
    assert page.model.rowCount() == 0  # not on show: read later
    page.show()
    assert page.model.rowCount() == 4


def test_before_a_database_opens_the_page_is_empty_and_checks_nothing(qtbot: QtBot) -> None:
    workspace = Workspace()
    page = AuditLogPage(
        workspace, OperationRunner(workspace=workspace, prompts=FakePrompts(), parent=workspace)
    )
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 of 0 entries"
    page.verify()
    assert page.task is None
    assert page.verify_button.isEnabled()
