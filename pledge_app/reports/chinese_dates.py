"""Dates written the way Chinese official documents write them (二〇二六年五月十日)."""

from __future__ import annotations

from datetime import date

_DIGITS = "〇一二三四五六七八九"


def _small_number(n: int) -> str:
    """1–31 in Chinese numerals: 十, 十一, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + ("" if ones == 0 else _DIGITS[ones])


def chinese_date(d: date) -> str:
    """The date with the year digit by digit and month/day as numbers: 二〇二六年五月十日."""
    year = "".join(_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{_small_number(d.month)}月{_small_number(d.day)}日"


def blank_date() -> str:
    """A date line left empty for the signer to fill in by hand."""
    # No-break spaces: Paragraph layout would collapse ordinary and ideographic ones.
    gap = "\u00a0" * 4
    return f"{gap * 2}年{gap}月{gap}日"
