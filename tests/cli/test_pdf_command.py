"""`pledge-app pdf`: one PDF per pledge, safe file names, refusals named."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pledge_app.cli.main import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, main
from pledge_app.core import pledges
from pledge_app.core.audit import list_entries
from pledge_app.core.database import open_database
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.models import Pledge, PrintedCopy
from pledge_app.core.pdf_file_names import pdf_file_names
from pledge_app.core.views import PledgeView
from tests.conftest import make_content

UNDRAWABLE = "\U0010fffd"  # private use: no font has it


def _store(db_path: Path, *titles: str) -> list[str]:
    db = open_database(db_path)
    with db.begin() as session:
        ids = [
            pledges.create_pledge(session, make_content(number=f"{n}号", title=title)).id
            for n, title in enumerate(titles, start=1)
        ]
    db.dispose()
    return ids


def test_all_pledges_become_one_pdf_each(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    assert main(["--db", str(db), "demo"]) == EXIT_OK
    out = tmp_path / "out"
    assert main(["pdf", "--all", "--out", str(out), "--db", str(db)]) == EXIT_OK
    files = sorted(out.iterdir())
    assert len(files) == 20
    text = PdfReader(out / "改革办〔2026〕3号 市教育局2026年度全面深化改革目标责任书.pdf").pages[0]
    assert "市教育局" in text.extract_text()


def test_copies_of_signed_pledges_are_registered_with_the_very_bytes_written(
    tmp_path: Path,
) -> None:
    db = tmp_path / "p.sqlite3"
    assert main(["--db", str(db), "demo"]) == EXIT_OK
    out = tmp_path / "out"
    assert main(["pdf", "--all", "--out", str(out), "--db", str(db)]) == EXIT_OK
    written = {hashlib.sha256(path.read_bytes()).hexdigest() for path in out.iterdir()}
    database = open_database(db)
    with database.begin() as session:
        copies = session.scalars(select(PrintedCopy)).all()
        frozen = session.scalars(
            select(Pledge.id).where(Pledge.status.in_(["signed", "superseded"]))
        ).all()
        printed = [entry.pledge_id for entry in list_entries(session) if entry.action == "printed"]
    database.dispose()
    assert sorted(copy.pledge_id for copy in copies) == sorted(frozen) == sorted(printed)
    assert {copy.pdf_sha256 for copy in copies} <= written
    assert len(frozen) == 12


def test_chosen_ids_only_are_printed(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    first, _second = _store(db, "甲责任书", "乙责任书")
    assert main(["--db", str(db), "pdf", first, "--out", str(tmp_path / "out")]) == EXIT_OK
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["1号 甲责任书.pdf"]


def test_an_unknown_id_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.sqlite3"
    [known] = _store(db, "甲责任书")
    out = tmp_path / "out"
    assert main(["--db", str(db), "pdf", known, "no-such-id", "--out", str(out)]) == EXIT_BAD_INPUT
    assert "There is no pledge with the id no-such-id" in capsys.readouterr().err
    assert not out.exists()


def test_neither_ids_nor_all_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "p.sqlite3"), "pdf", "--out", "x"]) == EXIT_BAD_INPUT
    assert "--all" in capsys.readouterr().err


def test_an_unprintable_pledge_is_named_and_the_others_still_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.sqlite3"
    _store(db, "好责任书", f"坏{UNDRAWABLE}责任书")
    out = tmp_path / "out"
    assert main(["--db", str(db), "pdf", "--all", "--out", str(out)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "Not printed: 2号" in err
    assert "U+10FFFD" in err
    assert "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["1号 好责任书.pdf"]


def _view(number: str, title: str, pledge_id: str = "id-1") -> PledgeView:
    content = make_content(number=number, title=title)
    return PledgeView(id=pledge_id, status=PledgeStatus.DRAFT, content=content)


@pytest.mark.parametrize(
    ("number", "title", "expected"),
    [
        ("改革办〔2026〕1号", "责任书", "改革办〔2026〕1号 责任书.pdf"),
        ('a\\b/c:d*e?f"g<h>i|j', "t", "a_b_c_d_e_f_g_h_i_j t.pdf"),
        ("", "标题。. ", "标题。.pdf"),
        ("", "CON", "CON_id-1.pdf"),
        ("", "...", "id-1.pdf"),
        ("号", "长" * 300, "号 " + "长" * 74 + ".pdf"),  # 230 bytes in UTF-8
    ],
)
def test_file_names_are_safe_on_windows(number: str, title: str, expected: str) -> None:
    assert pdf_file_names([_view(number, title)]) == [expected]


def test_an_amendment_is_named_by_its_version() -> None:
    views = [_view("1号", "责任书", "a"), replace(_view("1号", "责任书", "b"), revision=2)]
    assert pdf_file_names(views) == ["1号 责任书.pdf", "1号 责任书 v2.pdf"]


def test_file_names_are_unique_ignoring_case() -> None:
    views = [_view("A", "x", "1"), _view("a", "X", "2"), _view("A", "x", "3")]
    assert pdf_file_names(views) == ["A x.pdf", "a X (2).pdf", "A x (3).pdf"]
