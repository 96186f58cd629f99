"""Autosaves of new pledges never saved: listed with what the clerk recognises them by, and
discarded only while they are still orphans (issue 7 item 20)."""

from __future__ import annotations

from datetime import UTC, datetime

from pledge_app.core.autosave import load_autosave, store_autosave
from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge
from pledge_app.operations.autosaves import discard_orphan_autosave, orphan_autosaves
from pledge_app.operations.changes import NO_CHANGES
from tests.conftest import make_content


def test_every_never_saved_pledge_is_listed_newest_first(database: Database) -> None:
    with database.begin() as session:
        saved = create_pledge(session, make_content())
        store_autosave(session, saved.id, make_content(title="已保存的"))
        store_autosave(
            session, "old", make_content(title="旧的"), now=datetime(2026, 1, 1, tzinfo=UTC)
        )
        store_autosave(
            session, "new", make_content(title="新的"), now=datetime(2026, 2, 1, tzinfo=UTC)
        )
    done = orphan_autosaves(database)
    assert [(o.pledge_id, o.title, o.tasks) for o in done.value] == [
        ("new", "新的", 1),
        ("old", "旧的", 1),
    ]
    assert done.value[0].responsible == "市发展和改革委员会"
    assert done.changes == NO_CHANGES


def test_discarding_forgets_an_orphan(database: Database) -> None:
    with database.begin() as session:
        store_autosave(session, "orphan", make_content())
    discard_orphan_autosave(database, "orphan")
    assert orphan_autosaves(database).value == ()


def test_discarding_keeps_the_autosave_of_a_pledge_saved_meanwhile(database: Database) -> None:
    with database.begin() as session:
        saved = create_pledge(session, make_content())
        store_autosave(session, saved.id, make_content(title="未保存的修改"))
    discard_orphan_autosave(database, saved.id)
    with database.begin() as session:
        assert load_autosave(session, saved.id) is not None
