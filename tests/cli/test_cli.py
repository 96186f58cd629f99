"""The headless commands, run in-process through `main(argv)` as a script would run them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pledge_app.cli.main import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERNAL, EXIT_OK, main
from pledge_app.core.database import Database


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """A SQLite file holding the demo year."""
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo"]) == EXIT_OK
    return path


def _export(db: Path | str, target: Path) -> bytes:
    assert main(["export", "--db", str(db), "-o", str(target)]) == EXIT_OK
    return target.read_bytes()


def test_export_import_export_is_byte_for_byte_the_same(demo_db: Path, tmp_path: Path) -> None:
    first = _export(demo_db, tmp_path / "first.json")
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "import", str(tmp_path / "first.json")]) == EXIT_OK
    assert _export(fresh, tmp_path / "second.json") == first


def test_a_sqlite_export_imports_into_postgresql_unchanged(
    demo_db: Path, postgres_database: Database, tmp_path: Path
) -> None:
    url = postgres_database.engine.url.render_as_string(hide_password=False)
    first = _export(demo_db, tmp_path / "first.json")
    assert main(["import", str(tmp_path / "first.json"), "--db", url]) == EXIT_OK
    assert _export(url, tmp_path / "second.json") == first


def test_db_is_accepted_before_and_after_the_command(tmp_path: Path) -> None:
    before, after = tmp_path / "before.sqlite3", tmp_path / "after.sqlite3"
    assert main(["--db", str(before), "demo"]) == EXIT_OK
    assert main(["demo", "--db", str(after)]) == EXIT_OK
    exports = [_export(before, tmp_path / "a.json"), _export(after, tmp_path / "b.json")]
    assert _unrecorded(exports[0]) == _unrecorded(exports[1])


def _unrecorded(export: bytes) -> Any:
    """An export without when and by whom each signature was recorded (that is today's)."""
    document = json.loads(export)
    for pledge in document["pledges"]:
        for signature in pledge["signatures"]:
            del signature["recorded_at"], signature["recorded_by"]
    return document


def test_without_db_the_users_own_database_is_used(tmp_path: Path) -> None:
    # conftest points the data folder at tmp_path / "data" for every test.
    assert main(["demo"]) == EXIT_OK
    assert (tmp_path / "data" / "pledges.sqlite3").is_file()


def test_a_second_demo_adds_nothing_and_says_so(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", str(demo_db), "demo"]) == EXIT_OK
    assert "already in this database" in capsys.readouterr().out


def _valid_pledge(number: str = "改革办〔2026〕3号", **changes: Any) -> dict[str, Any]:
    pledge: dict[str, Any] = {
        "number": number,
        "title": "市教育局2026年度全面深化改革目标责任书",
        "year": 2026,
        "status": "draft",
        "issuer": {
            "unit": "市委全面深化改革委员会",
            "signatory": "张国华",
            "signatory_title": "主任",
        },
        "responsible": {"unit": "市教育局", "signatory": "刘志强", "signatory_title": "局长"},
        "goals": ["目标"],
        "duties": ["责任"],
        "measures": ["措施"],
        "outcomes": ["成效"],
        "tasks": [
            {
                "item": f"任务{n}",
                "lead_official": "刘志强",
                "responsible_body": "市教育局",
                "measures": "措施",
                "deliverable": "方案",
                "deadline": "2026-06-30",
                "list": "priority",
                "cooperating_units": ["市财政局"],
                "weight": 10,
            }
            for n in range(3)
        ],
    }
    pledge.update(changes)
    return pledge


def _file_with(third: dict[str, Any]) -> dict[str, Any]:
    """A file whose third pledge is the one under test; the first two are fine."""
    return {
        "format": "pledge-exchange",
        "version": 1,
        "pledges": [
            _valid_pledge("改革办〔2026〕21号"),
            _valid_pledge("改革办〔2026〕22号"),
            third,
        ],
    }


def _task_change(**changes: Any) -> dict[str, Any]:
    pledge = _valid_pledge()
    pledge["tasks"][2].update(changes)
    return pledge


_WHERE = "pledges.json: pledge 3 (改革办〔2026〕3号), "

BAD_DOCUMENTS = {
    "impossible date": (
        _file_with(_task_change(deadline="2026-02-30")),
        _WHERE + 'tasks[2].deadline: "2026-02-30" is not a real date (YYYY-MM-DD)',
    ),
    "date in another form": (
        _file_with(_task_change(deadline="2026/06/30")),
        _WHERE + 'tasks[2].deadline: "2026/06/30" is not a real date (YYYY-MM-DD)',
    ),
    "unknown list class": (
        _file_with(_task_change(list="key")),
        _WHERE + 'tasks[2].list: "key" is not one of annual_key_point, priority,',
    ),
    "string where a list belongs": (
        _file_with(_valid_pledge(goals="目标")),
        _WHERE + "goals: must be a list of text, not text",
    ),
    "bool as year": (
        _file_with(_valid_pledge(year=True)),
        _WHERE + "year: must be a whole number, not true/false",
    ),
    "number as text": (
        _file_with(_task_change(item=5)),
        _WHERE + "tasks[2].item: must be text, not a number",
    ),
    "negative weight": (
        _file_with(_task_change(weight=-1)),
        _WHERE + "tasks[2].weight: Task 3: the weight is negative.",
    ),
    "empty title": (
        _file_with(_valid_pledge(title="  ")),
        _WHERE + "title: The title is empty.",
    ),
    "empty issuer": (
        _file_with(_valid_pledge(issuer={"unit": ""})),
        _WHERE + "issuer.unit: The issuer is empty.",
    ),
    "empty responsible unit": (
        _file_with(_valid_pledge(responsible={"unit": " ", "signatory": "刘志强"})),
        _WHERE + "responsible.unit: The responsible unit is empty.",
    ),
    "missing field": (
        _file_with({k: v for k, v in _valid_pledge().items() if k != "responsible"}),
        _WHERE + "responsible: is missing",
    ),
    "misspelt field": (
        _file_with(_valid_pledge(dutys=["x"])),
        _WHERE + "dutys: is not a field of this format",
    ),
    "unknown status": (
        _file_with(_valid_pledge(status="signed")),
        _WHERE + 'status: "signed" is not one of draft, ready_to_sign',
    ),
    "incomplete pledge marked ready to sign": (
        _file_with(_valid_pledge(status="ready_to_sign", outcomes=[])),
        _WHERE + "outcomes: The section “Outcomes” is empty. (required for status ready_to_sign)",
    ),
    "bad id": (
        _file_with(_valid_pledge(id="3")),
        _WHERE + 'id: "3" is not a UUID',
    ),
    "duplicate id": (
        {
            "format": "pledge-exchange",
            "version": 1,
            "pledges": [
                _valid_pledge("改革办〔2026〕1号", id="0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"),
                _valid_pledge("改革办〔2026〕2号"),
                _valid_pledge(id="0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"),
            ],
        },
        _WHERE + "id: 0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b is already the id of pledge 1",
    ),
    "wrong format": (
        {"format": "something-else", "version": 1, "pledges": []},
        'pledges.json: is not a pledge exchange file (no "format": "pledge-exchange" at the top)',
    ),
    "top level is a list": (
        [_valid_pledge()],
        'pledges.json: is not a pledge exchange file (no "format": "pledge-exchange" at the top)',
    ),
    "unknown version": (
        {"format": "pledge-exchange", "version": 4, "pledges": []},
        "pledges.json, version: 4 is not a version this program reads (it reads 1, 2, 3)",
    ),
    "pledges not a list": (
        {"format": "pledge-exchange", "version": 1, "pledges": {"a": 1}},
        "pledges.json, pledges: must be a list of pledges, not an object",
    ),
}

BAD_BYTES = {
    "malformed JSON": (
        b'{\n  "format": "pledge-exchange",\n  "version": 1,\n  "pledges": [,]\n}\n',
        "pledges.json: is not valid JSON: line 4, column 15: Expecting value",
    ),
    "not UTF-8": (
        '{"format": "pledge-exchange", "version": 1, "pledges": [{"title": "改革"}]}'.encode("gbk"),
        "pledges.json: is not UTF-8 text (line 1, byte 0xB8); save it as UTF-8",
    ),
    "empty file": (b"", "pledges.json: is not valid JSON: line 1, column 1: Expecting value"),
    "NaN weight": (
        json.dumps(_file_with(_task_change(weight=float("nan"))), ensure_ascii=False).encode(),
        _WHERE + "tasks[2].weight: must be a finite number",
    ),
}

_CASES = {
    **{
        name: (json.dumps(doc, ensure_ascii=False).encode(), msg)
        for name, (doc, msg) in BAD_DOCUMENTS.items()
    },
    **BAD_BYTES,
}


@pytest.mark.parametrize(("content", "message"), list(_CASES.values()), ids=list(_CASES))
def test_bad_input_is_named_and_changes_nothing(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    message: str,
) -> None:
    before = _export(demo_db, tmp_path / "before.json")
    bad = tmp_path / "pledges.json"
    bad.write_bytes(content)
    capsys.readouterr()
    assert main(["--db", str(demo_db), "import", str(bad)]) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""
    assert _export(demo_db, tmp_path / "after.json") == before


def test_a_missing_file_is_named_and_no_database_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "never.sqlite3"
    assert main(["--db", str(db), "import", str(tmp_path / "gone.json")]) == EXIT_BAD_INPUT
    assert f"{tmp_path / 'gone.json'}: there is no such file" in capsys.readouterr().err
    assert not db.exists()


def test_importing_pledges_already_there_refuses_the_whole_file(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = json.loads(_export(demo_db, tmp_path / "all.json"))
    # A new pledge first, then one that is already stored: neither may be written.
    exported["pledges"].insert(0, _valid_pledge("新〔2026〕1号"))
    again = tmp_path / "again.json"
    again.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    before = (tmp_path / "all.json").read_bytes()
    capsys.readouterr()
    assert main(["--db", str(demo_db), "import", str(again)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "again.json: pledge 2 (改革办〔2025〕10号), id: a pledge with the id" in err
    assert "already in the database" in err
    assert _export(demo_db, tmp_path / "after.json") == before


def test_an_unopenable_database_is_a_clear_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("this is not a database", encoding="utf-8")
    assert main(["--db", str(not_a_db), "demo"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "Cannot open the database" in err
    assert "Traceback" not in err


def test_an_unexpected_error_is_one_line_and_logged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pledge_app.core.demo.sample_year

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(pledge_app.core.demo.sample_year, "build_demo", broken)
    assert main(["--db", str(tmp_path / "x.sqlite3"), "demo"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "RuntimeError: simulated bug" in err
    log = (tmp_path / "data" / "logs" / "pledge-app.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "simulated bug" in log


def test_debug_shows_the_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pledge_app.core.demo.sample_year

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(pledge_app.core.demo.sample_year, "build_demo", broken)
    assert main(["--debug", "--db", str(tmp_path / "x.sqlite3"), "demo"]) == EXIT_INTERNAL
    assert "Traceback" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == EXIT_BAD_INPUT
    assert main(["export"]) == EXIT_BAD_INPUT  # -o is required
    assert "usage:" in capsys.readouterr().err


def test_no_command_opens_the_window_on_the_given_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pledge_app.app

    opened: list[str | None] = []

    def fake_window(db: str | None = None) -> int:
        opened.append(db)
        return 0

    monkeypatch.setattr(pledge_app.app, "main", fake_window)
    assert main(["--db", "x.sqlite3"]) == EXIT_OK
    assert main([]) == EXIT_OK
    assert opened == ["x.sqlite3", None]
