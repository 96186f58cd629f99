"""The print mark: what a printed copy says about itself, written and read back."""

from __future__ import annotations

import uuid

import pytest

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.print_marks import PrintMark, mark_for
from pledge_app.core.views import PledgeView
from tests.conftest import make_content

PLEDGE_ID = str(uuid.UUID(int=42))
HASH = "0123456789abcdef" * 4


def _mark(**changes: object) -> PrintMark:
    values: dict[str, object] = {
        "pledge_id": PLEDGE_ID,
        "number": "改革办〔2026〕1号",
        "revision": 2,
        "content_hash": HASH,
        "status": "signed",
    }
    values.update(changes)
    return PrintMark(**values)  # type: ignore[arg-type]


def test_keywords_read_back_to_the_same_mark() -> None:
    mark = _mark()
    assert PrintMark.parse(mark.to_keywords()) == mark


def test_keywords_are_one_ascii_line_in_the_agreed_shape() -> None:
    text = _mark().to_keywords()
    assert text.isascii()
    assert "\n" not in text
    assert text.startswith(f"pledge-manager;v1;id={PLEDGE_ID};rev=2;hash={HASH};status=signed;")


@pytest.mark.parametrize("number", ["a;b=c", "  spaces  ", "%41 not a percent", "", "买买提·艾力"])
def test_numbers_with_separators_and_chinese_survive(number: str) -> None:
    mark = _mark(number=number)
    assert PrintMark.parse(mark.to_keywords()) == mark


def test_a_draft_mark_without_a_content_hash_reads_back() -> None:
    mark = _mark(content_hash="", status="draft", revision=1)
    assert PrintMark.parse(mark.to_keywords()) == mark


def test_a_mark_among_other_keywords_is_found() -> None:
    mark = _mark()
    assert PrintMark.parse(f"责任书, {mark.to_keywords()}; 2026") == mark


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "garbage",
        "pledge-manager;v2;id=x",
        f"pledge-manager;v1;id=not-a-uuid;rev=1;hash={HASH};status=signed",
        f"pledge-manager;v1;id={PLEDGE_ID};rev=0;hash={HASH};status=signed",
        f"pledge-manager;v1;id={PLEDGE_ID};rev=-1;hash={HASH};status=signed",
        f"pledge-manager;v1;id={PLEDGE_ID};rev=two;hash={HASH};status=signed",
        f"pledge-manager;v1;id={PLEDGE_ID};rev=1;hash=abc;status=signed",
        f"pledge-manager;v1;id={PLEDGE_ID};rev=1;hash={HASH.upper()};status=signed",
        f"pledge-manager;v1;id={PLEDGE_ID};rev=1;hash=;status=signed",
        f"pledge-manager;v1;id={PLEDGE_ID};rev=1;hash={HASH};status=forged",
        f"pledge-manager;v1;id={PLEDGE_ID};rev=1;hash={HASH}",
        f"pledge-manager;v1;id={PLEDGE_ID};id={PLEDGE_ID};rev=1;hash={HASH};status=signed",
        f"pledge-manager;v1;id={PLEDGE_ID};rev=1;hash={HASH};status=signed;no=%FF",
        "pledge-manager;v1;" + "x" * 5000,
    ],
)
def test_garbage_is_no_mark(text: str | None) -> None:
    assert PrintMark.parse(text) is None


def test_the_mark_of_a_pledge_names_it_its_version_and_content() -> None:
    pledge = PledgeView(
        id=PLEDGE_ID,
        status=PledgeStatus.SUPERSEDED,
        content=make_content(),
        revision=3,
        content_hash=HASH,
    )
    mark = mark_for(pledge)
    assert mark == PrintMark(PLEDGE_ID, "改革办〔2026〕1号", 3, HASH, "superseded")
    assert mark.short_hash == HASH[:12]


def test_the_mark_of_a_draft_has_no_content_hash() -> None:
    draft = PledgeView(id=PLEDGE_ID, status=PledgeStatus.DRAFT, content=make_content())
    assert mark_for(draft).content_hash == ""
    assert PrintMark.parse(mark_for(draft).to_keywords()) == mark_for(draft)
