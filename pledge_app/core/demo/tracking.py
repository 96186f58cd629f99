"""A year of tracking for the demo's signed pledges, the same every time: monthly reports
around the 5th on the month before, a mix of lights, evidence for finished work, two tasks
with milestones, one correction, and one unit that missed its last report.

Dates are those of the sample years, as the pledges' are; nothing is dated after `today`,
so a demo built later holds the reports due since.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.demo import sample_year
from pledge_app.core.demo.evidence import completion_note_pdf, site_photo_png
from pledge_app.core.demo.narratives import narrative
from pledge_app.core.enums import PledgeStatus, TaskList
from pledge_app.core.exchange.bulk import BulkWriter
from pledge_app.core.models import Milestone, ProgressReport
from pledge_app.core.tracking.milestones import MilestoneView
from pledge_app.core.tracking.states import TaskState
from pledge_app.core.tracking.transfer import (
    RecordedEvidence,
    RecordedReport,
    evidence_rows,
    milestone_row,
    milestone_text,
    report_row,
    reported_details,
)
from pledge_app.core.views import TaskView

__all__ = ["DEMO_CLERK", "Course", "add_demo_tracking", "demo_reports"]

#: The reform office's account that typed the units' reports in.
DEMO_CLERK = "wangmin"
_CONTACTS = ("赵敏", "钱磊", "孙倩", "周婷", "吴昊", "郑洁", "冯涛", "陈思", "褚悦", "卫东")


class Course(StrEnum):
    """How a task's year goes."""

    STEADY = "steady"  # on the straight line, done in its deadline's month
    EARLY = "early"  # done a month or so before its deadline
    AHEAD = "ahead"  # ahead of the line, done in its deadline's month
    BEHIND = "behind"  # well behind the line, catching up in its deadline's month
    OVERDUE = "overdue"  # never done: past its deadline and still reporting
    BLOCKED = "blocked"  # stuck from the middle of its time


# Set by hand for the mix the dashboard shows: (year, serial, task position).
_COURSES = {
    (2025, 3, 4): Course.OVERDUE,
    (2025, 9, 1): Course.BLOCKED,
    (2026, 1, 0): Course.OVERDUE,  # the amendment in progress moves its deadline
    (2026, 1, 2): Course.AHEAD,  # on time with its milestones
    (2026, 2, 2): Course.BEHIND,  # its September report is corrected
    (2026, 2, 7): Course.BLOCKED,
    (2026, 4, 6): Course.BEHIND,
    (2026, 4, 4): Course.OVERDUE,
    (2026, 5, 3): Course.BLOCKED,
}
#: The unit that missed the last report: (year, serial) and the last period it reported on.
SILENT = ((2026, 7), date(2026, 9, 1))
#: The report that was corrected: (year, serial, position) and the period it covers.
CORRECTED = ((2026, 2, 2), date(2026, 9, 1))
_MILESTONES = {
    (2026, 1, 2): (
        ("完成信用信息平台升级", date(2026, 6, 30), date(2026, 6, 24)),
        ("出台信用分级分类监管办法", date(2026, 10, 31), date(2026, 11, 3)),
        ("开展年度信用评价", date(2026, 12, 20), None),
    ),
    (2026, 5, 0): (
        ("形成改革实施方案", date(2026, 9, 30), date(2026, 9, 25)),
        ("完成审批事项清单梳理", date(2026, 11, 15), None),
    ),
}


@dataclass(frozen=True)
class _Tracked:
    """A task of a demo pledge in force, with what its reports need to know."""

    pledge: sample_year.DemoPledge
    position: int
    task: TaskView
    start: date  # when the first version was signed

    @property
    def where(self) -> tuple[int, int, int]:
        return (self.pledge.year, self.pledge.serial, self.position)


def _in_force(pledges: tuple[sample_year.DemoPledge, ...]) -> Iterator[_Tracked]:
    for pledge in pledges:
        if pledge.signed_on is None or pledge.half_signed or pledge.status is PledgeStatus.DRAFT:
            continue
        amended = pledge.amendment is not None and pledge.amendment.signed_on is not None
        content = (sample_year.amended_content if amended else sample_year.demo_content)(pledge)
        for position, task in enumerate(content.tasks):
            yield _Tracked(pledge, position, task, pledge.signed_on)


def _course(tracked: _Tracked) -> Course:
    special = _COURSES.get(tracked.where)
    if special is not None:
        return special
    deadline = tracked.task.deadline or date(tracked.pledge.year, 12, 31)
    if deadline.month == 12:
        return (Course.AHEAD, Course.AHEAD, Course.STEADY, Course.BEHIND)[tracked.position % 4]
    if deadline.month == 11:
        return Course.EARLY
    return (Course.STEADY, Course.EARLY)[tracked.position % 2]


