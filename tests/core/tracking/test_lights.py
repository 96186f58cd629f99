"""The traffic light: the documented rules, and properties hypothesis tries to break."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from pledge_app.core.tracking.lights import MilestoneDate, Thresholds, expected_percent, light_of
from pledge_app.core.tracking.states import SEVERITY, Light, TaskState

START = date(2026, 3, 1)
DEADLINE = date(2026, 12, 31)


def judge(today: date, **overrides: object) -> Light:
    arguments: dict[str, object] = {
        "start": START,
        "deadline": DEADLINE,
        "state": TaskState.ON_TRACK,
        "percent": 50,
        "last_report_on": today - timedelta(days=10),
        "today": today,
    }
    arguments.update(overrides)
    return light_of(**arguments)  # type: ignore[arg-type]


def test_done_is_done_even_long_past_the_deadline() -> None:
    assert judge(date(2030, 1, 1), state=TaskState.DONE, percent=100) is Light.DONE


def test_blocked_is_red_however_early() -> None:
    assert judge(date(2026, 3, 2), state=TaskState.BLOCKED, percent=90) is Light.RED


def test_past_the_deadline_and_not_done_is_red() -> None:
    assert judge(date(2027, 1, 1), percent=99) is Light.RED


def test_a_missed_milestone_is_red_and_a_reached_one_is_not() -> None:
    today = date(2026, 6, 1)
    missed = (MilestoneDate(date(2026, 5, 1)),)
    reached = (MilestoneDate(date(2026, 5, 1), date(2026, 4, 28)),)
    assert judge(today, percent=60, milestones=missed) is Light.RED
    assert judge(today, percent=60, milestones=reached) is Light.GREEN


def test_no_report_for_more_than_k_days_is_yellow() -> None:
    today = date(2026, 6, 1)
    assert judge(today, percent=60, last_report_on=today - timedelta(days=45)) is Light.GREEN
    assert judge(today, percent=60, last_report_on=today - timedelta(days=46)) is Light.YELLOW


def test_more_than_m_points_behind_the_line_is_yellow() -> None:
    today = date(2026, 8, 1)
    expected = expected_percent(START, DEADLINE, today)
    assert judge(today, percent=int(expected) - 25) is Light.YELLOW
    assert judge(today, percent=int(expected) - 5) is Light.GREEN


def test_near_the_deadline_and_below_the_line_is_yellow() -> None:
    today = DEADLINE - timedelta(days=20)
    assert judge(today, percent=90) is Light.YELLOW
    assert judge(today, percent=99) is Light.GREEN


def test_a_near_milestone_counts_like_a_near_deadline() -> None:
    today = date(2026, 5, 1)
    soon = (MilestoneDate(today + timedelta(days=10)),)
    percent = int(expected_percent(START, DEADLINE, today)) - 1
    assert judge(today, percent=percent) is Light.GREEN
    assert judge(today, percent=percent, milestones=soon) is Light.YELLOW


def test_an_ongoing_task_is_judged_by_freshness_only() -> None:
    today = date(2028, 1, 1)
    assert judge(today, deadline=None, percent=0) is Light.GREEN
    assert judge(today, deadline=None, last_report_on=today - timedelta(days=90)) is Light.YELLOW


def test_the_thresholds_are_the_offices() -> None:
    today = date(2026, 6, 1)
    strict = Thresholds(due_days=30, behind_points=20, stale_days=5)
    assert judge(today, percent=60, last_report_on=today - timedelta(days=6)) is Light.GREEN
    assert (
        judge(today, percent=60, last_report_on=today - timedelta(days=6), thresholds=strict)
        is Light.YELLOW
    )


days = st.integers(min_value=0, max_value=900)
states = st.sampled_from([None, *TaskState])
milestone_lists = st.lists(
    st.builds(
        MilestoneDate,
        st.dates(date(2026, 1, 1), date(2028, 1, 1)),
        st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2028, 1, 1))),
    ),
    max_size=3,
)
thresholds = st.builds(
    Thresholds,
    st.integers(min_value=1, max_value=365),
    st.integers(min_value=1, max_value=100),
    st.integers(min_value=1, max_value=366),
)


@given(
    start_offset=days,
    span=st.one_of(st.none(), days),
    state=states,
    percent=st.integers(min_value=0, max_value=100),
    report_after=st.one_of(st.none(), days),
    first=days,
    wait=days,
    milestones=milestone_lists,
    limits=thresholds,
)
def test_a_task_never_turns_greener_with_time_alone(
    start_offset: int,
    span: int | None,
    state: TaskState | None,
    percent: int,
    report_after: int | None,
    first: int,
    wait: int,
    milestones: list[MilestoneDate],
    limits: Thresholds,
) -> None:
    start = date(2026, 1, 1) + timedelta(days=start_offset)
    deadline = None if span is None else start + timedelta(days=span)
    reported = None if report_after is None else start + timedelta(days=report_after)
    earlier = start + timedelta(days=first)
    if reported is not None and reported > earlier:
        earlier = reported  # a report is never from the future
    later = earlier + timedelta(days=wait)

    def at(today: date) -> Light:
        return light_of(
            start=start,
            deadline=deadline,
            state=state,
            percent=percent,
            last_report_on=reported,
            today=today,
            milestones=milestones,
            thresholds=limits,
        )

    before, after = at(earlier), at(later)
    if before is Light.DONE:
        assert after is Light.DONE
    else:
        assert SEVERITY[after] >= SEVERITY[before], (before, after)


@given(today=st.dates(date(2020, 1, 1), date(2040, 1, 1)), percent=st.integers(0, 100))
def test_done_is_done_whatever_the_date(today: date, percent: int) -> None:
    assert judge(today, state=TaskState.DONE, percent=percent) is Light.DONE
