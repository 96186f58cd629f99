"""What is drawn on every page around the text: page number, draft or superseded mark, footer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import BaseDocTemplate

from pledge_app.core.print_marks import PrintMark
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.glyph_outlines import draw_outlined_centred
from pledge_app.reports.line_breaking import CjkParagraph
from pledge_app.reports.styles import (
    FOOTER_SIZE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_HEIGHT,
    PAGE_NUMBER_SIZE,
    PAGE_WIDTH,
    PledgeStyles,
)

# The marks in the pledge's own language, not the clerk's: a Chinese pledge carries only
# Chinese marks (issue 7, item 6).
DRAFT_MARKS = {"zh": "草稿", "en": "DRAFT"}
SUPERSEDED_MARKS = {"zh": "已被新版本取代", "en": "SUPERSEDED"}
DRAFT_FORM = "PledgeDraftMark"
SUPERSEDED_FORM = "PledgeSupersededMark"
QR_SIZE = 20 * mm
_QR_BOTTOM = 7 * mm
_MARK_SIZE = 64.0
_SUPERSEDED_SIZE = 56.0
# Opaque: a form XObject does not carry the page's transparency state, and drawn first, under
# the text, an opaque light grey looks the same as the translucent mid grey it replaces.
_MARK_COLOUR = Color(0.92, 0.92, 0.92)


def page_number_text(number: int) -> str:
    """The page number as official documents print it: — 1 —."""
    return f"— {number} —"


def draw_page_number(canvas: Canvas, number: int, fonts: FontSet) -> None:
    """The page number 7 mm below the type area on the outer side, one character in from
    its edge: odd pages right, even pages left (GB/T 9704-2012, 7.5)."""
    text = page_number_text(number)
    face = fonts.first_covering(text, fonts.body)
    canvas.setFont(face.name, PAGE_NUMBER_SIZE)
    width, _ = page_size(canvas)
    y = MARGIN_BOTTOM - 7 * mm - PAGE_NUMBER_SIZE
    if number % 2:
        canvas.drawRightString(width - MARGIN_RIGHT - PAGE_NUMBER_SIZE, y, text)
    else:
        canvas.drawString(MARGIN_LEFT + PAGE_NUMBER_SIZE, y, text)


def page_size(canvas: Canvas) -> tuple[float, float]:
    """The current page's size: portrait, or landscape for a landscape task table."""
    width, height = canvas._pagesize  # ReportLab has kept this name since 1.x
    return float(width), float(height)


class Watermark:
    """Light diagonal lines across the page, under the text, drawn as outlines.

    Outlines, not text: a position-sorting extractor would mix the mark's characters
    into the page's own lines. The words are said once more as text in the foot.
    Drawn once into a form XObject per document that every page refers to.
    """

    def __init__(self, fonts: FontSet, lines: Sequence[str], size: float, *, name: str) -> None:
        self._face = fonts.first_covering("".join(lines), fonts.heading)
        self._lines = tuple(lines)
        self._size = size
        self._name = name  # of the form; fixed, so the same pledge prints the same bytes
        self._forms_made: set[int] = set()  # ids of the canvases holding the form

    def draw(self, canvas: Canvas) -> None:
        """Draw the mark on the current page."""
        if id(canvas) not in self._forms_made:
            canvas.beginForm(self._name, lowerx=0, lowery=0, upperx=PAGE_WIDTH, uppery=PAGE_HEIGHT)
            self._draw_outlines(canvas)
            canvas.endForm()
            self._forms_made.add(id(canvas))
        canvas.doForm(self._name)

    def _draw_outlines(self, canvas: Canvas) -> None:
        size = self._size
        canvas.saveState()
        canvas.setFillColor(_MARK_COLOUR)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(45)
        leading = size * 1.25
        first = (len(self._lines) - 1) * leading / 2 - size / 3
        for index, line in enumerate(self._lines):
            draw_outlined_centred(canvas, self._face, line, size, 0, first - index * leading)
        canvas.restoreState()


