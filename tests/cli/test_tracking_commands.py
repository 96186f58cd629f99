"""`pledge-app tasks` and `pledge-app report`: the same lights and filters as the window,
reports that show up everywhere, and clear refusals with their exit codes."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pledge_app.cli.main import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, main
from pledge_app.core import audit
from pledge_app.core.database import open_database
from pledge_app.core.enums import TaskList
from pledge_app.core.tracking.ledger import tracked_tasks
from pledge_app.core.tracking.reports import ReportDraft, add_report
from pledge_app.core.tracking.states import TaskState
from tests.conftest import make_content
from tests.signing_helpers import signed_pledge

TODAY = "2026-06-10"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two signed pledges: one task due in 2026-06 without reports, one due at the end of
    the year reported at 40 %."""
    path = tmp_path / "tracking.sqlite3"
    base = make_content()
    soon = replace(base.tasks[0], item="推进医保支付方式改革", deadline=date(2026, 6, 20))
    later = replace(
        base.tasks[0],
        item="深化国企改革",
        deadline=date(2026, 12, 31),
        list_class=TaskList.PROBLEM,
        lead_official="王强",
    )
    with open_database(path) as database, database.begin() as session:
        signed_pledge(session, replace(base, tasks=(soon,)))
        second = signed_pledge(session, replace(base, number="改革办〔2026〕2号", tasks=(later,)))
        add_report(
            session,
            ReportDraft(second.content.tasks[0].key, 40, TaskState.ON_TRACK),
            today=date(2026, 6, 5),
        )
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def listed(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, str]]:
    code, out, _err = run(db, capsys, "tasks", "--format", "json", "--today", TODAY, *args)
    assert code == EXIT_OK
    rows: list[dict[str, str]] = json.loads(out)
    return rows


def test_tasks_lists_every_task_in_force_with_its_light(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = listed(db, capsys)
    assert {row["task"]: row["light"] for row in rows} == {
        "推进医保支付方式改革": "yellow",  # due within 30 days, below the line
        "深化国企改革": "green",
    }
    code, out, _err = run(db, capsys, "tasks", "--today", TODAY)
    assert code == EXIT_OK
    assert "推进医保支付方式改革" in out and "2 tasks" in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--list", "问题"), ["深化国企改革"]),
        (("--list", "problem"), ["深化国企改革"]),
        (("--light", "yellow"), ["推进医保支付方式改革"]),
        (("--due-within", "30"), ["推进医保支付方式改革"]),
        (("--due", "quarter"), ["推进医保支付方式改革"]),
        (("--lead", "王强"), ["深化国企改革"]),
        (("--text", "医保"), ["推进医保支付方式改革"]),  # a two-character term
        (("--text", "国企", "改革"), ["深化国企改革"]),
        (("--year", "2025"), []),
    ],
)
def test_filters_are_the_windows(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: list[str]
) -> None:
    assert [row["task"] for row in listed(db, capsys, *args)] == expected


def test_csv_has_a_header_and_one_row_per_task(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(db, capsys, "tasks", "--format", "csv", "--today", TODAY)
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2 and rows[0]["key"] and rows[0]["light"] in {"yellow", "green"}


def test_a_report_shows_in_the_list_the_lights_and_the_audit_log(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [row] = listed(db, capsys, "--text", "医保")
    proof = tmp_path / "验收材料.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    code, out, err = run(
        db,
        capsys,
        "report",
        row["key"][:8],
        "--percent",
        "100",
        "--state",
        "已完成",
        "--note",
        "已按期完成",
        "--evidence",
        str(proof),
        "--today",
        TODAY,
    )
    assert (code, err) == (EXIT_OK, "")
    assert "2026-05-01" in out
    [after] = listed(db, capsys, "--text", "医保")
    assert (after["light"], after["percent"], after["state"]) == ("done", 100, "done")
    with open_database(db) as database, database.begin() as session:
        actions = [entry.action for entry in audit.list_entries(session)]
        [task] = [t for t in tracked_tasks(session) if t.key == row["key"]]
    assert "reported" in actions
    assert task.narrative == "已按期完成"


def test_done_without_evidence_is_refused_and_nothing_is_written(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [row] = listed(db, capsys, "--text", "医保")
    code, _out, err = run(db, capsys, "report", row["key"], "--percent", "100", "--state", "done")
    assert code == EXIT_FAILED
    assert "evidence" in err and "Traceback" not in err
    [after] = listed(db, capsys, "--text", "医保")
    assert after["state"] is None


@pytest.mark.parametrize(
    "args",
    [
        ("report", "zz", "--percent", "1", "--state", "done"),
        ("report", "ffffffff", "--percent", "1", "--state", "done"),
        ("report", "KEY", "--percent", "101", "--state", "done"),
        ("report", "KEY", "--percent", "50", "--state", "finished"),
        ("report", "KEY", "--percent", "50", "--state", "behind", "--period", "2026-13"),
        ("report", "KEY", "--percent", "50", "--state", "behind", "--evidence", "/nope.pdf"),
        ("tasks", "--light", "purple"),
        ("tasks", "--today", "2026-02-30"),
    ],
)
def test_bad_input_exits_2_with_a_message(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    [row] = listed(db, capsys, "--text", "医保")
    args = tuple(row["key"] if arg == "KEY" else arg for arg in args)
    code, _out, err = run(db, capsys, *args)
    assert code == EXIT_BAD_INPUT
    assert err.strip() and "Traceback" not in err
    [after] = listed(db, capsys, "--text", "医保")
    assert after["state"] is None


def test_export_then_import_carries_the_reports_and_says_so(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "pledges.json"
    assert run(db, capsys, "export", "-o", str(exported))[0] == EXIT_OK
    fresh = tmp_path / "fresh.sqlite3"
    code, out, _err = run(fresh, capsys, "import", str(exported))
    assert code == EXIT_OK
    assert "Tracking: 1 progress reports added (0 already here), 0 milestones." in out
    again = tmp_path / "again.json"
    assert run(fresh, capsys, "export", "-o", str(again))[0] == EXIT_OK
    assert again.read_bytes() == exported.read_bytes()
    rows = listed(fresh, capsys, "--text", "国企")
    assert [(row["percent"], row["state"]) for row in rows] == [(40, "on_track")]


def test_reports_lists_ids_that_report_corrects_takes(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [row] = listed(db, capsys, "--text", "国企")
    code, out, _err = run(db, capsys, "reports", row["key"][:8], "--format", "json")
    assert code == EXIT_OK
    [first] = json.loads(out)
    assert (first["percent"], first["corrected"]) == (40, False)
    code, _out, err = run(
        db,
        capsys,
        "report",
        row["key"][:8],
        "--percent",
        "35",
        "--state",
        "behind",
        "--corrects",
        first["id"],
        "--today",
        TODAY,
    )
    assert (code, err) == (EXIT_OK, "")
    code, out, _err = run(db, capsys, "reports", row["key"][:8])
    assert code == EXIT_OK
    assert f"{first['id']}" in out and "(corrected)" in out and "2 reports" in out
    [after] = listed(db, capsys, "--text", "国企")
    assert (after["percent"], after["state"]) == (35, "behind")
