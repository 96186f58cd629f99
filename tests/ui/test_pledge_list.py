"""The pledge list page: rows, sorting, filters, Chinese search, delete and open."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.pledges import create_pledge, finalise_pledge
from pledge_app.core.views import PartyView, PledgeRow
from pledge_app.operations.changes import Changes
from pledge_app.settings import Settings
from pledge_app.ui.labels import status_label
from pledge_app.ui.models.pledge_filter import PledgeFilter, filter_rows
from pledge_app.ui.models.pledge_table_model import Column
from pledge_app.ui.pages.pledge_list_page import PledgeListPage
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace

ISSUER = "市委全面深化改革委员会"

#: (number, title, year, responsible unit, task count, finalised)
PLEDGES = [
    ("改革办〔2026〕10号", "东城区防汛工作责任书", 2026, "东城区人民政府", 2, False),
    ("改革办〔2026〕2号", "安全生产目标责任书", 2026, "市应急管理局", 10, True),
    ("改革办〔2025〕1号", "北区全面深化改革责任书", 2025, "北区人民政府", 1, False),
    ("改革办〔2025〕3号", "城市更新PPP项目责任书", 2025, "市住房和城乡建设局", 3, True),
]


def add_pledges(database: Database) -> dict[str, str]:
    """Store PLEDGES; title -> id."""
    ids: dict[str, str] = {}
    with database.begin() as session:
        for number, title, year, unit, task_count, finalised in PLEDGES:
            template = make_content()
            content = make_content(
                number=number,
                title=title,
                year=year,
                responsible=PartyView(unit, "李明", "主任"),
                tasks=tuple(replace(template.tasks[0], item=f"任务{n}") for n in range(task_count)),
            )
            pledge = create_pledge(session, content)
            if finalised:
                finalise_pledge(session, pledge.id)
            ids[title] = pledge.id
    return ids


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def page_ids(database: Database) -> dict[str, str]:
    return add_pledges(database)


@pytest.fixture
def page(
    qtbot: QtBot, database: Database, page_ids: dict[str, str], prompts: FakePrompts, tmp_path: Path
) -> PledgeListPage:
    widget = list_page(database, Settings(tmp_path / "settings.ini"), prompts)
    qtbot.addWidget(widget)
    widget.reload()
    return widget


def list_page(database: Database, settings: Settings, prompts: FakePrompts) -> PledgeListPage:
    workspace, runner = open_workspace(database, prompts)
    page = PledgeListPage(workspace, runner, settings=settings, prompts=prompts)
    return page


def shown_titles(page: PledgeListPage) -> list[str]:
    model = page.model
    return [model.pledge_row(row).title for row in range(model.rowCount())]


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def test_list_shows_every_pledge_with_its_columns(page: PledgeListPage) -> None:
    assert sorted(shown_titles(page)) == sorted(p[1] for p in PLEDGES)
    assert page.count_label.text() == "4 of 4 pledges"
    row = next(r for r in range(4) if page.model.pledge_row(r).title == "安全生产目标责任书")
    cells = [page.model.index(row, column).data() for column in Column]
    assert cells[: Column.UPDATED] == [
        "改革办〔2026〕2号",
        "安全生产目标责任书",
        "2026",
        "Ready to sign",
        "v1",
        ISSUER,
        "市应急管理局",
        "10",
    ]
    assert cells[Column.UPDATED]  # a date and time


def test_empty_database_shows_the_empty_state(
    qtbot: QtBot, tmp_path: Path, prompts: FakePrompts
) -> None:
    from pledge_app.core.database import open_database

    empty = open_database(tmp_path / "empty.sqlite3")
    widget = list_page(empty, Settings(tmp_path / "s.ini"), prompts)
    qtbot.addWidget(widget)
    widget.reload()
    assert widget.content.currentWidget() is widget.empty_label
    assert "No pledges yet" in widget.empty_label.text()
    empty.dispose()


def test_sorting_titles_follows_pinyin(page: PledgeListPage) -> None:
    page.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    # 安 an, 北 bei, 城 cheng, 东 dong
    assert [title[0] for title in shown_titles(page)] == ["安", "北", "城", "东"]
    page.table.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert [title[0] for title in shown_titles(page)] == ["东", "城", "北", "安"]


def test_sorting_numbers_is_numeric(page: PledgeListPage) -> None:
    page.table.sortByColumn(Column.TASKS, Qt.SortOrder.AscendingOrder)
    counts = [page.model.pledge_row(r).task_count for r in range(4)]
    assert counts == [1, 2, 3, 10]
    page.table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = [page.model.pledge_row(r).number for r in range(4)]
    assert numbers == [
        "改革办〔2025〕1号",
        "改革办〔2025〕3号",
        "改革办〔2026〕2号",
        "改革办〔2026〕10号",
    ]


def test_filter_by_year(page: PledgeListPage) -> None:
    choose(page.year_filter, 2025)
    assert sorted(shown_titles(page)) == sorted(["北区全面深化改革责任书", "城市更新PPP项目责任书"])
    assert page.count_label.text() == "2 of 4 pledges"


def test_filter_by_status(page: PledgeListPage) -> None:
    choose(page.status_filter, PledgeStatus.READY_TO_SIGN.value)
    assert sorted(shown_titles(page)) == sorted(["安全生产目标责任书", "城市更新PPP项目责任书"])


def test_filter_by_unit_matches_issuer_or_responsible(page: PledgeListPage) -> None:
    choose(page.unit_filter, "北区人民政府")
    assert shown_titles(page) == ["北区全面深化改革责任书"]
    choose(page.unit_filter, ISSUER)
    assert len(shown_titles(page)) == 4


def test_filters_combine(page: PledgeListPage) -> None:
    choose(page.year_filter, 2026)
    choose(page.status_filter, PledgeStatus.DRAFT.value)
    assert shown_titles(page) == ["东城区防汛工作责任书"]


def test_search_finds_a_two_character_chinese_word(page: PledgeListPage) -> None:
    type_text(page.search_edit, "防汛")
    assert page.search_edit.text() == "防汛"
    assert shown_titles(page) == ["东城区防汛工作责任书"]


def test_search_matches_units_and_numbers(page: PledgeListPage) -> None:
    type_text(page.search_edit, "应急")
    assert shown_titles(page) == ["安全生产目标责任书"]
    page.search_edit.clear()
    type_text(page.search_edit, "〔2025〕3号")
    assert shown_titles(page) == ["城市更新PPP项目责任书"]


def test_search_ignores_case_and_needs_every_word(qtbot: QtBot, page: PledgeListPage) -> None:
    qtbot.keyClicks(page.search_edit, "ppp")
    assert shown_titles(page) == ["城市更新PPP项目责任书"]
    type_text(page.search_edit, " 防汛")
    assert shown_titles(page) == []
    assert page.count_label.text() == "0 of 4 pledges"


def test_deleting_a_draft_after_confirming(
    page: PledgeListPage, page_ids: dict[str, str], prompts: FakePrompts
) -> None:
    assert page.select_pledge(page_ids["东城区防汛工作责任书"])
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    assert "东城区防汛工作责任书" in prompts.messages("confirm")[0]
    assert "东城区防汛工作责任书" not in shown_titles(page)
    assert page.model.total_count == 3


def test_declining_the_confirmation_keeps_the_draft(
    page: PledgeListPage, page_ids: dict[str, str], prompts: FakePrompts
) -> None:
    prompts.answer_yes = False
    page.select_pledge(page_ids["东城区防汛工作责任书"])
    page.delete_button.click()
    assert page.model.total_count == 4


def test_only_drafts_can_be_deleted(page: PledgeListPage, page_ids: dict[str, str]) -> None:
    page.select_pledge(page_ids["安全生产目标责任书"])
    assert not page.delete_button.isEnabled()
    assert page.open_button.isEnabled()


def test_enter_on_a_row_asks_to_open_it(
    qtbot: QtBot, page: PledgeListPage, page_ids: dict[str, str]
) -> None:
    page.show()
    page.select_pledge(page_ids["北区全面深化改革责任书"])
    page.table.setFocus()
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [page_ids["北区全面深化改革责任书"]]


def test_open_and_print_buttons_emit_the_selection(
    qtbot: QtBot, page: PledgeListPage, page_ids: dict[str, str]
) -> None:
    page.select_pledge(page_ids["安全生产目标责任书"])
    with qtbot.waitSignal(page.open_requested) as opened:
        page.open_button.click()
    assert opened.args == [page_ids["安全生产目标责任书"]]
    with qtbot.waitSignal(page.print_requested) as printed:
        page.print_button.click()
    assert printed.args == [[page_ids["安全生产目标责任书"]]]


def test_reload_keeps_the_filter_and_picks_up_new_pledges(
    page: PledgeListPage, database: Database
) -> None:
    choose(page.year_filter, 2025)
    with database.begin() as session:
        create_pledge(
            session, make_content(number="改革办〔2025〕9号", title="新增责任书", year=2025)
        )
    page.refresh_button.click()
    assert "新增责任书" in shown_titles(page)
    assert page.current_filter().year == 2025
    assert page.count_label.text() == "3 of 5 pledges"


def test_filters_are_remembered(
    qtbot: QtBot, page: PledgeListPage, database: Database, tmp_path: Path
) -> None:
    choose(page.year_filter, 2025)
    choose(page.status_filter, PledgeStatus.DRAFT.value)
    page.save_state()
    again = list_page(database, Settings(tmp_path / "settings.ini"), FakePrompts())
    qtbot.addWidget(again)
    again.reload()
    assert again.current_filter() == PledgeFilter(year=2025, status=PledgeStatus.DRAFT)
    assert shown_titles(again) == ["北区全面深化改革责任书"]


def synthetic_rows(count: int) -> list[PledgeRow]:
    rows = []
    for n in range(count):
        title = f"第{n}号{'防汛' if n % 7 == 0 else '改革'}责任书"
        rows.append(
            PledgeRow(
                id=str(n),
                number=f"改革办〔2026〕{n}号",
                title=title,
                year=2020 + n % 6,
                status=PledgeStatus.DRAFT if n % 2 else PledgeStatus.SIGNED,
                issuer=ISSUER,
                responsible=f"单位{n % 50}",
                task_count=n % 13,
                search_key=f"改革办〔2026〕{n}号\n{title}\n{ISSUER}\n单位{n % 50}".casefold(),
            )
        )
    return rows


def test_filter_over_ten_thousand_rows_selects_exactly_the_matches() -> None:
    rows = synthetic_rows(10_000)
    wanted = PledgeFilter(year=2020, status=PledgeStatus.SIGNED, unit="单位0", text="防汛")
    selected = filter_rows(rows, wanted, range(len(rows)))
    expected = [
        i
        for i, row in enumerate(rows)
        if row.year == 2020
        and row.status == PledgeStatus.SIGNED
        and row.responsible == "单位0"
        and "防汛" in row.title
    ]
    assert selected == expected
    assert selected  # the data set was built to have some


def test_sorting_by_year_keeps_numbers_in_order_within_a_year(page: PledgeListPage) -> None:
    page.table.sortByColumn(Column.YEAR, Qt.SortOrder.DescendingOrder)
    numbers = [page.model.pledge_row(r).number for r in range(4)]
    assert numbers == [
        "改革办〔2026〕2号",
        "改革办〔2026〕10号",
        "改革办〔2025〕1号",
        "改革办〔2025〕3号",
    ]


def test_delete_says_why_it_is_off_for_a_pledge_ready_to_sign(
    page: PledgeListPage, page_ids: dict[str, str]
) -> None:
    page.select_pledge(page_ids["安全生产目标责任书"])
    assert not page.delete_button.isEnabled()
    assert "Only drafts can be deleted" in page.delete_button.toolTip()


def test_deleting_a_pledge_ready_to_sign_anyway_explains_and_keeps_it(
    page: PledgeListPage, page_ids: dict[str, str], prompts: FakePrompts
) -> None:
    page.select_pledge(page_ids["安全生产目标责任书"])
    page.delete_selected()
    [message] = prompts.messages("info")
    assert "Only drafts can be deleted" in message and "安全生产目标责任书" in message
    assert not prompts.messages("confirm")
    assert page.model.total_count == 4


def test_the_delete_key_deletes_the_selected_draft(
    qtbot: QtBot, page: PledgeListPage, page_ids: dict[str, str], prompts: FakePrompts
) -> None:
    page.show()
    page.select_pledge(page_ids["东城区防汛工作责任书"])
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "东城区防汛工作责任书" in prompts.messages("confirm")[0]
    assert page.model.total_count == 3


def test_a_search_without_matches_says_so_and_clears(qtbot: QtBot, page: PledgeListPage) -> None:
    page.show()
    page.search_edit.setText("no such pledge")
    assert page.content.currentWidget() is page.no_match
    assert page.findChild(QWidget, "noMatchLabel").isVisible()
    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert page.search_edit.text() == ""
    assert page.content.currentWidget() is page.table
    assert page.model.shown_count == 4


def test_clear_filters_resets_every_filter(page: PledgeListPage) -> None:
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    page.status_filter.setCurrentIndex(page.status_filter.findData(PledgeStatus.DRAFT.value))
    page.clear_filters()
    assert page.current_filter() == PledgeFilter(year=None, status=None, unit="", text="")
    assert page.model.shown_count == 4


def test_the_empty_database_text_points_at_the_sample_data(
    qtbot: QtBot, tmp_path: Path, prompts: FakePrompts
) -> None:
    from pledge_app.core.database import open_database

    empty = open_database(tmp_path / "empty.sqlite3")
    widget = list_page(empty, Settings(tmp_path / "s.ini"), prompts)
    qtbot.addWidget(widget)
    widget.reload()
    assert "Load sample data (demo)" in widget.empty_label.text()
    empty.dispose()


def test_columns_fit_what_they_hold(qtbot: QtBot, page: PledgeListPage) -> None:
    from PySide6.QtWidgets import QHeaderView

    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    assert header.sectionResizeMode(Column.TITLE) == QHeaderView.ResizeMode.Stretch
    metrics = page.table.fontMetrics()
    assert header.sectionSize(Column.STATUS) > metrics.horizontalAdvance("Ready to sign")
    # Every status, with its warning icon, fits without measuring the rows.
    icon = page.table.iconSize().width()
    for status in PledgeStatus:
        assert (
            header.sectionSize(Column.STATUS)
            > metrics.horizontalAdvance(status_label(status)) + icon
        )
    assert header.sectionSize(Column.TITLE) > header.sectionSize(Column.ISSUER)
    index = page.model.index(0, Column.ISSUER)
    assert page.model.data(index, Qt.ItemDataRole.ToolTipRole) == ISSUER


def test_a_reload_keeps_two_thousand_selected_pledges_selected(
    qtbot: QtBot, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    with database.begin() as session:
        ids = [
            create_pledge(
                session, make_content(number=f"改革办〔2026〕{n}号", title=f"责任书{n}", tasks=())
            ).id
            for n in range(2_100)
        ]
    widget = list_page(database, Settings(tmp_path / "s.ini"), prompts)
    qtbot.addWidget(widget)
    widget.reload()
    shown = [widget.model.pledge_row(line).id for line in range(widget.model.rowCount())]
    wanted = [pledge_id for line, pledge_id in enumerate(shown) if line % 21][:2_000]
    widget.select_pledges(wanted)
    current = widget.table.current_pledge_id()
    assert len(widget.selected_ids()) == 2_000
    widget.reload()
    assert widget.selected_ids() == wanted
    assert widget.table.current_pledge_id() == current
    assert set(wanted) <= set(ids)


def test_the_list_reads_again_when_pledges_change(
    qtbot: QtBot, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    workspace, runner = open_workspace(database, prompts)
    widget = PledgeListPage(
        workspace, runner, settings=Settings(tmp_path / "s.ini"), prompts=prompts
    )
    qtbot.addWidget(widget)
    widget.reload()
    with database.begin() as session:
        create_pledge(session, make_content(title="新增责任书"))
    workspace.publish(Changes.of_units(["a unit"]))
    assert shown_titles(widget) == []
    workspace.publish(Changes.of_pledges(["a pledge"]))
    assert shown_titles(widget) == ["新增责任书"]


def test_deleting_a_draft_finalised_meanwhile_explains_and_shows_it_as_it_is(
    page: PledgeListPage, page_ids: dict[str, str], prompts: FakePrompts, database: Database
) -> None:
    pledge_id = page_ids["东城区防汛工作责任书"]
    page.select_pledge(pledge_id)
    with database.begin() as session:
        finalise_pledge(session, pledge_id)
    page.delete_button.click()
    [message] = prompts.messages("error")
    assert "东城区防汛工作责任书" in message
    assert page.model.total_count == 4
    line = page.model.row_of(pledge_id)
    assert line is not None
    assert page.model.pledge_row(line).status == PledgeStatus.READY_TO_SIGN
    assert page.selected_ids() == [pledge_id]
    assert not page.delete_button.isEnabled()
