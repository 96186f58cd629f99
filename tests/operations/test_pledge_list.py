"""Reading the pledge list and deleting drafts, on a real SQLite file."""

from __future__ import annotations

import pytest

from pledge_app.core.audit import list_entries
from pledge_app.core.database import Database
from pledge_app.core.errors import InvalidTransition
from pledge_app.core.pledges import create_pledge, finalise_pledge
from pledge_app.operations.changes import NO_CHANGES
from pledge_app.operations.pledge_list import delete_drafts, pledge_rows
from tests.conftest import make_content


def add(database: Database, title: str, *, finalised: bool = False) -> str:
    with database.begin() as session:
        pledge = create_pledge(session, make_content(title=title))
        if finalised:
            finalise_pledge(session, pledge.id)
        return pledge.id


def test_rows_list_every_pledge_and_change_nothing(database: Database) -> None:
    first, second = add(database, "甲责任书"), add(database, "乙责任书")
    done = pledge_rows(database)
    assert {row.id for row in done.value} == {first, second}
    assert done.changes == NO_CHANGES


def test_deleting_drafts_reports_them_and_audits(database: Database) -> None:
    first, second = add(database, "甲责任书"), add(database, "乙责任书")
    done = delete_drafts(database, [first, second])
    assert done.value.pledge_ids == (first, second)
    assert done.value.count == 2
    assert done.changes.pledges == {first, second}
    assert done.changes.audit
    assert pledge_rows(database).value == ()
    with database.begin() as session:
        assert [entry.action for entry in list_entries(session)] == ["deleted", "deleted"]


def test_a_pledge_that_is_no_longer_a_draft_stops_the_whole_deletion(database: Database) -> None:
    draft = add(database, "草稿责任书")
    ready = add(database, "待签责任书", finalised=True)
    with pytest.raises(InvalidTransition, match="待签责任书"):
        delete_drafts(database, [draft, ready])
    assert {row.id for row in pledge_rows(database).value} == {draft, ready}


def test_deleting_nothing_changes_nothing(database: Database) -> None:
    done = delete_drafts(database, [])
    assert done.value.count == 0
    assert not done.changes
