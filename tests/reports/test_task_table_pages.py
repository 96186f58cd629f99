"""The task table on paper, page by page: one header per page, continued rows numbered,
columns of their own for co-operating units and weight, and no needless empty pages.

Page-level layout is invisible to whole-document text tests (PITFALLS 22): every check
here reads the text of each page on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pledge_app.core.demo.sample_year import PLEDGES, demo_content
from pledge_app.core.enums import TaskList
from pledge_app.core.views import PledgeView, TaskView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.glyph_markup import GlyphMarkup
from pledge_app.reports.styles import CELL_LEADING, FRAME_WIDTH, build_styles
from pledge_app.reports.task_table import CONTINUED_MARK, TOTAL_LABEL, header_text, task_table
from tests.reports.samples import a_pledge, a_task, page_texts

Render = Callable[[PledgeView], Path]
MEASURE = (
    "建立健全工作机制，明确时间表、路线图和责任人，每月调度一次进展，每季度向领导小组报告，"
    "年底前形成制度成果并组织第三方评估。"
)


def thirty_tasks() -> tuple[TaskView, ...]:
    """A realistic 30-task table: long measures (some over a third of a page), co-operating
    units on every other task, every list, weights."""
    kinds = list(TaskList)
    return tuple(
        a_task(
            item=f"第{i}项：推进重点领域和关键环节改革攻坚",
            measures=MEASURE * (1 + i % 3),
            responsible_body="市发展和改革委员会",
            cooperating_units=("市财政局", "市司法局") if i % 2 else (),
            list_class=kinds[i % 5],
            weight=3.0 + i % 4,
            deliverable="制度文件、工作报告",
        )
        for i in range(1, 31)
    )


def row_starts(page: str) -> list[int]:
    """The numbers of the rows that begin on a page (序号 then 第N项 of the item cell)."""
    return [int(number) for number in re.findall(r"(\d+)第\1项", page)]


def test_a_30_task_table_shows_its_header_once_per_page_and_numbers_continued_rows(
    render: Render,
) -> None:
    tasks = thirty_tasks()
    header = header_text(tasks)
    # Without the page number, which is drawn before the page's text.
    pages = [re.sub(r"^—\d+—", "", page) for page in page_texts(render(a_pledge(tasks=tasks)))]
    table_pages = [index for index, page in enumerate(pages) if header in page]
    assert len(table_pages) >= 6
    assert table_pages == list(range(table_pages[0], table_pages[-1] + 1))
    for index in table_pages:
        assert pages[index].count(header) == 1, f"page {index + 1}"
    for index in table_pages[1:]:
        page = pages[index]
        # The page starts with its header, then a numbered row: never an anonymous fragment.
        assert page.startswith(header), f"page {index + 1}"
        top = re.match(rf"(\d+)({re.escape(CONTINUED_MARK)})?", page[len(header) :])
        assert top is not None, f"page {index + 1} starts with {page[len(header) :][:20]}"
        number, continued = int(top.group(1)), top.group(2) is not None
        last_started = max(row_starts(pages[index - 1]))
        if continued:
            assert number == last_started, f"page {index + 1}"
        else:
            assert number == last_started + 1 and f"{number}第{number}项" in page
    every_start = [number for index in table_pages for number in row_starts(pages[index])]
    assert every_start == list(range(1, 31))  # each row begins once, in order
    assert sum(page.count(CONTINUED_MARK) for page in pages) >= 1


def test_cooperating_units_and_weight_get_columns_of_their_own_with_a_total(
    render: Render,
) -> None:
    tasks = (
        a_task(item="甲事项", cooperating_units=("市财政局", "市司法局"), weight=12.5),
        a_task(item="乙事项", weight=20),
    )
    text = "".join(page_texts(render(a_pledge(tasks=tasks))))
    assert "序号改革事项牵头领导责任主体配合单位任务措施成果形式完成时限清单类别权重" in text
    assert "市财政局、市司法局" in text
    assert "配合：" not in text and "权重12.5" not in text
    assert f"{TOTAL_LABEL}32.5" in text


def test_without_cooperating_units_or_weights_those_columns_are_left_out(
    render: Render,
) -> None:
    tasks = (a_task(weight=0), a_task(item="乙事项", weight=0))
    text = "".join(page_texts(render(a_pledge(tasks=tasks))))
    assert header_text(tasks) == "序号改革事项牵头领导责任主体任务措施成果形式完成时限清单类别"
    assert header_text(tasks) in text
    assert TOTAL_LABEL not in text


def test_demo_rows_are_a_few_lines_tall(bundled_fonts: FontSet) -> None:
    """The demo's rows were up to 13 lines tall with co-operating units and weight merged
    into narrow columns; now no row needs more than seven."""
    content = demo_content(PLEDGES[6])
    table = task_table(content.tasks, build_styles(bundled_fonts), GlyphMarkup(bundled_fonts))
    assert table is not None
    table.wrap(FRAME_WIDTH, 1e9)
    tallest = max(table._rowHeights[1:])
    assert tallest <= 7 * CELL_LEADING + 7


def test_the_table_starts_under_its_heading_when_two_rows_fit(render: Render) -> None:
    # Short sections: heading 四 is high on page 1 and two rows fit under it.
    tasks = tuple(replace(task, item=f"第{i}项事项") for i, task in enumerate(thirty_tasks(), 1))
    pages = page_texts(render(a_pledge(tasks=tasks[:8])))
    first = next(page for page in pages if "四、具体任务" in page)
    assert header_text(tasks) in first
    assert len(row_starts(first)) >= 2


def test_a_heading_never_ends_a_page_without_its_table(render: Render) -> None:
    # Long goals push heading 四 towards the foot of page 1, where fewer than two rows fit.
    goals = ("围绕高质量发展，全面完成年度改革任务，形成一批制度成果。" * 3,) * 5
    tasks = tuple(replace(task, item=f"第{i}项事项") for i, task in enumerate(thirty_tasks(), 1))
    for extra in range(0, 6):
        pledge = a_pledge(goals=goals[: extra or 1], tasks=tasks[:6])
        pages = page_texts(render(pledge))
        with_heading = next(page for page in pages if "四、具体任务" in page)
        assert header_text(tasks) in with_heading
        assert len(row_starts(with_heading)) >= 2 or re.match(r"—\d+—四、具体任务", with_heading)


def test_section_five_follows_the_table_on_its_page(render: Render) -> None:
    outcomes = ("年度改革任务完成率达到100%，改革成效得到群众和企业认可，满意度不低于90%。",) * 5
    pages = page_texts(render(a_pledge(tasks=(a_task(), a_task(item="乙事项")), outcomes=outcomes)))
    last_table_page = max(i for i, page in enumerate(pages) if TOTAL_LABEL in page)
    assert "五、落地见效" in pages[last_table_page]
    assert pages[last_table_page].index(TOTAL_LABEL) < pages[last_table_page].index("五、落地见效")
