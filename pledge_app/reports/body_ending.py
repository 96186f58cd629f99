"""The end of the body and the signature block, never parted by a page break.

A signature block alone on a page could be swapped onto another text, so it always shares
its page with the last lines of the body: when the two do not fit where they are, the last
paragraph is split so that at least two of its lines go over with the block. Only a block
too tall to share any page with text gets a page of its own, headed （此页无正文）.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, PageBreak

from pledge_app.reports.line_breaking import CjkParagraph

NO_TEXT_NOTE = "（此页无正文）"
# Lines of the last paragraph that go with the signature block (all, if it has fewer).
LINES_KEPT = 2
# Fewest lines of a paragraph left at the foot of a page, unless the page has nothing else.
_FEWEST_FIRST = 2
_EPSILON = 1e-6


class EndingWithSignatures(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """`lead` (a heading, or None), the paragraph `tail`, a gap, then the signature `block`.

    `frame_height` is the height of an empty page's frame; `no_text_note` the paragraph
    printed above a block that gets a page of its own.
    """

    def __init__(
        self,
        lead: Flowable | None,
        tail: CjkParagraph,
        block: Flowable,
        *,
        gap: float,
        frame_height: float,
        no_text_note: Flowable,
    ) -> None:
        super().__init__()
        self._lead = lead
        self._tail = tail
        self._block = block
        self._gap = gap
        self._frame_height = frame_height
        self._note = no_text_note
        self._lead_height = self._tail_height = self._block_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lead is not None:
            self._lead_height = self._lead.wrap(avail_width, avail_height)[1]
        self._tail_height = self._tail.wrap(avail_width, avail_height)[1]
        self._block_height = self._block.wrap(avail_width, avail_height)[1]
        self.width = avail_width
        self.height = self._lead_height + self._tail_height + self._gap + self._block_height
        return self.width, self.height

    def draw(self) -> None:
        # Top to bottom, so the text extracts in reading order.
        top = self._block_height + self._gap
        if self._lead is not None:
            self._lead.drawOn(self.canv, 0, top + self._tail_height)
        self._tail.drawOn(self.canv, 0, top)
        self._block.drawOn(self.canv, 0, 0)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self.wrap(avail_width, avail_height)
        leading = float(self._tail.style.leading)
        lines = len(self._tail.blPara.lines)
        below = self._gap + self._block_height
        fresh = avail_height >= self._frame_height - 0.5
        # Two lines go with the block; one where two would not fit on any page.
        kept = min(lines, LINES_KEPT)
        while kept > 1 and kept * leading + below > self._frame_height + _EPSILON:
            kept -= 1
        if kept * leading + below > self._frame_height + _EPSILON:
            return self._on_a_page_of_its_own()
        first = int((avail_height - self._lead_height + _EPSILON) // leading)
        first = min(first, lines - kept)
        if first < _FEWEST_FIRST and not (fresh and first >= 1):
            # Nothing worth leaving here: all of it goes to the next page.
            return [] if not fresh else self._on_a_page_of_its_own()
        if fresh:
            self._tail.allowOrphans = 1  # a page holding nothing else may end on one line
        parts = self._tail.split(avail_width, first * leading + _EPSILON)
        if len(parts) != 2:
            return [] if not fresh else self._on_a_page_of_its_own()
        head, rest = parts
        ending = EndingWithSignatures(
            None,
            rest,
            self._block,
            gap=self._gap,
            frame_height=self._frame_height,
            no_text_note=self._note,
        )
        return [*([self._lead] if self._lead is not None else []), head, ending]

    def _on_a_page_of_its_own(self) -> list[Any]:
        lead = [self._lead] if self._lead is not None else []
        return [*lead, self._tail, PageBreak(), self._note, self._block]
