"""Reading the audit log with the pledges' names, on a real SQLite file."""

from __future__ import annotations

from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge, delete_pledge
from pledge_app.operations.audit_log import audit_log
from tests.conftest import make_content
from tests.signing_helpers import ready_pledge, signed_pledge


def test_the_log_is_newest_first_and_names_the_pledges(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
    done = audit_log(database)
    assert [entry.action for entry in done.value.entries][:2] == ["signed", "signature"]
    assert dict(done.value.pledge_names) == {
        signed.id: f"{signed.content.number} {signed.content.title}"
    }
    assert not done.changes


def test_a_deleted_pledge_keeps_its_entries_but_loses_its_name(database: Database) -> None:
    with database.begin() as session:
        kept = ready_pledge(session)
        gone = create_pledge(session, make_content(number="改革办〔2026〕9号")).id
        delete_pledge(session, gone)
    log = audit_log(database).value
    assert [entry.pledge_id for entry in log.entries] == [gone, kept.id]
    assert [pledge_id for pledge_id, _ in log.pledge_names] == [kept.id]
