"""`python -m pledge_app` as a real process: the entry point works and never shows a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PLEDGE_APP_DATA_DIR": str(cwd / "data"), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "pledge_app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_the_module_runs_a_command_and_round_trips(tmp_path: Path) -> None:
    assert _run("--db", "a.sqlite3", "demo", cwd=tmp_path).returncode == 0
    assert _run("export", "--db", "a.sqlite3", "-o", "a.json", cwd=tmp_path).returncode == 0
    imported = _run("--db", "b.sqlite3", "import", "a.json", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 20 pledges" in imported.stdout
    assert _run("export", "--db", "b.sqlite3", "-o", "b.json", cwd=tmp_path).returncode == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_bad_input_gives_a_message_and_exit_2_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"format": "pledge-exchange", "version": 1, "pledges": [}')
    result = _run("--db", "a.sqlite3", "import", "bad.json", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("bad.json: is not valid JSON: line 1, column 57")
    assert "Traceback" not in result.stderr


def test_the_commands_load_neither_qt_nor_reportlab(tmp_path: Path) -> None:
    probe = (
        "import sys, pledge_app.cli.main as c; c.main(['--db', 'a.sqlite3', 'demo']);"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'reportlab'}))"
    )
    env = {**os.environ, "PLEDGE_APP_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=120, check=True,
    )  # fmt: skip
    assert result.stdout.splitlines()[-1] == "[]"
