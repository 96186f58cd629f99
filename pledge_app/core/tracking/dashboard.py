"""The dashboard's figures, each with the tasks behind it: a pure function of the ledger and
the report history, so every number on the page can open exactly its tasks."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from pledge_app.core.enums import TaskList
from pledge_app.core.tracking.states import Light, TaskState

if TYPE_CHECKING:
    from pledge_app.core.tracking.history import ReportPoint
    from pledge_app.core.tracking.ledger import TrackedTask

#: How far ahead "deadlines soon" and "due this week" look, in days.
SOON_DAYS = 30
WEEK_DAYS = 7


@dataclass(frozen=True)
class UnitCompletion:
    """One unit's bar: its tasks done and not done, and their mean percent complete."""

    unit: str
    done_keys: frozenset[str]
    open_keys: frozenset[str]
    mean_percent: float

    @property
    def total(self) -> int:
        """How many tasks the unit has."""
        return len(self.done_keys) + len(self.open_keys)

    @property
    def done(self) -> int:
        """How many of them are done."""
        return len(self.done_keys)

    @property
    def done_share(self) -> float:
        """The part done, 0 to 1."""
        return self.done / self.total if self.total else 0.0

    @property
    def keys(self) -> frozenset[str]:
        """Every task of the unit."""
        return self.done_keys | self.open_keys


@dataclass(frozen=True)
class LightCount:
    """The tasks showing one light."""

    light: Light
    keys: frozenset[str]


@dataclass(frozen=True)
class MonthOverdue:
    """The tasks overdue and not done on `as_of`: a month's end, or today for this month."""

    month: int
    as_of: date
    keys: frozenset[str]


@dataclass(frozen=True)
class DueTask:
    """A task due soon, as the list of deadlines shows it."""

    key: str
    deadline: date
    unit: str
    item: str
    light: Light


@dataclass(frozen=True)
class UnitNotReported:
    """A unit that owes a report for the last period, and the tasks it owes one on."""

    unit: str
    keys: frozenset[str]


