"""Exchange format v3: lineage keys, milestones, reports, evidence and amendment reasons travel
losslessly; older files still import; reports are only ever appended."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from pledge_app.core import audit
from pledge_app.core.amendments import amendment_reason
from pledge_app.core.database import Database, open_database
from pledge_app.core.demo.sample_year import (
    PLEDGES,
    build_demo,
    demo_amendment_reason,
    demo_pledge_id,
)
from pledge_app.core.exchange import tracking_schema
from pledge_app.core.exchange.files import (
    ExchangeFileInvalid,
    ImportSummary,
    dumps_document,
    export_document,
    export_pledges,
    export_tracking,
    import_document,
    parse_document,
)
from pledge_app.core.integrity import check_database
from pledge_app.core.models import Evidence, ProgressReport, Task
from pledge_app.core.pledges import get_pledge
from pledge_app.core.tracking.reports import reports_of
from pledge_app.operations.exchange import export_file, import_file
from tests.signing_helpers import signed_pledge

Document = dict[str, Any]


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo years as an exchange file: amendments with reasons, reports, a correction,
    milestones and evidence files."""
    with open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3") as db:
        with db.begin() as session:
            build_demo(session)
        with db.begin() as session:
            return _text(session)


def _text(session: Any) -> str:
    return dumps_document(export_document(export_pledges(session), export_tracking(session)))


def _export_text(db: Database) -> str:
    with db.begin() as session:
        return _text(session)


def _import(db: Database, document: Document | str, source: str = "f.json") -> ImportSummary:
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    parsed = parse_document(text.encode("utf-8"), source=source)
    with db.begin() as session:
        return import_document(session, parsed, source=source)


def _refused(db: Database, document: Document) -> list[str]:
    before = _export_text(db)
    with pytest.raises(ExchangeFileInvalid) as caught:
        _import(db, document)
    assert _export_text(db) == before
    return caught.value.problems


def _entry(document: Document, predicate: Any) -> tuple[int, Document]:
    return next((n, e) for n, e in enumerate(document["tracking"]) if predicate(e))


def test_export_import_export_is_byte_identical(demo_export: str, any_database: Database) -> None:
    summary = _import(any_database, demo_export)
    assert _export_text(any_database) == demo_export
    document = json.loads(demo_export)
    reports = [report for entry in document["tracking"] for report in entry["reports"]]
    assert summary.reports == len(reports) and summary.reports_skipped == 0
    assert summary.milestones == sum(len(entry["milestones"]) for entry in document["tracking"])
    with any_database.begin() as session:
        assert check_database(session) == []


def test_the_file_carries_keys_tracking_and_reasons(demo_export: str) -> None:
    document = json.loads(demo_export)
    assert document["version"] == 3
    keys = {task["key"] for pledge in document["pledges"] for task in pledge["tasks"]}
    assert {entry["key"] for entry in document["tracking"]} <= keys
    assert [entry["key"] for entry in document["tracking"]] == sorted(
        entry["key"] for entry in document["tracking"]
    )
    reports = [report for entry in document["tracking"] for report in entry["reports"]]
    assert any(report["corrects"] for report in reports)
    assert any(entry["milestones"] for entry in document["tracking"])
    files = [file for report in reports for file in report["evidence"]]
    assert {file["media_type"] for file in files} == {"application/pdf", "image/png"}
    assert all(
        hashlib.sha256(base64.b64decode(file["data"])).hexdigest() == file["sha256"]
        for file in files
    )
    amended = next(p for p in PLEDGES if p.amendment is not None)
    [second] = [p for p in document["pledges"] if p["id"] == demo_pledge_id(amended, 2)]
    assert second["amendment_reason"] == demo_amendment_reason(amended)
    first = next(p for p in document["pledges"] if p["id"] == second["previous_id"])
    assert [t["key"] for t in second["tasks"]] == [t["key"] for t in first["tasks"]]


def test_an_amendment_reason_is_kept_where_the_app_reads_it(
    demo_export: str, database: Database
) -> None:
    _import(database, demo_export, source="office.json")
    amended = next(p for p in PLEDGES if p.amendment is not None)
    with database.begin() as session:
        assert amendment_reason(session, demo_pledge_id(amended, 2)) == demo_amendment_reason(
            amended
        )
        assert amendment_reason(session, demo_pledge_id(amended)) == ""


def test_imported_reports_are_audited_with_their_source(
    demo_export: str, database: Database
) -> None:
    _import(database, demo_export, source="office.json")
    with database.begin() as session:
        entries = [e for e in audit.list_entries(session) if e.action == "reported"]
        stored = session.scalar(select(func.count()).select_from(ProgressReport))
    assert len(entries) == stored
    assert all(e.details["imported"] and e.details["source"] == "office.json" for e in entries)
    assert all(e.pledge_id for e in entries)


