"""The task ledger (台账): every task of every pledge in force with its newest report and
its light, read in a few set-wise queries so that 200,000 tasks stay quick."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pledge_app.core.enums import PledgeStatus, TaskList
from pledge_app.core.models import Milestone, Pledge, ProgressReport, Signature, Task, Unit
from pledge_app.core.tracking.lights import DEFAULT_THRESHOLDS, MilestoneDate, Thresholds, light_of
from pledge_app.core.tracking.states import Light, TaskState


@dataclass(frozen=True)
class TrackedTask:
    """One task in force as the Tasks page, the dashboard and `pledge-app tasks` show it."""

    key: str
    pledge_id: str
    pledge_number: str
    year: int
    unit: str
    position: int
    item: str
    lead_official: str
    responsible_body: str
    measures: str
    deliverable: str
    cooperating_units: tuple[str, ...]
    list_class: TaskList
    deadline: date | None
    weight: float
    start: date
    percent: int
    state: TaskState | None
    last_report_on: date | None
    narrative: str
    milestones: tuple[MilestoneDate, ...]
    light: Light


def _starts(session: Session) -> dict[str, date]:
    """When each signed pledge's tracking started: the first signature on its first version."""
    rows = session.execute(
        select(Pledge.id, Pledge.previous_id, Pledge.year, func.min(Signature.signed_on))
        .outerjoin(Signature, Signature.pledge_id == Pledge.id)
        .where(Pledge.status.in_([PledgeStatus.SIGNED.value, PledgeStatus.SUPERSEDED.value]))
        .group_by(Pledge.id, Pledge.previous_id, Pledge.year)
    ).all()
    previous = {row[0]: row[1] for row in rows}
    own = {row[0]: row[3] or date(row[2], 1, 1) for row in rows}
    starts: dict[str, date] = {}
    for pledge_id in own:
        root = pledge_id
        seen = {root}
        while (
            (earlier := previous.get(root)) is not None and earlier in own and earlier not in seen
        ):
            root = earlier
            seen.add(root)
        starts[pledge_id] = own[root]
    return starts


def _latest_reports(session: Session) -> dict[str, tuple[int, str, date, str]]:
    newest = select(func.max(ProgressReport.seq)).group_by(ProgressReport.lineage_key)
    rows = session.execute(
        select(
            ProgressReport.lineage_key,
            ProgressReport.percent,
            ProgressReport.state,
            ProgressReport.reported_on,
            ProgressReport.narrative,
        ).where(ProgressReport.seq.in_(newest))
    )
    return {row[0]: (row[1], row[2], row[3], row[4]) for row in rows}


def _milestones(session: Session) -> dict[str, list[MilestoneDate]]:
    found: dict[str, list[MilestoneDate]] = defaultdict(list)
    for key, due_on, reached_on in session.execute(
        select(Milestone.lineage_key, Milestone.due_on, Milestone.reached_on).order_by(
            Milestone.due_on
        )
    ):
        found[key].append(MilestoneDate(due_on, reached_on))
    return found


def tracked_tasks(
    session: Session,
    *,
    today: date | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    year: int | None = None,
) -> list[TrackedTask]:
    """Every task of every signed pledge in force (of `year`, if given), by pledge and place."""
    today = today or date.today()
    query = (
        select(
            Task.lineage_key,
            Task.pledge_id,
            Task.position,
            Task.item,
            Task.lead_official,
            Task.responsible_body,
            Task.measures,
            Task.deliverable,
            Task.cooperating_units,
            Task.list_class,
            Task.deadline,
            Task.weight,
            Pledge.number,
            Pledge.year,
            Unit.name,
        )
        .join(Pledge, Task.pledge_id == Pledge.id)
        .join(Unit, Pledge.responsible_id == Unit.id)
        .where(Pledge.status == PledgeStatus.SIGNED.value)
        .order_by(Pledge.year.desc(), Pledge.number, Task.position)
    )
    if year is not None:
        query = query.where(Pledge.year == year)
    starts = _starts(session)
    reports = _latest_reports(session)
    milestones = _milestones(session)
    states = {state.value: state for state in TaskState}
    lists = {entry.value: entry for entry in TaskList}
    tasks: list[TrackedTask] = []
    no_report = (0, None, None, "")
    for row in session.execute(query):
        key = row[0]
        percent, state_text, last_on, narrative = reports.get(key, no_report)
        state = states.get(state_text) if state_text else None
        start = starts.get(row[1]) or date(row[13], 1, 1)
        marks = tuple(milestones.get(key, ()))
        tasks.append(
            TrackedTask(
                key=key,
                pledge_id=row[1],
                pledge_number=row[12],
                year=row[13],
                unit=row[14],
                position=row[2],
                item=row[3],
                lead_official=row[4],
                responsible_body=row[5],
                measures=row[6],
                deliverable=row[7],
                cooperating_units=tuple(row[8] or ()),
                list_class=lists.get(row[9], TaskList.ANNUAL_KEY_POINT),
                deadline=row[10],
                weight=row[11],
                start=start,
                percent=percent,
                state=state,
                last_report_on=last_on,
                narrative=narrative,
                milestones=marks,
                light=light_of(
                    start=start,
                    deadline=row[10],
                    state=state,
                    percent=percent,
                    last_report_on=last_on,
                    today=today,
                    milestones=marks,
                    thresholds=thresholds,
                ),
            )
        )
    return tasks
