"""The task ledger (台账): every task of every pledge in force with its newest report and
its light, read in a few set-wise queries so that 200,000 tasks stay quick."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, Text, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from pledge_app.core.enums import PledgeStatus, TaskList
from pledge_app.core.models import Milestone, Pledge, ProgressReport, Signature, Task, Unit
from pledge_app.core.tracking.counting import counting_seq
from pledge_app.core.tracking.lights import DEFAULT_THRESHOLDS, MilestoneDate, Thresholds, light_of
from pledge_app.core.tracking.states import Light, TaskState


@dataclass(frozen=True, slots=True)
class TrackedTask:
    """One task in force as the Tasks page, the dashboard and `pledge-app tasks` show it.

    Slotted: the Tasks page holds one per task in force, 200,000 at ten times an office's
    size, and a slotted instance is a fifth of the size of one with a dict."""

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


def _latest_reports(session: Session) -> dict[str, tuple[int, str, date | None, str]]:
    """Each task's counting report (see `counting_seq`): percent, state, date, narrative."""
    # The newest seq per task from the (lineage_key, seq) index, then each row by its key.
    newest = (
        select(func.max(ProgressReport.seq).label("seq"))
        .group_by(ProgressReport.lineage_key)
        .subquery()
    )
    columns = (
        ProgressReport.lineage_key,
        ProgressReport.percent,
        ProgressReport.state,
        cast(ProgressReport.reported_on, String),
        ProgressReport.narrative,
        ProgressReport.corrects_id,
    )
    connection = session.connection()
    # fetchall: one call into sqlite3 instead of one per row.
    rows = connection.execute(
        select(*columns).join(newest, ProgressReport.seq == newest.c.seq)
    ).all()
    found = {row[0]: (row[1], row[2], _day(row[3]), row[4]) for row in rows}
    # Where the newest report is a correction, the one that counts may be another (a
    # correction of an old report must not undo a newer one): those few tasks are read whole.
    corrected = [row[0] for row in rows if row[5] is not None]
    for start in range(0, len(corrected), 500):
        history: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
        details: dict[int, tuple[int, str, date | None, str]] = {}
        for row in connection.execute(
            select(ProgressReport.seq, ProgressReport.id, *columns).where(
                ProgressReport.lineage_key.in_(corrected[start : start + 500])
            )
        ).all():
            seq, report_id, key, percent, state, day, narrative, corrects = row
            history[key].append((seq, report_id, corrects))
            details[seq] = (percent, state, _day(day), narrative)
        for key, reports in history.items():
            found[key] = details[counting_seq(reports)]
    return found


def _milestones(session: Session) -> dict[str, tuple[MilestoneDate, ...]]:
    found: dict[str, list[MilestoneDate]] = defaultdict(list)
    for key, due_on, reached_on in session.execute(
        select(Milestone.lineage_key, Milestone.due_on, Milestone.reached_on).order_by(
            Milestone.due_on
        )
    ):
        found[key].append(MilestoneDate(due_on, reached_on))
    return {key: tuple(dates) for key, dates in found.items()}


def _day(value: object) -> date | None:
    # Dates are read as ISO text: date.fromisoformat is several times quicker than the
    # SQLite dialect's own parsing, and PostgreSQL's date::text is ISO too.
    return date.fromisoformat(str(value)[:10]) if value is not None else None


def _units(value: object, seen: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    # SQLite hands the JSON back as text; the same few partner lists recur across an
    # office's tasks, so each distinct text is parsed once. psycopg parses json itself.
    if isinstance(value, list):
        return tuple(str(unit) for unit in value)
    if not value or value == "[]":
        return ()
    text = str(value)
    parsed = seen.get(text)
    if parsed is None:
        parsed = seen[text] = tuple(str(unit) for unit in json.loads(text))
    return parsed


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
            type_coerce(Task.cooperating_units, Text),
            Task.list_class,
            cast(Task.deadline, String),
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
    shared: dict[str, str] = {}  # one copy of each repeated text: units, numbers, leads
    partners: dict[str, tuple[str, ...]] = {}
    no_report = (0, None, None, "")
    tasks: list[TrackedTask] = []
    for (
        key,
        pledge_id,
        position,
        item,
        lead,
        body,
        measures,
        deliverable,
        units,
        list_class,
        deadline_text,
        weight,
        number,
        pledge_year,
        unit,
    ) in session.connection().execute(query).all():
        percent, state_text, last_on, narrative = reports.get(key, no_report)
        state = states.get(state_text) if state_text else None
        start = starts.get(pledge_id) or date(pledge_year, 1, 1)
        marks = milestones.get(key, ())
        deadline = _day(deadline_text)
        tasks.append(
            TrackedTask(
                key=key,
                pledge_id=shared.setdefault(pledge_id, pledge_id),
                pledge_number=shared.setdefault(number, number),
                year=pledge_year,
                unit=shared.setdefault(unit, unit),
                position=position,
                item=item,
                lead_official=shared.setdefault(lead, lead),
                responsible_body=shared.setdefault(body, body),
                measures=measures,
                deliverable=deliverable,
                cooperating_units=_units(units, partners),
                list_class=lists.get(list_class, TaskList.ANNUAL_KEY_POINT),
                deadline=deadline,
                weight=weight,
                start=start,
                percent=percent,
                state=state,
                last_report_on=last_on,
                narrative=narrative,
                milestones=marks,
                light=light_of(
                    start=start,
                    deadline=deadline,
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
