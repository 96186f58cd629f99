"""A long table that breaks across pages the way a reader expects.

ReportLab's Table (5.1) splits in two steps that can meet on one page: it first splits
between rows, leaving a gap when the next row is tall, and the doc template then offers
the rest of the table that gap, where it splits again inside the row, header included.
That printed the header a second time in the middle of pages (issue 7, item 1).

Here a split fills the page — inside a row when a whole row does not fit — and the rest
always starts on the next page, under one header. A row continued on the next page
repeats its number there, marked (续), so no page starts with an anonymous fragment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, FrameBreak, Table

# The least of a row worth leaving at the foot of a page (about two lines of a cell).
MIN_FRAGMENT = 34.0
_FUZZ = 1e-6


class ContinuedTable(Table):  # type: ignore[misc]  # ReportLab is untyped
    """A Table with one header row whose parts never share a page.

    `labels[i]` is the number shown in row i's first cell (None for the header and
    rows without one); `continued(label)` makes the first cell of a row's continuation.
    ReportLab builds the parts with `self.__class__(data, **table_options)`, so the extra
    state is set on them after the split rather than passed in.
    """

    def __init__(
        self,
        data: Sequence[Sequence[Any]],
        *args: Any,
        labels: Sequence[str | None] = (),
        continued: Callable[[str], Flowable] | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("repeatRows", 1)
        kwargs.setdefault("splitInRow", MIN_FRAGMENT)
        super().__init__(data, *args, **kwargs)
        self.labels: list[str | None] = list(labels)
        self.continued = continued
        self.whole_rows = len(data) - 1  # of the rows below the header, on this part
        self.in_row = False  # whether this part ends with the top of a row continued later

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self._calc(avail_width, avail_height)
        by_row = self._splitRows(avail_height, doInRowSplit=0)
        parts = by_row
        in_row = False
        # The height of the rows a split between rows keeps here (laid out by _calc).
        kept = len(by_row[0]._cellvalues) if len(by_row) == 2 else 0
        used = sum(self._rowHeights[:kept]) if kept else 0.0
        if len(by_row) != 1 and avail_height - used >= MIN_FRAGMENT - _FUZZ:
            # A whole row does not fit in what is left: continue the row here instead.
            # (Its first part is the by-row one plus the top of the next row.)
            inside = self._splitRows(avail_height, doInRowSplit=1)
            if len(inside) == 2:
                parts, in_row = inside, True
        if len(parts) != 2:
            return list(parts)
        first, rest = parts
        self._label_parts(first, rest, in_row=in_row)
        first.whole_rows = len(first._cellvalues) - 1 - int(in_row)
        first.in_row = in_row
        # The rest goes on the next page whatever room is left on this one: offered that
        # room, ReportLab would split it again there, under a second header.
        return [first, FrameBreak(), rest]

    def _label_parts(self, first: ContinuedTable, rest: ContinuedTable, *, in_row: bool) -> None:
        labels = self.labels + [None] * (len(self._cellvalues) - len(self.labels))
        kept = len(first._cellvalues)
        first.labels = labels[:kept]
        header = labels[:1]
        if in_row:
            # first holds rows [0, kept - 1) whole and the top of row kept - 1.
            label = labels[kept - 1]
            rest.labels = [*header, label, *labels[kept:]]
            if label is not None and self.continued is not None:
                _set_first_cell(rest, self.continued(label))
        else:
            rest.labels = header + labels[kept:]
        first.continued = rest.continued = self.continued


def _height(table: Table, avail_width: float) -> float:
    return float(table.wrap(avail_width, 1e9)[1])


def _set_first_cell(table: Table, cell: Flowable) -> None:
    """Put `cell` in the first row below the header, the row made taller if it needs it."""
    table._cellvalues[1][0] = cell
    style = table._cellStyles[1][0]
    width = table._colWidths[0] - style.leftPadding - style.rightPadding
    needed = cell.wrap(width, 1e9)[1] + style.topPadding + style.bottomPadding
    heights = table._argH
    if heights[1] is not None and heights[1] < needed:
        heights[1] = needed


class HeadedTable(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A section heading and the table under it, which start on the same page.

    They start where they are when the heading, the table's header and at least
    `min_rows` whole rows fit, or, for rows too tall for that, when the table's first
    part fills a third of a page; otherwise both go to the next page, so a heading never
    ends a page alone or over a sliver of table, and no large area is left empty.
    `frame_height` is the height of an empty page's frame.
    """

    def __init__(
        self, heading: Flowable, table: ContinuedTable, *, frame_height: float, min_rows: int = 2
    ) -> None:
        super().__init__()
        self._heading = heading
        self._table = table
        self._frame_height = frame_height
        self._min_rows = min(min_rows, len(table._cellvalues) - 1)
        self._heading_height = self._table_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heading_height = self._heading.wrap(avail_width, avail_height)[1]
        self._table_height = self._table.wrap(avail_width, avail_height)[1]
        self.width = avail_width
        self.height = self._heading_height + self._table_height
        return self.width, self.height

    def draw(self) -> None:
        self._heading.drawOn(self.canv, 0, self._table_height)
        self._table.drawOn(self.canv, 0, 0)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        heading = self._heading.wrap(avail_width, avail_height)[1]
        parts = self._table.split(avail_width, avail_height - heading)
        fresh = avail_height >= self._frame_height - 0.5
        if not parts:
            return [self._heading, self._table] if fresh else []
        first = parts[0]
        enough = first.whole_rows >= self._min_rows or (
            _height(first, avail_width) >= self._frame_height / 3  # rows too tall for two
        )
        if enough or fresh:
            return [self._heading, *parts]
        return []
