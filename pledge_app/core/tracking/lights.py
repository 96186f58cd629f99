"""The traffic light of a tracked task: a pure function of the task, its newest report, its
milestones, today and the office's thresholds (docs/tracking.md says the same in words).

- **done** (blue): the newest report says done, whatever the date.
- **red**: blocked; or past the deadline, or past a milestone not yet reached, and not done.
- **yellow**: no report for more than K days (未按时报送; counted from the start when there
  is none); or more than M points behind the expected progress on a straight line from
  the start (signing) to the deadline; or the deadline or next milestone is within N days
  and the progress is below that line.
- **green**: otherwise.

A task with no deadline (ongoing work) is judged by blocked and report freshness only.
Time alone only ever makes a light that is not done worse: every rule that depends on
today grows with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pledge_app.core.tracking.states import Light, TaskState


@dataclass(frozen=True)
class Thresholds:
    """N, M and K of the rules above; office settings stored in the database."""

    due_days: int = 30
    behind_points: int = 20
    stale_days: int = 45


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True, slots=True)
class MilestoneDate:
    """A milestone as the light sees it: when it is due and when it was reached."""

    due_on: date
    reached_on: date | None = None


def expected_percent(start: date, deadline: date, today: date) -> float:
    """Where a task should be today on a straight line from `start` (0) to `deadline` (100)."""
    span = (deadline - start).days
    if span <= 0:
        return 100.0 if today >= deadline else 0.0
    return min(100.0, max(0.0, (today - start).days * 100.0 / span))


def light_of(
    *,
    start: date,
    deadline: date | None,
    state: TaskState | None,
    percent: int,
    last_report_on: date | None,
    today: date,
    milestones: Sequence[MilestoneDate] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Light:
    """The light of one task; `state`, `percent` and `last_report_on` are its newest report's
    (None, 0 and None without one)."""
    if state is TaskState.DONE:
        return Light.DONE
    if state is TaskState.BLOCKED:
        return Light.RED
    if deadline is not None and today > deadline:
        return Light.RED
    next_due = deadline
    for milestone in milestones:
        if milestone.reached_on is not None:
            continue
        if milestone.due_on < today:
            return Light.RED
        if next_due is None or milestone.due_on < next_due:
            next_due = milestone.due_on
    if (today - (last_report_on or start)).days > thresholds.stale_days:
        return Light.YELLOW
    if deadline is None:
        return Light.GREEN
    expected = expected_percent(start, deadline, today)
    if expected - percent > thresholds.behind_points:
        return Light.YELLOW
    near = next_due is not None and (next_due - today).days <= thresholds.due_days
    return Light.YELLOW if near and percent < expected else Light.GREEN
