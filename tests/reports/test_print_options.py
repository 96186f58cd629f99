"""Dates, page numbers, marks in the pledge's language, the QR code's words, the PDF's
creation date and landscape task pages (issue 7, items 5 and 6)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from pledge_app.core.enums import Party, PledgeStatus
from pledge_app.core.print_marks import PrintMark, mark_for
from pledge_app.core.views import PartyView, PledgeView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.page_decor import DRAFT_MARKS, SUPERSEDED_MARKS, qr_payload
from pledge_app.reports.pledge_pdf import (
    DateStyle,
    PrintOptions,
    creation_moment,
    pledge_language,
    render_pledge_pdf,
)
from pledge_app.reports.styles import MARGIN_LEFT, MARGIN_RIGHT, PAGE_NUMBER_SIZE, PAGE_WIDTH
from pledge_app.reports.task_table import header_text
from tests.reports.samples import a_pledge, a_signature, a_signed_pledge, a_task, page_texts

Render = Callable[[PledgeView], Path]
LONG_TASKS = tuple(a_task(item=f"第{i}项", measures="落实责任，按期完成。" * 12) for i in range(8))


def render_with(fonts: FontSet, pledge: PledgeView, path: Path, **options: object) -> Path:
    render_pledge_pdf(pledge, path, fonts=fonts, options=PrintOptions(**options))  # type: ignore[arg-type]
    return path


def english_pledge(status: PledgeStatus = PledgeStatus.DRAFT) -> PledgeView:
    return a_pledge(
        status,
        title="Reform responsibility pledge 2026",
        issuer=PartyView("City reform office"),
        responsible=PartyView("City finance bureau"),
        goals=("Finish every reform task of the year.",),
        duties=("The director answers for the work.",),
        measures=("Monthly reviews.",),
        outcomes=("Results others can copy.",),
        tasks=(a_task(item="Simplify approvals", measures="One online window."),) * 8,
    )


# Item 5: dates.


def test_dates_print_in_arabic_numerals_in_the_block_and_the_record(render: Render) -> None:
    pages = page_texts(render(a_signed_pledge()))
    block = next(page for page in pages if "负责人（签字）" in page)
    assert "2026年3月1日" in block and "2026年3月2日" in block
    assert "签署日期2026年3月1日2026年3月2日" in pages[-1]
    assert "〇" not in "".join(pages)


def test_the_chinese_numeral_form_is_an_option_of_the_renderer(
    bundled_fonts: FontSet, tmp_path: Path
) -> None:
    path = render_with(
        bundled_fonts, a_signed_pledge(), tmp_path / "cn.pdf", date_style=DateStyle.CHINESE
    )
    pages = page_texts(path)
    block = next(page for page in pages if "负责人（签字）" in page)
    assert "二〇二六年三月一日" in block and "二〇二六年三月二日" in block
    assert "签署日期二〇二六年三月一日二〇二六年三月二日" in pages[-1]
    assert "2026年3月1日" not in "".join(pages)


# Item 6: page numbers on the outer side.


def page_number_positions(path: Path) -> list[float]:
    """The x where each page's "— N —" starts."""
    return [
        page_number_x(page, number) for number, page in enumerate(PdfReader(path).pages, start=1)
    ]


def page_number_x(page: PageObject, number: int) -> float:
    found: list[float] = []

    def text(value: str, cm: list[float], tm: list[float], *_: object) -> None:
        if value.strip() == f"— {number} —":
            found.append(cm[4] + tm[4])

    page.extract_text(visitor_text=text)
    assert len(found) == 1, f"page {number}"
    return found[0]


def test_page_numbers_sit_on_the_outer_side(render: Render) -> None:
    path = render(a_signed_pledge(tasks=LONG_TASKS))
    positions = page_number_positions(path)
    assert len(positions) >= 3
    for number, x in enumerate(positions, start=1):
        if number % 2:  # odd: right, one character in from the type area's edge
            assert PAGE_WIDTH / 2 < x < PAGE_WIDTH - MARGIN_RIGHT - PAGE_NUMBER_SIZE - 20
        else:  # even: left, one character in
            assert x == pytest.approx(MARGIN_LEFT + PAGE_NUMBER_SIZE, abs=0.5)


# Item 6: marks in the pledge's language.


def test_the_language_comes_from_the_pledge_not_the_ui() -> None:
    assert pledge_language(a_pledge()) == "zh"
    assert pledge_language(english_pledge()) == "en"
    assert pledge_language(a_pledge(), PrintOptions(language="en")) == "en"


def test_a_chinese_draft_is_marked_only_in_chinese(render: Render) -> None:
    pages = page_texts(render(a_pledge(PledgeStatus.DRAFT, tasks=LONG_TASKS)))
    assert len(pages) >= 2
    assert all(DRAFT_MARKS["zh"] in page and "DRAFT" not in page for page in pages)


