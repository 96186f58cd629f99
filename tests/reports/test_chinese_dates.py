"""Dates in the form official documents use."""

from __future__ import annotations

from datetime import date

import pytest

from pledge_app.reports.chinese_dates import blank_date, chinese_date


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 5, 10), "二〇二六年五月十日"),
        (date(2026, 12, 31), "二〇二六年十二月三十一日"),
        (date(2020, 10, 20), "二〇二〇年十月二十日"),
        (date(2026, 1, 1), "二〇二六年一月一日"),
        (date(2026, 11, 19), "二〇二六年十一月十九日"),
        (date(2009, 2, 28), "二〇〇九年二月二十八日"),
    ],
)
def test_chinese_date_writes_year_digit_by_digit_and_month_day_as_numbers(
    day: date, expected: str
) -> None:
    assert chinese_date(day) == expected


def test_blank_date_leaves_room_before_each_unit() -> None:
    text = blank_date()
    assert [ch for ch in text if not ch.isspace()] == ["年", "月", "日"]
    assert text.index("年") >= 4