def _old_shape(demo_export: str) -> Document:
    """The file as the build before lineage keys wrote it: version 2, no keys, no tracking."""
    document = json.loads(demo_export)
    document["version"] = 2
    del document["tracking"]
    for pledge in document["pledges"]:
        del pledge["amendment_reason"]
        for task in pledge["tasks"]:
            del task["key"]
    return document


def test_a_file_of_the_previous_build_still_imports(demo_export: str, database: Database) -> None:
    old = _old_shape(demo_export)
    summary = _import(database, old)
    assert summary.created == len(old["pledges"]) and summary.reports == 0
    amendments = [p for p in old["pledges"] if p["previous_id"]]
    with database.begin() as session:
        keys = session.scalars(select(Task.lineage_key)).all()
        versions = [
            (get_pledge(session, p["previous_id"]), get_pledge(session, p["id"]))
            for p in amendments
        ]
        assert check_database(session) == []
    assert all(keys)
    assert len(set(keys)) == len(keys) - sum(len(p["tasks"]) for p in amendments)
    # An amendment's tasks carry on the lineage of the version they amend, by item.
    for first, second in versions:
        assert [t.key for t in second.content.tasks] == [t.key for t in first.content.tasks]
    exported = json.loads(_export_text(database))
    assert exported["version"] == 3 and exported["tracking"] == []


def test_a_key_given_twice_in_one_pledge_is_refused(demo_export: str) -> None:
    document = json.loads(demo_export)
    tasks = document["pledges"][0]["tasks"]
    tasks[1]["key"] = tasks[0]["key"]
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_document(json.dumps(document, ensure_ascii=False).encode(), source="f.json")
    [problem] = caught.value.problems
    number = document["pledges"][0]["number"]
    assert problem.startswith(f"f.json: pledge 1 ({number}), tasks[1].key: ")
    assert problem.endswith("is already the key of tasks[0]")


def test_a_report_on_a_task_that_is_nowhere_is_refused(
    demo_export: str, any_database: Database
) -> None:
    document = json.loads(demo_export)
    n, entry = _entry(document, lambda e: e["reports"])
    stranger = "0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"
    entry["key"] = stranger
    for report in entry["reports"]:
        report["corrects"] = None
    assert _refused(any_database, document) == [
        f"f.json: tracking {n + 1} (task {stranger}), key: no task has this key, neither in "
        "this file nor in the database: tracking belongs to a task"
    ]


def test_evidence_that_does_not_match_its_hash_is_refused(demo_export: str) -> None:
    document = json.loads(demo_export)
    n, entry = _entry(document, lambda e: any(r["evidence"] for r in e["reports"]))
    r, report = next((r, rep) for r, rep in enumerate(entry["reports"]) if rep["evidence"])
    changed = base64.b64decode(report["evidence"][0]["data"]) + b" "
    report["evidence"][0]["data"] = base64.b64encode(changed).decode()
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_document(json.dumps(document, ensure_ascii=False).encode(), source="f.json")
    assert caught.value.problems == [
        f"f.json: tracking {n + 1} (task {entry['key']}), reports[{r}].evidence[0].sha256: "
        f"does not match the file's bytes, which hash to {hashlib.sha256(changed).hexdigest()}: "
        "the evidence was changed after it was recorded, so it is refused"
    ]


def test_evidence_above_the_size_limit_is_refused(
    demo_export: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tracking_schema, "MAX_EVIDENCE_BYTES", 1024)
    document = json.loads(demo_export)
    n, entry = _entry(document, lambda e: any(r["evidence"] for r in e["reports"]))
    r = next(r for r, report in enumerate(entry["reports"]) if report["evidence"])
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_document(json.dumps(document, ensure_ascii=False).encode(), source="f.json")
    where = f"f.json: tracking {n + 1} (task {entry['key']}), reports[{r}].evidence[0].data: is "
    assert caught.value.problems[0].startswith(where)


def _report_doc(**changes: Any) -> Document:
    data = b"%PDF-1.4 minutes"
    report = {
        "id": "5d3c1b0a-1111-4222-8333-944455566677",
        "period_start": "2026-05-01",
        "period_end": "2026-05-31",
        "reported_on": "2026-06-04",
        "percent": 40,
        "state": "on_track",
        "narrative": "已完成方案起草",
        "reporter": "赵敏",
        "recorded_by": "clerk",
        "recorded_at": "2026-06-04T01:30:00.000000Z",
        "corrects": None,
        "evidence": [
            {
                "name": "会议纪要.pdf",
                "media_type": "application/pdf",
                "sha256": hashlib.sha256(data).hexdigest(),
                "data": base64.b64encode(data).decode(),
            }
        ],
    }
    return {**report, **changes}


def _tracking_file(key: str, *reports: Document, milestones: Any = ()) -> Document:
    return {
        "format": "pledge-exchange",
        "version": 3,
        "pledges": [],
        "tracking": [{"key": key, "milestones": list(milestones), "reports": list(reports)}],
    }


