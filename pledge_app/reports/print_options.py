"""How a pledge is printed: choices an office makes once, handed to the renderer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class DateStyle(StrEnum):
    """How printed dates are written."""

    #: 2026年5月10日, as GB/T 9704-2012 (7.3.5.1) writes 成文日期: the default.
    ARABIC = "arabic"
    #: 二〇二六年五月十日, the older form some offices keep.
    CHINESE = "chinese"


@dataclass(frozen=True)
class PrintOptions:
    """The renderer's options; the defaults print as GB/T 9704-2012 asks.

    `language` is the language of the printed marks (草稿, 已被新版本取代): "zh" or "en",
    or None to follow the pledge's own text. `printed_at` is the moment written as the
    PDF's creation date of an unsigned copy (None: now); a signed copy carries its
    signing time instead, so that printing it again gives the same bytes.
    """

    date_style: DateStyle = DateStyle.ARABIC
    landscape_tasks: bool = False
    language: str | None = None
    printed_at: datetime | None = None


DEFAULT_OPTIONS = PrintOptions()