def draft_mark(fonts: FontSet, language: str = "zh") -> Watermark:
    """A light diagonal 草稿 (DRAFT on an English pledge)."""
    return Watermark(fonts, [DRAFT_MARKS[language]], _MARK_SIZE, name=DRAFT_FORM)


def superseded_mark(fonts: FontSet, language: str = "zh") -> Watermark:
    """A light diagonal 已被新版本取代 (SUPERSEDED on an English pledge)."""
    return Watermark(fonts, [SUPERSEDED_MARKS[language]], _SUPERSEDED_SIZE, name=SUPERSEDED_FORM)


def draw_foot_label(canvas: Canvas, fonts: FontSet, label: str) -> None:
    """The mark's words as a line of small text at the foot, where no body text is."""
    face = fonts.first_covering(label, fonts.body)
    canvas.setFont(face.name, FOOTER_SIZE)
    canvas.drawString(MARGIN_LEFT, _QR_BOTTOM + QR_SIZE / 2 - FOOTER_SIZE / 3, label)


def footer_text(mark: PrintMark, language: str = "zh") -> str:
    """The footer line of a signed copy: number, version and short content hash."""
    gap = "\u00a0" * 3  # no-break spaces: Paragraph layout would collapse ordinary ones
    if language == "en":
        nbsp = "\u00a0"
        return (
            f"No.{nbsp}{mark.number}{gap}Version{nbsp}{mark.revision}"
            f"{gap}Check:{nbsp}{mark.short_hash}"
        )
    return f"编号：{mark.number}{gap}第{mark.revision}版{gap}校验码：{mark.short_hash}"


def qr_payload(mark: PrintMark, language: str = "zh") -> str:
    """What the QR code holds: a line a person reads (number and version), then the mark.

    A phone shows the first line as it is; PrintMark.parse finds the mark after it.
    """
    version = f"Version {mark.revision}" if language == "en" else f"第{mark.revision}版"
    return f"{mark.number} {version}\n{mark.to_keywords()}"


#: Light modules around the code, as the QR standard asks (and ReportLab's widget drew).
QR_QUIET_ZONE = 4


