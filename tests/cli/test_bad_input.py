"""Bad input and odd conditions on the command line (issue 7 items 19, 21, 22, 24): a clear
message and its own exit code, never exit 3, and the database as it was after a refusal."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pledge_app.cli.main import EXIT_BAD_INPUT, EXIT_BUSY, EXIT_FAILED, EXIT_OK, main
from pledge_app.core import database_errors
from pledge_app.core.database import open_database
from pledge_app.core.pledges import create_pledge
from tests.conftest import make_content


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database holding one draft."""
    path = tmp_path / "pledges.sqlite3"
    with open_database(path) as opened, opened.begin() as session:
        create_pledge(session, make_content())
    return path


@pytest.fixture
def exported(db: Path, tmp_path: Path) -> dict[str, Any]:
    """The database's export, to be broken by each test."""
    target = tmp_path / "export.json"
    assert main(["--db", str(db), "export", "-o", str(target)]) == EXIT_OK
    document: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    del document["pledges"][0]["id"]  # imported as a new pledge
    return document


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


def _task(document: dict[str, Any]) -> dict[str, Any]:
    task: dict[str, Any] = document["pledges"][0]["tasks"][0]
    return task


def _import(db: Path, tmp_path: Path, text: str) -> int:
    source = tmp_path / "broken.json"
    source.write_text(text, encoding="utf-8")
    return main(["--db", str(db), "import", str(source)])


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("weight", int("9" * 401), "weight"),
        ("cooperating_units", ["\ud83d"], "U+D83D"),
        ("cooperating_units", [f"单位{i}" for i in range(100_000)], "co-operating units"),
        ("measures", "措" * 1_000_000, "1000000 characters"),
    ],
    ids=["401-digits", "lone-surrogate", "100000-units", "million-characters"],
)
def test_a_broken_task_is_refused_naming_the_field(
    db: Path,
    tmp_path: Path,
    exported: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    field: str,
    value: object,
    said: str,
) -> None:
    _task(exported)[field] = value
    before = _dump(db)
    capsys.readouterr()
    # Escaped, as a file holds a lone surrogate: "\ud83d" is valid JSON, and UTF-8.
    assert _import(db, tmp_path, json.dumps(exported)) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert f"tasks[0].{field}" in err and said in err
    assert _dump(db) == before
    # The database stays exportable: one bad file never breaks it for everyone.
    assert main(["--db", str(db), "export", "-o", str(tmp_path / "after.json")]) == EXIT_OK


@pytest.mark.parametrize(
    "text",
    [
        "[" * 200_000 + "]" * 200_000,
        '{"format": ' + "[" * 200_000 + "]" * 200_000 + "}",
        '{"format": "pledge-manager", "version": 2, "pledges": [' + "{" * 100_000 + "]}",
    ],
    ids=["bare", "in-a-field", "unclosed"],
)
def test_json_nested_200000_deep_is_bad_input(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    before = _dump(db)
    assert _import(db, tmp_path, text) == EXIT_BAD_INPUT
    assert "Unexpected error" not in capsys.readouterr().err
    assert _dump(db) == before


def test_a_busy_database_has_its_own_exit_code(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_errors, "BUSY_TIMEOUT_SECONDS", 0)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        assert main(["--db", str(db), "check"]) == EXIT_BUSY
        assert main(["--db", str(db), "export", "-o", str(tmp_path / "x.json")]) == EXIT_BUSY
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert "busy" in err and "try again" in err
    assert main(["--db", str(db), "check"]) == EXIT_OK


def test_a_zero_byte_database_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["--db", str(empty), "demo"]) == EXIT_BAD_INPUT
    assert "0 bytes" in capsys.readouterr().err
    assert empty.stat().st_size == 0


def test_an_unknown_url_scheme_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "foo://server/pledges", "check"]) == EXIT_BAD_INPUT
    assert "not a kind of database" in capsys.readouterr().err


def test_a_question_mark_in_db_opens_that_very_file(db: Path, tmp_path: Path) -> None:
    odd = tmp_path / "copy?mode=memory.sqlite3"
    odd.write_bytes(db.read_bytes())
    target = tmp_path / "odd.json"
    assert main(["--db", str(odd), "export", "-o", str(target)]) == EXIT_OK
    assert "改革办〔2026〕1号" in target.read_text(encoding="utf-8")
    assert not (tmp_path / "copy").exists()


def test_a_read_only_database_is_a_clear_failure(
    db: Path, tmp_path: Path, exported: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "good.json"
    source.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    before = db.read_bytes()
    url = f"sqlite:///file:{db}?mode=ro&uri=true"
    capsys.readouterr()
    assert main(["--db", url, "import", str(source)]) == EXIT_FAILED
    assert "read-only" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_db_in_an_unwritable_folder_is_a_clear_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refused)
    assert main(["--db", str(tmp_path / "locked" / "p.sqlite3"), "demo"]) == EXIT_FAILED
    assert "Permission denied" in capsys.readouterr().err


class _FullDisk:
    """A file on a full disk: every write fails as the kernel says so."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stream.close()


def test_a_full_disk_while_exporting_is_a_clear_failure(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: _FullDisk(real_fdopen(*a, **k)))
    target = tmp_path / "out.json"
    before = _dump(db)
    capsys.readouterr()
    assert main(["--db", str(db), "export", "-o", str(target)]) == EXIT_FAILED
    assert "No space left" in capsys.readouterr().err
    assert not target.exists()
    assert list(tmp_path.glob(".out.json*")) == []
    assert _dump(db) == before


def test_a_closed_pipe_is_not_a_crash(db: Path, tmp_path: Path) -> None:
    # `pledge-app units list | head -c 1`: the reader goes away before the output ends.
    script = "import sys\nfrom pledge_app.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"
    producer = subprocess.Popen(
        [sys.executable, "-c", script, "--db", str(db), "units", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert producer.stdout is not None
    producer.stdout.close()
    _out, err = producer.communicate(timeout=120)
    assert producer.returncode != 3
    assert b"Unexpected error" not in err and b"Traceback" not in err


def _stored_behind_the_apps_back(db: Path, units_json: str) -> None:
    """What another program (or an import before this fix) could leave in the file."""
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE task SET cooperating_units = ?", (units_json,))


def test_check_reports_a_stored_lone_surrogate(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stored_behind_the_apps_back(db, '["市司法局", "\\ud83d"]')
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == EXIT_FAILED
    out = capsys.readouterr().out
    assert "co-operating unit 2" in out and "U+D83D" in out


def test_a_stored_pair_of_surrogates_is_no_finding(db: Path) -> None:
    _stored_behind_the_apps_back(db, '["\\ud83d\\ude00"]')
    assert main(["--db", str(db), "check"]) == EXIT_OK


def test_check_on_a_damaged_page_says_so_without_crashing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo"]) == EXIT_OK
    with sqlite3.connect(db) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'task'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    with db.open("r+b") as file:  # the task table's first page, overwritten
        file.seek((root - 1) * page_size)
        file.write(b"\xde\xad\xbe\xef" * 8)
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "damaged" in err and "Unexpected error" not in err
