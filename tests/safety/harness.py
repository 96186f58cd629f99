"""What the kill harness checks after each kill: the file is sound, `check` is clean, and
an operation is there in full or not at all. Shared by the kill and full-disk tests."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.safety import editor_model

SAFETY_DIR = Path(__file__).resolve().parent
EDITOR_CHILD = SAFETY_DIR / "editor_child.py"
KILL_SWITCH = SAFETY_DIR / "kill_switch.py"


def must(condition: object, message: str) -> None:
    """A precondition of a test, failed with pytest.fail: never an AssertionError, which an
    xfail(raises=AssertionError) marking a known defect would take for that defect."""
    if not condition:
        pytest.fail(message, pytrace=False)


def cli(db: Path, *args: str) -> list[str]:
    """The real command line, as a subprocess runs it."""
    return [sys.executable, "-m", "pledge_app", "--db", str(db), *args]


def child_env() -> dict[str, str]:
    """The environment of a child: this one (the test's own data folder) with a plain locale."""
    env = dict(os.environ)
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return env


def run(command: list[str], *, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a child to its end and capture what it said."""
    return subprocess.run(
        command, capture_output=True, text=True, env=child_env(), cwd=cwd, check=False
    )


def run_inprocess(*argv: str) -> tuple[int, str]:
    """`pledge-app ARGV` in this process (no interpreter start-up): exit code and output."""
    from pledge_app.cli.main import main

    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        code = main(list(argv))
    return code, out.getvalue()


def hot_journal(db: Path) -> bool:
    """Whether a killed writer left a rollback journal (it died inside a write transaction)."""
    journal = db.with_name(db.name + "-journal")
    wal = db.with_name(db.name + "-wal")
    return (journal.exists() and journal.stat().st_size > 0) or (
        wal.exists() and wal.stat().st_size > 0
    )


def integrity(db: Path) -> list[str]:
    """`PRAGMA integrity_check` of the file; opening it rolls back a hot journal first, as
    the next program to open it would."""
    connection = sqlite3.connect(db)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


#: Tables that `check` itself writes (where the last sound check ended): bookkeeping of the
#: checks the harness runs, not data an operation adds or loses.
BOOKKEEPING_TABLES = frozenset({"integrity_checkpoint"})


def table_counts(db: Path) -> dict[str, int]:
    """The number of rows of every table but the check's own bookkeeping."""
    connection = sqlite3.connect(db)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in sorted(names)
            if name not in BOOKKEEPING_TABLES
        }
    finally:
        connection.close()


def pledge_ids(db: Path) -> set[str]:
    """The ids of every stored pledge."""
    connection = sqlite3.connect(db)
    try:
        return {row[0] for row in connection.execute("SELECT id FROM pledge")}
    finally:
        connection.close()


def counts_diff(got: dict[str, int], want: dict[str, int]) -> str:
    """The tables whose counts differ, for a message."""
    names = sorted(set(got) | set(want))
    return ", ".join(
        f"{name} {got.get(name)}≠{want.get(name)}"
        for name in names
        if got.get(name) != want.get(name)
    )


def pdf_problem(path: Path) -> str | None:
    """Why the file under a final .pdf name is not a complete PDF, or None if it is."""
    from pypdf import PdfReader

    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        return f"{path.name}: does not start like a PDF ({len(data)} bytes)"
    if b"%%EOF" not in data[-1024:]:
        return f"{path.name}: has no %%EOF at its end ({len(data)} bytes): cut short"
    try:
        reader = PdfReader(io.BytesIO(data), strict=True)
        pages = len(reader.pages)
        reader.pages[pages - 1].extract_text()
    except Exception as error:  # any parse error means a broken file
        return f"{path.name}: pypdf cannot read it: {type(error).__name__}: {error}"
    if pages < 1:
        return f"{path.name}: has no pages"
    return None


def final_pdfs(folder: Path) -> list[Path]:
    """The files under a final (visible) .pdf name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".pdf" and not p.name.startswith("."))


def hidden_leftovers(folder: Path) -> list[Path]:
    """Hidden temporary files (pending, tmp, journals) a killed writer left in `folder`."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


def editor_fingerprint(db: Path) -> tuple[object, ...]:
    """The editor loop's pledges and autosaves as the database holds them, in the shape of
    `editor_model.Model.fingerprint`; read through the application's own views."""
    from pledge_app.core import autosave
    from pledge_app.core import pledges as core_pledges
    from pledge_app.core.database import open_database

    connection = sqlite3.connect(db)
    try:
        ids = [row[0] for row in connection.execute("SELECT id FROM pledge WHERE title LIKE 'K%'")]
    finally:
        connection.close()
    found = []
    saved = []
    with open_database(db) as database, database.begin() as session:
        for pledge_id in ids:
            view = core_pledges.get_pledge(session, pledge_id)
            cycle = editor_model.cycle_of(view.content.title)
            if cycle is None:
                continue
            key = (cycle, view.revision)
            parties = tuple(sorted(str(s.party.value) for s in view.signatures))
            found.append(
                (key, view.content.title, view.status.value, parties, view.previous_id is not None)
            )
            snapshot = autosave.load_autosave(session, pledge_id)
            if snapshot is not None:
                saved.append((key, snapshot.content.title))
    return tuple(sorted(found)), tuple(sorted(saved))


@dataclass
class Problem:
    """Something a kill broke. `kind`: lost (reported done, not there), corrupt (the file or
    `check` is not clean), partial (an operation half there), other."""

    kind: str
    text: str


def soundness(db: Path) -> list[Problem]:
    """`PRAGMA integrity_check` is ok and `pledge-app check` exits 0."""
    problems = []
    verdict = integrity(db)
    if verdict != ["ok"]:
        problems.append(Problem("corrupt", f"integrity_check: {verdict[:5]}"))
        return problems
    code, output = run_inprocess("--db", str(db), "check")
    if code != 0:
        problems.append(Problem("corrupt", f"check exited {code}: {output.strip()[-800:]}"))
    return problems
