"""Numbering operations: the next number, numbering a draft, overrides and the counter."""

from __future__ import annotations

import pytest

from pledge_app.core.database import Database
from pledge_app.core.errors import ValidationFailed
from pledge_app.operations.numbering import (
    assign_pledge_number,
    check_pledge_number,
    next_pledge_number,
    set_number_counter,
)
from pledge_app.operations.pledges import create_pledge
from tests.conftest import make_content


def test_the_next_number_is_read_without_writing(database: Database) -> None:
    first = next_pledge_number(database, year=2027)
    assert (first.value.number, first.value.counter) == ("改革办〔2027〕1号", 0)
    assert not first.changes
    assert next_pledge_number(database, year=2027).value.number == "改革办〔2027〕1号"


def test_a_draft_is_numbered_and_reported(any_database: Database) -> None:
    draft = create_pledge(any_database, make_content(number="待定")).value
    done = assign_pledge_number(any_database, draft.id)
    assert (done.value.number, done.value.previous) == ("改革办〔2026〕1号", "待定")
    assert done.changes.pledges == {draft.id}
    assert next_pledge_number(any_database, year=2026).value.number == "改革办〔2026〕2号"


def test_a_colliding_override_is_refused(database: Database) -> None:
    create_pledge(database, make_content())
    draft = create_pledge(database, make_content(number="待定")).value
    with pytest.raises(ValidationFailed, match="already used by"):
        assign_pledge_number(database, draft.id, number="改革办〔2026〕1号")
    with pytest.raises(ValidationFailed, match="already used by"):
        check_pledge_number(database, "改革办〔2026〕1号")
    assert check_pledge_number(database, " 改革办〔2026〕5号 ").value.number == "改革办〔2026〕5号"


def test_the_counter_is_corrected(database: Database) -> None:
    done = set_number_counter(database, year=2026, last=20)
    assert done.value.number == "改革办〔2026〕21号"
    assert done.changes.audit