def test_an_english_draft_is_marked_only_in_english(render: Render) -> None:
    pages = page_texts(render(english_pledge()))
    assert all(DRAFT_MARKS["en"] in page and "草稿" not in page for page in pages)


def test_an_english_superseded_copy_says_superseded_in_english(render: Render) -> None:
    pledge = replace(
        english_pledge(PledgeStatus.SUPERSEDED),
        id="6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
        content_hash="ab" * 32,
        signatures=(a_signature(Party.ISSUER), a_signature(Party.RESPONSIBLE)),
    )
    pages = page_texts(render(pledge))
    # The record page's notes are fixed Chinese text; the marks follow the pledge.
    assert all(SUPERSEDED_MARKS["en"] in page for page in pages)
    assert not any(SUPERSEDED_MARKS["zh"] in page for page in pages[:-1])


# Item 6: the QR code carries the number a person can read.


def test_the_qr_code_starts_with_the_number_and_still_parses() -> None:
    pledge = a_signed_pledge(number="改革办〔2026〕1号")
    mark = mark_for(pledge)
    payload = qr_payload(mark)
    assert payload.splitlines()[0] == "改革办〔2026〕1号 第1版"
    assert PrintMark.parse(payload) == mark


# Item 6: the creation date.


def creation_date(path: Path) -> datetime:
    metadata = PdfReader(path).metadata
    assert metadata is not None and metadata.creation_date is not None
    return metadata.creation_date


def test_a_signed_copy_is_dated_when_its_last_signature_was_recorded(
    bundled_fonts: FontSet, tmp_path: Path
) -> None:
    pledge = a_signed_pledge()
    last = max(s.recorded_at for s in pledge.signatures if s.recorded_at)
    created = creation_date(render_with(bundled_fonts, pledge, tmp_path / "signed.pdf"))
    assert created.astimezone(UTC) == last
    assert creation_moment(pledge) == last


def test_a_signed_copy_without_recorded_times_is_dated_by_its_signing_day() -> None:
    signatures = tuple(
        replace(a_signature(party), recorded_at=None) for party in (Party.ISSUER, Party.RESPONSIBLE)
    )
    pledge = a_signed_pledge(signatures=signatures)
    assert creation_moment(pledge) == datetime(2026, 3, 2, tzinfo=UTC)


def test_an_unsigned_copy_is_dated_when_it_is_printed(
    bundled_fonts: FontSet, tmp_path: Path
) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    created = creation_date(render_with(bundled_fonts, a_pledge(), tmp_path / "now.pdf"))
    assert before <= created.astimezone(UTC) <= datetime.now(UTC)
    moment = datetime(2026, 12, 2, 18, 30, 5, tzinfo=timezone(timedelta(hours=8)))
    path = render_with(bundled_fonts, a_pledge(), tmp_path / "then.pdf", printed_at=moment)
    assert creation_date(path) == moment


def test_an_unsigned_copy_printed_at_one_moment_prints_the_same_bytes(
    bundled_fonts: FontSet,
) -> None:
    options = PrintOptions(printed_at=datetime(2026, 12, 2, 10, 0, tzinfo=UTC))
    first, second = io.BytesIO(), io.BytesIO()
    render_pledge_pdf(a_pledge(), first, fonts=bundled_fonts, options=options)
    render_pledge_pdf(a_pledge(), second, fonts=bundled_fonts, options=options)
    assert first.getvalue() == second.getvalue()


# Landscape task pages (an option, off by default).


def test_landscape_task_pages_are_turned_and_the_rest_stay_portrait(
    bundled_fonts: FontSet, tmp_path: Path
) -> None:
    tasks = tuple(a_task(item=f"第{i}项", measures="落实责任，按期完成。" * 12) for i in range(30))
    path = render_with(
        bundled_fonts, a_pledge(tasks=tasks), tmp_path / "l.pdf", landscape_tasks=True
    )
    reader = PdfReader(path)
    pages = page_texts(path)
    turned = [float(page.mediabox.width) > float(page.mediabox.height) for page in reader.pages]
    table_pages = [i for i, page in enumerate(pages) if header_text(tasks) in page]
    assert table_pages and all(turned[i] for i in table_pages)
    assert [i for i, is_turned in enumerate(turned) if is_turned] == table_pages
    assert not turned[0] and not turned[-1]
    assert "五、落地见效" in pages[table_pages[-1] + 1]
    for number, page in enumerate(pages, start=1):  # numbers continue across the turn
        assert f"—{number}—" in page


def test_portrait_is_the_default(render: Render) -> None:
    reader = PdfReader(render(a_pledge(tasks=LONG_TASKS)))
    assert all(float(p.mediabox.width) < float(p.mediabox.height) for p in reader.pages)


def test_default_calls_still_work(bundled_fonts: FontSet) -> None:
    buffer = io.BytesIO()
    render_pledge_pdf(a_signed_pledge(), buffer)
    assert buffer.getvalue().startswith(b"%PDF")
