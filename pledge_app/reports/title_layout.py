"""Where a long title breaks: balanced lines, words kept whole (GB/T 9704-2012, 7.2.3).

A title that runs over one line is broken "with the sense of the words intact, the lines
symmetric and of fitting length" — never "…目标责 / 任书". Without a dictionary the good
places are the ones titles of this kind share: before 目标责任书, after 年度, at punctuation.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from reportlab.pdfbase.pdfmetrics import stringWidth

from pledge_app.reports.line_breaking import can_break

# (text that follows the break, text that precedes it, how much better the place is).
_GOOD_BREAKS: tuple[tuple[str, str, float], ...] = (
    ("目标责任书", "", 2.0),
    ("责任书", "", 1.0),
    ("", "年度", 1.0),
    ("全面深化改革", "", 1.0),
)
_CLOSING = frozenset("，、；：）》」』”’")
_OPENING = frozenset("（《「『“‘")
_OTHER_PLACE = 6.0  # a break anywhere else may split a word
_SHORT_LINE = 20.0  # a line of three characters or fewer
_SHORT = 3
_BALANCE = 10.0
_MAX_EXTRA_LINES = 2


def _place_cost(text: str, index: int) -> float:
    before, after = text[:index], text[index:]
    if before[-1] in _CLOSING or after[0] in _OPENING:
        return 0.0
    bonus = max(
        (
            value
            for follows, precedes, value in _GOOD_BREAKS
            if after.startswith(follows) and before.endswith(precedes)
        ),
        default=None,
    )
    return _OTHER_PLACE if bonus is None else -bonus


def _best_breaks(
    text: str, widths: Sequence[float], width: float, count: int
) -> tuple[float, list[int]] | None:
    """The cheapest `count` lines, as break indexes, or None if no such breaking fits."""
    n = len(text)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    mean = prefix[-1] / count
    places = [i for i in range(1, n) if can_break(text, i)]

    def line_cost(start: int, end: int) -> float:
        length = prefix[end] - prefix[start]
        if length > width:
            return math.inf
        cost = _BALANCE * ((length - mean) / mean) ** 2
        if end - start <= _SHORT:
            cost += _SHORT_LINE
        return cost

    # best[j][i]: cheapest way to set text[:i] in j lines, with the break indexes.
    best: list[dict[int, tuple[float, list[int]]]] = [{0: (0.0, [])}]
    for _ in range(count - 1):
        layer: dict[int, tuple[float, list[int]]] = {}
        for start, (cost, breaks) in best[-1].items():
            for end in places:
                if end <= start:
                    continue
                total = cost + line_cost(start, end) + _place_cost(text, end)
                if total < layer.get(end, (math.inf, []))[0]:
                    layer[end] = (total, [*breaks, end])
        best.append(layer)
    finished = [(cost + line_cost(start, n), breaks) for start, (cost, breaks) in best[-1].items()]
    cost, breaks = min(finished, default=(math.inf, []), key=lambda item: item[0])
    return None if math.isinf(cost) else (cost, breaks)


def title_lines(title: str, font_name: str, size: float, width: float) -> list[str]:
    """`title` as the lines to print it in, each fitting `width` at `size` points."""
    text = title.strip()
    widths = [stringWidth(char, font_name, size) for char in text]
    total = sum(widths)
    if total <= width or "\n" in text or len(text) < 2:
        return [title]
    fewest = math.ceil(total / width)
    for count in range(fewest, fewest + _MAX_EXTRA_LINES + 1):
        if count > len(text):
            break
        found = _best_breaks(text, widths, width, count)
        if found is not None:
            edges = [0, *found[1], len(text)]
            return [text[a:b] for a, b in pairwise(edges)]
    return [title]  # no legal breaking fits: leave it to the paragraph's own wrapping
