"""The signature block: both parties side by side, with room for ink or the recorded signatures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from pledge_app.core.enums import Party, SignatureMethod
from pledge_app.core.views import PartyView, SignatureView
from pledge_app.reports.chinese_dates import blank_date, format_date
from pledge_app.reports.line_breaking import CjkParagraph, balanced_lines
from pledge_app.reports.print_options import DateStyle
from pledge_app.reports.signature_images import PlacedImage, SignatureImages, read_png
from pledge_app.reports.styles import BODY_LEADING, BODY_SIZE, FRAME_WIDTH, PledgeStyles

SIGNATURE_ROOM = BODY_LEADING * 1.5  # under 负责人（签字）, for the wet-ink signature
# 负责人（签字）'s row once signed: tall enough for a signature standing on its baseline.
SIGNED_ROW = BODY_LEADING * 1.5
# Between the printed name and the unit name: keeps a 40 mm seal, pressed with the unit
# name and date in its lower half (骑年盖月), off the 负责人（签字） label above.
SEAL_GAP = BODY_LEADING * 0.5
SIGNATURE_BOX = (40 * mm, 18 * mm)  # the largest a signature image is printed
SEAL_DIAMETER = 40 * mm
SIGN_HERE = "负责人（签字）："
WET_INK_NOTE = "（纸质签署，扫描件存档）"
# Each column keeps this much clear on its right: the gap between the parties' columns,
# and the room a signature image stops short of.
_RIGHT_PADDING = 1.5 * BODY_SIZE
_SIGNATURE_INDENT = 2.0  # between the label's colon and the signature
# Rows of a block in which someone has signed.
_SIGN_ROW, _UNIT_ROW, _DATE_ROW = 1, 4, 5
_NBSP = "\u00a0"


@dataclass(frozen=True)
class SignatoryColumn:
    """What one party's column of the signature block shows."""

    role: str  # 甲方 / 乙方
    party: PartyView
    signed_on: date | None = None
    signature: SignatureView | None = None
    date_style: DateStyle = DateStyle.ARABIC

    @property
    def date_text(self) -> str:
        """The signing date (2026年5月10日 by default), or blanks to fill in by hand."""
        day = self.signature.signed_on if self.signature else self.signed_on
        return format_date(day, self.date_style) if day else blank_date()

    def unit_lines(self, font_name: str, width: float) -> list[str]:
        """The unit's name in lines of even length that fit `width`."""
        return balanced_lines(self.party.unit, font_name, BODY_SIZE, width)


def signatory_columns(
    issuer: PartyView,
    responsible: PartyView,
    *,
    signatures: Sequence[SignatureView] = (),
    date_style: DateStyle = DateStyle.ARABIC,
) -> tuple[SignatoryColumn, ...]:
    """The two columns: 甲方 the issuer, 乙方 the responsible unit, each with its signature."""
    signed = {signature.party: signature for signature in signatures}
    return (
        SignatoryColumn("甲方", issuer, signature=signed.get(Party.ISSUER), date_style=date_style),
        SignatoryColumn(
            "乙方", responsible, signature=signed.get(Party.RESPONSIBLE), date_style=date_style
        ),
    )


def signer_line(signature: SignatureView, *, width: float = 0.0, font_name: str = "") -> str:
    """The printed name under a signature: title, then name (主任  李强).

    Given a column `width` and the font, a title and name too long for one line
    go on two, rather than breaking the name.
    """
    title = signature.signer_title.strip()
    if not title:
        return signature.signer
    line = f"{title}{_NBSP * 2}{signature.signer}"
    if width and font_name and stringWidth(line, font_name, BODY_SIZE) > width:
        return f"{title}\n{signature.signer}"
    return line


