"""The dashboard's figures from a real ledger and report history, on SQLite and PostgreSQL,
and the pure rules behind them (the last period, "done as of a date")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pledge_app.core.database import Database
from pledge_app.core.enums import TaskList
from pledge_app.core.tracking.dashboard import (
    DashboardFigures,
    dashboard_figures,
    overdue_by_month,
    reporting_period,
)
from pledge_app.core.tracking.history import ReportPoint, done_histories, latest_period_ends
from pledge_app.core.tracking.ledger import tracked_tasks
from pledge_app.core.tracking.states import Light, TaskState
from tests.dashboard_helpers import MAY, TODAY, UNIT_A, UNIT_B, build_year


def figures_of(database: Database, *, today: date = TODAY, **options: int) -> DashboardFigures:
    with database.begin() as session:
        tasks = tracked_tasks(session, today=today)
        histories = done_histories(session, until=today)
        ends = latest_period_ends(session)
    return dashboard_figures(tasks, histories=histories, period_ends=ends, today=today, **options)


@pytest.fixture
def year_keys(any_database: Database) -> dict[str, str]:
    return build_year(any_database)


def test_completion_by_unit_counts_done_tasks_and_averages_percent(
    any_database: Database, year_keys: dict[str, str]
) -> None:
    k = year_keys
    units = {unit.unit: unit for unit in figures_of(any_database).units}
    assert set(units) == {UNIT_A, UNIT_B}
    assert (units[UNIT_A].done_keys, units[UNIT_A].open_keys) == (
        {k["A1"]},
        {k["A2"], k["A3"]},
    )
    assert (units[UNIT_A].done, units[UNIT_A].total, units[UNIT_A].mean_percent) == (1, 3, 46.7)
    assert (units[UNIT_B].done, units[UNIT_B].total, units[UNIT_B].mean_percent) == (0, 2, 25.0)


def test_the_light_mix_names_the_tasks_of_each_light(
    any_database: Database, year_keys: dict[str, str]
) -> None:
    k = year_keys
    lights = {entry.light: entry.keys for entry in figures_of(any_database).lights}
    assert lights == {
        Light.RED: {k["A3"]},
        Light.YELLOW: {k["A2"], k["B1"]},
        Light.GREEN: {k["B2"]},
        Light.DONE: {k["A1"]},
    }


def test_overdue_by_month_follows_the_report_history(
    any_database: Database, year_keys: dict[str, str]
) -> None:
    k = year_keys
    months = figures_of(any_database).overdue_by_month
    assert [month.month for month in months] == [1, 2, 3, 4, 5, 6]
    assert months[-1].as_of == TODAY
    assert [month.keys for month in months] == [
        set(),
        set(),
        set(),
        {k["A1"]},  # past its deadline and not yet done at the end of April
        set(),  # done on 05-20; A3 falls due on 05-31 itself
        {k["A3"]},
    ]


def test_deadlines_soon_and_this_week(any_database: Database, year_keys: dict[str, str]) -> None:
    k = year_keys
    figures = figures_of(any_database)
    assert [task.key for task in figures.due_soon] == [k["B1"], k["A2"]]
    assert figures.due_soon[0].deadline == date(2026, 6, 15)
    assert figures.due_this_week == {k["B1"]}
    assert figures.overdue == {k["A3"]}


def test_units_that_have_not_reported_for_may(
    any_database: Database, year_keys: dict[str, str]
) -> None:
    k = year_keys
    figures = figures_of(any_database)
    assert figures.reporting_period == MAY
    assert [(unit.unit, unit.keys) for unit in figures.not_reported] == [
        (UNIT_A, {k["A3"]}),
        (UNIT_B, {k["B2"]}),
    ]


def test_before_the_reporting_day_april_is_the_period_owed(
    any_database: Database, year_keys: dict[str, str]
) -> None:
    k = year_keys
    figures = figures_of(any_database, today=date(2026, 6, 4))
    assert figures.reporting_period == (date(2026, 4, 1), date(2026, 4, 30))
    # A3 reported nothing at all; the others reported for April or later.
    assert [(unit.unit, unit.keys) for unit in figures.not_reported] == [(UNIT_A, {k["A3"]})]


def test_counts_per_register(any_database: Database, year_keys: dict[str, str]) -> None:
    k = year_keys
    registers = {entry.list_class: entry.keys for entry in figures_of(any_database).registers}
    assert registers == {
        TaskList.ANNUAL_KEY_POINT: {k["A2"]},
        TaskList.PRIORITY: {k["A1"]},
        TaskList.GRASSROOTS_EXPLORATION: {k["B1"]},
        TaskList.PILOT_DEMONSTRATION: {k["B2"]},
        TaskList.PROBLEM: {k["A3"]},
    }


def test_a_year_with_no_pledge_in_force_is_empty(
    any_database: Database, year_keys: dict[str, str]
) -> None:
    figures = figures_of(any_database, year=2025)
    assert figures.empty
    assert figures.years == (2026,)
    assert [month.month for month in figures.overdue_by_month] == list(range(1, 13))
    assert all(not month.keys for month in figures.overdue_by_month)


@pytest.mark.parametrize(
    ("today", "period"),
    [
        (date(2026, 6, 5), (date(2026, 4, 1), date(2026, 4, 30))),
        (date(2026, 6, 6), (date(2026, 5, 1), date(2026, 5, 31))),
        (date(2026, 1, 20), (date(2025, 12, 1), date(2025, 12, 31))),
        (date(2026, 2, 3), (date(2025, 12, 1), date(2025, 12, 31))),
        (date(2026, 3, 2), (date(2026, 1, 1), date(2026, 1, 31))),
    ],
)
def test_the_last_period_turns_over_after_the_reporting_day(
    today: date, period: tuple[date, date]
) -> None:
    assert reporting_period(today, 5) == period


def test_a_later_correction_undoes_done_from_its_own_date(database: Database) -> None:
    keys = build_year(database)
    with database.begin() as session:
        [a1] = [task for task in tracked_tasks(session, today=TODAY) if task.key == keys["A1"]]
    history = {
        a1.key: [
            ReportPoint(date(2026, 4, 20), TaskState.DONE, 100, 1),
            ReportPoint(date(2026, 5, 10), TaskState.BEHIND, 60, 2),
        ]
    }
    months = overdue_by_month([replace(a1, light=Light.RED)], history, year=2026, today=TODAY)
    assert [month.keys for month in months][3:] == [set(), {a1.key}, {a1.key}]
