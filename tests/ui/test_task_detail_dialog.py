"""A task's detail: its ledger fields, its history as a timeline with corrections and
evidence, reports added and corrected from it, and its milestones."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.core.tracking.ledger import TrackedTask
from pledge_app.core.tracking.reports import EvidenceFile, ReportDraft
from pledge_app.core.tracking.states import Light, TaskState
from pledge_app.operations.tracking import add_reports, ledger, task_history
from pledge_app.ui.dialogs.progress_report_dialog import ProgressReportDialog
from pledge_app.ui.dialogs.task_detail_dialog import TaskDetailDialog
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.tracking_helpers import TODAY, sign_sample_pledges
from tests.ui.widgets_fit import assert_fits
from tests.ui.workspace_helpers import open_workspace

ITEM = "推进医保支付方式改革"

DialogMaker = Callable[[], TaskDetailDialog]


def tracked_task(database: Database, item: str = ITEM) -> TrackedTask:
    tasks = ledger(database, today=TODAY).value.tasks
    return next(task for task in tasks if task.item == item)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def make_dialog(qtbot: QtBot, database: Database, prompts: FakePrompts) -> Iterator[DialogMaker]:
    sign_sample_pledges(database)
    workspace, runner = open_workspace(database, prompts)
    built: list[TaskDetailDialog] = []

    def build() -> TaskDetailDialog:
        dialog = TaskDetailDialog(
            tracked_task(database), runner=runner, prompts=prompts, today=TODAY
        )
        workspace.setParent(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        built.append(dialog)
        return dialog

    yield build
    for dialog in built:
        dialog.reporter.close_dialog()


def cards(dialog: TaskDetailDialog) -> list[QWidget]:
    return list(dialog.timeline.cards)


def child(widget: QWidget, kind: type, name: str) -> object:
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def label_text(widget: QWidget, name: str) -> str:
    found = widget.findChild(QLabel, name)
    return found.text() if found is not None else ""


def report_dialog(dialog: TaskDetailDialog) -> ProgressReportDialog:
    report = dialog.reporter.dialog
    assert report is not None
    return report


def click(qtbot: QtBot, button: object) -> None:
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_ok(qtbot: QtBot, dialog: ProgressReportDialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def record(database: Database, *drafts: ReportDraft) -> None:
    add_reports(database, drafts, today=TODAY)


def test_it_shows_the_six_ledger_fields(make_dialog: DialogMaker) -> None:
    dialog = make_dialog()
    fields = {name: label.text() for name, label in dialog.field_labels.items()}
    assert fields["item"] == ITEM
    assert fields["lead_official"] == "李明"
    assert fields["responsible_body"] == "市发展和改革委员会"
    assert fields["measures"] == "按月调度，按季通报"
    assert fields["deliverable"] == "制度文件"
    assert fields["deadline"] == "2026-04-30"
    assert "Red" in dialog.summary_label.text()


def test_the_history_is_newest_first_with_corrections_marked(
    make_dialog: DialogMaker, database: Database
) -> None:
    key = tracked_task(database).key
    record(database, ReportDraft(key, 30, TaskState.ON_TRACK, narrative="三月：完成调研"))
    first = task_history(database, key).value.reports[0]
    record(
        database,
        ReportDraft(key, 20, TaskState.BEHIND, narrative="三月：更正为滞后", corrects_id=first.id),
    )
    dialog = make_dialog()
    newest, oldest = cards(dialog)
    assert label_text(newest, "reportHeading") == "2026-04 · Behind · 20%"
    assert label_text(newest, "reportNarrative") == "三月：更正为滞后"
    assert label_text(newest, "correctionLabel") == "Correction of the report made on 2026-05-10."
    assert label_text(oldest, "supersededLabel").startswith("Corrected by a later report")
    assert dialog.tabs.tabText(1) == "&Progress (2)"


def test_a_report_added_here_joins_the_timeline(
    qtbot: QtBot, make_dialog: DialogMaker, database: Database
) -> None:
    dialog = make_dialog()
    assert dialog.timeline.empty_label.isVisible()
    click(qtbot, dialog.add_report_button)
    report = report_dialog(dialog)
    report.percent_spin.setValue(35)
    report.state_combo.setCurrentIndex(report.state_combo.findData(TaskState.BEHIND))
    type_text(report.narrative_edit, "因招标延期")
    click_ok(qtbot, report)
    assert [label_text(card, "reportHeading") for card in cards(dialog)] == [
        "2026-04 · Behind · 35%"
    ]
    assert not dialog.timeline.empty_label.isVisible()
    stored = task_history(database, dialog.task.key).value.reports
    assert [(r.percent, r.narrative, r.reported_on) for r in stored] == [(35, "因招标延期", TODAY)]


def test_correct_this_report_starts_from_it_and_names_it(
    qtbot: QtBot, make_dialog: DialogMaker, database: Database
) -> None:
    key = tracked_task(database).key
    record(
        database, ReportDraft(key, 60, TaskState.ON_TRACK, narrative="进展顺利", reporter="张三")
    )
    dialog = make_dialog()
    click(qtbot, child(cards(dialog)[0], QPushButton, "correctReportButton"))
    report = report_dialog(dialog)
    assert report.corrects_label.isVisible()
    assert (report.percent_spin.value(), report.reporter_edit.text()) == (60, "张三")
    report.percent_spin.setValue(45)
    click_ok(qtbot, report)
    stored = task_history(database, key).value.reports
    assert [r.percent for r in stored] == [45, 60]
    assert stored[0].corrects_id == stored[1].id
    assert label_text(cards(dialog)[0], "correctionLabel")


def test_evidence_opens_through_a_copy_and_exports(
    qtbot: QtBot,
    make_dialog: DialogMaker,
    database: Database,
    prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    key = tracked_task(database).key
    data = "会议纪要".encode() * 100
    record(
        database,
        ReportDraft(key, 50, TaskState.ON_TRACK, evidence=(EvidenceFile("纪要.docx", data),)),
    )
    dialog = make_dialog()
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    card = cards(dialog)[0]
    assert label_text(card, "evidenceName") == "📎 纪要.docx (1 KB)"
    click(qtbot, child(card, QPushButton, "openEvidenceButton"))
    copy = Path(opened[0].toLocalFile())
    assert (copy.name, copy.read_bytes()) == ("纪要.docx", data)
    target = tmp_path / "导出" / "纪要.docx"
    target.parent.mkdir()
    prompts.paths = [target]
    click(qtbot, child(card, QPushButton, "exportEvidenceButton"))
    assert target.read_bytes() == data


def test_milestones_are_added_edited_and_stored(
    qtbot: QtBot, make_dialog: DialogMaker, database: Database
) -> None:
    dialog = make_dialog()
    editor = dialog.milestones
    dialog.tabs.setCurrentWidget(editor)
    click(qtbot, editor.add_button)
    click(qtbot, editor.add_button)
    editor.table.item(0, 0).setText("完成方案")
    editor.due_edit(0).setDate(QDate(2026, 3, 31))
    editor.reached_cell(0).set_reached(date(2026, 3, 28))
    editor.table.item(1, 0).setText("出台文件")
    editor.due_edit(1).setDate(QDate(2026, 6, 30))
    click(qtbot, editor.save_button)
    stored = task_history(database, dialog.task.key).value.milestones
    assert [(m.name, m.due_on, m.reached_on) for m in stored] == [
        ("完成方案", date(2026, 3, 31), date(2026, 3, 28)),
        ("出台文件", date(2026, 6, 30), None),
    ]
    editor.table.setCurrentCell(0, 0)
    click(qtbot, editor.remove_button)
    click(qtbot, editor.save_button)
    stored = task_history(database, dialog.task.key).value.milestones
    assert [m.name for m in stored] == ["出台文件"]
    assert dialog.tabs.tabText(2) == "&Milestones (1)"


def test_a_milestone_without_a_name_is_refused(
    qtbot: QtBot, make_dialog: DialogMaker, database: Database, prompts: FakePrompts
) -> None:
    dialog = make_dialog()
    editor = dialog.milestones
    click(qtbot, editor.add_button)
    editor.table.item(0, 0).setText("  ")
    click(qtbot, editor.save_button)
    assert prompts.messages("error") == ["Milestone 1 has no name."]
    assert editor.table.rowCount() == 1  # still there to be named
    assert task_history(database, dialog.task.key).value.milestones == ()


def test_enter_in_a_milestone_never_closes_the_dialog(
    qtbot: QtBot, make_dialog: DialogMaker
) -> None:
    # The clerk trial: Enter in the date box pressed Close and the typed milestone was lost.
    dialog = make_dialog()
    dialog.show()
    editor = dialog.milestones
    dialog.tabs.setCurrentWidget(editor)
    click(qtbot, editor.add_button)
    editor.due_edit(0).setFocus()
    qtbot.keyClick(editor.due_edit(0), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert editor.table.rowCount() == 1


def test_closing_with_unsaved_milestones_offers_to_save_them(
    qtbot: QtBot, make_dialog: DialogMaker, database: Database, prompts: FakePrompts
) -> None:
    dialog = make_dialog()
    dialog.show()
    click(qtbot, dialog.milestones.add_button)
    dialog.milestones.table.item(0, 0).setText("完成方案")
    dialog.reject()
    assert prompts.messages("confirm") == [
        "The milestones were changed but not saved. Save them before closing?"
    ]
    assert [m.name for m in task_history(database, dialog.task.key).value.milestones] == [
        "完成方案"
    ]


def test_closing_without_changes_asks_nothing(
    make_dialog: DialogMaker, prompts: FakePrompts
) -> None:
    dialog = make_dialog()
    dialog.show()
    dialog.reject()
    assert prompts.messages("confirm") == []
    assert not dialog.isVisible()


def test_set_task_shows_the_new_light(make_dialog: DialogMaker) -> None:
    from dataclasses import replace

    dialog = make_dialog()
    dialog.set_task(replace(dialog.task, light=Light.DONE, percent=100))
    assert "Done · 100% complete" in dialog.summary_label.text()


def test_the_dialog_fits_a_small_screen(make_dialog: DialogMaker) -> None:
    assert_fits(make_dialog())
