"""The Tasks page: every task in force with its light, the filters, the five registers, the
Dashboard's filtered views, and reports on several tasks at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.enums import TaskList
from pledge_app.core.tracking.filters import DueWindow, TaskFilter
from pledge_app.core.tracking.reports import EvidenceFile, ReportDraft
from pledge_app.core.tracking.states import Light, TaskState
from pledge_app.operations.tracking import add_reports, task_history
from pledge_app.settings import Settings
from pledge_app.ui.dialogs.progress_report_dialog import ProgressReportDialog
from pledge_app.ui.main_window.navigation import Page
from pledge_app.ui.models.task_ledger_model import TaskColumn
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.pages.tasks_page import TasksPage
from pledge_app.ui.translations import Translations, locale_for
from tests.conftest import make_content
from tests.signing_helpers import ready_pledge
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.tracking_helpers import DEVELOPMENT, EDUCATION, TODAY, sign_sample_pledges
from tests.ui.widgets_fit import assert_fits
from tests.ui.workspace_helpers import open_workspace

WAIT_MS = 10_000


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@dataclass
class Tracked:
    """The page on show and the runner it runs its operations through."""

    page: TasksPage
    runner: OperationRunner

    def record(self, qtbot: QtBot, *drafts: ReportDraft) -> None:
        """Record reports as another window would, and wait for the page to read again."""
        with qtbot.waitSignal(self.page.loaded, timeout=WAIT_MS):
            self.runner.run_now(lambda db: add_reports(db, drafts, today=TODAY))


def build_page(database: Database, prompts: FakePrompts) -> Tracked:
    workspace, runner = open_workspace(database, prompts)
    page = TasksPage(workspace, runner, prompts=prompts, clock=lambda: TODAY)
    workspace.setParent(page)  # the workspace and its runner go with the page
    return Tracked(page, runner)


@pytest.fixture
def tracked(qtbot: QtBot, database: Database, prompts: FakePrompts) -> Iterator[Tracked]:
    sign_sample_pledges(database)
    built = build_page(database, prompts)
    qtbot.addWidget(built.page)
    built.page.resize(1100, 640)
    with qtbot.waitSignal(built.page.loaded, timeout=WAIT_MS):
        built.page.show()
    yield built
    built.page.reporter.close_dialog()


@pytest.fixture
def page(tracked: Tracked) -> TasksPage:
    return tracked.page


def items(page: TasksPage) -> list[str]:
    return [task.item for task in page.model.shown_tasks()]


def cell(page: TasksPage, item: str, column: TaskColumn) -> str:
    line = items(page).index(item)
    return str(page.model.index(line, column).data())


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value} is not offered"
    combo.setCurrentIndex(index)


def search(qtbot: QtBot, page: TasksPage, text: str) -> None:
    with qtbot.waitSignal(page.filter_bar.changed, timeout=WAIT_MS):
        type_text(page.filter_bar.search_edit, text)


def report_dialog(page: TasksPage) -> ProgressReportDialog:
    dialog = page.reporter.dialog
    assert dialog is not None
    return dialog


def click_ok(qtbot: QtBot, dialog: ProgressReportDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def key_of(page: TasksPage, item: str) -> str:
    return next(task.key for task in page.model.all_tasks if task.item == item)


def test_it_lists_every_task_in_force_with_its_light(page: TasksPage) -> None:
    assert page.model.shown_count == 6
    assert page.content.currentWidget() is page.table
    assert cell(page, "推进医保支付方式改革", TaskColumn.LIGHT) == "Red"
    assert cell(page, "推进医保支付方式改革", TaskColumn.DEADLINE) == "2026-04-30"
    assert cell(page, "深化“放管服”改革", TaskColumn.LIGHT) == "Yellow"
    assert cell(page, "深化“放管服”改革", TaskColumn.PERCENT) == "0%"
    assert cell(page, "深化“放管服”改革", TaskColumn.UNIT) == DEVELOPMENT
    assert page.count_label.text() == "6 of 6 tasks"


def test_without_a_signed_pledge_it_says_tasks_come_with_signing(
    qtbot: QtBot, database: Database, prompts: FakePrompts
) -> None:
    with database.begin() as session:
        ready_pledge(session, make_content())  # ready to sign is not in force yet
    empty = build_page(database, prompts).page
    qtbot.addWidget(empty)
    with qtbot.waitSignal(empty.loaded, timeout=WAIT_MS):
        empty.show()
    assert empty.content.currentWidget() is empty.empty_label
    assert "No signed pledge yet" in empty.empty_label.text()


@pytest.mark.parametrize(
    ("combo", "value", "expected"),
    [
        ("year_filter", 2025, ["2025年度营商环境改革"]),
        ("unit_filter", EDUCATION, ["深化教育评价改革", "整改督察反馈问题"]),
        ("lead_filter", "赵强", ["国企改革三年行动收官"]),
        ("light_filter", Light.RED, ["推进医保支付方式改革", "2025年度营商环境改革"]),
        ("due_filter", DueWindow.OVERDUE, ["推进医保支付方式改革", "2025年度营商环境改革"]),
        ("due_filter", DueWindow.WEEK, ["国企改革三年行动收官"]),
        ("due_filter", DueWindow.QUARTER, ["国企改革三年行动收官", "深化教育评价改革"]),
    ],
)
def test_each_filter_narrows_the_list(
    page: TasksPage, combo: str, value: object, expected: list[str]
) -> None:
    choose(getattr(page.filter_bar, combo), value)
    assert items(page) == expected
    assert page.count_label.text() == f"{len(expected)} of 6 tasks"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("医保", ["推进医保支付方式改革"]),  # two characters: below what trigrams index
        ("混合所有制", ["国企改革三年行动收官"]),  # in the measures only
        ("市教育局", ["深化教育评价改革", "整改督察反馈问题"]),
        ("教育 评价", ["深化教育评价改革"]),  # every word must be found
    ],
)
def test_free_text_searches_every_task_field(
    qtbot: QtBot, page: TasksPage, text: str, expected: list[str]
) -> None:
    search(qtbot, page, text)
    assert items(page) == expected


def test_free_text_finds_the_latest_narrative(
    qtbot: QtBot, tracked: Tracked, page: TasksPage
) -> None:
    key = key_of(page, "深化教育评价改革")
    tracked.record(qtbot, ReportDraft(key, 30, TaskState.ON_TRACK, narrative="完成县域试点方案"))
    search(qtbot, page, "县域试点")
    assert items(page) == ["深化教育评价改革"]


def test_no_match_offers_to_clear_the_filters(qtbot: QtBot, page: TasksPage) -> None:
    search(qtbot, page, "没有这样的任务")
    assert page.content.currentWidget() is page.no_match
    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert page.model.shown_count == 6
    assert page.filter_bar.search_edit.text() == ""


def test_each_register_tab_shows_its_count(page: TasksPage) -> None:
    texts = [page.registers.tabText(i) for i in range(page.registers.count())]
    assert texts == [
        "All tasks (6)",
        "Annual key points (1)",
        "Priorities (2)",
        "Grassroots explorations (1)",
        "Pilot demonstrations (1)",
        "Problems (1)",
    ]
    choose(page.filter_bar.year_filter, 2026)
    assert page.registers.tabText(2) == "Priorities (1)"
    assert page.registers.tabText(0) == "All tasks (5)"


def test_a_register_is_one_click_away_across_all_units_of_the_year(
    qtbot: QtBot, page: TasksPage
) -> None:
    choose(page.filter_bar.year_filter, 2026)
    choose(page.filter_bar.unit_filter, DEVELOPMENT)
    tabs = page.registers
    qtbot.mouseClick(
        tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(tabs.tab_of(TaskList.PROBLEM)).center()
    )
    assert items(page) == ["整改督察反馈问题"]  # of the other unit: the register is all units
    assert page.filter_bar.current_filter().year == 2026
    assert page.filter_bar.current_filter().unit is None
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(0).center())
    assert page.model.shown_count == 5


def test_show_filter_with_keys_shows_those_tasks_under_a_caption(
    qtbot: QtBot, page: TasksPage
) -> None:
    keys = frozenset(key_of(page, item) for item in ("推进医保支付方式改革", "整改督察反馈问题"))
    page.show_filter(TaskFilter(keys=keys), "2 tasks that need a look")
    assert sorted(items(page)) == sorted(["推进医保支付方式改革", "整改督察反馈问题"])
    assert page.caption_panel.isVisible()
    assert page.caption_label.text() == "Showing: 2 tasks that need a look"
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert not page.caption_panel.isVisible()
    assert page.model.shown_count == 6


def test_show_filter_before_the_first_read_applies_once_the_tasks_are_read(
    qtbot: QtBot, database: Database, prompts: FakePrompts
) -> None:
    sign_sample_pledges(database)
    hidden = build_page(database, prompts).page
    qtbot.addWidget(hidden)
    hidden.show_filter(
        TaskFilter(year=2026, unit=EDUCATION, list_class=TaskList.PROBLEM), "教育局的问题清单"
    )
    assert not hidden.caption_panel.isVisibleTo(hidden)  # the widgets say it all
    with qtbot.waitSignal(hidden.loaded, timeout=WAIT_MS):
        hidden.show()
    assert items(hidden) == ["整改督察反馈问题"]
    assert hidden.filter_bar.unit_filter.currentData() == EDUCATION
    assert hidden.registers.current_register() is TaskList.PROBLEM


def test_a_report_on_several_selected_tasks_is_one_confirmation_and_one_transaction(
    qtbot: QtBot, page: TasksPage, prompts: FakePrompts, database: Database, tmp_path: Path
) -> None:
    choose(page.filter_bar.unit_filter, EDUCATION)
    page.table.selectAll()
    assert page.report_button.text() == "Report on 2 selected tasks…"
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = report_dialog(page)
    evidence = tmp_path / "验收材料.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    prompts.paths = [evidence]
    qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    choose(dialog.state_combo, TaskState.DONE)
    type_text(dialog.narrative_edit, "经验收，均已完成")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        click_ok(qtbot, dialog)
    assert prompts.messages("confirm") == [
        "Record this report (Done, 100% for every task) on 2 tasks? Each task gets its own "
        "copy of the report and of its evidence files."
    ]
    assert [cell(page, item, TaskColumn.LIGHT) for item in items(page)] == ["Done", "Done"]
    assert [cell(page, item, TaskColumn.PERCENT) for item in items(page)] == ["100%", "100%"]
    for task in page.model.shown_tasks():
        history = task_history(database, task.key).value
        assert [report.evidence[0].name for report in history.reports] == ["验收材料.pdf"]


def test_a_report_on_several_tasks_keeps_each_tasks_percent_by_default(
    qtbot: QtBot, tracked: Tracked, page: TasksPage, prompts: FakePrompts, database: Database
) -> None:
    # The clerk trial: three tasks at 50-65 % all fell to 0 % after a joint report.
    first = key_of(page, "深化教育评价改革")
    tracked.record(qtbot, ReportDraft(first, 60, TaskState.ON_TRACK))
    choose(page.filter_bar.unit_filter, EDUCATION)
    page.table.selectAll()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = report_dialog(page)
    assert dialog.percent_spin.text() == "Each task keeps its percent"
    choose(dialog.state_combo, TaskState.BEHIND)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        click_ok(qtbot, dialog)
    assert "each task keeps its percent" in prompts.messages("confirm")[0]
    percents = {task.item: task.percent for task in page.model.shown_tasks()}
    assert percents == {"深化教育评价改革": 60, "整改督察反馈问题": 0}
    assert {task.state for task in page.model.shown_tasks()} == {TaskState.BEHIND}


def test_a_refused_report_on_several_tasks_records_none_of_them(
    qtbot: QtBot, tracked: Tracked, page: TasksPage, prompts: FakePrompts, database: Database
) -> None:
    # One task has evidence already, the other has none: marking both done without a file
    # is refused for the second, and the first gets nothing either.
    first = key_of(page, "深化教育评价改革")
    photo = EvidenceFile("照片.jpg", b"jpeg")
    tracked.record(qtbot, ReportDraft(first, 50, TaskState.ON_TRACK, evidence=(photo,)))
    choose(page.filter_bar.unit_filter, EDUCATION)
    page.table.selectAll()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = report_dialog(page)
    choose(dialog.state_combo, TaskState.DONE)
    click_ok(qtbot, dialog)
    assert any("needs an evidence file" in text for text in prompts.messages("error"))
    assert dialog.isVisible()  # kept open with what was typed
    assert dialog.state_combo.currentData() == TaskState.DONE
    second = key_of(page, "整改督察反馈问题")
    assert len(task_history(database, first).value.reports) == 1
    assert task_history(database, second).value.reports == ()


def test_double_click_opens_the_task_detail(qtbot: QtBot, page: TasksPage) -> None:
    line = items(page).index("推进医保支付方式改革")
    index = page.model.index(line, TaskColumn.ITEM)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    # A double-click is a press and a release, then the second press.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.detail_dialog
    assert dialog is not None
    assert dialog.task.item == "推进医保支付方式改革"
    dialog.close()
    assert page.detail_dialog is None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_window_on_the_tasks_page_fits_a_small_screen(
    qtbot: QtBot, database: Database, tmp_path: Path, language: str
) -> None:
    translations = Translations()
    if language != "en":
        translations.install(locale_for(language))
    try:
        sign_sample_pledges(database)
        window = build_main_window(
            database, Settings(tmp_path / "s.ini"), FakePrompts(), database_label="x"
        )
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.tasks_page.loaded, timeout=WAIT_MS):
            window.navigation.setCurrentRow(Page.TASKS)
        assert window.current_page() is window.tasks_page
        window.tasks_page.show_filter(TaskFilter(keys=frozenset()), "一个很长的说明" * 8)
        assert_fits(window)
        window.close()
    finally:
        translations.remove()


def test_a_report_changes_only_what_is_selected_after_reading_again(
    qtbot: QtBot, page: TasksPage
) -> None:
    page.table.select_tasks([key_of(page, "深化教育评价改革")])
    index: QModelIndex = page.table.currentIndex()
    assert page.model.task(index.row()).item == "深化教育评价改革"
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.refresh()
    assert [task.item for task in page.selected_tasks()] == ["深化教育评价改革"]


def test_a_report_on_time_and_on_plan_turns_a_task_green(
    qtbot: QtBot, tracked: Tracked, page: TasksPage
) -> None:
    key = key_of(page, "深化“放管服”改革")
    tracked.record(qtbot, ReportDraft(key, 40, TaskState.ON_TRACK, period_start=date(2026, 4, 1)))
    assert cell(page, "深化“放管服”改革", TaskColumn.LIGHT) == "Green"
    assert cell(page, "深化“放管服”改革", TaskColumn.LAST_REPORT) == "2026-05-10"


def test_a_hidden_page_reads_the_changes_when_it_shows_again(
    qtbot: QtBot, tracked: Tracked, page: TasksPage
) -> None:
    key = key_of(page, "深化教育评价改革")
    page.hide()
    tracked.runner.run_now(
        lambda db: add_reports(db, [ReportDraft(key, 70, TaskState.ON_TRACK)], today=TODAY)
    )
    assert cell(page, "深化教育评价改革", TaskColumn.PERCENT) == "0%"  # not read while hidden
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    assert cell(page, "深化教育评价改革", TaskColumn.PERCENT) == "70%"


def test_a_report_added_in_the_detail_updates_the_page_and_the_detail(
    qtbot: QtBot, page: TasksPage
) -> None:
    item = "深化“放管服”改革"
    assert cell(page, item, TaskColumn.LIGHT) == "Yellow"  # no report for 70 days
    page.table.select_tasks([key_of(page, item)])
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    detail = page.detail_dialog
    assert detail is not None
    qtbot.mouseClick(detail.add_report_button, Qt.MouseButton.LeftButton)
    dialog = detail.reporter.dialog
    assert dialog is not None
    dialog.percent_spin.setValue(40)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        click_ok(qtbot, dialog)
    assert cell(page, item, TaskColumn.PERCENT) == "40%"
    assert cell(page, item, TaskColumn.LIGHT) == "Green"
    assert "Green · 40% complete" in detail.summary_label.text()
    assert len(detail.timeline.cards) == 1
    detail.close()