@lru_cache(maxsize=32)
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of `payload` as its width in modules (quiet zone included) and its
    horizontal runs of dark modules, each (row from the top, first column, length).

    Encoded by segno (about a millisecond; ReportLab's own encoder took some 70 ms, a
    third of a signed pledge's render). Always UTF-8 bytes: segno would otherwise pick
    its Kanji mode for some Chinese characters, which phones read as Shift JIS.
    """
    import segno

    code = segno.make_qr(payload, error="m", mode="byte", encoding="utf-8")
    runs: list[tuple[int, int, int]] = []
    for row, modules in enumerate(code.matrix):
        column, width = 0, len(modules)
        while column < width:
            if modules[column]:
                start = column
                while column < width and modules[column]:
                    column += 1
                runs.append((row + QR_QUIET_ZONE, start + QR_QUIET_ZONE, column - start))
            else:
                column += 1
    return len(code.matrix) + 2 * QR_QUIET_ZONE, tuple(runs)


def _run_rects(payload: str, size: float) -> list[tuple[float, float, float, float]]:
    modules, runs = qr_runs(payload)
    unit = size / modules
    return [
        (column * unit, size - (row + 1) * unit, length * unit, unit)
        for row, column, length in runs
    ]


def qr_drawing(payload: str, size: float = QR_SIZE) -> Drawing:
    """A QR code of `payload`, `size` points square including its quiet zone: one
    rectangle per run of dark modules (what the footer draws, as a Drawing)."""
    from reportlab.graphics.shapes import Rect

    drawing = Drawing(size, size)
    for x, y, width, height in _run_rects(payload, size):
        drawing.add(Rect(x, y, width, height, fillColor=black, strokeColor=None, strokeWidth=0))
    return drawing


def draw_qr(canvas: Canvas, payload: str, size: float = QR_SIZE) -> None:
    """Draw the QR code of `payload` at the origin as one filled path of its runs."""
    path = canvas.beginPath()
    for x, y, width, height in _run_rects(payload, size):
        path.rect(x, y, width, height)
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


QR_FORM = "PledgeMarkQR"


class PrintFooter:
    """The footer of a signed copy: a line of text and a QR code on the page's inner side.

    The page number takes the outer side (odd pages right, even left), so the QR code
    goes to the inner one, the text beside it: the two never meet.

    The QR code is drawn once into a form XObject that every page refers to: laying it
    out again per page would make a signed print several times slower and larger.
    """

    def __init__(
        self,
        mark: PrintMark,
        styles: PledgeStyles,
        markup: Callable[[str], str],
        *,
        label: str | None = None,
        language: str = "zh",
    ):
        self.mark = mark
        # The label (a superseded copy's mark in words) goes on a line of its own.
        self._text = markup(footer_text(mark, language) + (f"\n{label}" if label else ""))
        self._style = styles.footer
        self._qr = qr_payload(mark, language)
        self._forms_made: set[int] = set()  # ids of the canvases holding the form

    def draw(self, canvas: Canvas, page: int = 2) -> None:
        """Draw the footer below the page number, the QR code on the inner side of `page`."""
        width, _ = page_size(canvas)
        text_room = width - MARGIN_LEFT - MARGIN_RIGHT - QR_SIZE - 4 * mm
        if page % 2:  # odd: the number is at the right, the code at the left
            qr_left, text_left = MARGIN_LEFT, MARGIN_LEFT + QR_SIZE + 4 * mm
        else:
            qr_left, text_left = width - MARGIN_RIGHT - QR_SIZE, MARGIN_LEFT
        if id(canvas) not in self._forms_made:
            canvas.beginForm(QR_FORM, lowerx=0, lowery=0, upperx=QR_SIZE, uppery=QR_SIZE)
            draw_qr(canvas, self._qr)
            canvas.endForm()
            self._forms_made.add(id(canvas))
        canvas.saveState()
        canvas.translate(qr_left, _QR_BOTTOM)
        canvas.doForm(QR_FORM)
        canvas.restoreState()
        # A fresh Paragraph per page: a laid-out Paragraph keeps per-use state.
        text = CjkParagraph(self._text, self._style)
        _, height = text.wrapOn(canvas, text_room, QR_SIZE)
        text.drawOn(canvas, text_left, _QR_BOTTOM + (QR_SIZE - height) / 2)


class PageDecorator:
    """The `onPage` callback of a pledge: marks first (so text covers them), then the foot."""

    def __init__(
        self,
        *,
        fonts: FontSet,
        draft: bool = False,
        superseded: bool = False,
        footer: PrintFooter | None = None,
        language: str = "zh",
    ) -> None:
        self.fonts = fonts
        self.footer = footer
        self._marks: list[Watermark] = []
        self._label: str | None = None
        if draft:
            self._marks.append(draft_mark(fonts, language))
            self._label = DRAFT_MARKS[language]
        if superseded:
            self._marks.append(superseded_mark(fonts, language))
            self._label = SUPERSEDED_MARKS[language]

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = page_size(canvas)
        for mark in self._marks:
            canvas.saveState()
            # The mark's form is a portrait page: centre it on a landscape one.
            canvas.translate((width - PAGE_WIDTH) / 2, (height - PAGE_HEIGHT) / 2)
            mark.draw(canvas)
            canvas.restoreState()
        draw_page_number(canvas, doc.page, self.fonts)
        if self.footer is not None:
            self.footer.draw(canvas, doc.page)  # a superseded copy's footer carries its label
        elif self._label is not None:
            draw_foot_label(canvas, self.fonts, self._label)
        canvas.restoreState()