def _table(
    rows: list[list[Flowable]],
    font_name: str,
    columns: int,
    *,
    heights: Sequence[float | None] | None = None,
) -> Table:
    width = FRAME_WIDTH / columns
    table = Table(rows, colWidths=[width] * columns, rowHeights=heights)
    table.setStyle(
        TableStyle(
            [
                # The table's own default font (Helvetica) would be selected, never drawn.
                ("FONT", (0, 0), (-1, -1), font_name, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), _RIGHT_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def signature_block(
    columns: Sequence[SignatoryColumn],
    styles: PledgeStyles,
    markup: Callable[[str], str],
) -> Flowable:
    """The parties' columns side by side, line by line aligned; one flowable, never split.

    `markup(text)` turns plain text into safe Paragraph markup in the signature face.
    Once a party has signed, its column shows the signature image beside 负责人（签字）,
    the signer's title and name, the date, and its seal pressed over unit name and date.
    """
    if not columns:
        return Spacer(1, 0)
    style = styles.signature

    def line(texts: Sequence[str]) -> list[Flowable]:
        return [CjkParagraph(markup(text), style) for text in texts]

    roles = line([f"{column.role}（盖章）：" for column in columns])
    signs = line([SIGN_HERE for _ in columns])
    text_width = FRAME_WIDTH / len(columns) - _RIGHT_PADDING
    units = line(["\n".join(column.unit_lines(style.fontName, text_width)) for column in columns])
    dates = line([column.date_text for column in columns])
    if not any(column.signature for column in columns):
        rows = [
            roles,
            signs,
            [Spacer(1, SIGNATURE_ROOM) for _ in columns],
            units,
            dates,
        ]
        return _table(rows, style.fontName, len(columns))

    # Signed: the signature stands on 负责人（签字）'s baseline, right of it, in a row tall
    # enough for it; the printed name sits under it on the right. The unit name and date
    # come last, together, so the seal pressed over them stays clear of the label.
    name_style = ParagraphStyle("PledgeSignerName", parent=style, alignment=TA_RIGHT)
    names: list[Flowable] = []
    name_width = FRAME_WIDTH / len(columns) - _RIGHT_PADDING
    for column in columns:
        signature = column.signature
        if signature is None:
            names.append(Spacer(1, BODY_LEADING))
            continue
        text = signer_line(signature, width=name_width, font_name=style.fontName)
        if signature.method is SignatureMethod.WET_INK:
            text = f"{text}\n{WET_INK_NOTE}"
        names.append(CjkParagraph(markup(text), name_style))
    gaps: list[Flowable] = [Spacer(1, SEAL_GAP) for _ in columns]
    rows = [roles, signs, names, gaps, units, dates]
    heights: list[float | None] = [None, SIGNED_ROW, None, SEAL_GAP, None, None]
    table = _table(rows, style.fontName, len(columns), heights=heights)
    table.setStyle(TableStyle([("VALIGN", (0, _SIGN_ROW), (-1, _SIGN_ROW), "BOTTOM")]))
    return SignatureImages(table, _placements(columns, style.fontName))


def _placements(columns: Sequence[SignatoryColumn], font_name: str) -> list[PlacedImage]:
    """Where each column's images go: the signature beside 负责人（签字）, then the seal on top."""
    label_width = stringWidth(SIGN_HERE, font_name, BODY_SIZE)
    column_width = FRAME_WIDTH / len(columns)
    signatures: list[PlacedImage] = []
    seals: list[PlacedImage] = []
    for index, column in enumerate(columns):
        signature = column.signature
        if signature is None or signature.method is SignatureMethod.WET_INK:
            continue  # a paper signature's ink and seal are on the paper, not in the record
        if signature.image:
            signatures.append(
                PlacedImage.signature(
                    read_png(signature.image, what="signature", party=signature.party),
                    column=index,
                    # After the label, never over it.
                    left=label_width + _SIGNATURE_INDENT,
                    rows=(_SIGN_ROW, _SIGN_ROW),
                    box=SIGNATURE_BOX,
                    # On the label's baseline, down to its descenders, as a pen would sign.
                    rise=BODY_LEADING - BODY_SIZE * 1.2,
                    # Clear of the next column's 负责人（签字） label.
                    clear_right=_RIGHT_PADDING,
                )
            )
        if signature.seal_image:
            # Centred on the unit name and date as printed (left-aligned, the name perhaps
            # wrapped), yet wholly inside the column.
            lines = column.unit_lines(font_name, column_width - _RIGHT_PADDING)
            text_width = max(
                stringWidth(text, font_name, BODY_SIZE) for text in [column.date_text, *lines]
            )
            radius = SEAL_DIAMETER / 2
            seals.append(
                PlacedImage.seal(
                    read_png(signature.seal_image, what="seal", party=signature.party),
                    column=index,
                    centre_x=min(max(text_width / 2, radius), column_width - radius),
                    between_rows=(_UNIT_ROW, _DATE_ROW),
                    diameter=SEAL_DIAMETER,
                )
            )
    # Seals last: the red ink sits on top of text and signatures, as on paper.
    return signatures + seals
