"""The report history the dashboard looks back over, read set-wise in two queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pledge_app.core.models import ProgressReport
from pledge_app.core.tracking.states import TaskState


@dataclass(frozen=True)
class ReportPoint:
    """One report as history sees it: when it was made and what it said."""

    reported_on: date
    state: TaskState
    percent: int
    seq: int


def done_histories(session: Session, *, until: date) -> dict[str, list[ReportPoint]]:
    """Every report made on or before `until`, oldest first, of the tasks that were ever
    reported done; a task never reported done was not done on any date, so it needs none."""
    ever_done = select(ProgressReport.lineage_key).where(
        ProgressReport.state == TaskState.DONE.value, ProgressReport.reported_on <= until
    )
    rows = session.execute(
        select(
            ProgressReport.lineage_key,
            ProgressReport.reported_on,
            ProgressReport.state,
            ProgressReport.percent,
            ProgressReport.seq,
        )
        .where(ProgressReport.reported_on <= until, ProgressReport.lineage_key.in_(ever_done))
        .order_by(ProgressReport.seq)
    )
    states = {state.value: state for state in TaskState}
    found: dict[str, list[ReportPoint]] = defaultdict(list)
    for key, reported_on, state, percent, seq in rows:
        if state in states:
            found[key].append(ReportPoint(reported_on, states[state], percent, seq))
    return dict(found)


def latest_period_ends(session: Session) -> dict[str, date]:
    """The end of the latest period each task has a report for."""
    rows = session.execute(
        select(ProgressReport.lineage_key, func.max(ProgressReport.period_end)).group_by(
            ProgressReport.lineage_key
        )
    )
    return {key: end for key, end in rows}
