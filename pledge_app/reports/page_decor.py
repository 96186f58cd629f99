"""What is drawn on every page around the text: the page number and the draft mark."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import BaseDocTemplate

from pledge_app.reports.fonts import FontSet
from pledge_app.reports.styles import MARGIN_BOTTOM, PAGE_HEIGHT, PAGE_NUMBER_SIZE, PAGE_WIDTH

DRAFT_MARK = "草稿 / DRAFT"
_DRAFT_SIZE = 64.0
_DRAFT_COLOUR = Color(0.55, 0.55, 0.55, alpha=0.18)


def page_number_text(number: int) -> str:
    """The page number as official documents print it: — 1 —."""
    return f"— {number} —"


def draw_page_number(canvas: Canvas, number: int, fonts: FontSet) -> None:
    """Centre the page number 7 mm below the type area (GB/T 9704-2012, 7.5)."""
    text = page_number_text(number)
    face = fonts.first_covering(text, fonts.body)
    canvas.setFont(face.name, PAGE_NUMBER_SIZE)
    canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN_BOTTOM - 7 * mm - PAGE_NUMBER_SIZE, text)


def draw_draft_mark(canvas: Canvas, fonts: FontSet) -> None:
    """A light diagonal 草稿 / DRAFT across the page, under the text."""
    face = fonts.first_covering(DRAFT_MARK, fonts.heading)
    canvas.saveState()
    canvas.setFillColor(_DRAFT_COLOUR)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    canvas.setFont(face.name, _DRAFT_SIZE)
    canvas.drawCentredString(0, -_DRAFT_SIZE / 3, DRAFT_MARK)
    canvas.restoreState()


@dataclass(frozen=True)
class PageDecorator:
    """The `onPage` callback of a pledge: draft mark first (so text covers it), then footer."""

    fonts: FontSet
    draft: bool

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if self.draft:
            draw_draft_mark(canvas, self.fonts)
        draw_page_number(canvas, doc.page, self.fonts)
        canvas.restoreState()
