"""`check` is quick after a sound check and says what it left to `check --full`."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledge_app.cli.main import EXIT_FAILED, EXIT_OK, main


def _demo(tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo"]) == EXIT_OK
    return db


def test_the_first_check_is_full_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo(tmp_path)
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Full check (no check has passed on this database yet)" in out


def test_the_next_check_is_quick_and_names_what_only_full_covers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo(tmp_path)
    assert main(["check", "--db", str(db)]) == EXIT_OK
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("No problems found")
    assert "Quick check of what changed since the last sound check" in out
    assert "4 of 16" in out  # the demo's ready-to-sign pledges: no guard protects them
    assert "found only by `check --full`" in out


def test_check_full_rehashes_everything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _demo(tmp_path)
    assert main(["check", "--db", str(db)]) == EXIT_OK
    capsys.readouterr()
    assert main(["check", "--full", "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Full check (a full check was asked for): 16 signed" in out


def test_tampering_after_a_sound_check_is_found_by_the_default_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from pledge_app.core.database import create_database_engine, database_url
    from pledge_app.core.guards import drop_guards

    db = _demo(tmp_path)
    assert main(["check", "--db", str(db)]) == EXIT_OK
    engine = create_database_engine(database_url(db))
    with engine.begin() as connection:
        drop_guards(connection)
    engine.dispose()
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE task SET deadline = '2099-12-31'")
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == EXIT_FAILED
    out = capsys.readouterr().out
    assert "altered after it was frozen" in out
    assert "missing triggers" in out
    assert out.splitlines()[-1].startswith("Problems found:")
