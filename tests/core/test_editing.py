"""Editor helpers: dates as typed, task cells, and Excel's clipboard format."""

from __future__ import annotations

from datetime import date

import pytest

from pledge_app.core.editing import (
    DateError,
    PasteError,
    format_tsv,
    parse_date,
    parse_task_list,
    parse_tsv,
    split_units,
    task_cells,
    task_from_cells,
)
from pledge_app.core.enums import TaskList
from pledge_app.core.views import PledgeContent


@pytest.mark.parametrize(
    "text",
    ["2026-12-31", "2026/12/31", "2026.12.31", "2026年12月31日", " 2026 年 12 月 31 日 "],
)
def test_dates_in_every_office_spelling_parse(text: str) -> None:
    assert parse_date(text) == date(2026, 12, 31)


def test_single_digit_month_and_day_parse() -> None:
    assert parse_date("2026/3/5") == date(2026, 3, 5)


def test_blank_date_is_none() -> None:
    assert parse_date("  ") is None


@pytest.mark.parametrize("text", ["2026-02-30", "2026年13月1日", "2025.2.29"])
def test_impossible_dates_say_the_day_does_not_exist(text: str) -> None:
    with pytest.raises(DateError, match="does not exist"):
        parse_date(text)


@pytest.mark.parametrize("text", ["年底", "12/31/2026", "2026-12"])
def test_non_dates_show_the_expected_form(text: str) -> None:
    with pytest.raises(DateError, match="2026-12-31"):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", TaskList.ANNUAL_KEY_POINT),
        ("重点", TaskList.PRIORITY),
        ("问题清单", TaskList.PROBLEM),
        ("Pilot demonstrations", TaskList.PILOT_DEMONSTRATION),
        ("grassroots_exploration", TaskList.GRASSROOTS_EXPLORATION),
    ],
)
def test_list_class_from_label_alias_or_value(text: str, expected: TaskList) -> None:
    assert parse_task_list(text) == expected


def test_units_split_on_chinese_and_latin_separators() -> None:
    assert split_units("市司法局、市财政局，市税务局, 市统计局") == (
        "市司法局",
        "市财政局",
        "市税务局",
        "市统计局",
    )


def test_excel_quoted_cells_keep_newlines_tabs_and_quotes() -> None:
    text = 'a\t"第一行\n第二行"\tc\r\n"含""引号""\tTab"\t\t\r\n'
    assert parse_tsv(text) == [["a", "第一行\n第二行", "c"], ['含"引号"\tTab', "", ""]]


def test_text_without_trailing_newline_is_one_row() -> None:
    assert parse_tsv("x\ty") == [["x", "y"]]


def test_tsv_round_trips_through_format(sample_content: PledgeContent) -> None:
    rows = [task_cells(task) for task in sample_content.tasks] + [['q"\t\n', "", "z"]]
    assert parse_tsv(format_tsv(rows)) == rows


def test_task_cells_paste_back_to_the_same_task(sample_content: PledgeContent) -> None:
    task = sample_content.tasks[0]
    assert task_from_cells(task_cells(task), row=1) == task


def test_bad_date_in_paste_names_row_and_column() -> None:
    cells = ["任务", "", "", "", "", "2026-02-30"]
    with pytest.raises(PasteError, match=r"row 3, column “Deadline”") as caught:
        task_from_cells(cells, row=3)
    assert (caught.value.row, caught.value.column) == (3, "deadline")


def test_bad_weight_in_paste_names_row_and_column() -> None:
    with pytest.raises(PasteError, match="column “Weight”"):
        task_from_cells(["任务", "", "", "", "", "", "", "", "很多"], row=1)


def test_split_paragraphs_drops_blank_lines_and_indents() -> None:
    from pledge_app.core.editing import split_paragraphs

    word = "　　第一段：营商环境持续优化。\r\n\r\n　　第二段：改革任务全面完成。\r\n"
    assert split_paragraphs(word) == ["第一段：营商环境持续优化。", "第二段：改革任务全面完成。"]
    assert split_paragraphs("一\u2029二") == ["一", "二"]


def test_a_pasted_header_row_is_refused_and_named() -> None:
    from pledge_app.core.editing import PasteError, refuse_headings

    with pytest.raises(PasteError, match="header"):
        refuse_headings([["任务事项", "责任领导", "责任单位"], ["推进改革", "张三", "市财政局"]])
    refuse_headings([["改革任务", "张三"]])  # one heading-like word is a task, not a header
