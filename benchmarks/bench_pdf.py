"""Time render_pledge_pdf on a ~10-page pledge against bare ReportLab building the same content.

Target: warm median at most 1.3x bare ReportLab. Run: uv run python benchmarks/bench_pdf.py
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from pledge_app.core.enums import PledgeStatus, TaskList
from pledge_app.core.views import PartyView, PledgeContent, PledgeView, TaskView

TARGET_RATIO = 1.3
RUNS = 9

_ITEMS = (
    "深化“放管服”改革，推进政务服务“一网通办”",
    "完善国有企业现代企业制度，健全市场化经营机制",
    "推进农村集体经营性建设用地入市试点",
    "健全基层治理体系，推广网格化服务管理",
    "深化医药卫生体制改革，推进紧密型县域医共体建设",
    "优化营商环境，开展涉企违规收费专项整治",
)
_MEASURES = (
    "制定实施方案，明确时间表、路线图和责任人；建立月调度、季通报机制，"
    "对进度滞后的事项实行挂牌督办；加强与上级部门的沟通衔接，争取政策支持。"
)
_PARAGRAPH = (
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，"
    "围绕高质量发展首要任务，聚焦重点领域和关键环节，统筹推进各项改革任务落地见效，"
    "以改革的新成效推动经济社会持续健康发展。"
)


def sample_pledge() -> PledgeView:
    """A realistic pledge of about ten pages: five sections and 60 task rows."""
    lists = list(TaskList)
    tasks = tuple(
        TaskView(
            item=f"{_ITEMS[i % len(_ITEMS)]}（第{i + 1}项）",
            lead_official=("王明", "李华", "张伟", "刘洋")[i % 4],
            responsible_body=("市发展改革委", "市政务服务局", "市财政局")[i % 3],
            measures=_MEASURES[: 24 + (i * 7) % 36],
            deliverable=("实施方案", "制度文件", "工作总结", "典型案例")[i % 4],
            deadline=date(2026, 3 + i % 10, 1 + i % 28),
            list_class=lists[i % len(lists)],
            cooperating_units=("市司法局", "市市场监管局") if i % 5 == 0 else (),
            weight=float(1 + i % 5),
        )
        for i in range(60)
    )
    content = PledgeContent(
        number="SGG-2026-018",
        title="2026年度全面深化改革目标责任书",
        year=2026,
        issuer=PartyView("中共某某市委全面深化改革委员会", "李强", "主任"),
        responsible=PartyView("某某市发展和改革委员会", "张伟", "主任"),
        goals=(_PARAGRAPH, _PARAGRAPH[:60]),
        duties=(_PARAGRAPH[20:], "主要负责人为改革工作第一责任人，分管负责人为直接责任人。"),
        measures=(_PARAGRAPH, _PARAGRAPH[30:]),
        outcomes=(_PARAGRAPH[10:], "形成一批可复制可推广的改革经验。"),
        tasks=tasks,
    )
    return PledgeView(id="bench", status=PledgeStatus.READY_TO_SIGN, content=content)


def bare_reportlab(pledge: PledgeView, font_name: str) -> bytes:
    """The same document with plain ReportLab: one font, escaped text, no glyph checks."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    def style(size: float, leading: float, indent: float = 0, align: int = 0) -> ParagraphStyle:
        return ParagraphStyle(
            f"s{size}-{align}",
            fontName=font_name,
            fontSize=size,
            leading=leading,
            firstLineIndent=indent,
            alignment=align,
            wordWrap="CJK",
        )

    def text(value: str) -> str:
        return escape(value).replace("\n", "<br/>")

    title, centre = style(22, 33, align=1), style(16, 29, align=1)
    body, cell, cell_centre = style(16, 29, 32), style(10.5, 14), style(10.5, 14, align=1)
    c = pledge.content
    story: list[Any] = [
        Paragraph(text(c.title), title),
        Paragraph(text(f"编号：{c.number}"), centre),
        Paragraph(text(f"甲方：{c.issuer.unit}"), style(16, 29)),
        Paragraph(text(f"乙方：{c.responsible.unit}"), style(16, 29)),
    ]
    for heading, paragraphs in (("一、总体目标", c.goals), ("二、改革责任", c.duties)):
        story.append(Paragraph(heading, body))
        story += [Paragraph(text(p), body) for p in paragraphs]
    story.append(Paragraph("三、推进措施", body))
    story += [Paragraph(text(p), body) for p in c.measures]
    story.append(Paragraph("四、具体任务", body))
    headers = ("序号", "改革事项", "牵头领导", "责任主体", "任务措施", "成果形式")
    rows = [[Paragraph(h, cell_centre) for h in (*headers, "完成时限", "清单类别")]]
    centred = {0, 2, 6, 7}
    for n, t in enumerate(c.tasks, start=1):
        d = t.deadline
        body_text = t.responsible_body
        if t.cooperating_units:
            body_text += "\n配合：" + "、".join(t.cooperating_units)
        texts = [str(n), t.item, t.lead_official, body_text, t.measures, t.deliverable]
        texts += [f"{d.year}年{d.month}月{d.day}日" if d else "", f"类别\n权重 {t.weight:g}"]
        rows.append(
            [Paragraph(text(v), cell_centre if i in centred else cell) for i, v in enumerate(texts)]
        )
    widths = [w * 442.2 for w in (0.06, 0.17, 0.105, 0.12, 0.215, 0.11, 0.11, 0.11)]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [table, Spacer(1, 14), Paragraph("五、落地见效", body)]
    story += [Paragraph(text(p), body) for p in c.outcomes]
    signature = [
        [Paragraph(text(v), style(16, 29)) for v in (f"{role}（盖章）：", unit, "负责人（签字）：")]
        for role, unit in (("甲方", c.issuer.unit), ("乙方", c.responsible.unit))
    ]
    story.append(Table([signature], colWidths=[221.1, 221.1]))

    def page_number(canvas: Any, doc: Any) -> None:
        canvas.setFont(font_name, 14)
        canvas.drawCentredString(A4[0] / 2, 65, f"— {doc.page} —")

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        topMargin=37 * mm,
        bottomMargin=35 * mm,
        leftMargin=28 * mm,
        rightMargin=26 * mm,
    )
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return out.getvalue()


