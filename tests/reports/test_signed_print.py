"""A signed pledge prints signatures, seals, a signature record page and a verification footer."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, StreamObject
from reportlab.graphics import renderPDF

from pledge_app.core import amendments, pledges
from pledge_app.core.database import Database
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod
from pledge_app.core.print_marks import mark_for
from pledge_app.core.views import AmendedVersion, PartyView, PledgeView, SignatureView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.page_decor import QR_FORM, qr_drawing, qr_payload
from pledge_app.reports.pledge_pdf import UnprintableText, UnreadableImage, render_pledge_pdf
from pledge_app.reports.signature_block import WET_INK_NOTE
from pledge_app.reports.signature_record import recorded_at_text
from tests.reports.samples import (
    CONTENT_HASH,
    a_pledge,
    a_signature,
    a_signed_pledge,
    a_task,
    page_texts,
    seal_png,
    signature_png,
)
from tests.signing_helpers import sign_both, signed_pledge

Render = Callable[[PledgeView], Path]
SHORT_HASH = CONTENT_HASH[:12]
LONG_TASKS = tuple(a_task(item=f"第{i}项", measures="落实责任。" * 40) for i in range(12))


def distinct_images() -> tuple[SignatureView, SignatureView]:
    """Signatures and seals that differ per party, so each is its own image in the PDF."""
    return (
        a_signature(Party.ISSUER, image=signature_png((300, 110)), seal_image=seal_png("甲")),
        a_signature(Party.RESPONSIBLE, image=signature_png((280, 90)), seal_image=seal_png("乙")),
    )


def image_count(page: DictionaryObject) -> int:
    xobjects = page["/Resources"].get("/XObject", {})
    return sum(1 for ref in xobjects.values() if ref.get_object()["/Subtype"] == "/Image")


def form_xobjects(page: DictionaryObject) -> dict[str, StreamObject]:
    xobjects = page["/Resources"].get("/XObject", {})
    return {
        name: ref.get_object()
        for name, ref in xobjects.items()
        if ref.get_object()["/Subtype"] == "/Form"
    }


def rect_count(stream: StreamObject | None) -> int:
    assert stream is not None
    return len(re.findall(rb"\bre\b", stream.get_data()))


def signature_page(reader: PdfReader) -> DictionaryObject:
    return next(page for page in reader.pages if "负责人（签字）" in page.extract_text())


def test_signers_and_their_dates_print_in_the_signature_block(render: Render) -> None:
    text = "".join(page_texts(render(a_signed_pledge())))
    for piece in ("主任李强", "主任张伟", "2026年3月1日", "2026年3月2日"):
        assert piece in text
    assert "年月日" not in text  # no blank date lines left


def test_signature_and_seal_images_are_embedded_on_the_signature_page(render: Render) -> None:
    reader = PdfReader(render(a_signed_pledge(signatures=distinct_images())))
    assert image_count(signature_page(reader)) == 4


def test_a_wet_ink_signature_prints_name_date_and_note_without_images(render: Render) -> None:
    wet = a_signature(Party.RESPONSIBLE, method=SignatureMethod.WET_INK, image=None)
    pledge = a_signed_pledge(signatures=(distinct_images()[0], wet))
    path = render(pledge)
    text = "".join(page_texts(path))
    assert WET_INK_NOTE in text
    assert "主任张伟" in text
    assert "2026年3月2日" in text
    assert "纸质签署（附扫描件）" in text
    assert image_count(signature_page(PdfReader(path))) == 2  # the issuer's two only


@pytest.fixture
def shanghai_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's zone set to China Standard Time (UTC+8) for the test."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("shanghai_time")
def test_the_record_page_lists_every_recorded_fact(render: Render) -> None:
    pledge = a_signed_pledge()
    pages = page_texts(render(pledge))
    record = pages[-1]
    assert record.startswith("签署记录") or "签署记录" in record
    issuer, responsible = pledge.signatures
    for piece in (
        "甲方",
        "乙方",
        pledge.content.issuer.unit,
        pledge.content.responsible.unit,
        "在本系统手写签名",
        "2026-03-0117:30:05(UTC+08:00)",  # recorded at 09:30:05 UTC
        "记录人（系统账户）",
        "clerk-wang",
        issuer.record_hash,
        responsible.record_hash,
        f"责任书内容哈希（SHA-256）：{CONTENT_HASH}",
        "版本：第1版",
    ):
        assert piece in record
    assert record.count(CONTENT_HASH) == 3  # each signature's hash and the pledge's own


@pytest.mark.parametrize(
    ("zone", "printed"),
    [
        ("UTC", "2026-03-01 09:30:05 (UTC+00:00)"),
        ("Asia/Shanghai", "2026-03-01 17:30:05 (UTC+08:00)"),
        ("America/St_Johns", "2026-03-01 06:00:05 (UTC-03:30)"),
    ],
)
def test_recorded_times_print_in_local_time_with_the_offset(
    monkeypatch: pytest.MonkeyPatch, zone: str, printed: str
) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        moment = a_signature(Party.ISSUER).recorded_at
        assert recorded_at_text(moment) == printed
        assert recorded_at_text(None) == ""
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    ("method", "text"),
    [
        (SignatureMethod.DRAWN, "在本系统手写签名"),
        (SignatureMethod.STORED_IMAGE, "存储签名图像（PIN验证）"),
        (SignatureMethod.WET_INK, "纸质签署（附扫描件）"),
    ],
)
def test_the_record_names_the_signing_method(
    render: Render, method: SignatureMethod, text: str
) -> None:
    signature = a_signature(Party.ISSUER, method=method)
    pledge = a_signed_pledge(signatures=(signature, a_signature(Party.RESPONSIBLE)))
    assert text in page_texts(render(pledge))[-1]


AMENDS_V1 = "本责任书为第2版，修订并替代第1版（2025年3月12日签署）。"


def test_an_amendment_says_which_signed_version_it_replaces(render: Render) -> None:
    # Plainly, by version and signing date, under the title and on the record page; a
    # database record id means nothing to the people holding the paper.
    pledge = replace(
        a_signed_pledge(),
        revision=2,
        previous_id="0a0b0c0d-0000-4000-8000-000000000001",
        amends=AmendedVersion("GG-2026-001", 1, date(2025, 3, 12)),
    )
    pages = page_texts(render(pledge))
    record = pages[-1]
    assert "版本：第2版" in record
    assert AMENDS_V1 in record
    title_page = pages[0]
    assert title_page.index("编号：GG-2026-001") < title_page.index(AMENDS_V1)
    assert title_page.index(AMENDS_V1) < title_page.index("甲方：")
    assert "0a0b0c0d" not in "".join(pages)


def test_an_amendment_of_another_number_names_it(render: Render) -> None:
    pledge = replace(
        a_pledge(),
        revision=3,
        previous_id="0a0b0c0d-0000-4000-8000-000000000001",
        amends=AmendedVersion("GG-2025-007", 2, None),
    )
    assert "本责任书为第3版，修订并替代编号GG-2025-007第2版。" in page_texts(render(pledge))[0]


def test_a_first_version_says_nothing_of_amending(render: Render) -> None:
    assert "修订并替代" not in "".join(page_texts(render(a_signed_pledge())))


def test_an_amendment_made_through_the_core_names_the_version_and_date_it_replaces(
    database: Database, render: Render
) -> None:
    with database.begin() as session:
        first = signed_pledge(session)
        draft = amendments.amend_pledge(session, first.id)
        pledges.finalise_pledge(session, draft.id)
        second = sign_both(session, draft.id, on=date(2026, 4, 2))
    assert second.amends == AmendedVersion(first.content.number, 1, date(2026, 3, 1))
    pages = page_texts(render(second))
    sentence = "本责任书为第2版，修订并替代第1版（2026年3月1日签署）。"
    assert sentence in pages[0]
    assert sentence in pages[-1]


def test_an_amendment_prints_the_reason_it_was_made(database: Database, render: Render) -> None:
    with database.begin() as session:
        first = signed_pledge(session)
        draft = amendments.amend_pledge(session, first.id, reason="根据市委部署调整第3项任务时限")
        pledges.finalise_pledge(session, draft.id)
        second = sign_both(session, draft.id, on=date(2026, 4, 2))
    assert second.amends is not None and second.amends.reason == "根据市委部署调整第3项任务时限"
    pages = page_texts(render(second))
    assert "修改原因：根据市委部署调整第3项任务时限。" in "".join(pages[0].split())


def test_every_page_of_a_signed_pledge_carries_number_version_and_short_hash(
    render: Render,
) -> None:
    pages = page_texts(render(a_signed_pledge(tasks=LONG_TASKS)))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"编号：GG-2026-001第1版校验码：{SHORT_HASH}" in page
        assert f"—{number}—" in page


def test_every_page_of_a_signed_pledge_draws_the_qr_code_of_its_mark(
    render: Render, tmp_path: Path
) -> None:
    pledge = a_signed_pledge(tasks=LONG_TASKS)
    alone = tmp_path / "qr.pdf"
    renderPDF.drawToFile(qr_drawing(qr_payload(mark_for(pledge))), str(alone))
    qr_rects = rect_count(PdfReader(alone).pages[0].get_contents())
    assert qr_rects > 100  # one per run of dark modules: a real code, not a placeholder
    pages = PdfReader(render(pledge)).pages
    assert len(pages) >= 3
    for page in pages:
        forms = form_xobjects(page)
        assert len(forms) == 1
        name, form = next(iter(forms.items()))
        assert rect_count(form) == qr_rects
        assert f"{name} Do".encode() in page.get_contents().get_data()


@pytest.mark.parametrize("status", list(PledgeStatus))
def test_the_pdf_keywords_are_the_print_mark(render: Render, status: PledgeStatus) -> None:
    pledge = a_signed_pledge(status)
    meta = PdfReader(render(pledge)).metadata
    assert meta is not None
    assert meta["/Keywords"] == mark_for(pledge).to_keywords()


def test_a_superseded_pledge_is_marked_on_every_page(render: Render) -> None:
    pages = page_texts(render(a_signed_pledge(PledgeStatus.SUPERSEDED, tasks=LONG_TASKS)))
    assert len(pages) >= 3
    # In the pledge's language only (issue 7, item 6): no English mark on a Chinese pledge.
    assert all("已被新版本取代" in page and "SUPERSEDED" not in page for page in pages)
    assert all(SHORT_HASH in page for page in pages)
    assert "本版已被新版本取代" in pages[-1]


def test_a_signed_pledge_carries_no_superseded_or_draft_mark(render: Render) -> None:
    text = "".join(page_texts(render(a_signed_pledge())))
    assert "已被新版本取代" not in text
    assert "草稿" not in text


def test_a_pledge_ready_to_sign_prints_clean_with_no_mark_or_record(render: Render) -> None:
    pledge = replace(a_signed_pledge(), status=PledgeStatus.READY_TO_SIGN, signatures=())
    path = render(pledge)
    text = "".join(page_texts(path))
    for absent in ("签署记录", "草稿", "DRAFT", "已被新版本取代"):
        assert absent not in text
    assert text.count("年月日") == 2
    reader = PdfReader(path)
    assert all(image_count(page) == 0 for page in reader.pages)


def test_every_page_of_a_pledge_ready_to_sign_carries_its_footer_and_qr_code(
    render: Render,
) -> None:
    # The paper that gets the wet-ink signatures must be tied to the frozen version.
    pledge = replace(
        a_signed_pledge(tasks=LONG_TASKS), status=PledgeStatus.READY_TO_SIGN, signatures=()
    )
    path = render(pledge)
    pages = page_texts(path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"编号：GG-2026-001第1版校验码：{SHORT_HASH}" in page
        assert f"—{number}—" in page
    for page in PdfReader(path).pages:
        forms = form_xobjects(page)
        assert len(forms) == 1
        assert f"{next(iter(forms))} Do".encode() in page.get_contents().get_data()


def test_a_draft_prints_no_footer_or_qr_code(render: Render) -> None:
    pledge = replace(a_signed_pledge(), status=PledgeStatus.DRAFT, signatures=())
    path = render(pledge)
    text = "".join(page_texts(path))
    assert "校验码" not in text
    assert SHORT_HASH not in text
    for page in PdfReader(path).pages:
        assert all(QR_FORM not in name for name in form_xobjects(page))


def test_a_party_that_signed_first_shows_while_the_other_is_left_for_ink(render: Render) -> None:
    pledge = replace(a_pledge(), signatures=(a_signature(Party.ISSUER),))
    path = render(pledge)
    text = "".join(page_texts(path))
    assert "2026年3月1日" in text
    assert text.count("年月日") == 1
    assert "签署记录" not in text
    assert image_count(signature_page(PdfReader(path))) == 2


def test_the_same_signed_pledge_prints_the_same_bytes(bundled_fonts: FontSet) -> None:
    first, second = io.BytesIO(), io.BytesIO()
    render_pledge_pdf(a_signed_pledge(), first, fonts=bundled_fonts)
    render_pledge_pdf(a_signed_pledge(), second, fonts=bundled_fonts)
    assert first.getvalue() == second.getvalue()


def test_long_names_titles_and_units_still_print(render: Render) -> None:
    long_name = "欧阳买买提·艾力江" * 6
    long_title = "党组书记、局长、" * 5
    signatures = (
        a_signature(Party.ISSUER, signer=long_name, signer_title=long_title),
        a_signature(Party.RESPONSIBLE, signer=long_name, signer_title="", recorded_by="x" * 150),
    )
    unit = "某某市某某区发展和改革委员会（某某区粮食和物资储备局）" * 2
    pledge = a_signed_pledge(signatures=signatures, responsible=PartyView(unit))
    text = "".join(page_texts(render(pledge)))
    assert long_name in text
    assert unit in text


def test_a_damaged_signature_image_is_refused_before_writing(
    tmp_path: Path, bundled_fonts: FontSet
) -> None:
    broken = a_signature(Party.RESPONSIBLE, image=b"\x89PNG not really")
    pledge = a_signed_pledge(signatures=(a_signature(Party.ISSUER), broken))
    target = tmp_path / "broken.pdf"
    with pytest.raises(UnreadableImage, match="responsible unit"):
        render_pledge_pdf(pledge, target, fonts=bundled_fonts)
    assert not target.exists()


def test_a_signer_name_no_font_can_draw_is_refused_naming_it(
    tmp_path: Path, bundled_fonts: FontSet
) -> None:
    signature = a_signature(Party.ISSUER, signer="李𠀀")
    pledge = a_signed_pledge(signatures=(signature, a_signature(Party.RESPONSIBLE)))
    with pytest.raises(UnprintableText) as caught:
        render_pledge_pdf(pledge, tmp_path / "refused.pdf", fonts=bundled_fonts)
    assert caught.value.characters == ["𠀀"]
    assert "Signer of the issuer" in str(caught.value)


def test_a_pledge_signed_through_the_core_prints_with_its_mark(
    database: Database, render: Render
) -> None:
    with database.begin() as session:
        pledge = signed_pledge(session)
    path = render(pledge)
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata["/Keywords"] == mark_for(pledge).to_keywords()
    pages = page_texts(path)
    assert all((pledge.content_hash or "-")[:12] in page for page in pages)
    assert "签署记录" in pages[-1]
    assert image_count(signature_page(reader)) >= 1  # the drawn signatures
