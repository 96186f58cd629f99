"""Amendments: a new version that is signed again; the earlier one is superseded, not changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pledge_app.core import amendments, audit, pledges
from pledge_app.core.compare import Change, compare_contents
from pledge_app.core.database import Database
from pledge_app.core.enums import PledgeStatus, Section
from pledge_app.core.errors import InvalidTransition
from tests.signing_helpers import sign_both, signed_pledge


def test_amending_makes_a_linked_draft(any_database: Database) -> None:
    with any_database.begin() as session:
        signed = signed_pledge(session)
        draft = amendments.amend_pledge(session, signed.id)
    assert draft.status is PledgeStatus.DRAFT
    assert draft.previous_id == signed.id
    assert draft.revision == signed.revision + 1
    assert draft.content == signed.content


def test_signing_the_amendment_supersedes_the_old_version(any_database: Database) -> None:
    with any_database.begin() as session:
        signed = signed_pledge(session)
        draft = amendments.amend_pledge(session, signed.id)
        changed = replace(draft.content, goals=(*draft.content.goals, "新增目标：提速增效。"))
        pledges.save_pledge(session, draft.id, changed, expected_version=draft.version)
        pledges.finalise_pledge(session, draft.id)
        second = sign_both(session, draft.id)
        first = pledges.get_pledge(session, signed.id)
        chain = amendments.version_chain(session, signed.id)
        actions = [entry.action for entry in audit.list_entries(session)]
    assert second.status is PledgeStatus.SIGNED
    assert first.status is PledgeStatus.SUPERSEDED
    assert first.content == signed.content
    assert [v.revision for v in chain] == [1, 2]
    assert "amended" in actions and "superseded" in actions


def test_only_one_amendment_at_a_time(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        amendments.amend_pledge(session, signed.id)
        with pytest.raises(InvalidTransition, match="already has an amendment"):
            amendments.amend_pledge(session, signed.id)


def test_a_draft_cannot_be_amended(database: Database) -> None:
    from tests.conftest import make_content

    with database.begin() as session:
        draft = pledges.create_pledge(session, make_content())
        with pytest.raises(InvalidTransition):
            amendments.amend_pledge(session, draft.id)


def test_a_signed_pledge_cannot_be_saved_or_reopened(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        with pytest.raises(InvalidTransition):
            pledges.save_pledge(session, signed.id, signed.content, expected_version=signed.version)
        with pytest.raises(InvalidTransition):
            pledges.reopen_pledge(session, signed.id)
        with pytest.raises(InvalidTransition):
            pledges.delete_pledge(session, signed.id)


def test_compare_shows_what_changed_by_section_and_task(database: Database) -> None:
    with database.begin() as session:
        old = signed_pledge(session).content
    task = replace(old.tasks[0], deadline=date(2026, 6, 30))
    new = replace(
        old,
        title=old.title + "（修订）",
        measures=("全新的推进措施。",),
        tasks=(task, replace(task, item="新增任务")),
    )
    diff = compare_contents(old, new)
    assert not diff.unchanged
    assert [line.change for line in diff.sections[Section.GOALS]] == [Change.SAME]
    assert [line.change for line in diff.sections[Section.MEASURES]] == [Change.CHANGED]
    assert diff.tasks[0].change is Change.CHANGED and diff.tasks[0].fields == ("deadline",)
    assert diff.tasks[1].change is Change.ADDED
    assert any(line.label == "title" and line.change is Change.CHANGED for line in diff.header)
    assert compare_contents(old, old).unchanged
