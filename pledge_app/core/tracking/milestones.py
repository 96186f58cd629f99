"""Milestones (节点) of a tracked task: named due dates the lights take into account."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.errors import ValidationFailed
from pledge_app.core.i18n import translate
from pledge_app.core.models import Milestone
from pledge_app.core.text_checks import text_problem
from pledge_app.core.tracking.reports import task_in_force

MAX_MILESTONES = 24
MAX_MILESTONE_NAME = 200


@dataclass(frozen=True)
class MilestoneView:
    """A milestone; `id` is "" for one not stored yet."""

    name: str
    due_on: date
    reached_on: date | None = None
    id: str = ""


def milestones_of(session: Session, lineage_key: str) -> list[MilestoneView]:
    """A task's milestones, by due date."""
    rows = session.scalars(
        select(Milestone)
        .where(Milestone.lineage_key == lineage_key)
        .order_by(Milestone.due_on, Milestone.name)
    )
    return [MilestoneView(row.name, row.due_on, row.reached_on, row.id) for row in rows]


def set_milestones(
    session: Session, lineage_key: str, milestones: Sequence[MilestoneView]
) -> list[MilestoneView]:
    """Replace a task's milestones with these; audited with what changed."""
    _task, pledge = task_in_force(session, lineage_key)
    problems: list[str] = []
    if len(milestones) > MAX_MILESTONES:
        problems.append(
            translate("tracking", "A task has at most {n} milestones.").format(n=MAX_MILESTONES)
        )
    for index, milestone in enumerate(milestones, start=1):
        where = translate("tracking", "milestone {n}'s name").format(n=index)
        problem = text_problem(milestone.name, where, limit=MAX_MILESTONE_NAME)
        if problem or not milestone.name.strip():
            problems.append(
                problem or translate("tracking", "Milestone {n} has no name.").format(n=index)
            )
    if problems:
        raise ValidationFailed(problems)
    before = milestones_of(session, lineage_key)
    for row in session.scalars(select(Milestone).where(Milestone.lineage_key == lineage_key)):
        session.delete(row)
    session.flush()
    for milestone in milestones:
        session.add(
            Milestone(
                lineage_key=lineage_key,
                name=milestone.name.strip(),
                due_on=milestone.due_on,
                reached_on=milestone.reached_on,
            )
        )
    session.flush()
    after = milestones_of(session, lineage_key)
    audit.record(
        session,
        "milestones_set",
        pledge_id=pledge.id,
        details={
            "task": lineage_key,
            "before": [_described(m) for m in before],
            "after": [_described(m) for m in after],
        },
    )
    return after


def _described(milestone: MilestoneView) -> str:
    reached = f" ✔{milestone.reached_on.isoformat()}" if milestone.reached_on else ""
    return f"{milestone.due_on.isoformat()} {milestone.name}{reached}"
