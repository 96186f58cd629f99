"""`pledge-app units`: import, list, add, rename and merge, with their exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledge_app.cli.main import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, main
from pledge_app.core.database import open_database
from pledge_app.core.pledges import create_pledge
from tests.conftest import make_content
from tests.unit_sheets import write_unit_sheet

UNIT = "市发展和改革委员会"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A SQLite file with one draft pledge naming two units."""
    path = tmp_path / "units.sqlite3"
    with open_database(path) as database, database.begin() as session:
        create_pledge(session, make_content())
    return path


def units(db: Path, *args: str) -> int:
    return main(["--db", str(db), "units", *args])


def listed(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert units(db, "list", *args) == EXIT_OK
    return capsys.readouterr().out


def test_a_sheet_is_imported_and_listed_in_print_order(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_unit_sheet(
        tmp_path / "units.xlsx",
        [("西城区", "区县", 20, "王芳", "区长"), ("东城区", "区县", 10, "张伟", "区长")],
    )
    assert units(db, "import", str(sheet)) == EXIT_OK
    assert "2 added, 0 updated, 0 unchanged" in capsys.readouterr().out
    out = listed(db, capsys)
    assert out.index("东城区") < out.index("西城区")
    assert "张伟（区长）" in out and "[district]" in out


def test_a_malformed_sheet_names_file_row_and_column_and_changes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_unit_sheet(
        tmp_path / "bad.xlsx", [("东城区", "区县", 1, "", ""), ("西城区", "区县", "二", "", "")]
    )
    before = listed(db, capsys)
    assert units(db, "import", str(sheet)) == EXIT_BAD_INPUT
    assert "bad.xlsx, row 3, column C (排序)" in capsys.readouterr().err
    assert listed(db, capsys) == before


def test_a_missing_or_broken_file_is_bad_input(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert units(db, "import", str(tmp_path / "none.xlsx")) == EXIT_BAD_INPUT
    assert "none.xlsx" in capsys.readouterr().err
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK not really")
    assert units(db, "import", str(broken)) == EXIT_BAD_INPUT
    assert "broken.xlsx" in capsys.readouterr().err


def test_a_unit_is_added_then_refused_twice(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert units(db, "add", "防汛专班", "--type", "working_group", "--order", "5") == EXIT_OK
    assert "print order 5" in capsys.readouterr().out
    assert units(db, "add", "防汛专班") == EXIT_FAILED
    assert "already a unit called 防汛专班" in capsys.readouterr().err
    assert units(db, "add", "x", "--type", "province") == EXIT_BAD_INPUT
    assert units(db, "add", "x", "--order", "first") == EXIT_BAD_INPUT


def test_a_rename_keeps_the_old_name_in_the_list(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert units(db, "rename", UNIT, "--to", "市发展改革委") == EXIT_OK
    out = capsys.readouterr().out
    assert "1 drafts moved, 0 pledges kept" in out
    assert "moved: 改革办〔2026〕1号" in out
    assert f"formerly: {UNIT}" in listed(db, capsys)
    assert f"{UNIT}  [department]  (renamed to 市发展改革委)" in listed(db, capsys, "--all")


def test_a_merge_says_exactly_what_moved(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert units(db, "add", "市发展改革委") == EXIT_OK
    capsys.readouterr()
    assert units(db, "merge", UNIT, "--into", "市发展改革委") == EXIT_OK
    out = capsys.readouterr().out
    assert f"Merged {UNIT} into 市发展改革委: 1 drafts moved, 0 pledges kept." in out
    assert "moved: 改革办〔2026〕1号 “2026年度全面深化改革目标责任书” (responsible unit)" in out
    assert "choose the signer again: 改革办〔2026〕1号" in out


def test_merging_an_unknown_unit_is_bad_input(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert units(db, "merge", "没有的单位", "--into", UNIT) == EXIT_BAD_INPUT
    assert "没有的单位" in capsys.readouterr().err
    assert units(db, "merge", UNIT) == EXIT_BAD_INPUT  # --into is required


def test_listing_a_database_that_does_not_exist_is_bad_input(tmp_path: Path) -> None:
    assert units(tmp_path / "none.sqlite3", "list") == EXIT_BAD_INPUT
    assert not (tmp_path / "none.sqlite3").exists()
