"""Draft and superseded marks are seen on the page but never mixed into its extracted text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.views import PledgeView
from pledge_app.reports.page_decor import DRAFT_FORM, DRAFT_MARKS, SUPERSEDED_FORM, SUPERSEDED_MARKS
from tests.reports.samples import a_signed_pledge, a_task

Render = Callable[[PledgeView], Path]
TASKS = tuple(a_task(item=f"第{i}项", measures="落实责任，按期完成。" * 12) for i in range(8))
MARKS = [
    (PledgeStatus.DRAFT, DRAFT_MARKS["zh"], DRAFT_FORM),
    (PledgeStatus.SUPERSEDED, SUPERSEDED_MARKS["zh"], SUPERSEDED_FORM),
]


def page_lines(path: Path, mode: str) -> list[list[str]]:
    """Each page's lines, spaces removed; "layout" sorts by position, as pdftotext does.

    (Layout mode pads columns with spaces that depend on everything on the page.)
    """
    return [
        [re.sub(r"\s+", "", line) for line in page.extract_text(extraction_mode=mode).splitlines()]
        for page in PdfReader(path).pages
    ]


def without_foot(lines: list[str], label: str) -> list[str]:
    """The page's lines less the mark's label and the footer (which a draft lacks)."""
    return [
        line for line in lines if line and line != label.replace(" ", "") and "校验码" not in line
    ]


@pytest.mark.parametrize("mode", ["plain", "layout"])
@pytest.mark.parametrize(("status", "label", "form"), MARKS)
def test_a_marked_page_extracts_as_the_same_page_unmarked_plus_its_foot_label(
    render: Render, mode: str, status: PledgeStatus, label: str, form: str
) -> None:
    marked = a_signed_pledge(status, tasks=TASKS)
    if status is PledgeStatus.DRAFT:
        marked = replace(marked, signatures=())
    # The same print without the mark: a ready-to-sign draft, a signed superseded copy.
    unmarked = PledgeStatus.READY_TO_SIGN if status is PledgeStatus.DRAFT else PledgeStatus.SIGNED
    clean = replace(marked, status=unmarked)
    marked_pages = page_lines(render(marked), mode)
    clean_pages = page_lines(render(clean), mode)
    assert len(marked_pages) == len(clean_pages) >= 2
    for marked_page, clean_page in zip(marked_pages, clean_pages, strict=True):
        if "签署记录" in marked_page:  # its notes say 本版已被新版本取代 as well
            marked_page = [line for line in marked_page if "本版已被新版本取代" not in line]
        assert without_foot(marked_page, label) == without_foot(clean_page, label)
        assert marked_page.count(label.replace(" ", "")) == 1  # said once, on its own line


@pytest.mark.parametrize(("status", "label", "form"), MARKS)
def test_the_mark_is_drawn_on_every_page_from_one_shared_form(
    render: Render, status: PledgeStatus, label: str, form: str
) -> None:
    reader = PdfReader(render(a_signed_pledge(status, tasks=TASKS)))
    shared = set()
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        name = next(key for key in xobjects if form in key)
        assert f"{name} Do".encode() in page.get_contents().get_data()
        shared.add(xobjects.raw_get(name).idnum)
        # A form has no page's graphics states: a /gs in it would name one it lacks.
        assert b" gs" not in xobjects[name].get_object().get_data()
    assert len(shared) == 1
