"""The quick check builds on the last sound one, yet finds every tampering the full one finds.

Each scenario of test_integrity.py is replayed *after* a sound check has left its
checkpoint (the realistic order: the window checked on opening, then someone edited the
file), with the guards left dropped and with them put back; the default check must still
name it. The one thing only `--full` finds, a trigger bypass that leaves the guards'
catalog untouched, is shown too, with the quick check saying so.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from pledge_app.core import pledges
from pledge_app.core.database import Database
from pledge_app.core.guards import create_guards, drop_guards
from pledge_app.core.integrity import CheckScope, IntegrityReport, check_integrity
from pledge_app.core.integrity_pledges import headers
from pledge_app.core.integrity_workers import rehash_all
from pledge_app.core.views import PledgeView
from tests.conftest import make_content
from tests.signing_helpers import signed_pledge


def _check(database: Database, *, full: bool = False) -> IntegrityReport:
    with database.begin() as session:
        return check_integrity(session, full=full)


def _signed_and_checked(database: Database) -> PledgeView:
    with database.begin() as session:
        signed = signed_pledge(session)
    first = _check(database)
    assert first.findings == ()
    assert first.scope is CheckScope.FULL  # nothing to build on yet
    return signed


def _sqlite_behind_the_back(database: Database, statement: str, *, restore: bool) -> None:
    with database.engine.begin() as connection:
        drop_guards(connection)
    with sqlite3.connect(str(database.engine.url.database)) as connection:
        connection.execute(statement)
    if restore:
        with database.engine.begin() as connection:
            create_guards(connection)


def test_a_second_check_is_quick_and_rehashes_only_what_changed(database: Database) -> None:
    _signed_and_checked(database)
    with database.begin() as session:
        later = signed_pledge(session, make_content(number="改革办〔2026〕2号"))
    report = _check(database)
    assert report.findings == ()
    assert report.scope is CheckScope.QUICK
    assert (report.pledges, report.rehashed) == (2, 1)
    assert report.audit_entries > 0
    again = _check(database)
    assert (again.scope, again.rehashed, again.audit_entries) == (CheckScope.QUICK, 0, 0)
    assert later.id  # the one rehashed above


def test_a_full_check_rehashes_everything_even_after_a_sound_one(any_database: Database) -> None:
    _signed_and_checked(any_database)
    report = _check(any_database, full=True)
    assert (report.scope, report.rehashed, report.findings) == (CheckScope.FULL, 1, ())
    assert "asked" in report.reason


SCENARIOS = {
    "goal edited": (
        "UPDATE paragraph SET text = '被篡改的目标' WHERE section = 'goals'",
        "altered after it was frozen",
    ),
    "deadline edited": ("UPDATE task SET deadline = '2099-12-31'", "altered after it was frozen"),
    "signer edited": (
        "UPDATE signature SET signer = '冒名者' WHERE party = 'issuer'",
        "signature record of 冒名者 was altered",
    ),
    "audit entry deleted": (
        "DELETE FROM audit_entry WHERE seq = 2",
        "does not follow the entry before it",
    ),
    "audit entry edited": (
        "UPDATE audit_entry SET os_user = 'intruder' WHERE seq = 1",
        "changed after it was written",
    ),
    "pledge re-dated": ("UPDATE pledge SET year = 2099", "altered after it was frozen"),
}


@pytest.mark.parametrize("restore", [False, True], ids=["guards-left-dropped", "guards-put-back"])
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_every_tampering_after_a_sound_check_is_found_by_the_default_check(
    database: Database, scenario: str, restore: bool
) -> None:
    signed = _signed_and_checked(database)
    statement, expected = SCENARIOS[scenario]
    _sqlite_behind_the_back(database, statement, restore=restore)
    report = _check(database)
    messages = "\n".join(f.message for f in report.findings)
    assert expected in messages
    assert report.scope is CheckScope.FULL  # the guards were touched: nothing is taken on trust
    if "audit" not in scenario:
        assert any(f.pledge_id == signed.id for f in report.findings)


def test_a_pledge_marked_signed_by_hand_after_a_sound_check_is_found(database: Database) -> None:
    with database.begin() as session:
        draft = pledges.create_pledge(session, make_content(title="未签署"))
        pledges.finalise_pledge(session, draft.id)
    _signed_and_checked(database)
    _sqlite_behind_the_back(
        database, f"UPDATE pledge SET status = 'signed' WHERE id = '{draft.id}'", restore=True
    )
    messages = [f.message for f in _check(database).findings if f.pledge_id == draft.id]
    assert any("has no signature" in m for m in messages)
    assert any("no record of its signing" in m for m in messages)


def test_a_forged_signed_pledge_is_named_by_the_quick_check(any_database: Database) -> None:
    # The guards let a pledge arrive signed (imports do), so this needs no bypass: the quick
    # check reads every signed pledge's signatures and signing record, if not its content.
    signed = _signed_and_checked(any_database)
    with any_database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO pledge (id, number, title, year, status, revision, issuer_id, "
                "responsible_id, issuer_signer, issuer_signer_title, responsible_signer, "
                "responsible_signer_title, content_hash, signing_order, created_at, updated_at, "
                "version) SELECT 'forged', number, title || '（伪）', year, 'signed', 2, "
                "issuer_id, responsible_id, issuer_signer, issuer_signer_title, "
                "responsible_signer, responsible_signer_title, content_hash, signing_order, "
                f"created_at, updated_at, 1 FROM pledge WHERE id = '{signed.id}'"
            )
        )
    report = _check(any_database)
    assert report.scope is CheckScope.QUICK
    messages = "\n".join(f.message for f in report.findings if f.pledge_id == "forged")
    assert "（伪）" in messages
    assert "has no signature" in messages
    assert "no record of its signing" in messages


def test_postgres_guards_replaced_after_a_sound_check_send_it_to_a_full_check(
    postgres_database: Database,
) -> None:
    signed = _signed_and_checked(postgres_database)
    with postgres_database.engine.begin() as connection:
        drop_guards(connection)
        connection.execute(text("UPDATE task SET deadline = '2099-12-31'"))
        create_guards(connection)
    report = _check(postgres_database)
    assert report.scope is CheckScope.FULL
    assert "changed since the last check" in report.reason
    assert any(f.pledge_id == signed.id for f in report.findings)


def test_a_bypass_that_leaves_the_guards_untouched_is_found_only_by_full(
    postgres_database: Database,
) -> None:
    # A superuser's session can switch every trigger off for itself without touching the
    # catalog; the quick check cannot see it and says so, the full one finds it.
    signed = _signed_and_checked(postgres_database)
    with postgres_database.engine.begin() as connection:
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        connection.execute(text("UPDATE paragraph SET text = '被篡改的目标'"))
    quick = _check(postgres_database)
    assert (quick.scope, quick.findings) == (CheckScope.QUICK, ())
    full = _check(postgres_database, full=True)
    assert any(
        f.pledge_id == signed.id and "altered after it was frozen" in f.message
        for f in full.findings
    )


def test_findings_keep_the_checkpoint_where_it_was(database: Database) -> None:
    _signed_and_checked(database)
    _sqlite_behind_the_back(
        database, "UPDATE paragraph SET text = '被篡改' WHERE section = 'goals'", restore=True
    )
    first, second = _check(database), _check(database)
    assert first.findings == second.findings != ()
    assert second.scope is CheckScope.FULL


def test_the_quick_check_rehashes_every_ready_to_sign_pledge(database: Database) -> None:
    # No guard protects ready-to-sign content, so it is never taken on trust.
    with database.begin() as session:
        ready = pledges.create_pledge(session, make_content(title="待签"))
        pledges.finalise_pledge(session, ready.id)
    _signed_and_checked(database)
    with sqlite3.connect(str(database.engine.url.database)) as connection:
        connection.execute(f"UPDATE paragraph SET text = '改' WHERE pledge_id = '{ready.id}'")
    report = _check(database)
    assert report.scope is CheckScope.QUICK
    assert any(f.pledge_id == ready.id for f in report.findings)


def test_worker_processes_find_what_one_process_finds(database: Database) -> None:
    with database.begin() as session:
        for n in range(3):
            signed_pledge(session, make_content(number=f"改革办〔2026〕{n + 1}号"))
    _sqlite_behind_the_back(database, "UPDATE task SET item = '改' WHERE rowid = 2", restore=False)
    with database.engine.connect() as connection:
        rows = headers(connection)
        alone = list(rehash_all(connection, rows, workers=1))
        shared = list(rehash_all(connection, rows, workers=2, parallel_from=1, chunk=1))
    assert alone == shared
    assert len(alone) == 1
