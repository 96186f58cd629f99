"""The report dialog: the month it covers, state and percent, evidence files within the limit,
and staying open with what was typed when the report is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from pledge_app.core.tracking.states import TaskState
from pledge_app.ui.dialogs.progress_report_dialog import ProgressReportDialog, ReportEntry
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.widgets_fit import assert_fits

TODAY = date(2026, 5, 10)


class Submissions:
    """A submit callback that records what it was given and answers as told."""

    def __init__(self, accept: bool = True) -> None:
        self.accept = accept
        self.entries: list[ReportEntry] = []

    def __call__(self, entry: ReportEntry) -> bool:
        self.entries.append(entry)
        return self.accept


def make_dialog(
    qtbot: QtBot, prompts: FakePrompts, submit: Submissions, names: list[str] | None = None
) -> ProgressReportDialog:
    dialog = ProgressReportDialog(
        task_names=names or ["深化“放管服”改革"],
        prompts=prompts,
        submit=submit,
        today=TODAY,
        percent=20,
        state=TaskState.ON_TRACK,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_ok(qtbot: QtBot, dialog: ProgressReportDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_it_reports_on_the_previous_month_by_default(qtbot: QtBot) -> None:
    submit = Submissions()
    dialog = make_dialog(qtbot, FakePrompts(), submit)
    type_text(dialog.narrative_edit, "完成方案起草")
    type_text(dialog.reporter_edit, "张联络员")
    click_ok(qtbot, dialog)
    assert submit.entries == [
        ReportEntry(
            period_start=date(2026, 4, 1),
            period_end=date(2026, 4, 30),
            percent=20,
            state=TaskState.ON_TRACK,
            narrative="完成方案起草",
            reporter="张联络员",
        )
    ]
    assert dialog.result() == ProgressReportDialog.DialogCode.Accepted


def test_a_month_picked_covers_that_whole_month(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, FakePrompts(), Submissions())
    dialog.period_edit.setDate(QDate(2026, 2, 1))
    entry = dialog.entry()
    assert (entry.period_start, entry.period_end) == (date(2026, 2, 1), date(2026, 2, 28))


def test_done_means_one_hundred_percent(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, FakePrompts(), Submissions())
    dialog.state_combo.setCurrentIndex(dialog.state_combo.findData(TaskState.DONE))
    assert dialog.percent_spin.value() == 100
    assert not dialog.percent_spin.isEnabled()
    assert dialog.entry().percent == 100


def test_a_refused_report_keeps_the_dialog_open_with_what_was_typed(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, FakePrompts(), Submissions(accept=False))
    type_text(dialog.narrative_edit, "本月推进顺利")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.narrative_edit.toPlainText() == "本月推进顺利"


def test_evidence_files_are_attached_and_removed(qtbot: QtBot, tmp_path: Path) -> None:
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8jpeg")
    prompts = FakePrompts(paths=[photo])
    submit = Submissions()
    dialog = make_dialog(qtbot, prompts, submit)
    qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    assert dialog.evidence_names() == ["现场照片.jpg"]
    assert dialog.evidence_list.item(0).text() == "现场照片.jpg  (1 KB)"
    dialog.evidence_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_file_button, Qt.MouseButton.LeftButton)
    assert dialog.evidence_names() == []


def test_a_file_over_the_limit_is_refused_with_the_reason(qtbot: QtBot, tmp_path: Path) -> None:
    video = tmp_path / "现场录像.mp4"
    with video.open("wb") as file:
        file.truncate(51 * 2**20)  # sparse: no need to write 51 MB
    prompts = FakePrompts(paths=[video])
    dialog = make_dialog(qtbot, prompts, Submissions())
    qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    assert prompts.messages("error") == [f"{video}: 51.0 MB is over the 50 MB evidence limit."]
    assert dialog.evidence_names() == []


@pytest.mark.parametrize(
    ("count", "heading"),
    [
        (2, "The same report on 2 tasks: 任务1、任务2"),
        (5, "The same report on 5 tasks: 任务1、任务2、任务3 and 2 more"),
    ],
)
def test_a_report_on_several_tasks_names_them(qtbot: QtBot, count: int, heading: str) -> None:
    names = [f"任务{n}" for n in range(1, count + 1)]
    dialog = make_dialog(qtbot, FakePrompts(), Submissions(), names)
    assert dialog.windowTitle() == f"Report on {count} tasks"
    assert dialog.tasks_label.text() == heading


def test_the_dialog_fits_a_small_screen(qtbot: QtBot) -> None:
    assert_fits(make_dialog(qtbot, FakePrompts(), Submissions()))
