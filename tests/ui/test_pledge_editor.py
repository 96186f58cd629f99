"""The pledge editor driven as a clerk would, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from pledge_app.core.autosave import load_autosave, store_autosave
from pledge_app.core.database import Database
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.models import new_id
from pledge_app.core.pledges import create_pledge, get_pledge, save_pledge
from pledge_app.core.views import PledgeContent, TaskView
from pledge_app.settings import Settings
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from pledge_app.ui.prompts import SaveChoice
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def runner(qtbot: QtBot, database: Database, prompts: FakePrompts) -> OperationRunner:
    """The window's runner on `database`, with the scripted prompts."""
    _workspace, runner = open_workspace(database, prompts)
    return runner


@pytest.fixture
def editor(qtbot: QtBot, runner: OperationRunner, tmp_path: Path) -> Iterator[PledgeEditorPage]:
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "settings.ini"), autosave_ms=50)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    yield page


@pytest.fixture
def stored(database: Database, sample_content: PledgeContent) -> str:
    with database.begin() as session:
        return create_pledge(session, sample_content).id


def stored_content(database: Database, pledge_id: str) -> PledgeContent:
    with database.begin() as session:
        return get_pledge(session, pledge_id).content


def line(editor: PledgeEditorPage, name: str) -> QLineEdit:
    widget = editor.findChild(QLineEdit, name)
    assert widget is not None
    return widget


def test_new_pledge_starts_in_this_year_with_the_last_issuer(
    editor: PledgeEditorPage, stored: str
) -> None:
    editor.open_pledge(None)
    content = editor.current_content()
    assert content.year == date.today().year
    assert content.issuer.unit == "市委全面深化改革委员会"
    assert editor.pledge_id != stored


def test_typed_pledge_saves_and_reloads_unchanged(
    qtbot: QtBot, editor: PledgeEditorPage, database: Database
) -> None:
    editor.open_pledge(None)
    type_text(line(editor, "title_edit"), "2026年度营商环境改革责任书")
    type_text(line(editor, "issuer_combo_edit"), "市委全面深化改革委员会")
    type_text(line(editor, "responsible_combo_edit"), "市市场监督管理局")
    goals = editor.sections.paragraphs["goals"]
    qtbot.mouseClick(goals.add_button, Qt.MouseButton.LeftButton)
    paragraph = goals.paragraph_edit(0)
    assert paragraph is not None
    type_text(paragraph, "营商环境便利度进入全省前列。")
    editor.tabs.setCurrentIndex(3)
    qtbot.mouseClick(editor.tasks.add_button, Qt.MouseButton.LeftButton)
    cell_editor = editor.tasks.view.findChild(QPlainTextEdit, "task_cell_editor")
    assert cell_editor is not None
    type_text(cell_editor, "推行“证照分离”")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    editor.task_model.setData(editor.task_model.index(0, 5), "2026/10/31")

    with qtbot.waitSignal(editor.saved) as signal:
        editor.save_action.trigger()

    assert signal.args == [editor.pledge_id]
    saved = stored_content(database, editor.pledge_id)
    assert saved == editor.current_content()
    assert saved.title == "2026年度营商环境改革责任书"
    assert saved.goals == ("营商环境便利度进入全省前列。",)
    assert saved.tasks == (TaskView(item="推行“证照分离”", deadline=date(2026, 10, 31)),)
    assert not editor.is_dirty()


def test_pasted_excel_rows_with_a_quoted_multiline_cell_become_tasks(
    editor: PledgeEditorPage, stored: str
) -> None:
    editor.open_pledge(stored)
    view = editor.tasks.view
    view.setCurrentIndex(editor.task_model.index(1, 0))  # past the last row: appended
    view.setCurrentIndex(editor.task_model.index(0, 0))
    QGuiApplication.clipboard().setText(
        '推进审批改革\t张三\t市政务服务中心\t"一、梳理事项\n二、压减时限"\t清单\t2026年6月30日\r\n'
        '开展"揭榜挂帅"\t李四\t市科技局\t试点\t方案\t2026.9.30\r\n'
    )
    view.paste_action.trigger()
    tasks = editor.task_model.tasks()
    assert [t.item for t in tasks] == ["推进审批改革", '开展"揭榜挂帅"']
    assert tasks[0].measures == "一、梳理事项\n二、压减时限"
    assert tasks[0].deadline == date(2026, 6, 30)
    assert tasks[1].deadline == date(2026, 9, 30)
    assert tasks[0].weight == 10.0  # columns not pasted keep their value


def test_paste_with_an_impossible_date_names_row_and_column_and_pastes_nothing(
    editor: PledgeEditorPage, stored: str, prompts: FakePrompts
) -> None:
    editor.open_pledge(stored)
    before = editor.task_model.tasks()
    QGuiApplication.clipboard().setText("甲\t\t\t\t\t2026-06-30\n乙\t\t\t\t\t2026-02-30\n")
    editor.tasks.view.paste_action.trigger()
    assert editor.task_model.tasks() == before
    [message] = prompts.messages("error")
    assert "row 2" in message and "Deadline" in message and "2026-02-30" in message


