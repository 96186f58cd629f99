"""Which automatic backups are kept: the newest, and the newest of recent days, weeks, months."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from pledge_app.core.backup_policy import Retention, backups_to_keep

moments = st.lists(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    max_size=120,
)


def test_one_backup_a_day_for_a_year_keeps_days_weeks_and_months() -> None:
    start = datetime(2026, 1, 1, 18, 0)
    daily = [start + timedelta(days=n) for n in range(365)]
    keep = backups_to_keep(daily)
    newest_days = sorted(daily)[-12:]
    assert set(newest_days) <= keep
    assert len(keep) <= 12 + 10 + 9
    assert len({(m.year, m.month) for m in keep}) == 9


def test_several_backups_a_day_keep_only_the_newest_of_each_day() -> None:
    day = datetime(2026, 5, 4)
    taken = [day + timedelta(hours=h) for h in (9, 12, 17)]
    assert backups_to_keep(taken) == {day + timedelta(hours=17)}


@given(moments)
def test_the_newest_backup_is_always_kept(taken: list[datetime]) -> None:
    keep = backups_to_keep(taken)
    assert keep <= set(taken)
    if taken:
        assert max(taken) in keep


@given(moments)
def test_never_more_than_the_retention_allows(taken: list[datetime]) -> None:
    retention = Retention(daily=3, weekly=2, monthly=2)
    assert len(backups_to_keep(taken, retention)) <= 1 + 3 + 2 + 2


@given(moments)
def test_each_recent_day_keeps_its_newest_backup(taken: list[datetime]) -> None:
    keep = backups_to_keep(taken)
    days = sorted({m.date() for m in taken}, reverse=True)[:12]
    for day in days:
        assert max(m for m in taken if m.date() == day) in keep
