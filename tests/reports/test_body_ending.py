"""The signature block never starts a page alone: the body's last lines go with it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.views import PartyView, PledgeView
from pledge_app.reports.body_ending import NO_TEXT_NOTE
from tests.reports.samples import a_pledge, a_signed_pledge, page_texts

Render = Callable[[PledgeView], Path]
BLOCK_START = "甲方（盖章）："
LAST_WORDS = "全面完成本责任书各项任务。"


def block_page(pages: list[str]) -> str:
    return next(page for page in pages if "负责人（签字）" in page)


def text_before_block(page: str) -> str:
    return page[: page.index(BLOCK_START)]


@pytest.mark.parametrize("lines", range(0, 23, 2))
@pytest.mark.parametrize("status", [PledgeStatus.READY_TO_SIGN, PledgeStatus.SIGNED])
def test_the_last_lines_of_the_body_share_the_signature_blocks_page(
    render: Render, lines: int, status: PledgeStatus
) -> None:
    # Body of every length: somewhere among them the block would fall at a page's top.
    outcomes = ("改革成效" * 7 * lines + LAST_WORDS,)
    pledge = a_signed_pledge(status, outcomes=outcomes, goals=("目标。" * 60,))
    if status is PledgeStatus.READY_TO_SIGN:
        pledge = a_pledge(status, outcomes=outcomes, goals=("目标。" * 60,))
    page = block_page(page_texts(render(pledge)))
    assert LAST_WORDS in text_before_block(page)
    assert NO_TEXT_NOTE not in page


@pytest.mark.parametrize("paragraphs", [0, 1, 3])
def test_with_few_or_no_outcome_paragraphs_text_still_precedes_the_block(
    render: Render, paragraphs: int
) -> None:
    for filler in range(0, 40, 3):
        outcomes = ("成效显著。",) * paragraphs
        pledge = a_pledge(outcomes=outcomes, goals=("目标。" * 9,) * filler)
        page = block_page(page_texts(render(pledge)))
        before = text_before_block(page)
        assert ("成效显著。" if paragraphs else "五、落地见效") in before


def test_a_block_too_tall_to_share_a_page_gets_one_headed_no_text(render: Render) -> None:
    unit = "某" * 198  # a column of unit name over two-thirds of a page tall
    pledge = a_pledge(responsible=PartyView(unit), outcomes=(LAST_WORDS,))
    pages = page_texts(render(pledge))
    index = pages.index(block_page(pages))
    assert pages[index].replace(f"—{index + 1}—", "").startswith(NO_TEXT_NOTE + BLOCK_START)
    assert LAST_WORDS in pages[index - 1]
