"""The signature block: both parties side by side, with room for ink and seal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pledge_app.core.views import PartyView
from pledge_app.reports.chinese_dates import blank_date, chinese_date
from pledge_app.reports.styles import BODY_LEADING, BODY_SIZE, FRAME_WIDTH, PledgeStyles

SEAL_ROOM = BODY_LEADING  # under the unit name, where the seal is pressed
SIGNATURE_ROOM = BODY_LEADING * 1.5  # for the wet-ink signature


@dataclass(frozen=True)
class SignatoryColumn:
    """What one party's column of the signature block shows."""

    role: str  # 甲方 / 乙方
    party: PartyView
    signed_on: date | None = None


def signatory_columns(issuer: PartyView, responsible: PartyView) -> tuple[SignatoryColumn, ...]:
    """The two columns of an unsigned pledge: 甲方 the issuer, 乙方 the responsible unit."""
    return (SignatoryColumn("甲方", issuer), SignatoryColumn("乙方", responsible))


def signature_block(
    columns: Sequence[SignatoryColumn],
    styles: PledgeStyles,
    markup: Callable[[str], str],
) -> Flowable:
    """The parties' columns side by side, line by line aligned, kept together on one page.

    `markup(text)` turns plain text into safe Paragraph markup in the signature face.
    """
    if not columns:
        return Spacer(1, 0)
    style = styles.signature

    def line(texts: Sequence[str]) -> list[Flowable]:
        return [Paragraph(markup(text), style) for text in texts]

    rows: list[list[Flowable]] = [
        line([f"{column.role}（盖章）：" for column in columns]),
        line([column.party.unit for column in columns]),
        [Spacer(1, SEAL_ROOM) for _ in columns],
        line(["负责人（签字）：" for _ in columns]),
        [Spacer(1, SIGNATURE_ROOM) for _ in columns],
        line([chinese_date(c.signed_on) if c.signed_on else blank_date() for c in columns]),
    ]
    width = FRAME_WIDTH / len(columns)
    table = Table(rows, colWidths=[width] * len(columns))
    table.setStyle(
        TableStyle(
            [
                # The table's own default font (Helvetica) would be selected, never drawn.
                ("FONT", (0, 0), (-1, -1), style.fontName, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([Spacer(1, BODY_LEADING), table])
