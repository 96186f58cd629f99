"""PDF file names: cut by bytes, never a Windows device name, no bidirectional tricks."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.pdf_file_names import MAX_NAME_BYTES, pdf_file_names
from pledge_app.core.views import PledgeView
from tests.conftest import make_content

RESERVED = re.compile(r"(?i)(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])")
BIDI = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _view(number: str, title: str, pledge_id: str = "id-1", revision: int = 1) -> PledgeView:
    content = make_content(number=number, title=title)
    return PledgeView(id=pledge_id, status=PledgeStatus.DRAFT, content=content, revision=revision)


def _name(title: str, number: str = "") -> str:
    [name] = pdf_file_names([_view(number, title)])
    return name


def test_a_long_chinese_title_is_cut_by_bytes_to_whole_characters() -> None:
    name = _name("长" * 300, number="号")
    assert name == "号 " + "长" * 74 + ".pdf"
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


def test_a_cut_never_splits_a_character() -> None:
    name = _name("a" + "长" * 300)  # 1 + 3n bytes: the budget falls inside a character
    assert name.endswith("长.pdf")
    name.encode("utf-8")  # whole characters only


@pytest.mark.parametrize(
    "title", ["CONIN$", "conout$", "COM¹", "com²", "LPT³", "COM0", "lpt0", "AUX", "nul.txt"]
)
def test_windows_device_names_are_not_handed_out(title: str) -> None:
    assert _name(title).startswith(title.split(".")[0] + "_id-1")


def test_a_device_name_before_a_dot_is_made_safe() -> None:
    assert _name("COM1.草稿") == "COM1_id-1.草稿.pdf"


def test_bidirectional_controls_are_dropped() -> None:
    assert _name("x\u202etxt.exe") == "xtxt.exe.pdf"


def test_an_amendments_version_fits_within_the_limit() -> None:
    [name] = pdf_file_names([_view("", "长" * 300, revision=2)])
    assert name.endswith(" v2.pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


titles = st.text(max_size=400)


@given(st.lists(st.tuples(titles, titles, st.integers(1, 12)), min_size=1, max_size=6))
def test_any_titles_give_distinct_safe_names(pledges: list[tuple[str, str, int]]) -> None:
    views = [
        _view(number, title, pledge_id=f"id-{n}", revision=revision)
        for n, (number, title, revision) in enumerate(pledges)
    ]
    names = pdf_file_names(views)
    assert len({name.casefold() for name in names}) == len(names)
    for name in names:
        assert len(name.encode("utf-8")) <= MAX_NAME_BYTES <= 255 - 23
        assert name.endswith(".pdf") and name[:-4].strip(" .") == name[:-4]
        assert not RESERVED.fullmatch(name.split(".", 1)[0].rstrip(" "))
        assert not BIDI & set(name)
        assert not re.search(r'[\\/:*?"<>|\x00-\x1f]', name)
