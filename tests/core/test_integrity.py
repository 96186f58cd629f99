"""The check finds edits made behind the application's back, and names the pledge."""

from __future__ import annotations

import sqlite3

from pledge_app.core.database import Database
from pledge_app.core.guards import drop_guards
from pledge_app.core.integrity import check_database
from tests.signing_helpers import signed_pledge


def _drop_guards_and_run(database: Database, *statements: str) -> None:
    with database.engine.begin() as connection:
        drop_guards(connection)
    with sqlite3.connect(str(database.engine.url.database)) as connection:
        for statement in statements:
            connection.execute(statement)


def test_a_sound_database_has_no_findings(any_database: Database) -> None:
    with any_database.begin() as session:
        signed_pledge(session)
        assert check_database(session) == []


def test_a_hand_edited_signed_pledge_is_named(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
    _drop_guards_and_run(
        database, "UPDATE paragraph SET text = '被篡改的目标' WHERE section = 'goals'"
    )
    with database.begin() as session:
        findings = check_database(session)
    messages = "\n".join(f.message for f in findings)
    assert signed.content.number in messages
    assert "altered after it was frozen" in messages
    assert "missing triggers" in messages
    assert any(f.pledge_id == signed.id for f in findings)


def test_a_hand_edited_task_deadline_is_found(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
    _drop_guards_and_run(database, "UPDATE task SET deadline = '2099-12-31'")
    with database.begin() as session:
        assert any(f.pledge_id == signed.id for f in check_database(session))


def test_an_edited_signature_is_found(database: Database) -> None:
    with database.begin() as session:
        signed_pledge(session)
    _drop_guards_and_run(database, "UPDATE signature SET signer = '冒名者' WHERE party = 'issuer'")
    with database.begin() as session:
        messages = [f.message for f in check_database(session)]
    assert any("signature record of 冒名者 was altered" in m for m in messages)


def test_a_deleted_audit_entry_is_found(database: Database) -> None:
    with database.begin() as session:
        signed_pledge(session)
    _drop_guards_and_run(database, "DELETE FROM audit_entry WHERE seq = 2")
    with database.begin() as session:
        messages = [f.message for f in check_database(session)]
    assert any("does not follow the entry before it" in m for m in messages)


def test_an_edited_audit_entry_is_found(database: Database) -> None:
    with database.begin() as session:
        signed_pledge(session)
    _drop_guards_and_run(database, "UPDATE audit_entry SET os_user = 'intruder' WHERE seq = 1")
    with database.begin() as session:
        messages = [f.message for f in check_database(session)]
    assert any("Audit entry 1" in m and "changed after it was written" in m for m in messages)


def test_a_pledge_marked_signed_by_hand_is_found(database: Database) -> None:
    from pledge_app.core import pledges
    from tests.conftest import make_content

    with database.begin() as session:
        draft = pledges.create_pledge(session, make_content(title="未签署"))
        pledges.finalise_pledge(session, draft.id)
    _drop_guards_and_run(database, f"UPDATE pledge SET status = 'signed' WHERE id = '{draft.id}'")
    with database.begin() as session:
        messages = [f.message for f in check_database(session) if f.pledge_id == draft.id]
    assert any("has no signature" in m for m in messages)
    assert any("no record of its signing" in m for m in messages)


def test_a_pledge_superseded_by_its_signed_amendment_is_sound(any_database: Database) -> None:
    from pledge_app.core import amendments, pledges
    from tests.signing_helpers import sign_both

    with any_database.begin() as session:
        signed = signed_pledge(session)
        draft = amendments.amend_pledge(session, signed.id)
        pledges.finalise_pledge(session, draft.id)
        sign_both(session, draft.id)
        assert pledges.get_pledge(session, signed.id).status.value == "superseded"
        assert check_database(session) == []


def test_removed_guards_are_one_finding_that_names_them_all(any_database: Database) -> None:
    from pledge_app.core.guards import guard_names

    with any_database.begin() as session:
        signed_pledge(session)
    with any_database.engine.begin() as connection:
        drop_guards(connection)
        dialect = connection.dialect.name
    with any_database.begin() as session:
        (finding,) = check_database(session)
    assert "missing triggers" in finding.message
    assert all(name in finding.message for name in guard_names(dialect))