def _stored_key(db: Database) -> str:
    with db.begin() as session:
        return signed_pledge(session).content.tasks[0].key


def test_reports_on_a_task_in_the_database_are_appended(any_database: Database) -> None:
    key = _stored_key(any_database)
    milestone = {"name": "方案报审", "due_on": "2026-09-30", "reached_on": None}
    summary = _import(any_database, _tracking_file(key, _report_doc(), milestones=[milestone]))
    assert (summary.created, summary.reports, summary.milestones) == (0, 1, 1)
    with any_database.begin() as session:
        [report] = reports_of(session, [key])
        assert check_database(session) == []
    assert (report.percent, report.narrative, report.recorded_by) == (40, "已完成方案起草", "clerk")
    assert [file.name for file in report.evidence] == ["会议纪要.pdf"]


def test_a_report_stored_already_is_skipped_when_identical(any_database: Database) -> None:
    key = _stored_key(any_database)
    _import(any_database, _tracking_file(key, _report_doc()))
    before = _export_text(any_database)
    summary = _import(any_database, _tracking_file(key, _report_doc()))
    assert (summary.reports, summary.reports_skipped) == (0, 1)
    assert _export_text(any_database) == before


def test_a_report_stored_already_with_other_content_is_refused(any_database: Database) -> None:
    key = _stored_key(any_database)
    _import(any_database, _tracking_file(key, _report_doc()))
    changed = _tracking_file(key, _report_doc(percent=45))
    assert _refused(any_database, changed) == [
        f"f.json: tracking 1 (task {key}), reports[0].id: a report with this id is in the "
        "database already, with other content: reports are never changed (a correction is a "
        "new report naming the one it corrects)"
    ]
    with any_database.begin() as session:
        assert [r.percent for r in reports_of(session, [key])] == [40]


def test_a_correction_must_name_a_report_of_its_task(database: Database) -> None:
    key = _stored_key(database)
    stray = "7a7a7a7a-1111-4222-8333-944455566677"
    document = _tracking_file(key, _report_doc(corrects=stray))
    assert _refused(database, document) == [
        f"f.json: tracking 1 (task {key}), reports[0].corrects: names {stray}, which is neither "
        "an earlier report of this task in the file nor one of its reports in the database"
    ]


def test_a_correction_may_name_a_stored_report(database: Database) -> None:
    key = _stored_key(database)
    _import(database, _tracking_file(key, _report_doc()))
    fix = _report_doc(
        id="6e4d2c1b-1111-4222-8333-944455566677",
        percent=45,
        corrects="5d3c1b0a-1111-4222-8333-944455566677",
        recorded_at="2026-06-06T01:30:00.000000Z",
    )
    assert _import(database, _tracking_file(key, fix)).reports == 1
    with database.begin() as session:
        newest, oldest = reports_of(session, [key])
    assert (newest.percent, newest.corrects_id, oldest.percent) == (45, oldest.id, 40)


def test_other_milestones_in_the_database_are_not_overwritten(database: Database) -> None:
    key = _stored_key(database)
    _import(database, _tracking_file(key, milestones=[{"name": "甲", "due_on": "2026-09-30"}]))
    other = _tracking_file(key, milestones=[{"name": "乙", "due_on": "2026-10-31"}])
    assert _refused(database, other) == [
        f"f.json: tracking 1 (task {key}), milestones: the database has other milestones for "
        "this task; importing over them is not supported: change them in the application"
    ]


def test_a_correction_comes_after_the_report_it_corrects() -> None:
    first = _report_doc(corrects="6e4d2c1b-1111-4222-8333-944455566677")
    second = _report_doc(id="6e4d2c1b-1111-4222-8333-944455566677")
    key = "0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"
    data = json.dumps(_tracking_file(key, first, second), ensure_ascii=False).encode()
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_document(data, source="f.json")
    assert caught.value.problems == [
        f"f.json: tracking 1 (task {key}), reports[0].corrects: names reports[1], which is not "
        "an earlier report: a correction comes after the report it corrects"
    ]


def test_a_done_report_says_100_percent() -> None:
    key = "0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"
    data = json.dumps(_tracking_file(key, _report_doc(state="done", percent=90))).encode()
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_document(data, source="f.json")
    assert caught.value.problems == [
        f"f.json: tracking 1 (task {key}), reports[0].percent: must be 100 for a report that "
        "says done"
    ]


def test_a_file_with_tracking_streams_in_through_the_operation(
    demo_export: str, tmp_path: Path
) -> None:
    path = tmp_path / "year.json"
    path.write_text(demo_export, encoding="utf-8")
    with open_database(tmp_path / "fresh.sqlite3") as fresh:
        done = import_file(fresh, path)
        again = tmp_path / "again.json"
        export_file(fresh, again)
        with fresh.begin() as session:
            files = session.scalar(select(func.count()).select_from(Evidence))
    assert done.value.reports > 0 and files
    assert again.read_text(encoding="utf-8") == demo_export
