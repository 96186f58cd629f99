"""The signature record page (签署记录) printed at the end of a signed or superseded pledge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod
from pledge_app.core.views import PartyView, PledgeView, SignatureView
from pledge_app.reports.amendment_note import amendment_note
from pledge_app.reports.chinese_dates import format_date
from pledge_app.reports.glyph_markup import GlyphMarkup
from pledge_app.reports.line_breaking import CjkParagraph
from pledge_app.reports.print_options import DateStyle
from pledge_app.reports.styles import CELL_SIZE, FRAME_WIDTH, NOTE_SIZE, PledgeStyles

RECORD_HEADING = "签署记录"
METHOD_TEXT: dict[SignatureMethod, str] = {
    SignatureMethod.DRAWN: "在本系统手写签名",
    SignatureMethod.STORED_IMAGE: "存储签名图像（PIN 验证）",
    SignatureMethod.WET_INK: "纸质签署（附扫描件）",
}
NOT_SIGNED = "（未签署）"
_SHARES = (0.22, 0.39, 0.39)


def recorded_at_text(moment: datetime | None) -> str:
    """When a signature was recorded, in the office's local time with its offset.

    2026-11-25 18:31:55 (UTC+08:00): the clerks read local time, and the offset keeps the
    moment exact. A naive time is taken as UTC, as the database stores it.
    """
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    offset = local.utcoffset() or timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{local:%Y-%m-%d %H:%M:%S} (UTC{sign}{hours:02d}:{minutes:02d})"


ROW_LABELS = (
    "单位",
    "签署人",
    "职务",
    "签署日期",
    "签署方式",
    "记录时间",
    "记录人（系统账户）",
    "内容哈希\n（SHA-256）",
    "签署记录哈希\n（SHA-256）",
)


def _signature_rows(
    party: PartyView, signature: SignatureView | None, date_style: DateStyle
) -> list[str]:
    if signature is None:
        return [party.unit, NOT_SIGNED, "", "", "", "", "", "", ""]
    return [
        party.unit,
        signature.signer,
        signature.signer_title,
        format_date(signature.signed_on, date_style),
        METHOD_TEXT.get(signature.method, str(signature.method)),
        recorded_at_text(signature.recorded_at),
        signature.recorded_by,
        signature.content_hash,
        signature.record_hash,
    ]


def record_notes(pledge: PledgeView, date_style: DateStyle = DateStyle.ARABIC) -> list[str]:
    """The lines under the table: full content hash, version, what it amends or is replaced by."""
    notes = [
        f"责任书内容哈希（SHA-256）：\n{pledge.content_hash or ''}",
        f"版本：第{pledge.revision}版",
    ]
    amendment = amendment_note(pledge, date_style)
    if amendment:
        notes.append(amendment)
    if pledge.status is PledgeStatus.SUPERSEDED:
        notes.append("本版已被新版本取代，仅供查考。")
    notes.append("核验：扫描页脚二维码，或在本系统中核对上述哈希值。")
    return notes


def record_texts(pledge: PledgeView) -> list[str]:
    """Every piece of user-recorded text the record page prints (for the printability check)."""
    texts: list[str] = []
    for signature in pledge.signatures:
        texts += [signature.signer, signature.signer_title, signature.recorded_by]
    return texts


def signature_record(
    pledge: PledgeView,
    styles: PledgeStyles,
    markup: GlyphMarkup,
    *,
    date_style: DateStyle = DateStyle.ARABIC,
) -> list[Flowable]:
    """A new page headed 签署记录: a table of both parties' signatures, then the notes."""
    content = pledge.content
    cell_face = styles.face_of(styles.cell)
    head_face = styles.face_of(styles.cell_head)

    def cell(text: str) -> CjkParagraph:
        return CjkParagraph(markup(text, cell_face), styles.cell)

    def head(text: str) -> CjkParagraph:
        return CjkParagraph(markup(text, head_face), styles.cell_head)

    issuer = _signature_rows(content.issuer, pledge.signature_of(Party.ISSUER), date_style)
    responsible = _signature_rows(
        content.responsible, pledge.signature_of(Party.RESPONSIBLE), date_style
    )
    rows: list[list[Flowable]] = [[head("项目"), head("甲方"), head("乙方")]]
    rows += [
        [head(label), cell(left), cell(right)]
        for label, left, right in zip(ROW_LABELS, issuer, responsible, strict=True)
    ]
    table = Table(
        rows,
        colWidths=[share * FRAME_WIDTH for share in _SHARES],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.cell.fontName, CELL_SIZE),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    note_face = styles.face_of(styles.note)
    notes = [
        CjkParagraph(markup(text, note_face), styles.note)
        for text in record_notes(pledge, date_style)
    ]
    heading = CjkParagraph(markup(RECORD_HEADING, styles.face_of(styles.title)), styles.title)
    return [PageBreak(), heading, table, Spacer(1, NOTE_SIZE), *notes]