def _periods(start: date) -> Iterator[tuple[date, date]]:
    """The months from the one `start` falls in, without end."""
    first = date(start.year, start.month, 1)
    while True:
        following = (first + timedelta(days=32)).replace(day=1)
        yield first, following - timedelta(days=1)
        first = following


def _reported_on(unit: str, period_end: date) -> date:
    # Around the 5th of the following month: most on time, a few a day or two late.
    day = 5 + random.Random(f"day:{unit}:{period_end}").choice((-3, -2, -1, 0, 0, 0, 1, 2))
    return (period_end + timedelta(days=1)).replace(day=day)


def _rounded(value: float) -> int:
    return max(0, min(100, 5 * round(value / 5)))


def _progress(course: Course, line: float, late_months: int) -> tuple[int, TaskState]:
    """Percent and state on a period, `line` being where the straight line stands."""
    if course is Course.EARLY:
        percent = _rounded(min(95.0, line * 1.25))
    elif course is Course.AHEAD:
        percent = _rounded(min(95.0, line + 15))
    elif course is Course.BEHIND:
        percent = _rounded(max(0.0, line - 30))
    elif course is Course.OVERDUE:
        percent = min(90, _rounded(min(75.0, line * 0.75)) + 5 * late_months)
    else:
        percent = _rounded(min(95.0, line * 0.95))
    if percent == 0:
        return 0, TaskState.NOT_STARTED
    late = course is Course.OVERDUE and late_months > 0
    behind = late or (course in (Course.BEHIND, Course.OVERDUE) and line - percent > 15)
    return percent, TaskState.BEHIND if behind else TaskState.ON_TRACK


def _done_by(course: Course, deadline: date) -> date | None:
    """The period end from which the task reports done (None: never)."""
    if course in (Course.OVERDUE, Course.BLOCKED):
        return None
    return deadline - timedelta(days=45) if course is Course.EARLY else deadline


def _evidence(tracked: _Tracked, period_end: date, report_id: str) -> tuple[RecordedEvidence, ...]:
    task = tracked.task
    note = completion_note_pdf(
        unit=tracked.pledge.unit.name,
        item=task.item,
        deliverable=task.deliverable,
        finished_on=f"{period_end.year}年{period_end.month}月",
    )
    files = [RecordedEvidence(f"{task.item[:24]}完成情况说明.pdf", "application/pdf", note)]
    if task.list_class is TaskList.PILOT_DEMONSTRATION:
        photo = site_photo_png(f"试点现场：{task.item}")
        files.append(RecordedEvidence("试点现场照片.png", "image/png", photo))
    return tuple(
        RecordedEvidence(file.name, file.media_type, file.data, id=_id(f"{report_id}/{n}"))
        for n, file in enumerate(files)
    )


def _id(name: str) -> str:
    return str(uuid.uuid5(sample_year.DEMO_NAMESPACE, name))


def _report(
    tracked: _Tracked, period: tuple[date, date], percent: int, state: TaskState, text: str
) -> RecordedReport:
    unit = tracked.pledge.unit
    reported_on = _reported_on(unit.name, period[1])
    report_id = _id(f"{tracked.task.key}/report/{period[0].isoformat()}")
    minute = random.Random(report_id).randrange(60)
    contact = random.Random(f"contact:{unit.name}").choice(_CONTACTS)
    return RecordedReport(
        id=report_id,
        lineage_key=tracked.task.key,
        period_start=period[0],
        period_end=period[1],
        reported_on=reported_on,
        percent=percent,
        state=state,
        narrative=text,
        reporter=f"{contact}（{unit.divisions[0]}）",
        recorded_by=DEMO_CLERK,
        # 09:xx in Beijing on the day it was reported.
        recorded_at=datetime.combine(reported_on, time(1, minute), tzinfo=UTC),
        evidence=_evidence(tracked, period[1], report_id) if state is TaskState.DONE else (),
    )


