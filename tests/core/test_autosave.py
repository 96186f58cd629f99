"""Autosave snapshots: stored, read back unchanged, replaced, discarded, orphans found."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from pledge_app.core.autosave import (
    content_from_canonical,
    discard_autosave,
    list_orphan_autosaves,
    load_autosave,
    store_autosave,
)
from pledge_app.core.content_hash import canonical_content
from pledge_app.core.database import Database
from pledge_app.core.enums import TaskList
from pledge_app.core.models import new_id
from pledge_app.core.pledges import create_pledge
from pledge_app.core.views import PledgeContent, TaskView
from tests.conftest import make_content


def test_canonical_form_parses_back_to_the_same_content(sample_content: PledgeContent) -> None:
    content = replace(
        sample_content,
        tasks=(
            *sample_content.tasks,
            TaskView(item='含"引号"\n与换行', deadline=None, list_class=TaskList.PROBLEM),
            TaskView(item="x", deadline=date(2027, 2, 28), weight=2.5),
        ),
    )
    assert content_from_canonical(canonical_content(content)) == content


def test_stored_autosave_reads_back_unchanged(
    database: Database, sample_content: PledgeContent
) -> None:
    pledge_id = new_id()
    with database.begin() as session:
        store_autosave(session, pledge_id, sample_content)
    with database.begin() as session:
        snapshot = load_autosave(session, pledge_id)
    assert snapshot is not None
    assert snapshot.content == sample_content
    assert snapshot.saved_at.tzinfo is not None


def test_a_later_autosave_replaces_the_earlier_one(
    database: Database, sample_content: PledgeContent
) -> None:
    pledge_id = new_id()
    later = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)
    with database.begin() as session:
        store_autosave(session, pledge_id, sample_content)
        store_autosave(session, pledge_id, replace(sample_content, title="改"), now=later)
    with database.begin() as session:
        snapshot = load_autosave(session, pledge_id)
    assert snapshot is not None
    assert snapshot.content.title == "改"
    assert snapshot.saved_at == later


def test_discarded_autosave_is_gone_and_discarding_twice_is_harmless(
    database: Database, sample_content: PledgeContent
) -> None:
    pledge_id = new_id()
    with database.begin() as session:
        store_autosave(session, pledge_id, sample_content)
    with database.begin() as session:
        discard_autosave(session, pledge_id)
        discard_autosave(session, pledge_id)
    with database.begin() as session:
        assert load_autosave(session, pledge_id) is None


def test_orphans_are_autosaves_of_pledges_never_saved(
    database: Database, sample_content: PledgeContent
) -> None:
    orphan_id = new_id()
    with database.begin() as session:
        saved = create_pledge(session, sample_content)
        store_autosave(session, saved.id, replace(sample_content, title="已保存的草稿"))
        store_autosave(session, orphan_id, replace(sample_content, title="崩溃前的新责任书"))
    with database.begin() as session:
        orphans = list_orphan_autosaves(session)
    assert [(o.pledge_id, o.content.title) for o in orphans] == [(orphan_id, "崩溃前的新责任书")]


def test_an_autosave_keeps_the_tasks_lineage_keys(database: Database) -> None:
    with database.begin() as session:
        draft = create_pledge(session, make_content())
        edited = replace(draft.content.tasks[0], measures="改过的措施")
        store_autosave(session, draft.id, replace(draft.content, tasks=(edited,)))
    with database.begin() as session:
        snapshot = load_autosave(session, draft.id)
    assert snapshot is not None
    assert snapshot.content.tasks[0].key == draft.content.tasks[0].key != ""
