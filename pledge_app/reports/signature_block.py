"""The signature block: both parties side by side, with room for ink and seal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pledge_app.core.views import PartyView
from pledge_app.reports.chinese_dates import blank_date, chinese_date
from pledge_app.reports.styles import BODY_LEADING, BODY_SIZE, FRAME_WIDTH, PledgeStyles


@dataclass(frozen=True)
class SignatoryColumn:
    """What one party's column of the signature block shows."""

    role: str  # 甲方 / 乙方
    party: PartyView
    signed_on: date | None = None


def signatory_columns(issuer: PartyView, responsible: PartyView) -> tuple[SignatoryColumn, ...]:
    """The two columns of an unsigned pledge: 甲方 the issuer, 乙方 the responsible unit."""
    return (SignatoryColumn("甲方", issuer), SignatoryColumn("乙方", responsible))


def _column(
    column: SignatoryColumn, styles: PledgeStyles, markup: Callable[[str], str]
) -> list[Flowable]:
    style = styles.signature
    date_text = chinese_date(column.signed_on) if column.signed_on else blank_date()
    return [
        Paragraph(markup(f"{column.role}（盖章）："), style),
        Paragraph(markup(column.party.unit), style),
        Spacer(1, BODY_LEADING),  # room for the seal
        Paragraph(markup("负责人（签字）："), style),
        Spacer(1, BODY_LEADING * 1.5),  # room for the wet-ink signature
        Paragraph(markup(date_text), style),
    ]


def signature_block(
    columns: Sequence[SignatoryColumn],
    styles: PledgeStyles,
    markup: Callable[[str], str],
) -> Flowable:
    """The parties' columns side by side, kept together on one page.

    `markup(text)` turns plain text into safe Paragraph markup in the signature face.
    """
    if not columns:
        return Spacer(1, 0)
    width = FRAME_WIDTH / len(columns)
    table = Table(
        [[_column(column, styles, markup) for column in columns]],
        colWidths=[width] * len(columns),
    )
    table.setStyle(
        TableStyle(
            [
                # The table's own default font (Helvetica) would be selected, never drawn.
                ("FONT", (0, 0), (-1, -1), styles.signature.fontName, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return KeepTogether([Spacer(1, BODY_LEADING), table])
