"""Page geometry and paragraph styles of a printed pledge (after GB/T 9704-2012)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from pledge_app.reports.fonts import FontFace, FontSet

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 37 * mm
MARGIN_BOTTOM = 35 * mm
MARGIN_LEFT = 28 * mm
MARGIN_RIGHT = 26 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

BODY_SIZE = 16.0  # 三号
# 22 lines fill the 225 mm type area exactly.
BODY_LEADING = FRAME_HEIGHT / 22
TITLE_SIZE = 22.0  # 二号
CELL_SIZE = 10.5  # 五号
CELL_LEADING = 14.0
PAGE_NUMBER_SIZE = 14.0  # 四号
FOOTER_SIZE = 9.0  # 小五, small beside the page number
NOTE_SIZE = 12.0  # 小四


@dataclass(frozen=True)
class PledgeStyles:
    """The paragraph styles of one pledge and the faces behind them."""

    fonts: FontSet
    title: ParagraphStyle
    number: ParagraphStyle
    amendment: ParagraphStyle
    party: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_head: ParagraphStyle
    signature: ParagraphStyle
    footer: ParagraphStyle
    note: ParagraphStyle

    def face_of(self, style: ParagraphStyle) -> FontFace:
        """The face a style is set in, for per-character fallback."""
        for face in self.fonts.all_faces():
            if face.name == style.fontName:
                return face
        return self.fonts.body


def _style(
    name: str, face: FontFace, size: float, leading: float, **extra: object
) -> ParagraphStyle:
    # CJK wrapping breaks between any two characters, as Chinese typesetting does; set them
    # in line_breaking.CjkParagraph, which keeps punctuation off the wrong end of a line.
    return ParagraphStyle(
        name,
        fontName=face.name,
        fontSize=size,
        leading=leading,
        wordWrap="CJK",
        **extra,
    )


def build_styles(fonts: FontSet) -> PledgeStyles:
    """The styles for `fonts`."""
    indent = 2 * BODY_SIZE
    return PledgeStyles(
        fonts=fonts,
        title=_style(
            "PledgeTitle",
            fonts.title,
            TITLE_SIZE,
            TITLE_SIZE * 1.5,
            alignment=TA_CENTER,
            spaceAfter=BODY_LEADING * 0.5,
        ),
        number=_style("PledgeNumber", fonts.body, BODY_SIZE, BODY_LEADING, alignment=TA_CENTER),
        amendment=_style(
            "PledgeAmendment", fonts.body, NOTE_SIZE, BODY_LEADING, alignment=TA_CENTER
        ),
        party=_style("PledgeParty", fonts.body, BODY_SIZE, BODY_LEADING, alignment=TA_LEFT),
        heading=_style(
            "PledgeHeading",
            fonts.heading,
            BODY_SIZE,
            BODY_LEADING,
            firstLineIndent=indent,
        ),
        body=_style(
            "PledgeBody",
            fonts.body,
            BODY_SIZE,
            BODY_LEADING,
            firstLineIndent=indent,
            alignment=TA_JUSTIFY,
        ),
        cell=_style("PledgeCell", fonts.body, CELL_SIZE, CELL_LEADING),
        cell_centre=_style(
            "PledgeCellCentre", fonts.body, CELL_SIZE, CELL_LEADING, alignment=TA_CENTER
        ),
        cell_head=_style(
            "PledgeCellHead", fonts.heading, CELL_SIZE, CELL_LEADING, alignment=TA_CENTER
        ),
        signature=_style("PledgeSignature", fonts.body, BODY_SIZE, BODY_LEADING),
        footer=_style("PledgeFooter", fonts.body, FOOTER_SIZE, FOOTER_SIZE * 1.3),
        note=_style("PledgeNote", fonts.body, NOTE_SIZE, NOTE_SIZE * 1.6, spaceBefore=4),
    )