def ours(pledge: PledgeView, fonts: Any) -> bytes:
    """The product's renderer."""
    from pledge_app.reports.pledge_pdf import render_pledge_pdf

    out = io.BytesIO()
    render_pledge_pdf(pledge, out, fonts=fonts)
    return out.getvalue()


def _seconds(action: Any) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run(runs: int = RUNS) -> dict[str, float]:
    """Time both renderers; the times are in milliseconds, `ratio` is warm ours / bare."""
    from pypdf import PdfReader

    from pledge_app.reports.fonts import discover_fonts

    pledge = sample_pledge()
    fonts_holder: list[Any] = []
    cold = _seconds(lambda: fonts_holder.append(discover_fonts(font_dirs=())))
    fonts = fonts_holder[0]
    cold += _seconds(lambda: ours(pledge, fonts))
    ours_times, bare_times = [], []
    for _ in range(runs):  # interleaved, so drift hits both alike
        ours_times.append(_seconds(lambda: ours(pledge, fonts)))
        bare_times.append(_seconds(lambda: bare_reportlab(pledge, fonts.body.name)))
    pages = len(PdfReader(io.BytesIO(ours(pledge, fonts))).pages)
    ours_ms = statistics.median(ours_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    return {
        "pages": float(pages),
        "cold_first_render_ms": cold * 1000,
        "ours_warm_median_ms": ours_ms,
        "bare_reportlab_warm_median_ms": bare_ms,
        "ratio": ours_ms / bare_ms,
        "target_ratio": TARGET_RATIO,
    }


if __name__ == "__main__":
    results = run()
    for key, value in results.items():
        print(f"{key:32} {value:9.2f}")
    verdict = "meets" if results["ratio"] <= TARGET_RATIO else "MISSES"
    print(f"ratio {results['ratio']:.2f} {verdict} the {TARGET_RATIO}x target")