def _correction(report: RecordedReport) -> tuple[RecordedReport, RecordedReport]:
    """The report as first sent, with a slip of the pen, and the correction two days later."""
    wrong = max(1, report.percent // 10)
    slip = replace(report, id=_id(f"{report.id}/slip"), percent=wrong)
    fixed = replace(
        report,
        reported_on=report.reported_on + timedelta(days=2),
        recorded_at=report.recorded_at + timedelta(days=2),
        corrects_id=slip.id,
        narrative=narrative(
            "correction", month=report.period_end.month, wrong=wrong, right=report.percent
        ),
    )
    return slip, fixed


def _task_reports(tracked: _Tracked, today: date) -> Iterator[RecordedReport]:
    task = tracked.task
    deadline = task.deadline or date(tracked.pledge.year, 12, 31)
    course = _course(tracked)
    done_by = _done_by(course, deadline)
    span = max((deadline - tracked.start).days, 1)
    blocked_from = tracked.start + timedelta(days=span * 55 // 100)
    silent = tracked.where[:2] == SILENT[0]
    frozen: int | None = None
    # Work not done goes on being reported after its year, until it is done.
    for period in _periods(tracked.start):
        if silent and period[0] > SILENT[1]:
            return
        if _reported_on(tracked.pledge.unit.name, period[1]) > today:
            return
        if done_by is not None and period[1] >= done_by:
            text = narrative("done", item=task.item, deliverable=task.deliverable)
            yield _report(tracked, period, 100, TaskState.DONE, text)
            return
        line = min(100.0, max(0.0, (period[1] - tracked.start).days * 100 / span))
        late = max(0, (period[1].year - deadline.year) * 12 + period[1].month - deadline.month)
        percent, state = _progress(course, line, late)
        if course is Course.BLOCKED and period[1] >= blocked_from:
            frozen = percent if frozen is None else frozen
            percent, state = frozen, TaskState.BLOCKED
        text = narrative(
            state.value,
            month=period[1].month,
            percent=percent,
            measures=task.measures,
            partner=(task.cooperating_units or ("相关部门",))[0],
            seed=f"{task.key}{period[0]}",
        )
        report = _report(tracked, period, percent, state, text)
        if (tracked.where, period[0]) == CORRECTED:
            yield from _correction(report)
        else:
            yield report


def demo_reports(
    pledges: tuple[sample_year.DemoPledge, ...], *, today: date
) -> list[tuple[RecordedReport, str, str]]:
    """Every report of the plan due by `today`, in the order they were recorded, with the
    id of the version in force that day and the task's item."""
    planned: list[tuple[RecordedReport, str, str]] = []
    for tracked in _in_force(pledges):
        amendment = tracked.pledge.amendment
        for report in _task_reports(tracked, today):
            amended_on = amendment.signed_on if amendment is not None else None
            revision = 2 if amended_on is not None and report.reported_on >= amended_on else 1
            pledge_id = sample_year.demo_pledge_id(tracked.pledge, revision)
            planned.append((report, pledge_id, tracked.task.item))
    planned.sort(key=lambda entry: (entry[0].recorded_at, entry[0].id))
    return planned


def _stored(session: Session, ids: list[str]) -> set[str]:
    stored: set[str] = set()
    for start in range(0, len(ids), 500):
        query = select(ProgressReport.id).where(ProgressReport.id.in_(ids[start : start + 500]))
        stored.update(session.scalars(query))
    return stored


def add_demo_tracking(
    session: Session, pledges: tuple[sample_year.DemoPledge, ...], *, today: date
) -> None:
    """Add the reports and milestones of the plan that are due by `today` and not stored,
    audited as a clerk's would be."""
    planned = demo_reports(pledges, today=today)
    stored = _stored(session, [report.id for report, _, _ in planned])
    # Written as an import writes: a year of reports one by one would slow the demo down.
    writer = BulkWriter(session, source="demo")
    for report, pledge_id, item in planned:
        if report.id in stored:
            continue
        writer.add_row("progress_report", report_row(report))
        for row in evidence_rows(report):
            writer.add_row("evidence", row)
        details = {**reported_details(report, item=item), "id": report.id}
        writer.audit("reported", pledge_id, details)
    marked = set(session.scalars(select(Milestone.lineage_key).distinct()))
    for tracked in _in_force(pledges):
        plan = _MILESTONES.get(tracked.where)
        if plan is None or tracked.task.key in marked:
            continue
        milestones = [
            MilestoneView(
                name,
                due_on,
                reached if reached and reached <= today else None,
                id=_id(f"{tracked.task.key}/milestone/{n}"),
            )
            for n, (name, due_on, reached) in enumerate(plan)
        ]
        for milestone in milestones:
            writer.add_row("milestone", milestone_row(tracked.task.key, milestone))
        writer.audit(
            "milestones_set",
            sample_year.demo_pledge_id(tracked.pledge),
            {
                "task": tracked.task.key,
                "before": [],
                "after": [milestone_text(milestone) for milestone in milestones],
            },
        )
    writer.flush()
