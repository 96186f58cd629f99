"""A pledge prints to a PDF whose text extracts back exactly as typed."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from pledge_app.core import i18n
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import PledgeError
from pledge_app.core.views import PartyView, PledgeView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.pledge_pdf import (
    PrintOptions,
    UnprintableText,
    check_printable,
    render_pledge_pdf,
)
from pledge_app.reports.task_table import CONTINUED_MARK, header_text
from tests.reports.samples import a_pledge, a_task, page_texts, squeeze

Render = Callable[[PledgeView], Path]
HEADER_ROW = header_text((a_task(),))


def all_text(path: Path) -> str:
    return "".join(page_texts(path))


def test_chinese_text_of_every_part_extracts_back(render: Render) -> None:
    pledge = a_pledge()
    text = all_text(render(pledge))
    content = pledge.content
    expected = [
        content.title,
        f"编号：{content.number}",
        f"甲方：{content.issuer.unit}",
        f"乙方：{content.responsible.unit}",
        *content.goals,
        *content.duties,
        *content.measures,
        *content.outcomes,
        content.tasks[0].item,
        content.tasks[0].measures,
        "2026年6月30日",
        "甲方（盖章）：",
        "乙方（盖章）：",
        "负责人（签字）：",
    ]
    for piece in expected:
        assert squeeze(piece) in text


def test_sections_print_under_numbered_headings_in_order(render: Render) -> None:
    text = all_text(render(a_pledge()))
    headings = ["一、总体目标", "二、改革责任", "三、推进措施", "四、具体任务", "五、落地见效"]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)


@pytest.mark.parametrize("typed", ["A&B公司", "x<y>z", "<b>粗体</b>", "<img src='/etc/passwd'/>"])
def test_markup_characters_print_literally(render: Render, typed: str) -> None:
    pledge = a_pledge(
        title=f"标题{typed}",
        goals=(f"目标{typed}",),
        tasks=(a_task(item=f"事项{typed}", measures=f"措施\n{typed}"),),
    )
    text = all_text(render(pledge))
    for piece in (f"标题{typed}", f"目标{typed}", f"事项{typed}", f"措施{typed}"):
        assert squeeze(piece) in text


def test_a_6000_character_cell_breaks_across_pages_with_nothing_lost(render: Render) -> None:
    sentence = "推进简政放权，优化营商环境，深化行政审批制度改革，提升政务服务效能。"
    long_text = (sentence * (6000 // len(sentence) + 1))[:6000]
    task = a_task(item="长事项", measures=long_text, deliverable="", deadline=None, weight=0)
    pledge = a_pledge(tasks=(task,))
    pages = page_texts(render(pledge))
    assert len(pages) >= 3
    # Between the halves of the cell come the row's other cells, page numbers, the header
    # and the row's number marked as continued.
    joined = "".join(pages)
    for noise in (header_text((task,)), "重点", f"1{CONTINUED_MARK}"):
        joined = joined.replace(noise, "")
    for number in range(1, len(pages) + 1):
        joined = joined.replace(f"—{number}—", "")
    assert long_text in joined


def test_a_60_row_task_table_repeats_its_header_on_every_page(render: Render) -> None:
    tasks = tuple(
        a_task(item=f"第{i}项改革事项", measures="建立健全工作机制，明确时间表路线图。" * 3)
        for i in range(1, 61)
    )
    pages = page_texts(render(a_pledge(tasks=tasks)))
    table_pages = [page for page in pages if any(f"第{i}项改革事项" in page for i in range(1, 61))]
    assert len(table_pages) >= 3
    assert all(HEADER_ROW in page for page in table_pages)
    text = "".join(pages)
    assert all(f"第{i}项改革事项" in text for i in range(1, 61))


def test_empty_sections_and_no_tasks_print_just_the_headings(render: Render) -> None:
    pledge = a_pledge(goals=(), duties=(), measures=(), outcomes=(), tasks=())
    text = all_text(render(pledge))
    assert "一、总体目标二、改革责任三、推进措施四、具体任务五、落地见效" in text
    assert HEADER_ROW not in text


def test_empty_strings_everywhere_still_print(render: Render) -> None:
    blank = PartyView("")
    pledge = a_pledge(
        title="",
        number="",
        issuer=blank,
        responsible=blank,
        goals=("",),
        tasks=(a_task(item="", lead_official="", measures="", deliverable="", deadline=None),),
    )
    assert len(PdfReader(render(pledge)).pages) == 1


def test_pages_are_numbered_with_dashes(render: Render) -> None:
    tasks = tuple(a_task(measures="落实责任。" * 40) for _ in range(20))
    pages = page_texts(render(a_pledge(tasks=tasks)))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"—{number}—" in page


def test_a_draft_carries_the_draft_mark_on_every_page(render: Render) -> None:
    tasks = tuple(a_task(measures="落实责任。" * 40) for _ in range(20))
    pages = page_texts(render(a_pledge(PledgeStatus.DRAFT, tasks=tasks)))
    assert len(pages) >= 2
    # In the pledge's language only: a Chinese pledge says 草稿, never DRAFT (issue 7, item 6).
    assert all("草稿" in page and "DRAFT" not in page for page in pages)


@pytest.mark.parametrize("status", [PledgeStatus.READY_TO_SIGN, PledgeStatus.SIGNED])
def test_a_pledge_to_sign_prints_clean(render: Render, status: PledgeStatus) -> None:
    text = all_text(render(a_pledge(status)))
    assert "草稿" not in text
    assert "DRAFT" not in text


def test_an_unsigned_pledge_leaves_the_dates_blank_for_ink(render: Render) -> None:
    text = all_text(render(a_pledge()))
    assert text.count("年月日") == 2


@pytest.mark.parametrize("char", ["𠀀", "\ue000"])
def test_a_character_no_font_has_is_refused_naming_it_and_its_place(
    tmp_path: Path, bundled_fonts: FontSet, char: str
) -> None:
    tasks = (a_task(), a_task(), a_task(item=f"改革{char}事项"))
    pledge = a_pledge(tasks=tasks)
    target = tmp_path / "refused.pdf"
    with pytest.raises(UnprintableText) as caught:
        render_pledge_pdf(pledge, target, fonts=bundled_fonts)
    assert isinstance(caught.value, PledgeError)
    assert caught.value.characters == [char]
    assert "Task 3, “Reform item”" in str(caught.value)
    assert char in str(caught.value)
    assert f"U+{ord(char):04X}" in str(caught.value)
    assert not target.exists()


def test_check_printable_names_every_place(bundled_fonts: FontSet) -> None:
    pledge = a_pledge(
        title="标题𠀀",
        responsible=PartyView("乙方单位\ue000"),
        outcomes=("好", "坏😀"),
    )
    findings = check_printable(pledge, fonts=bundled_fonts)
    assert findings == [
        "Title: 𠀀 (U+20000)",
        "Responsible unit: \ue000 (U+E000)",
        "Outcomes, paragraph 2: 😀 (U+1F600)",
    ]


def test_refusals_speak_the_users_language(bundled_fonts: FontSet) -> None:
    chinese = {
        "{place}: {characters}": "{place}：{characters}",
        "Title": "标题",
        "{char} (U+{code})": "{char}（U+{code}）",
        "These characters are in none of the fonts on this computer, so the pledge cannot be "
        "printed. Use a common form of them, or install a font that has them:\n{findings}": (
            "以下文字在本机所有可用字体中都没有字形，无法打印：\n{findings}"
        ),
    }
    i18n.install_translator(lambda context, text: chinese.get(text, text))
    try:
        with pytest.raises(UnprintableText) as caught:
            render_pledge_pdf(a_pledge(title="标题𠀀"), io.BytesIO(), fonts=bundled_fonts)
    finally:
        i18n.install_translator(lambda context, text: text)
    assert (
        str(caught.value)
        == "以下文字在本机所有可用字体中都没有字形，无法打印：\n标题：𠀀（U+20000）"
    )


def test_check_printable_is_empty_for_ordinary_text(bundled_fonts: FontSet) -> None:
    assert check_printable(a_pledge(), fonts=bundled_fonts) == []


def test_every_font_drawn_with_is_an_embedded_truetype_subset(render: Render) -> None:
    reader = PdfReader(render(a_pledge(PledgeStatus.DRAFT)))
    drawn = {}
    for page in reader.pages:
        content = page.get_contents()
        assert content is not None
        # ReportLab lists an unused Helvetica in every page's resources; only fonts selected
        # with Tf in the content stream are drawn with.
        used = set(re.findall(rb"(/[^\s/]+) [\d.]+ Tf", content.get_data()))
        for key, font in page["/Resources"]["/Font"].items():
            if key.encode() in used:
                drawn[key] = font.get_object()
    assert drawn
    for font in drawn.values():
        assert "+" in font["/BaseFont"]  # subset tag, e.g. AAAAAA+PM-wqy-microhei-0-…
        assert "/FontFile2" in font["/FontDescriptor"]
        assert "/ToUnicode" in font


def test_document_info_names_the_pledge(render: Render) -> None:
    pledge = a_pledge()
    meta = PdfReader(render(pledge)).metadata
    assert meta is not None
    assert meta.title == pledge.content.title
    assert meta.author == pledge.content.issuer.unit
    assert pledge.content.number in (meta.subject or "")


def test_the_same_pledge_printed_at_the_same_moment_prints_the_same_bytes(
    bundled_fonts: FontSet,
) -> None:
    # An unsigned copy is dated when it is printed (issue 7, item 6): same moment, same bytes.
    options = PrintOptions(printed_at=datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    first, second = io.BytesIO(), io.BytesIO()
    render_pledge_pdf(a_pledge(), first, fonts=bundled_fonts, options=options)
    render_pledge_pdf(a_pledge(), second, fonts=bundled_fonts, options=options)
    assert first.getvalue().startswith(b"%PDF")
    assert first.getvalue() == second.getvalue()


def test_characters_the_body_font_lacks_fall_back_to_another_face(tmp_path: Path) -> None:
    import reportlab

    from pledge_app.reports.fonts import bundled_font_path, load_face

    # Bitstream Vera ships inside ReportLab: a Latin-only TrueType face on every machine.
    latin = load_face(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
    fonts = FontSet(
        title=latin, heading=latin, body=latin, fallbacks=(load_face(bundled_font_path()),)
    )
    pledge = a_pledge(goals=("Reform 改革 2026 A&B公司",))
    target = tmp_path / "fallback.pdf"
    render_pledge_pdf(replace(pledge, status=PledgeStatus.READY_TO_SIGN), target, fonts=fonts)
    assert "Reform改革2026A&B公司" in all_text(target)
