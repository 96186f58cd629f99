"""Dates as Chinese official documents write them: 2026年5月10日, or 二〇二六年五月十日."""

from __future__ import annotations

from datetime import date

from pledge_app.reports.print_options import DateStyle

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


def arabic_date(d: date) -> str:
    """The date in Arabic numerals, no leading zeros: 2026年5月10日 (GB/T 9704-2012)."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_date(d: date, style: DateStyle = DateStyle.ARABIC) -> str:
    """The date in the office's chosen style."""
    return chinese_date(d) if style is DateStyle.CHINESE else arabic_date(d)


def blank_date() -> str:
    """A date line left empty for the signer to fill in by hand."""
    # No-break spaces: Paragraph layout would collapse ordinary and ideographic ones.
    gap = "\u00a0" * 4
    return f"{gap * 2}年{gap}月{gap}日"
