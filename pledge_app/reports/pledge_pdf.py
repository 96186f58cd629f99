"""Print one pledge to PDF, laid out as a Chinese official document."""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, Spacer
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
from pledge_app.reports.page_decor import SUPERSEDED_LABEL, PageDecorator, PrintFooter
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
from pledge_app.reports.task_table import task_table
from pledge_app.reports.title_layout import title_lines

__all__ = ["UnprintableText", "UnreadableImage", "check_printable", "render_pledge_pdf"]

#: Statuses whose print carries the signature record page.
SIGNED_STATUSES = frozenset({PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED})
#: Statuses whose print carries the verification footer and QR code: every frozen version,
#: so the copy that gets the wet-ink signatures is tied to what was signed. A draft has
#: no frozen content to check against and carries the draft mark instead.
FOOTER_STATUSES = SIGNED_STATUSES | {PledgeStatus.READY_TO_SIGN}

_NUMERALS = "一二三四五"
_TASKS_HEADING = "具体任务"
# A heading starts a new page unless it and two lines (or the table's first rows) still fit.
_HEADING_NEEDS = 3 * BODY_LEADING
_TABLE_HEADING_NEEDS = 5 * BODY_LEADING


def check_printable(pledge: PledgeView, *, fonts: FontSet | None = None) -> list[str]:
    """Where the pledge holds characters no available font can draw; empty when it can print."""
    return printability.check_printable(pledge, fonts or default_font_set())


def _story(pledge: PledgeView, styles: PledgeStyles, markup: GlyphMarkup) -> list[Flowable]:
    content = pledge.content
    fonts = styles.fonts

    def para(text: str, style_name: str) -> CjkParagraph:
        style = getattr(styles, style_name)
        return CjkParagraph(markup(text, styles.face_of(style)), style)

    title = title_lines(content.title, styles.title.fontName, TITLE_SIZE, FRAME_WIDTH)
    story: list[Flowable] = [
        para("\n".join(title), "title"),
        para(f"编号：{content.number}", "number"),
        *([para(amendment, "amendment")] if (amendment := amendment_note(pledge)) else []),
        para(f"甲方：{content.issuer.unit}", "party"),
        para(f"乙方：{content.responsible.unit}", "party"),
    ]
    headings = [*(name for _, name in SECTION_NAMES[:3]), _TASKS_HEADING, SECTION_NAMES[3][1]]
    sections = [content.goals, content.duties, content.measures, None, content.outcomes]
    for numeral, heading, paragraphs in zip(_NUMERALS, headings, sections, strict=True):
        # Not keepWithNext: with a long task table that would leave most of a page empty.
        needs = _HEADING_NEEDS if paragraphs is not None else _TABLE_HEADING_NEEDS
        story += [CondPageBreak(needs), para(f"{numeral}、{heading}", "heading")]
        if paragraphs is None:
            table = task_table(content.tasks, styles, markup)
            if table is not None:
                story += [table, Spacer(1, BODY_LEADING / 2)]
        else:
            story += [para(text, "body") for text in paragraphs]
    columns = signatory_columns(content.issuer, content.responsible, signatures=pledge.signatures)
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
        story += signature_record(pledge, styles, markup)
    return story


def render_pledge_pdf(
    pledge: PledgeView,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    fonts: FontSet | None = None,
) -> None:
    """Write `pledge` as an A4 PDF to a path or binary file.

    Raises UnprintableText, before writing anything, if any character cannot be drawn,
    and UnreadableImage if a recorded signature or seal image is damaged.
    """
    fonts = fonts or default_font_set()
    printability.ensure_printable(pledge, fonts)
    content = pledge.content
    mark = mark_for(pledge)
    styles = build_styles(fonts)
    markup = GlyphMarkup(fonts)
    # Built before the file is opened: a damaged signature image must not leave half a PDF.
    story = _story(pledge, styles, markup)
    footer = None
    if pledge.status in FOOTER_STATUSES and mark.content_hash:
        footer = PrintFooter(
            mark,
            styles,
            lambda text: markup(text, styles.face_of(styles.footer)),
            label=SUPERSEDED_LABEL if pledge.status is PledgeStatus.SUPERSEDED else None,
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
        invariant=True,
        # Otherwise every page refers to a non-embedded Helvetica that is never drawn.
        initialFontName=fonts.body.name,
        initialFontSize=BODY_SIZE,  # same pledge, same bytes: no timestamps or random ids
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    decorate = PageDecorator(
        fonts=fonts,
        draft=pledge.status is PledgeStatus.DRAFT,
        superseded=pledge.status is PledgeStatus.SUPERSEDED,
        footer=footer,
    )
    doc.addPageTemplates([PageTemplate(id="pledge", frames=[frame], onPage=decorate)])
    doc.build(story)