@dataclass(frozen=True)
class RegisterCount:
    """The tasks of one of the five registers (lists)."""

    list_class: TaskList
    keys: frozenset[str]


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard shows; every figure carries the lineage keys behind it."""

    today: date
    #: The pledges' year shown, or None for every pledge in force.
    year: int | None
    #: The years that have pledges in force, newest first.
    years: tuple[int, ...]
    #: The year the overdue chart runs over.
    chart_year: int
    all_keys: frozenset[str]
    units: tuple[UnitCompletion, ...]
    lights: tuple[LightCount, ...]
    overdue_by_month: tuple[MonthOverdue, ...]
    overdue: frozenset[str]
    due_this_week: frozenset[str]
    due_soon: tuple[DueTask, ...]
    reporting_day: int
    reporting_period: tuple[date, date]
    not_reported: tuple[UnitNotReported, ...]
    registers: tuple[RegisterCount, ...]

    @property
    def empty(self) -> bool:
        """Whether no task is in force (for the year shown)."""
        return not self.all_keys

    @property
    def due_soon_keys(self) -> frozenset[str]:
        """The keys of the tasks due in the next 30 days."""
        return frozenset(task.key for task in self.due_soon)

    @property
    def not_reported_keys(self) -> frozenset[str]:
        """Every task some unit owes a report on."""
        return frozenset(key for unit in self.not_reported for key in unit.keys)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def reporting_period(today: date, reporting_day: int) -> tuple[date, date]:
    """The last period reports are due for: after this month's reporting day, the previous
    month; on or before it, the month before that (its reports are not late yet)."""
    back = 1 if today.day > reporting_day else 2
    index = today.year * 12 + today.month - 1 - back
    year, month = divmod(index, 12)
    return date(year, month + 1, 1), _month_end(year, month + 1)


def _done_on(points: Sequence[ReportPoint], day: date) -> bool:
    newest: ReportPoint | None = None
    for point in points:
        if point.reported_on <= day and (newest is None or point.seq > newest.seq):
            newest = point
    return newest is not None and newest.state is TaskState.DONE


def overdue_by_month(
    tasks: Sequence[TrackedTask],
    histories: Mapping[str, Sequence[ReportPoint]],
    *,
    year: int,
    today: date,
) -> tuple[MonthOverdue, ...]:
    """For each month of `year` begun by `today`: the tasks whose deadline had passed at its
    end (today for this month) and that were not done then, by the newest report made on or
    before that day; a task counts only once its pledge was signed."""
    months: list[MonthOverdue] = []
    for month in range(1, 13):
        if date(year, month, 1) > today:
            break
        as_of = min(_month_end(year, month), today)
        keys = frozenset(
            task.key
            for task in tasks
            if task.deadline is not None
            and task.deadline < as_of
            and task.start <= as_of
            and not _done_on(histories.get(task.key, ()), as_of)
        )
        months.append(MonthOverdue(month, as_of, keys))
    return tuple(months)


def not_reported(
    tasks: Iterable[TrackedTask], period_ends: Mapping[str, date], period: tuple[date, date]
) -> tuple[UnitNotReported, ...]:
    """The units that have not reported for `period`, by name.

    A unit has not reported when one of its tasks that is not done, and whose pledge was
    signed by the period's end, has no report whose period reaches the end of `period`.
    """
    missing: dict[str, set[str]] = defaultdict(set)
    _start, end = period
    for task in tasks:
        if task.light is Light.DONE or task.start > end:
            continue
        reached = period_ends.get(task.key)
        if reached is None or reached < end:
            missing[task.unit].add(task.key)
    return tuple(UnitNotReported(unit, frozenset(keys)) for unit, keys in sorted(missing.items()))


def _units(tasks: Iterable[TrackedTask]) -> tuple[UnitCompletion, ...]:
    done: dict[str, set[str]] = defaultdict(set)
    open_: dict[str, set[str]] = defaultdict(set)
    percents: dict[str, list[int]] = defaultdict(list)
    for task in tasks:
        (done if task.light is Light.DONE else open_)[task.unit].add(task.key)
        percents[task.unit].append(task.percent)
    return tuple(
        UnitCompletion(
            unit,
            frozenset(done[unit]),
            frozenset(open_[unit]),
            round(sum(values) / len(values), 1),
        )
        for unit, values in sorted(percents.items())
    )


def _due_within(task: TrackedTask, today: date, days: int) -> bool:
    return (
        task.deadline is not None
        and task.light is not Light.DONE
        and today <= task.deadline <= today + timedelta(days=days)
    )


def dashboard_figures(
    tasks: Sequence[TrackedTask],
    *,
    histories: Mapping[str, Sequence[ReportPoint]],
    period_ends: Mapping[str, date],
    today: date,
    reporting_day: int = 5,
    year: int | None = None,
) -> DashboardFigures:
    """The figures of the tasks in force (of `year`, if given) on `today`; `histories` are
    the reports of the tasks ever reported done (history.done_histories) and `period_ends`
    the latest period each task reported on (history.latest_period_ends)."""
    years = tuple(sorted({task.year for task in tasks}, reverse=True))
    shown = [task for task in tasks if year is None or task.year == year]
    chart_year = today.year if year is None else year
    period = reporting_period(today, reporting_day)
    lights = tuple(
        LightCount(light, frozenset(task.key for task in shown if task.light is light))
        for light in (Light.RED, Light.YELLOW, Light.GREEN, Light.DONE)
    )
    registers = tuple(
        RegisterCount(entry, frozenset(task.key for task in shown if task.list_class is entry))
        for entry in TaskList
    )
    soon = sorted(
        (task for task in shown if _due_within(task, today, SOON_DAYS)),
        key=lambda task: (task.deadline or today, task.unit, task.position),
    )
    return DashboardFigures(
        today=today,
        year=year,
        years=years,
        chart_year=chart_year,
        all_keys=frozenset(task.key for task in shown),
        units=_units(shown),
        lights=lights,
        overdue_by_month=overdue_by_month(shown, histories, year=chart_year, today=today),
        overdue=frozenset(
            task.key
            for task in shown
            if task.light is not Light.DONE and task.deadline is not None and task.deadline < today
        ),
        due_this_week=frozenset(task.key for task in shown if _due_within(task, today, WEEK_DAYS)),
        due_soon=tuple(
            DueTask(task.key, task.deadline or today, task.unit, task.item, task.light)
            for task in soon
        ),
        reporting_day=reporting_day,
        reporting_period=period,
        not_reported=not_reported(shown, period_ends, period),
        registers=registers,
    )
