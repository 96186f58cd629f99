"""Progress reports through real databases: in force only, append-only, corrections, the
evidence rule, and progress that survives an amendment."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pledge_app.core import audit, pledges
from pledge_app.core.amendments import amend_pledge
from pledge_app.core.database import Database
from pledge_app.core.errors import NotFound, ValidationFailed
from pledge_app.core.integrity import check_database
from pledge_app.core.office_settings import update_office_settings
from pledge_app.core.tracking import reports as reports_module
from pledge_app.core.tracking.ledger import tracked_tasks
from pledge_app.core.tracking.reports import EvidenceFile, ReportDraft, add_report, reports_of
from pledge_app.core.tracking.states import Light, TaskState
from tests.conftest import make_content
from tests.signing_helpers import ready_pledge, sign_both, signed_pledge

TODAY = date(2026, 6, 10)


def _key(database: Database) -> tuple[str, str]:
    with database.begin() as session:
        pledge = signed_pledge(session)
    return pledge.id, pledge.content.tasks[0].key


def test_a_report_shows_in_the_ledger_and_the_audit_log(any_database: Database) -> None:
    pledge_id, key = _key(any_database)
    with any_database.begin() as session:
        add_report(
            session,
            ReportDraft(key, 40, TaskState.ON_TRACK, narrative="已完成方案起草"),
            today=TODAY,
        )
    with any_database.begin() as session:
        [task] = tracked_tasks(session, today=TODAY)
        entries = audit.list_entries(session, pledge_id=pledge_id)
        assert check_database(session) == []
    assert (task.percent, task.state, task.last_report_on) == (40, TaskState.ON_TRACK, TODAY)
    assert task.narrative == "已完成方案起草"
    reported = [entry for entry in entries if entry.action == "reported"]
    assert reported[0].details["task"] == key
    assert reported[0].details["percent"] == 40


def test_the_period_is_the_previous_month_by_default(database: Database) -> None:
    _pledge_id, key = _key(database)
    with database.begin() as session:
        view = add_report(session, ReportDraft(key, 10, TaskState.ON_TRACK), today=TODAY)
    assert (view.period_start, view.period_end) == (date(2026, 5, 1), date(2026, 5, 31))


def test_a_draft_or_ready_pledge_is_not_tracked(database: Database) -> None:
    with database.begin() as session:
        draft = pledges.create_pledge(session, make_content())
        ready = ready_pledge(session, make_content(number="改革办〔2026〕2号"))
    for view in (draft, ready):
        with database.begin() as session, pytest.raises(NotFound):
            add_report(session, ReportDraft(view.content.tasks[0].key, 10, TaskState.ON_TRACK))
    with database.begin() as session:
        assert tracked_tasks(session, today=TODAY) == []


@pytest.mark.parametrize(
    "statement",
    ["UPDATE progress_report SET percent = 100", "DELETE FROM progress_report"],
)
def test_reports_are_append_only_even_from_a_sql_shell(
    any_database: Database, statement: str
) -> None:
    _pledge_id, key = _key(any_database)
    with any_database.begin() as session:
        add_report(session, ReportDraft(key, 40, TaskState.ON_TRACK), today=TODAY)
    with pytest.raises(DBAPIError, match="append-only"), any_database.engine.begin() as c:
        c.execute(text(statement))


def test_a_correction_keeps_both_and_the_newest_counts(database: Database) -> None:
    _pledge_id, key = _key(database)
    with database.begin() as session:
        wrong = add_report(session, ReportDraft(key, 90, TaskState.ON_TRACK), today=TODAY)
        add_report(
            session,
            ReportDraft(key, 30, TaskState.BEHIND, corrects_id=wrong.id),
            today=TODAY,
        )
    with database.begin() as session:
        history = reports_of(session, [key])
        [task] = tracked_tasks(session, today=TODAY)
    assert [r.percent for r in history] == [30, 90]
    assert history[0].corrects_id == wrong.id
    assert (task.percent, task.state) == (30, TaskState.BEHIND)


def test_a_correction_must_name_a_report_of_the_same_task(database: Database) -> None:
    _pledge_id, key = _key(database)
    with database.begin() as session, pytest.raises(ValidationFailed, match="not one of"):
        add_report(session, ReportDraft(key, 30, TaskState.BEHIND, corrects_id="nope"))


def test_done_needs_evidence_unless_the_office_says_otherwise(database: Database) -> None:
    _pledge_id, key = _key(database)
    with database.begin() as session, pytest.raises(ValidationFailed, match="evidence"):
        add_report(session, ReportDraft(key, 100, TaskState.DONE), today=TODAY)
    with database.begin() as session:
        proof = EvidenceFile("验收报告.pdf", b"%PDF-1.4 proof")
        done = add_report(
            session, ReportDraft(key, 80, TaskState.DONE, evidence=(proof,)), today=TODAY
        )
    assert done.percent == 100  # done is all of it
    assert done.evidence[0].media_type == "application/pdf"
    assert done.evidence[0].size == len(proof.data)
    with database.begin() as session:
        [task] = tracked_tasks(session, today=date(2030, 1, 1))
    assert task.light is Light.DONE


def test_done_without_evidence_when_the_setting_is_off(database: Database) -> None:
    _pledge_id, key = _key(database)
    with database.begin() as session:
        update_office_settings(session, done_needs_evidence=False)
        add_report(session, ReportDraft(key, 100, TaskState.DONE), today=TODAY)


def test_too_large_or_nameless_evidence_is_refused_naming_it(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports_module, "MAX_EVIDENCE_BYTES", 10)
    _pledge_id, key = _key(database)
    big = EvidenceFile("照片.jpg", b"x" * 11)
    with database.begin() as session, pytest.raises(ValidationFailed, match=r"照片\.jpg"):
        add_report(session, ReportDraft(key, 10, TaskState.ON_TRACK, evidence=(big,)))
    with database.begin() as session, pytest.raises(ValidationFailed, match="no name"):
        add_report(
            session,
            ReportDraft(key, 10, TaskState.ON_TRACK, evidence=(EvidenceFile(" ", b"1"),)),
        )


@pytest.mark.parametrize("percent", [-1, 101])
def test_percent_outside_0_to_100_is_refused(database: Database, percent: int) -> None:
    _pledge_id, key = _key(database)
    with database.begin() as session, pytest.raises(ValidationFailed, match="0 to 100"):
        add_report(session, ReportDraft(key, percent, TaskState.ON_TRACK))


def test_a_lone_surrogate_in_the_narrative_is_refused(database: Database) -> None:
    _pledge_id, key = _key(database)
    with database.begin() as session, pytest.raises(ValidationFailed, match="narrative"):
        add_report(session, ReportDraft(key, 10, TaskState.ON_TRACK, narrative="坏\ud83d"))


def test_amending_and_signing_again_keeps_the_progress(any_database: Database) -> None:
    pledge_id, key = _key(any_database)
    with any_database.begin() as session:
        add_report(session, ReportDraft(key, 60, TaskState.ON_TRACK), today=TODAY)
        amendment = amend_pledge(session, pledge_id, reason="调整任务")
        content = amendment.content
        kept = replace(content.tasks[0], measures="增加一项措施")
        added = replace(kept, item="新增改革事项", key="")
        pledges.save_pledge(
            session,
            amendment.id,
            replace(content, tasks=(kept, added)),
            expected_version=amendment.version,
        )
        pledges.finalise_pledge(session, amendment.id)
        sign_both(session, amendment.id, on=date(2026, 7, 1))
    with any_database.begin() as session:
        tasks = tracked_tasks(session, today=TODAY)
        assert check_database(session) == []
    assert [t.pledge_id for t in tasks] == [amendment.id, amendment.id]
    assert tasks[0].key == key and tasks[0].percent == 60
    assert tasks[1].key != key and tasks[1].percent == 0
    assert tasks[0].start == date(2026, 3, 1)  # the line still starts at the first signing


def test_a_task_dropped_by_an_amendment_keeps_its_history(database: Database) -> None:
    pledge_id, key = _key(database)
    with database.begin() as session:
        add_report(session, ReportDraft(key, 20, TaskState.ON_TRACK), today=TODAY)
        amendment = amend_pledge(session, pledge_id)
        other = replace(amendment.content.tasks[0], item="另一项改革", key="")
        pledges.save_pledge(
            session,
            amendment.id,
            replace(amendment.content, tasks=(other,)),
            expected_version=amendment.version,
        )
        pledges.finalise_pledge(session, amendment.id)
        sign_both(session, amendment.id, on=date(2026, 7, 1))
    with database.begin() as session:
        assert [r.percent for r in reports_of(session, [key])] == [20]
        assert [t.item for t in tracked_tasks(session, today=TODAY)] == ["另一项改革"]
        with pytest.raises(NotFound):
            add_report(session, ReportDraft(key, 30, TaskState.ON_TRACK))


def test_reports_never_touch_the_signed_content(database: Database) -> None:
    pledge_id, key = _key(database)
    with database.begin() as session:
        before = pledges.get_pledge(session, pledge_id).content_hash
        add_report(session, ReportDraft(key, 20, TaskState.ON_TRACK), today=TODAY)
        assert pledges.get_pledge(session, pledge_id).content_hash == before


def test_saving_a_draft_keeps_its_tasks_keys(database: Database) -> None:
    with database.begin() as session:
        draft = pledges.create_pledge(session, make_content())
        key = draft.content.tasks[0].key
        copied = replace(draft.content.tasks[0], item="复制的一行")  # same key twice
        saved = pledges.save_pledge(
            session,
            draft.id,
            replace(draft.content, tasks=(draft.content.tasks[0], copied)),
            expected_version=draft.version,
        )
    assert saved.content.tasks[0].key == key
    assert saved.content.tasks[1].key not in ("", key)


def test_correcting_an_old_report_does_not_undo_a_newer_one(any_database: Database) -> None:
    # The clerk trial's case: 80 %, then done with evidence, then the 80 % corrected to 85 %.
    _pledge_id, key = _key(any_database)
    proof = EvidenceFile("验收.pdf", b"%PDF-1.4")
    with any_database.begin() as session:
        early = add_report(
            session, ReportDraft(key, 80, TaskState.ON_TRACK, narrative="推进中的说法"), today=TODAY
        )
        add_report(
            session,
            ReportDraft(key, 100, TaskState.DONE, narrative="已经全部完成", evidence=(proof,)),
            today=TODAY,
        )
        add_report(
            session,
            ReportDraft(
                key, 85, TaskState.ON_TRACK, narrative="更正后的说法", corrects_id=early.id
            ),
            today=TODAY,
        )
    with any_database.begin() as session:
        [task] = tracked_tasks(session, today=TODAY)
        assert (task.state, task.percent, task.light) == (TaskState.DONE, 100, Light.DONE)
        if any_database.engine.dialect.name == "sqlite":
            from pledge_app.core.tracking.search_index import indexed_matches

            assert indexed_matches(session, ["全部完成"]) == {key}
            assert indexed_matches(session, ["更正后的"]) == set()


def test_correcting_the_newest_report_counts_at_once(database: Database) -> None:
    _pledge_id, key = _key(database)
    with database.begin() as session:
        add_report(session, ReportDraft(key, 30, TaskState.ON_TRACK), today=TODAY)
        wrong = add_report(session, ReportDraft(key, 90, TaskState.ON_TRACK), today=TODAY)
        add_report(
            session, ReportDraft(key, 50, TaskState.BEHIND, corrects_id=wrong.id), today=TODAY
        )
    with database.begin() as session:
        [task] = tracked_tasks(session, today=TODAY)
    assert (task.percent, task.state) == (50, TaskState.BEHIND)


def test_a_period_that_has_not_begun_is_refused(database: Database) -> None:
    _pledge_id, key = _key(database)
    with database.begin() as session, pytest.raises(ValidationFailed, match="after today"):
        add_report(
            session,
            ReportDraft(key, 60, TaskState.ON_TRACK, period_start=date(2027, 1, 1)),
            today=TODAY,
        )
