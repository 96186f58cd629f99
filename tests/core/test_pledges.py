"""Pledge use cases on SQLite and PostgreSQL: create, save, finalise, reopen, delete, list."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pledge_app.core import pledges
from pledge_app.core.content_hash import content_hash
from pledge_app.core.database import Database
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import ConcurrentEdit, InvalidTransition, NotFound, ValidationFailed
from pledge_app.core.units import list_unit_names
from pledge_app.core.views import PartyView
from tests.conftest import make_content


def test_a_created_pledge_is_a_draft_that_reads_back_unchanged(any_database: Database) -> None:
    with any_database.begin() as session:
        created = pledges.create_pledge(session, make_content())
    with any_database.begin() as session:
        stored = pledges.get_pledge(session, created.id)
    assert stored.status is PledgeStatus.DRAFT
    assert stored.content == make_content()
    assert stored.content_hash is None


def test_creating_makes_missing_units_once(any_database: Database) -> None:
    with any_database.begin() as session:
        pledges.create_pledge(session, make_content())
        pledges.create_pledge(session, make_content(number="改革办〔2026〕2号"))
        names = list_unit_names(session)
    assert names == sorted(["市委全面深化改革委员会", "市发展和改革委员会"])


def test_a_pledge_can_be_created_with_a_given_id(any_database: Database) -> None:
    pledge_id = "0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"
    with any_database.begin() as session:
        pledges.create_pledge(session, make_content(), pledge_id=pledge_id)
        assert pledges.pledge_exists(session, pledge_id)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "The title is empty."),
        ({"year": 1800}, "The year 1800 is not between 1949 and 2200."),
        ({"issuer": PartyView("")}, "The issuer is empty."),
        ({"responsible": PartyView(" ")}, "The responsible unit is empty."),
    ],
)
def test_a_draft_that_breaks_a_rule_is_refused_with_every_finding(
    any_database: Database, changes: dict[str, object], message: str
) -> None:
    with any_database.begin() as session, pytest.raises(ValidationFailed) as caught:
        pledges.create_pledge(session, make_content(**changes))
    assert caught.value.problems == [message]
    with any_database.begin() as session:
        assert pledges.list_pledges(session) == []


def test_saving_replaces_the_content_and_bumps_the_version(any_database: Database) -> None:
    with any_database.begin() as session:
        created = pledges.create_pledge(session, make_content())
    new_content = make_content(title="修改后的标题", goals=("一", "二"), tasks=())
    with any_database.begin() as session:
        saved = pledges.save_pledge(
            session, created.id, new_content, expected_version=created.version
        )
    assert saved.version > created.version
    with any_database.begin() as session:
        assert pledges.get_pledge(session, created.id).content == new_content


def test_saving_over_a_newer_version_is_a_concurrent_edit(any_database: Database) -> None:
    with any_database.begin() as session:
        created = pledges.create_pledge(session, make_content())
    with any_database.begin() as session:
        pledges.save_pledge(
            session, created.id, make_content(title="甲"), expected_version=created.version
        )
    with any_database.begin() as session, pytest.raises(ConcurrentEdit):
        pledges.save_pledge(
            session, created.id, make_content(title="乙"), expected_version=created.version
        )
    with any_database.begin() as session:
        assert pledges.get_pledge(session, created.id).content.title == "甲"


def test_finalising_freezes_the_content_with_its_hash(any_database: Database) -> None:
    with any_database.begin() as session:
        created = pledges.create_pledge(session, make_content())
        ready = pledges.finalise_pledge(session, created.id, expected_version=created.version)
    assert ready.status is PledgeStatus.READY_TO_SIGN
    assert ready.content_hash == content_hash(make_content())
    with any_database.begin() as session, pytest.raises(InvalidTransition):
        pledges.save_pledge(
            session, created.id, make_content(title="改"), expected_version=ready.version
        )


def test_finalising_an_incomplete_draft_names_each_missing_part(any_database: Database) -> None:
    task = replace(make_content().tasks[0], deadline=None, responsible_body="")
    with any_database.begin() as session:
        created = pledges.create_pledge(session, make_content(duties=(), tasks=(task,)))
    with any_database.begin() as session, pytest.raises(ValidationFailed) as caught:
        pledges.finalise_pledge(session, created.id)
    problems = "\n".join(caught.value.problems)
    assert len(caught.value.problems) == 3
    assert "Duties" in problems
    assert "Task 1: the responsible body is empty." in problems
    assert "Task 1: the deadline is empty." in problems
    with any_database.begin() as session:
        assert pledges.get_pledge(session, created.id).status is PledgeStatus.DRAFT


def test_reopening_returns_a_ready_pledge_to_draft(any_database: Database) -> None:
    with any_database.begin() as session:
        created = pledges.create_pledge(session, make_content())
        pledges.finalise_pledge(session, created.id)
        reopened = pledges.reopen_pledge(session, created.id)
    assert reopened.status is PledgeStatus.DRAFT
    assert reopened.content_hash is None
    with any_database.begin() as session, pytest.raises(InvalidTransition):
        pledges.reopen_pledge(session, created.id)


def test_only_a_draft_can_be_deleted(any_database: Database) -> None:
    with any_database.begin() as session:
        draft = pledges.create_pledge(session, make_content())
        ready = pledges.create_pledge(session, make_content(number="改革办〔2026〕2号"))
        pledges.finalise_pledge(session, ready.id)
    with any_database.begin() as session:
        pledges.delete_pledge(session, draft.id)
    with any_database.begin() as session, pytest.raises(InvalidTransition):
        pledges.delete_pledge(session, ready.id)
    with any_database.begin() as session:
        assert [row.id for row in pledges.list_pledges(session)] == [ready.id]
        with pytest.raises(NotFound):
            pledges.get_pledge(session, draft.id)


def test_the_list_is_newest_year_first_with_task_counts(any_database: Database) -> None:
    with any_database.begin() as session:
        old = pledges.create_pledge(session, make_content(year=2025, number="改革办〔2025〕1号"))
        new = pledges.create_pledge(session, make_content(tasks=()))
        rows = pledges.list_pledges(session)
    assert [row.id for row in rows] == [new.id, old.id]
    assert [row.task_count for row in rows] == [0, 1]
    assert rows[1].responsible == "市发展和改革委员会"
    assert "市发展和改革委员会" in rows[1].search_key
