"""The sample year: loaded once in one transaction, recognised the second time."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from pledge_app.core.database import Database
from pledge_app.core.demo.sample_year import PLEDGES, DemoSummary
from pledge_app.core.demo.signing import DEMO_PINS
from pledge_app.core.pledges import all_pledge_ids
from pledge_app.operations.changes import Changes
from pledge_app.operations.demo import load_sample_year


def pledge_count(database: Database) -> int:
    with database.begin() as session:
        return len(all_pledge_ids(session))


def test_the_sample_year_fills_an_empty_database_and_changes_everything(
    database: Database,
) -> None:
    done = load_sample_year(database)
    assert done.value.created == len(PLEDGES)
    assert done.value.skipped == 0
    assert done.value.pins == DEMO_PINS
    assert done.changes == Changes.of_everything()
    amendments = sum(pledge.amendment is not None for pledge in PLEDGES)
    assert pledge_count(database) == len(PLEDGES) + amendments


def test_a_second_load_adds_nothing(database: Database) -> None:
    load_sample_year(database)
    count = pledge_count(database)
    again = load_sample_year(database)
    assert again.value.created == 0
    assert again.value.skipped == len(PLEDGES)
    assert pledge_count(database) == count


def test_a_failure_half_way_leaves_nothing_behind(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pledge_app.core.demo.sample_year as sample_year

    real = sample_year.build_demo

    def fails_after_building(session: Session) -> DemoSummary:
        real(session)
        raise RuntimeError("simulated failure after the pledges were built")

    monkeypatch.setattr(sample_year, "build_demo", fails_after_building)
    with pytest.raises(RuntimeError):
        load_sample_year(database)
    assert pledge_count(database) == 0
