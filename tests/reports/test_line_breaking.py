"""No printed line starts with closing punctuation or ends with opening punctuation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from pledge_app.core.views import PledgeView
from pledge_app.reports.line_breaking import CANNOT_END, CANNOT_START, break_points, can_break
from pledge_app.reports.styles import BODY_SIZE, FRAME_WIDTH
from tests.reports.samples import a_pledge, a_task

Render = Callable[[PledgeView], Path]
CLOSING = "，。、；：？！）》」』”’"
OPENING = "“《（「"
# Every mark at every offset: one of them lands at the start or end of a line in any width.
SENTENCE = (
    "重点改革取得突破性进展，“放管服”改革落地；《实施方案》印发："
    "是否完成？已完成！（试点）「验收」『通过』、"
)


def lines_of(path: Path) -> list[str]:
    """Every printed line, as pypdf extracts them line by line."""
    lines: list[str] = []
    for page in PdfReader(path).pages:
        lines += [line.strip() for line in page.extract_text().splitlines() if line.strip()]
    return lines


def bad_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if line[0] in CLOSING or line[-1] in OPENING]


def paragraphs(count: int) -> tuple[str, ...]:
    return tuple("字" * offset + SENTENCE * 3 for offset in range(count))


def test_the_body_is_set_28_characters_a_line_at_16_points() -> None:
    assert BODY_SIZE == 16.0
    assert 27 <= FRAME_WIDTH / BODY_SIZE < 28.5


def test_body_lines_never_start_with_closing_or_end_with_opening_punctuation(
    render: Render,
) -> None:
    pledge = a_pledge(goals=paragraphs(28), outcomes=("改革任务全面完成" * 3 + "，" + "好" * 20,))
    lines = lines_of(render(pledge))
    assert len(lines) > 28 * 6
    assert bad_lines(lines) == []


def test_a_comma_that_would_start_a_line_takes_the_character_before_it_along(
    render: Render,
) -> None:
    # 25 characters fill the first, indented line exactly; the comma comes 26th.
    text = "市优化营商环境专项小组是本责任书改革任务的责任主体，冯振东同志为改革第一责任人。"
    lines = lines_of(render(a_pledge(goals=(text,))))
    assert "市优化营商环境专项小组是本责任书改革任务的责任主" in lines
    assert any(line.startswith("体，冯振东同志") for line in lines)


def test_table_cell_lines_follow_the_same_rules(render: Render) -> None:
    tasks = tuple(
        a_task(item="字" * offset + SENTENCE, measures="字" * offset + SENTENCE * 2)
        for offset in range(12)
    )
    lines = lines_of(render(a_pledge(tasks=tasks)))
    assert bad_lines(lines) == []


@pytest.mark.parametrize("mark", sorted(set(CLOSING)))
def test_break_points_never_put_a_closing_mark_first(mark: str) -> None:
    for offset in range(1, 12):  # a paragraph may itself open with one, as in ”…
        chars = list("字" * offset + mark + "字" * 20)
        lines = break_points(chars, [1.0] * len(chars), [6.0])
        assert all(chars[start] not in CANNOT_START for start, _, _ in lines)
        assert [end - start for start, end, _ in lines] != [] and lines[-1][1] == len(chars)


@pytest.mark.parametrize("mark", sorted(set(OPENING)))
def test_break_points_never_put_an_opening_mark_last(mark: str) -> None:
    for offset in range(12):
        chars = list("字" * offset + mark + "字" * 20)
        lines = break_points(chars, [1.0] * len(chars), [6.0])
        assert all(chars[end - 1] not in CANNOT_END for _, end, _ in lines)


def test_numbers_and_latin_words_stay_whole() -> None:
    chars = list("改革2026年度SHA")
    assert not can_break(chars, 4)  # 2|0
    assert not can_break(chars, 10)  # S|H
    assert can_break(chars, 6)  # 6|年


def test_a_run_with_no_legal_break_still_breaks_rather_than_overflows() -> None:
    chars = list("，" * 10)
    lines = break_points(chars, [1.0] * 10, [3.0])
    assert [end - start for start, end, _ in lines] == [3, 3, 3, 1]


def test_explicit_line_breaks_end_their_line() -> None:
    chars = ["甲", "乙", "", "丙"]
    lines = break_points(chars, [1.0, 1.0, 0.0, 1.0], [10.0], [False, False, True, False])
    assert lines == [(0, 3, True), (3, 4, False)]
