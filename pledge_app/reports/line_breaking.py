"""Chinese line breaking (禁则): no line starts with closing or ends with opening punctuation.

ReportLab's own CJK wrap (5.1) knows only part of the rules: its "cannot start a line" set
lacks the full-width comma, semicolon, colon, question and exclamation marks, 》 and ”,
and it never checks what a line ends with. Where a break would be illegal, this moves it
back to the nearest legal one (推出): the line ends a character or two early rather than
hanging punctuation into the margin or over a table's rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

#: Closing punctuation and marks that must not begin a line (GB/T 15834, clreq 3.1.7).
CANNOT_START = frozenset(
    "，。、；：？！）》」』”’〕】〗〙〛〉］｝·‧・％‰℃" + "!%),.:;?]}" + ALL_CANNOT_START
)
#: Opening punctuation that must not end a line.
CANNOT_END = frozenset("（《「『“‘〔【〖〘〚〈［｛" + "([{" + ALL_CANNOT_END)
# Letters and digits stay together ("2026", "SHA"); dashes and ellipses are never split.
_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.")
_UNSPLITTABLE = frozenset("—…")
_NO_BREAK_SPACE = "\u00a0"


def can_break(chars: Sequence[str], index: int) -> bool:
    """Whether a line may break between chars[index - 1] and chars[index]."""
    before, after = chars[index - 1], chars[index]
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if _NO_BREAK_SPACE in (before, after):
        return False
    if before == after and before in _UNSPLITTABLE:
        return False
    return not (before in _WORD and after in _WORD)


def break_points(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    hard: Sequence[bool] = (),
) -> list[tuple[int, int, bool]]:
    """(start, end, ends_with_hard_break) of each line, greedy with the rules above.

    `hard[i]` marks an explicit line break (<br/>) at character i, which ends its line.
    A run without any legal break (a long Latin word) breaks where it overflows.
    """
    lines: list[tuple[int, int, bool]] = []
    start = index = 0
    used = 0.0
    count = len(chars)
    while index < count:
        if hard and hard[index]:
            lines.append((start, index + 1, True))
            start = index = index + 1
            used = 0.0
            continue
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        width = widths[index]
        if used + width > limit + _FUZZ and index > start:
            end = index
            while end > start + 1 and not can_break(chars, end):
                end -= 1
            if not can_break(chars, end):
                end = index  # nowhere legal: break where it overflows rather than overflow
            lines.append((start, end, False))
            start = index = end
            used = 0.0
            continue
        used += width
        index += 1
    if used > 0:  # as ReportLab does, nothing but zero-width marks makes no line
        lines.append((start, count, False))
    return lines


def _frag_width(char: Any, limit: float) -> float:
    width = char.width
    if hasattr(width, "normalizedValue"):  # a percentage width of an inline image
        width._normalizer = limit
        width = width.normalizedValue(limit)
    return float(width)


class CjkParagraph(Paragraph):  # type: ignore[misc]  # ReportLab is untyped
    """A Paragraph whose CJK wrapping follows the Chinese line-breaking rules.

    Its style must have wordWrap='CJK'; everything but where lines break is ReportLab's.
    """

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        frags = self.frags
        single = len(frags) == 1 and not hasattr(frags[0], "cbDefn")
        if not single or self.style.endDots:
            return self._break_frags(list(maxWidths))
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            # The first part of a split keeps the lines it was split with, as in ReportLab.
            return frags[0].clone(kind=0, lines=self.blPara.lines)
        return self._break_single(frags[0], list(maxWidths))

    def _break_single(self, frag: Any, max_widths: list[float]) -> Any:
        # The fast path ReportLab takes for one run of one font: plain text lines (kind 0).
        from reportlab.platypus.paragraph import _handleBulletWidth

        _handleBulletWidth(self.bulletText, self.style, max_widths)
        self.height = 0
        text: str = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
        widths = [stringWidth(char, frag.fontName, frag.fontSize) for char in text]
        lines = []
        for number, (start, end, _) in enumerate(break_points(text, widths, max_widths)):
            limit = max_widths[min(number, len(max_widths) - 1)]
            lines.append((limit - sum(widths[start:end]), [text[start:end]]))
        return frag.clone(kind=0, lines=lines, ascent=frag.fontSize, descent=-0.2 * frag.fontSize)

    def _break_frags(self, max_widths: list[float]) -> Any:
        from reportlab.platypus.paragraph import _handleBulletWidth

        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, max_widths)
        frags = self.frags
        if not frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto_leading not in ("", "off")
        units: list[Any] = []
        for frag in frags:
            text = frag.text
            if isinstance(text, bytes):
                text = text.decode("utf8")
            if text:
                units.extend(cjkU(char, frag, "utf8") for char in text)
            else:
                units.append(cjkU(text, frag, "utf8"))
        chars = [str(unit) for unit in units]
        widths = [_frag_width(unit, max_widths[0]) for unit in units]
        hard = [hasattr(unit.frag, "lineBreak") for unit in units]
        lines = []
        for number, (start, end, line_break) in enumerate(
            break_points(chars, widths, max_widths, hard)
        ):
            limit = max_widths[min(number, len(max_widths) - 1)]
            used = sum(widths[start:end])
            lines.append(
                makeCJKParaLine(
                    units[start:end], limit, used, limit - used, line_break, calc_bounds
                )
            )
        return ParaLines(kind=1, lines=lines)


def balanced_lines(text: str, font_name: str, size: float, max_width: float) -> list[str]:
    """`text` in as few lines as fit `max_width`, the lines as even as the rules allow.

    A unit name one character too long for its line then breaks in the middle
    (市委全面深化改革 / 委员会办公室), never leaving a character or two alone below.
    """
    widths = [stringWidth(char, font_name, size) for char in text]
    if not text or sum(widths) <= max_width + _FUZZ:
        return [text]
    count = len(break_points(text, widths, [max_width]))
    bracket = text.find("（")
    # A second name in brackets (市发展和改革委员会（市粮食和物资储备局）) gets a line
    # of its own when both halves fit: it reads better than a break inside it.
    halves = (sum(widths[:bracket]), sum(widths[bracket:]))
    if count == 2 and bracket > 0 and max(halves) <= max_width + _FUZZ:
        return [text[:bracket], text[bracket:]]
    low, high = sum(widths) / count, max_width
    for _ in range(30):  # bisect the narrowest width that still needs no more lines
        middle = (low + high) / 2
        if len(break_points(text, widths, [middle])) <= count:
            high = middle
        else:
            low = middle
    return [text[start:end] for start, end, _ in break_points(text, widths, [high])]
