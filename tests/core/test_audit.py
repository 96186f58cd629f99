"""The audit log records who did what, chains each entry to the last, and verifies."""

from __future__ import annotations

from pledge_app.core import audit
from pledge_app.core.database import Database
from tests.signing_helpers import signed_pledge


def test_signing_leaves_a_chained_trail(any_database: Database) -> None:
    with any_database.begin() as session:
        signed = signed_pledge(session)
        entries = list(reversed(audit.list_entries(session, pledge_id=signed.id)))
        assert audit.verify_chain(session) == []
    assert [e.action for e in entries] == ["finalised", "signature", "signature", "signed"]
    assert entries[1].actor == signed.content.issuer.signatory
    assert entries[1].details["party"] == "issuer"
    assert all(e.os_user for e in entries)


def test_entries_from_separate_transactions_chain_on(database: Database) -> None:
    with database.begin() as session:
        first = audit.record(session, "printed", details={"copies": 1})
    with database.begin() as session:
        second = audit.record(session, "printed", details={"copies": 2})
        assert audit.verify_chain(session) == []
        newest = audit.list_entries(session, limit=1)[0]
    assert newest.entry_hash == second.entry_hash != first.entry_hash
