"""Pledge numbers: the office pattern, the per-year counter, collisions and overrides."""

from __future__ import annotations

import pytest

from pledge_app.core import audit
from pledge_app.core.database import Database
from pledge_app.core.errors import InvalidTransition, ValidationFailed
from pledge_app.core.numbering import (
    assign_number,
    check_number_free,
    counter_of,
    format_number,
    next_number,
    number_index,
    set_counter,
    take_next_number,
)
from pledge_app.core.office_settings import update_office_settings
from pledge_app.core.pledges import create_pledge, finalise_pledge, get_pledge
from tests.conftest import make_content

PATTERN = "改革办〔{year}〕{n}号"


def test_a_number_is_the_pattern_filled_in() -> None:
    assert format_number(PATTERN, year=2027, n=12) == "改革办〔2027〕12号"
    assert format_number("〔{year}〕第{n:03d}号", year=2027, n=7) == "〔2027〕第007号"


def test_the_running_number_is_read_back_from_a_number() -> None:
    assert number_index(PATTERN, "改革办〔2027〕12号", year=2027) == 12
    assert number_index(PATTERN, "改革办〔2026〕12号", year=2027) is None
    assert number_index(PATTERN, "另一个编号", year=2027) is None


@pytest.mark.parametrize("pattern", ["改革办〔{year}〕号", "{n}{unit}", "改革办〔{year}〕{n号"])
def test_a_bad_pattern_is_refused(database: Database, pattern: str) -> None:
    with pytest.raises(ValidationFailed), database.begin() as session:
        update_office_settings(session, numbering_pattern=pattern)


def test_new_numbers_follow_the_yearly_counter(any_database: Database) -> None:
    with any_database.begin() as session:
        assert next_number(session, 2027) == "改革办〔2027〕1号"
        assert take_next_number(session, 2027) == "改革办〔2027〕1号"
        assert take_next_number(session, 2027) == "改革办〔2027〕2号"
        assert take_next_number(session, 2028) == "改革办〔2028〕1号"
    with any_database.begin() as session:
        assert counter_of(session, 2027) == 2
        assert next_number(session, 2027) == "改革办〔2027〕3号"


def test_the_counter_skips_numbers_pledges_already_use(any_database: Database) -> None:
    with any_database.begin() as session:
        create_pledge(session, make_content(number="改革办〔2026〕1号"))
        create_pledge(session, make_content(number="改革办〔2026〕2号"))
        assert take_next_number(session, 2026) == "改革办〔2026〕3号"


def test_the_office_pattern_is_used(database: Database) -> None:
    with database.begin() as session:
        update_office_settings(session, numbering_pattern="府办〔{year}〕{n}号")
        assert next_number(session, 2027) == "府办〔2027〕1号"


def test_a_number_in_use_is_refused_naming_its_pledge(database: Database) -> None:
    with database.begin() as session:
        create_pledge(session, make_content())
    used = r"改革办〔2026〕1号 is already used by “2026年度"
    with pytest.raises(ValidationFailed, match=used), database.begin() as session:
        check_number_free(session, " 改革办〔2026〕1号 ")


def test_a_draft_takes_the_next_number_and_the_clerk_may_override(
    any_database: Database,
) -> None:
    with any_database.begin() as session:
        draft = create_pledge(session, make_content(number="待定"))
        assert assign_number(session, draft.id) == "改革办〔2026〕1号"
        assert assign_number(session, draft.id, number="改革办〔2026〕9号") == "改革办〔2026〕9号"
        assert get_pledge(session, draft.id).content.number == "改革办〔2026〕9号"
        # The override moved the counter past it.
        assert next_number(session, 2026) == "改革办〔2026〕10号"
        assert [e.action for e in audit.list_entries(session)][:2] == [
            "number_assigned",
            "number_assigned",
        ]


def test_an_override_that_collides_changes_nothing(database: Database) -> None:
    with database.begin() as session:
        create_pledge(session, make_content())
        draft = create_pledge(session, make_content(number="待定"))
    with pytest.raises(ValidationFailed, match="already used"), database.begin() as session:
        assign_number(session, draft.id, number="改革办〔2026〕1号")
    with database.begin() as session:
        assert get_pledge(session, draft.id).content.number == "待定"


def test_a_pledge_keeps_its_own_number(database: Database) -> None:
    with database.begin() as session:
        draft = create_pledge(session, make_content())
        assert assign_number(session, draft.id, number="改革办〔2026〕1号") == "改革办〔2026〕1号"


def test_only_a_draft_is_numbered(database: Database) -> None:
    with database.begin() as session:
        ready = create_pledge(session, make_content())
        finalise_pledge(session, ready.id)
    with pytest.raises(InvalidTransition), database.begin() as session:
        assign_number(session, ready.id)


def test_the_clerk_corrects_the_counter(database: Database) -> None:
    with database.begin() as session:
        set_counter(session, 2026, last=40)
        assert next_number(session, 2026) == "改革办〔2026〕41号"
    with pytest.raises(ValidationFailed), database.begin() as session:
        set_counter(session, 2026, last=-1)