def test_copied_rows_paste_back_as_the_same_tasks(
    editor: PledgeEditorPage, stored: str, database: Database
) -> None:
    editor.open_pledge(stored)
    view = editor.tasks.view
    view.setCurrentIndex(editor.task_model.index(0, 0))
    view.copy_action.trigger()
    editor.tasks.view.paste_tsv(QGuiApplication.clipboard().text())
    assert editor.task_model.tasks()[0] == stored_content(database, stored).tasks[0]


def test_undo_and_redo_cover_typing_and_rows(editor: PledgeEditorPage, stored: str) -> None:
    editor.open_pledge(stored)
    title = line(editor, "title_edit")
    type_text(title, "修订")
    type_text(title, "版")
    editor.tasks.view.setCurrentIndex(editor.task_model.index(0, 0))
    editor.tasks.add_button.click()
    assert len(editor.task_model.tasks()) == 2

    editor.undo_action.trigger()
    assert len(editor.task_model.tasks()) == 1
    editor.undo_action.trigger()  # both keystrokes into the title are one step
    assert title.text() == "2026年度全面深化改革目标责任书"
    assert not editor.is_dirty()
    editor.redo_action.trigger()
    assert title.text().endswith("修订版")
    editor.redo_action.trigger()
    assert len(editor.task_model.tasks()) == 2


def test_paragraph_add_move_delete_are_undoable(editor: PledgeEditorPage, stored: str) -> None:
    editor.open_pledge(stored)
    duties = editor.sections.paragraphs["duties"]
    duties.focus_paragraph(0)
    duties.add_paragraph()
    type_text(duties.paragraph_edit(1), "分管负责同志履行直接责任。")
    duties.move_current(-1)
    assert duties.paragraphs()[0] == "分管负责同志履行直接责任。"
    duties.delete_current()
    assert len(duties.paragraphs()) == 1
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert duties.paragraphs()[1] == "分管负责同志履行直接责任。"


def test_autosave_is_written_after_the_interval_not_saved_for_real(
    qtbot: QtBot, editor: PledgeEditorPage, database: Database, stored: str
) -> None:
    editor.open_pledge(stored)
    type_text(line(editor, "number_edit"), "-修")

    def autosaved() -> bool:
        with database.begin() as session:
            return load_autosave(session, stored) is not None

    qtbot.waitUntil(autosaved)
    with database.begin() as session:
        snapshot = load_autosave(session, stored)
    assert snapshot is not None and snapshot.content.number.endswith("-修")
    assert stored_content(database, stored).number == "改革办〔2026〕1号"


def test_by_default_a_crash_loses_at_most_a_few_seconds_of_typing(
    qtbot: QtBot, runner: OperationRunner, tmp_path: Path
) -> None:
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    assert 0 < page.autosave.timer.interval() <= 5000


def test_saving_discards_the_autosave(
    qtbot: QtBot, editor: PledgeEditorPage, database: Database, stored: str
) -> None:
    editor.open_pledge(stored)
    type_text(line(editor, "number_edit"), "-2")
    qtbot.waitUntil(lambda: load_autosave_exists(database, stored))
    assert editor.save()
    assert not load_autosave_exists(database, stored)


def load_autosave_exists(database: Database, pledge_id: str) -> bool:
    with database.begin() as session:
        return load_autosave(session, pledge_id) is not None


def test_a_newer_autosave_is_offered_and_restored(
    editor: PledgeEditorPage, database: Database, stored: str, prompts: FakePrompts
) -> None:
    changed = replace(stored_content(database, stored), title="崩溃前未保存的标题")
    with database.begin() as session:
        store_autosave(session, stored, changed, now=datetime.now(UTC) + timedelta(minutes=1))
    editor.open_pledge(stored)
    assert any("崩溃前未保存的标题" in text for text in prompts.messages("confirm"))
    assert editor.current_content() == changed
    assert editor.is_dirty()
    editor.undo_action.trigger()
    assert line(editor, "title_edit").text() == "2026年度全面深化改革目标责任书"


def test_declining_the_restore_forgets_the_autosave(
    editor: PledgeEditorPage, database: Database, stored: str, prompts: FakePrompts
) -> None:
    with database.begin() as session:
        store_autosave(
            session,
            stored,
            replace(stored_content(database, stored), title="不要了"),
            now=datetime.now(UTC) + timedelta(minutes=1),
        )
    prompts.answer_yes = False
    editor.open_pledge(stored)
    assert line(editor, "title_edit").text() == "2026年度全面深化改革目标责任书"
    assert not load_autosave_exists(database, stored)


def test_a_never_saved_pledge_is_recovered_from_its_autosave(
    editor: PledgeEditorPage, database: Database, sample_content: PledgeContent
) -> None:
    orphan = new_id()
    with database.begin() as session:
        store_autosave(session, orphan, replace(sample_content, title="新建后崩溃"))
    editor.recover_autosave(orphan)
    assert editor.pledge_id == orphan
    assert editor.save()
    assert stored_content(database, orphan).title == "新建后崩溃"


