"""The audit log from a draft's first save: created and edited are logged, actions and
details read as words and sentences (in zh_CN too), and no heading is cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.settings import Settings
from pledge_app.ui.models.audit_table_model import AuditColumn
from pledge_app.ui.pages.audit_log_page import AuditLogPage
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from pledge_app.ui.translations import Translations, locale_for
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace


@pytest.fixture
def pages(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> Iterator[tuple[PledgeEditorPage, AuditLogPage]]:
    workspace, runner = open_workspace(database, FakePrompts())
    editor = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0)
    log = AuditLogPage(workspace, runner)
    for page in (editor, log):
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
    yield editor, log


def write_a_draft(editor: PledgeEditorPage) -> None:
    editor.open_pledge(None)
    type_text(editor.header.title_edit, "营商环境改革责任书")
    type_text(editor.header.issuer_combo.lineEdit(), "市委改革办")
    type_text(editor.header.responsible_combo.lineEdit(), "市发展和改革委员会")
    editor.save_action.trigger()
    type_text(editor.header.title_edit, "（修订）")
    editor.save_action.trigger()


def column(
    log: AuditLogPage, which: AuditColumn, role: int = Qt.ItemDataRole.DisplayRole
) -> list[str]:
    model = log.model
    return [model.index(row, which).data(role) for row in range(model.rowCount())]


def test_creating_and_editing_a_draft_are_logged_with_the_changed_fields(
    pages: tuple[PledgeEditorPage, AuditLogPage],
) -> None:
    editor, log = pages
    write_a_draft(editor)
    log.refresh()
    assert column(log, AuditColumn.ACTION)[:2] == ["Draft edited", "Draft created"]
    details = column(log, AuditColumn.DETAILS)
    assert details[0] == "Changed: Title"
    assert "营商环境改革责任书" in details[1] and "created" in details[1]


def test_saving_without_a_change_logs_nothing(
    pages: tuple[PledgeEditorPage, AuditLogPage],
) -> None:
    editor, log = pages
    write_a_draft(editor)
    editor.save_action.trigger()
    log.refresh()
    assert column(log, AuditColumn.ACTION).count("Draft edited") == 1


def test_every_action_the_code_records_has_a_name() -> None:
    import re

    from pledge_app.ui.labels import action_label

    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in Path(__file__).parents[2].joinpath("pledge_app").rglob("*.py")
    )
    recorded = set(re.findall(r'audit\.record\(\s*session,\s*"([a-z_]+)"', source))
    recorded |= set(re.findall(r'writer\.audit\(\s*"([a-z_]+)"', source))
    assert {"created", "edited", "imported"} <= recorded
    assert [action for action in sorted(recorded) if action_label(action) == action] == []


def test_details_tooltips_are_sentences_not_json(
    pages: tuple[PledgeEditorPage, AuditLogPage],
) -> None:
    editor, log = pages
    write_a_draft(editor)
    log.refresh()
    tips = column(log, AuditColumn.DETAILS, Qt.ItemDataRole.ToolTipRole)
    assert tips[0] == "Changed: Title"
    assert not any("{" in tip for tip in tips)


def test_in_chinese_no_column_heading_is_cut_off(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    translations = Translations()
    translations.install(locale_for("zh_CN"))
    try:
        workspace, runner = open_workspace(database, FakePrompts())
        editor = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0)
        log = AuditLogPage(workspace, runner)
        for page in (editor, log):
            qtbot.addWidget(page)
            page.resize(1200, 700)
            page.show()
        write_a_draft(editor)
        log.refresh()
        header = log.table.horizontalHeader()
        metrics = header.fontMetrics()
        for section in range(header.count() - 1):  # the last one stretches
            text = str(log.model.headerData(section, Qt.Orientation.Horizontal))
            assert header.sectionSize(section) >= metrics.horizontalAdvance(text) + 12, text
    finally:
        translations.remove()
