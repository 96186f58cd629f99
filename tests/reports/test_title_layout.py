"""A long title breaks into balanced lines at word boundaries, never leaving a stub."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from pledge_app.core.views import PledgeView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.styles import FRAME_WIDTH, TITLE_SIZE
from pledge_app.reports.title_layout import title_lines
from tests.reports.samples import a_pledge

Render = Callable[[PledgeView], Path]


def lines(title: str, fonts: FontSet) -> list[str]:
    return title_lines(title, fonts.title.name, TITLE_SIZE, FRAME_WIDTH)


def test_a_title_that_fits_stays_on_one_line(bundled_fonts: FontSet) -> None:
    assert lines("西城区2026年度全面深化改革目标责任书", bundled_fonts) == [
        "西城区2026年度全面深化改革目标责任书"
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "市优化营商环境专项小组2026年度全面深化改革目标责任书",
            ["市优化营商环境专项小组2026年度", "全面深化改革目标责任书"],
        ),
        (
            "市发展和改革委员会2026年度全面深化改革目标责任书",
            ["市发展和改革委员会2026年度", "全面深化改革目标责任书"],
        ),
        (
            "某某市某某区发展和改革委员会（某某区粮食和物资储备局）2026年度全面深化改革目标责任书",
            [
                "某某市某某区发展和改革委员会",
                "（某某区粮食和物资储备局）2026年度",
                "全面深化改革目标责任书",
            ],
        ),
    ],
)
def test_a_long_title_breaks_where_its_words_end(
    bundled_fonts: FontSet, title: str, expected: list[str]
) -> None:
    assert lines(title, bundled_fonts) == expected


@pytest.mark.parametrize("length", range(21, 80))
def test_no_title_line_is_a_stub_or_too_long(bundled_fonts: FontSet, length: int) -> None:
    title = ("市场监督管理局推进改革" * 8)[: length - 5] + "目标责任书"
    result = lines(title, bundled_fonts)
    assert "".join(result) == title
    assert len(result) >= 2
    assert all(len(line) > 3 for line in result)
    name = bundled_fonts.title.name
    assert all(stringWidth(line, name, TITLE_SIZE) <= FRAME_WIDTH for line in result)


def test_the_printed_title_has_no_stub_line(render: Render) -> None:
    title = "市优化营商环境专项小组2026年度全面深化改革目标责任书"
    text = PdfReader(render(a_pledge(title=title))).pages[0].extract_text()
    printed = [line.strip() for line in text.splitlines()[:4]]
    assert "市优化营商环境专项小组2026年度" in printed
    assert "全面深化改革目标责任书" in printed
