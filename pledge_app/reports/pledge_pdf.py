"""Print one pledge to PDF, laid out as a Chinese official document."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import UTC, datetime, time
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.print_marks import mark_for
from pledge_app.core.views import PledgeView
from pledge_app.reports import printability
from pledge_app.reports.amendment_note import amendment_note
from pledge_app.reports.body_ending import NO_TEXT_NOTE, EndingWithSignatures
from pledge_app.reports.fonts import FontSet, default_font_set
from pledge_app.reports.glyph_markup import GlyphMarkup
from pledge_app.reports.line_breaking import CjkParagraph
from pledge_app.reports.page_decor import SUPERSEDED_MARKS, PageDecorator, PrintFooter
from pledge_app.reports.print_options import DEFAULT_OPTIONS, DateStyle, PrintOptions
from pledge_app.reports.printability import SECTION_NAMES, UnprintableText
from pledge_app.reports.signature_block import signatory_columns, signature_block
from pledge_app.reports.signature_images import UnreadableImage
from pledge_app.reports.signature_record import signature_record
from pledge_app.reports.styles import (
    BODY_LEADING,
    BODY_SIZE,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TITLE_SIZE,
    PledgeStyles,
    build_styles,
)
from pledge_app.reports.table_split import HeadedTable
from pledge_app.reports.task_table import task_table
from pledge_app.reports.title_layout import title_lines

__all__ = [
    "DateStyle",
    "PrintOptions",
    "UnprintableText",
    "UnreadableImage",
    "check_printable",
    "render_pledge_pdf",
]

#: Statuses whose print carries the signature record page.
SIGNED_STATUSES = frozenset({PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED})
#: Statuses whose print carries the verification footer and QR code: every frozen version,
#: so the copy that gets the wet-ink signatures is tied to what was signed. A draft has
#: no frozen content to check against and carries the draft mark instead.
FOOTER_STATUSES = SIGNED_STATUSES | {PledgeStatus.READY_TO_SIGN}

PORTRAIT, LANDSCAPE = "pledge", "landscape"
#: The type area of a landscape page of the task table: (left, bottom, width, height).
#: The foot keeps the portrait pages' room for page number, footer and QR code.
LANDSCAPE_FRAME = (
    MARGIN_LEFT,
    MARGIN_BOTTOM,
    PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT,
    PAGE_WIDTH - MARGIN_BOTTOM - 28 * mm,
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_NUMERALS = "一二三四五"
_TASKS_HEADING = "具体任务"
# A heading starts a new page unless it and two lines still fit (the table's: table_split).
_HEADING_NEEDS = 3 * BODY_LEADING


def check_printable(pledge: PledgeView, *, fonts: FontSet | None = None) -> list[str]:
    """Where the pledge holds characters no available font can draw; empty when it can print."""
    return printability.check_printable(pledge, fonts or default_font_set())


def _story(
    pledge: PledgeView, styles: PledgeStyles, markup: GlyphMarkup, options: PrintOptions
) -> list[Flowable]:
    content = pledge.content
    fonts = styles.fonts
    dates = options.date_style

    def para(text: str, style_name: str) -> CjkParagraph:
        style = getattr(styles, style_name)
        return CjkParagraph(markup(text, styles.face_of(style)), style)

    title = title_lines(content.title, styles.title.fontName, TITLE_SIZE, FRAME_WIDTH)
    story: list[Flowable] = [
        para("\n".join(title), "title"),
        para(f"编号：{content.number}", "number"),
        *([para(amendment, "amendment")] if (amendment := amendment_note(pledge, dates)) else []),
        para(f"甲方：{content.issuer.unit}", "party"),
        para(f"乙方：{content.responsible.unit}", "party"),
    ]
    headings = [*(name for _, name in SECTION_NAMES[:3]), _TASKS_HEADING, SECTION_NAMES[3][1]]
    sections = [content.goals, content.duties, content.measures, None, content.outcomes]
    for numeral, heading, paragraphs in zip(_NUMERALS, headings, sections, strict=True):
        title = para(f"{numeral}、{heading}", "heading")
        if paragraphs is not None:
            # Not keepWithNext: with a long paragraph that would leave most of a page empty.
            story += [CondPageBreak(_HEADING_NEEDS), title]
            story += [para(text, "body") for text in paragraphs]
            continue
        landscape = options.landscape_tasks and bool(content.tasks)
        width, height = LANDSCAPE_FRAME[2:] if landscape else (FRAME_WIDTH, FRAME_HEIGHT)
        table = task_table(content.tasks, styles, markup, width=width)
        if table is None:
            story += [CondPageBreak(_HEADING_NEEDS), title]
        elif landscape:
            # Pages of their own, turned; the pages after are portrait again.
            story += [NextPageTemplate(LANDSCAPE), PageBreak()]
            story += [HeadedTable(title, table, frame_height=height)]
            story += [NextPageTemplate(PORTRAIT), PageBreak()]
        else:
            # On the heading's page when two rows fit there; section 五 follows directly.
            story += [HeadedTable(title, table, frame_height=height)]
            story += [Spacer(1, BODY_LEADING / 2)]
    columns = signatory_columns(
        content.issuer, content.responsible, signatures=pledge.signatures, date_style=dates
    )
    block = signature_block(columns, styles, lambda text: markup(text, fonts.body))
    # The last paragraph (with the heading, if it is the section's only one) goes with the block.
    tail = story.pop()
    lead = story.pop() if len(content.outcomes) == 1 else None
    story.append(
        EndingWithSignatures(
            lead,
            tail,
            block,
            gap=BODY_LEADING,
            frame_height=FRAME_HEIGHT,
            no_text_note=para(NO_TEXT_NOTE, "body"),
        )
    )
    if pledge.status in SIGNED_STATUSES:
        story += signature_record(pledge, styles, markup, date_style=dates)
    return story


def pledge_language(pledge: PledgeView, options: PrintOptions = DEFAULT_OPTIONS) -> str:
    """The language of the pledge's marks: "zh" or "en".

    The option, else the view's own `language` where a view carries one, else the
    pledge's text: any Chinese character in its title, parties or sections makes it a
    Chinese pledge. Never the UI's language: a Chinese pledge printed from an English
    desktop still carries 草稿, not DRAFT.
    """
    chosen = options.language or getattr(pledge, "language", None)
    chosen = chosen or getattr(pledge.content, "language", None)
    if isinstance(chosen, str) and chosen:
        return "en" if chosen.lower().startswith("en") else "zh"
    content = pledge.content
    texts = [content.title, content.issuer.unit, content.responsible.unit, *content.goals]
    texts += [*content.duties, *content.measures, *content.outcomes]
    texts += [task.item for task in content.tasks]
    return "zh" if any(_CJK.search(text) for text in texts) else "en"


def creation_moment(pledge: PledgeView, options: PrintOptions = DEFAULT_OPTIONS) -> datetime:
    """The PDF's creation date: the signing time for a signed copy, else the print time.

    A signed (or superseded) copy carries the moment its last signature was recorded
    (its signing date at midnight UTC where no moment was recorded), so printing it
    again gives the very same bytes, which the register of printed copies relies on.
    Any other copy carries the time it is printed (`options.printed_at`, else now).
    """
    if pledge.status in SIGNED_STATUSES and pledge.signatures:
        moments = [
            signature.recorded_at or datetime.combine(signature.signed_on, time(), tzinfo=UTC)
            for signature in pledge.signatures
        ]
        return max(_aware(moment) for moment in moments)
    return _aware(options.printed_at or datetime.now(UTC))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # naive: UTC, as stored


def _pdf_date(moment: datetime) -> Callable[..., str]:
    """A ReportLab date formatter that writes `moment` (in UTC) whatever it is given."""
    text = moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
    return lambda *_: text


def render_pledge_pdf(
    pledge: PledgeView,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    fonts: FontSet | None = None,
    options: PrintOptions = DEFAULT_OPTIONS,
    on_page: Callable[[int], None] | None = None,
) -> None:
    """Write `pledge` as an A4 PDF to a path or binary file, as `options` say.

    Raises UnprintableText, before writing anything, if any character cannot be drawn,
    and UnreadableImage if a recorded signature or seal image is damaged. `on_page(n)` is
    called as page n begins; whatever it raises stops the build and comes out of here.
    """
    fonts = fonts or default_font_set()
    language = pledge_language(pledge, options)
    printability.ensure_printable(pledge, fonts)
    content = pledge.content
    mark = mark_for(pledge)
    styles = build_styles(fonts)
    markup = GlyphMarkup(fonts)
    # Built before the file is opened: a damaged signature image must not leave half a PDF.
    story = _story(pledge, styles, markup, options)
    footer = None
    superseded = SUPERSEDED_MARKS[language]
    if pledge.status in FOOTER_STATUSES and mark.content_hash:
        footer = PrintFooter(
            mark,
            styles,
            lambda text: markup(text, styles.face_of(styles.footer)),
            label=superseded if pledge.status is PledgeStatus.SUPERSEDED else None,
            language=language,
        )
    doc = BaseDocTemplate(
        os.fspath(target) if isinstance(target, (str, os.PathLike)) else target,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=content.title,
        author=content.issuer.unit,
        subject=f"目标责任书 {content.number}",
        creator="Pledge Manager",
        # Tells a verifier which pledge, version, content and status this print shows.
        keywords=mark.to_keywords(),
        # No random document id: the same pledge printed at the same moment gives the same
        # bytes. The creation date is not the invariant one but set below (creation_moment).
        invariant=True,
        # Otherwise every page refers to a non-embedded Helvetica that is never drawn.
        initialFontName=fonts.body.name,
        initialFontSize=BODY_SIZE,
    )
    decorate = PageDecorator(
        fonts=fonts,
        draft=pledge.status is PledgeStatus.DRAFT,
        superseded=pledge.status is PledgeStatus.SUPERSEDED,
        footer=footer,
        language=language,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id=PORTRAIT,
                frames=[_frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT)],
                onPage=decorate,
                pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            ),
            PageTemplate(
                id=LANDSCAPE,
                frames=[_frame(*LANDSCAPE_FRAME)],
                onPage=decorate,
                pagesize=(PAGE_HEIGHT, PAGE_WIDTH),
            ),
        ]
    )
    date_text = _pdf_date(creation_moment(pledge, options))

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        canvas = Canvas(*args, **kwargs)
        canvas._doc.setDateFormatter(date_text)
        return canvas

    if on_page is not None:
        page_begun = on_page
        doc.setProgressCallBack(
            lambda kind, value: page_begun(int(value)) if kind == "PAGE" else None
        )
    doc.build(story, canvasmaker=canvas_maker)


def _frame(left: float, bottom: float, width: float, height: float) -> Frame:
    return Frame(
        left,
        bottom,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