def test_finalising_an_incomplete_pledge_lists_findings_that_jump_to_the_field(
    editor: PledgeEditorPage, stored: str, database: Database
) -> None:
    with database.begin() as session:
        incomplete = replace(
            stored_content(database, stored),
            outcomes=(),
            tasks=(TaskView(item="缺少期限", responsible_body="市财政局"),),
        )
        version = get_pledge(session, stored).version
        save_pledge(session, stored, incomplete, expected_version=version)
    editor.open_pledge(stored)
    assert not editor.finalise()
    assert editor.findings.isVisible()
    # In the order of the form: section 4 (tasks) comes before section 5 (outcomes).
    assert editor.findings.fields() == ["tasks.0.deadline", "outcomes"]
    assert editor.status is PledgeStatus.DRAFT

    item = editor.findings.list.item(0)
    editor.findings.list.itemClicked.emit(item)
    assert editor.tabs.currentWidget() is editor.tasks
    current = editor.tasks.view.currentIndex()
    assert (current.row(), current.column()) == (0, 5)
    assert editor.task_model.data(current, Qt.ItemDataRole.ToolTipRole)


def test_finalising_a_complete_pledge_makes_it_read_only_until_reopened(
    editor: PledgeEditorPage, stored: str, database: Database
) -> None:
    editor.open_pledge(stored)
    type_text(line(editor, "issuer_signatory_edit"), "同志")
    assert editor.finalise()
    with database.begin() as session:
        assert get_pledge(session, stored).status is PledgeStatus.READY_TO_SIGN
    assert editor.banner.isVisible() and "reopen" in editor.banner.text()
    assert line(editor, "title_edit").isReadOnly()
    assert not editor.task_model.setData(editor.task_model.index(0, 0), "改")
    assert not editor.save_action.isEnabled()

    assert editor.reopen()
    assert editor.status is PledgeStatus.DRAFT
    assert not editor.banner.isVisible()
    assert not line(editor, "title_edit").isReadOnly()


def test_saving_over_someone_elses_change_says_so(
    editor: PledgeEditorPage, stored: str, database: Database, prompts: FakePrompts
) -> None:
    editor.open_pledge(stored)
    with database.begin() as session:
        version = get_pledge(session, stored).version
        changed = replace(stored_content(database, stored), number="别处改的")
        save_pledge(session, stored, changed, expected_version=version)
    type_text(line(editor, "title_edit"), "（本机）")
    assert not editor.save()
    [message] = prompts.messages("error")
    assert "changed elsewhere" in message
    assert stored_content(database, stored).number == "别处改的"


def test_closing_with_changes_asks_and_cancel_keeps_editing(
    editor: PledgeEditorPage, stored: str, prompts: FakePrompts
) -> None:
    editor.open_pledge(stored)
    type_text(line(editor, "title_edit"), "改")
    prompts.save_choice = SaveChoice.CANCEL
    assert not editor.maybe_close()
    assert editor.is_dirty()
    prompts.save_choice = SaveChoice.DISCARD
    assert editor.maybe_close()
    assert not editor.is_dirty()


def test_closing_with_save_writes_the_changes(
    editor: PledgeEditorPage, stored: str, prompts: FakePrompts, database: Database
) -> None:
    editor.open_pledge(stored)
    combo = editor.findChild(QComboBox, "responsible_combo")
    assert combo is not None
    combo.setEditText("市财政局")
    prompts.save_choice = SaveChoice.SAVE
    assert editor.maybe_close()
    assert stored_content(database, stored).responsible.unit == "市财政局"


def test_finalising_asks_first_and_a_no_leaves_the_draft(
    editor: PledgeEditorPage, stored: str, database: Database, prompts: FakePrompts
) -> None:
    editor.open_pledge(stored)
    prompts.answer_yes = False
    assert not editor.finalise()
    assert "frozen" in prompts.messages("confirm")[0]
    assert editor.status is PledgeStatus.DRAFT
    with database.begin() as session:
        assert get_pledge(session, stored).status is PledgeStatus.DRAFT


def test_read_only_header_fields_look_read_only(
    qtbot: QtBot, editor: PledgeEditorPage, stored: str
) -> None:
    editor.open_pledge(stored)
    qtbot.waitExposed(editor)

    def background(name: str) -> QColor:
        widget = editor.findChild(QWidget, name)
        image = widget.grab().toImage()
        return image.pixelColor(image.width() - 6, image.height() // 2)

    editable = background("title_edit")
    type_text(line(editor, "issuer_signatory_edit"), "同志")
    assert editor.finalise()
    for name in ("number_edit", "title_edit", "issuer_signatory_edit", "year_spin"):
        assert background(name) != editable, name
    assert background("title_edit") == editor.palette().color(QPalette.ColorRole.Window)
