"""`check` and `verify`: findings in words with exit 1, genuine copies with exit 0."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pledge_app.cli.main import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, main
from pledge_app.core.database import create_database_engine, database_url
from pledge_app.core.guards import create_guards, drop_guards

SIGNED = "改革办〔2025〕1号 市发展和改革委员会2025年度全面深化改革目标责任书.pdf"
DRAFT = "改革办〔2026〕8号 市农业农村局2026年度全面深化改革目标责任书.pdf"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo database and the PDFs `pdf --all` printed of it (signed ones registered)."""
    folder = tmp_path_factory.mktemp("printed")
    db = folder / "demo.sqlite3"
    assert main(["--db", str(db), "demo"]) == EXIT_OK
    assert main(["--db", str(db), "pdf", "--all", "--out", str(folder / "out")]) == EXIT_OK
    return db, folder / "out"


def _demo(tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo"]) == EXIT_OK
    return db


def _behind_the_apps_back(db: Path, statement: str) -> None:
    """Run `statement` with the guard triggers out of the way, then put them back."""
    engine = create_database_engine(database_url(db))
    with engine.begin() as connection:
        drop_guards(connection)
    engine.dispose()
    with sqlite3.connect(db) as connection:
        connection.execute(statement)
    engine = create_database_engine(database_url(db))
    with engine.begin() as connection:
        create_guards(connection)
    engine.dispose()


def test_check_on_a_sound_database_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo(tmp_path)
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("No problems found")


def test_check_names_a_pledge_whose_content_was_edited_behind_the_apps_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo(tmp_path)
    _behind_the_apps_back(
        db,
        "UPDATE paragraph SET text = text || '。' WHERE section = 'goals' AND position = 0 "
        "AND pledge_id = (SELECT id FROM pledge WHERE number = '改革办〔2025〕1号')",
    )
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == EXIT_FAILED
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("- Pledge 改革办〔2025〕1号 “市发展和改革委员会2025年度")
    assert "its content was altered after it was frozen" in lines[0]
    assert lines[1] == "Problems found: 1."


def test_check_names_an_altered_signature_and_removed_guards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo(tmp_path)
    _behind_the_apps_back(db, "UPDATE signature SET signer = '李四' WHERE signer = '陈晓燕'")
    engine = create_database_engine(database_url(db))
    with engine.begin() as connection:
        drop_guards(connection)
    engine.dispose()
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == EXIT_FAILED
    out = capsys.readouterr().out
    assert "The protection of signed pledges was removed from the database" in out
    assert "the signature record of 李四 was altered" in out
    assert "改革办〔2025〕2号" in out and "改革办〔2026〕2号" in out
    assert out.splitlines()[-1] == "Problems found: 4."


def test_check_refuses_a_database_that_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(tmp_path / "none.sqlite3")]) == EXIT_BAD_INPUT
    assert "There is no database at" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_printed_signed_pledge_verifies_as_genuine(
    printed: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = printed
    capsys.readouterr()
    assert main(["verify", str(out / SIGNED), "--db", str(db)]) == EXIT_OK
    text = capsys.readouterr().out
    assert text.startswith(f"GENUINE: {out / SIGNED}\n")
    assert "untouched copy of version 1 of pledge 改革办〔2025〕1号" in text
    assert "signed on 2025-02-19" in text
    assert "  version:  1 (signed)" in text


def test_a_superseded_copy_is_genuine_but_says_it_is_no_longer_in_force(
    printed: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = printed
    first = out / "改革办〔2025〕2号 市财政局2025年度全面深化改革目标责任书.pdf"
    second = out / "改革办〔2025〕2号 市财政局2025年度全面深化改革目标责任书 v2.pdf"
    capsys.readouterr()
    assert main(["verify", str(first), "--db", str(db)]) == EXIT_OK
    assert "a newer version 2 superseded it" in capsys.readouterr().out
    assert main(["verify", str(second), "--db", str(db)]) == EXIT_OK
    assert "untouched copy of version 2 of pledge 改革办〔2025〕2号" in capsys.readouterr().out


def test_one_changed_byte_is_not_genuine(
    printed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = printed
    data = bytearray((out / SIGNED).read_bytes())
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["verify", str(changed), "--db", str(db)]) == EXIT_FAILED
    text = capsys.readouterr().out
    assert text.startswith(f"NOT GENUINE: {changed}\n")
    assert "changed after it was printed" in text


def test_a_draft_copy_is_not_a_signed_pledge(
    printed: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = printed
    capsys.readouterr()
    assert main(["verify", str(out / DRAFT), "--db", str(db)]) == EXIT_FAILED
    assert "draft copy of pledge 改革办〔2026〕8号" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "there is no such file"),
        (b"not a pdf at all", "This file is not a PDF, or it is damaged"),
    ],
    ids=["missing", "not a PDF"],
)
def test_a_missing_or_unreadable_file_exits_2(
    printed: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    message: str,
) -> None:
    db, _out = printed
    path = tmp_path / "handed-in.pdf"
    if content is not None:
        path.write_bytes(content)
    capsys.readouterr()
    assert main(["verify", str(path), "--db", str(db)]) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert message in captured.out + captured.err
    assert "Traceback" not in captured.err


def test_verify_runs_as_a_real_process(printed: tuple[Path, Path], tmp_path: Path) -> None:
    db, out = printed
    env = {**os.environ, "PLEDGE_APP_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8"}
    runs = [
        subprocess.run(
            [sys.executable, "-m", "pledge_app", "verify", str(path), "--db", str(db)],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )
        for path in (out / SIGNED, out / DRAFT)
    ]
    assert [run.returncode for run in runs] == [EXIT_OK, EXIT_FAILED]
    assert runs[0].stdout.startswith("GENUINE:")
    assert runs[1].stdout.startswith("NOT GENUINE:")
    assert runs[0].stderr == runs[1].stderr == ""
