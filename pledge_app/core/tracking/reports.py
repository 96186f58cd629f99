"""Progress reports: append-only, one per task and period, the newest counting; a
correction is a new report naming the one it corrects. Evidence files go with them."""

from __future__ import annotations

import calendar
import hashlib
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_app.core import audit
from pledge_app.core.errors import NotFound, ValidationFailed
from pledge_app.core.i18n import translate
from pledge_app.core.models import Evidence, Pledge, ProgressReport, Task
from pledge_app.core.office_settings import read_office_settings
from pledge_app.core.text_checks import MAX_PARAGRAPH, text_problem
from pledge_app.core.tracking.states import TaskState, state_label

#: The largest evidence file taken (a scanned report or a few photos; not video).
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
MAX_EVIDENCE_FILES = 20
MAX_NAME = 200


@dataclass(frozen=True)
class EvidenceFile:
    """A file to attach: its name as the clerk knows it, and its bytes."""

    name: str
    data: bytes
    media_type: str = ""


@dataclass(frozen=True)
class ReportDraft:
    """What a clerk enters for one task; the period defaults to the previous month."""

    lineage_key: str
    percent: int
    state: TaskState
    narrative: str = ""
    reporter: str = ""
    period_start: date | None = None
    period_end: date | None = None
    reported_on: date | None = None
    corrects_id: str | None = None
    evidence: tuple[EvidenceFile, ...] = ()


@dataclass(frozen=True)
class EvidenceView:
    """A stored evidence file, without its bytes."""

    id: str
    name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ReportView:
    """A stored progress report."""

    id: str
    seq: int
    lineage_key: str
    period_start: date
    period_end: date
    reported_on: date
    percent: int
    state: TaskState
    narrative: str
    reporter: str
    recorded_by: str
    recorded_at: datetime
    corrects_id: str | None = None
    evidence: tuple[EvidenceView, ...] = field(default=())


def previous_month(today: date) -> tuple[date, date]:
    """The first and last day of the month before `today`'s: what a monthly report covers."""
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def task_in_force(session: Session, lineage_key: str) -> tuple[Task, Pledge]:
    """The task of that lineage in the signed version now in force."""
    row = session.execute(
        select(Task, Pledge)
        .join(Pledge, Task.pledge_id == Pledge.id)
        .where(Task.lineage_key == lineage_key, Pledge.status == "signed")
    ).first()
    if row is None:
        raise NotFound(
            translate(
                "tracking",
                "No task {key} in a signed pledge in force: only signed pledges are tracked.",
            ).format(key=lineage_key)
        )
    return row[0], row[1]


def _problems(
    session: Session, draft: ReportDraft, start: date, end: date, today: date | None = None
) -> list[str]:
    problems: list[str] = []
    if not 0 <= draft.percent <= 100:
        problems.append(
            translate("tracking", "Percent complete is from 0 to 100, not {value}.").format(
                value=draft.percent
            )
        )
    if today is not None and start > today:
        problems.append(
            translate(
                "tracking",
                "The period starts {start}, after today: a report covers time that has begun.",
            ).format(start=start.isoformat())
        )
    if start > end:
        problems.append(
            translate("tracking", "The period starts {start}, after it ends ({end}).").format(
                start=start.isoformat(), end=end.isoformat()
            )
        )
    for text, where, limit in (
        (draft.narrative, translate("tracking", "the narrative"), MAX_PARAGRAPH),
        (draft.reporter, translate("tracking", "the reporter"), MAX_NAME),
    ):
        problem = text_problem(text, where, limit=limit)
        if problem:
            problems.append(problem)
    if len(draft.evidence) > MAX_EVIDENCE_FILES:
        problems.append(
            translate("tracking", "At most {n} evidence files go with one report.").format(
                n=MAX_EVIDENCE_FILES
            )
        )
    for file in draft.evidence:
        if len(file.data) > MAX_EVIDENCE_BYTES:
            problems.append(
                translate(
                    "tracking", "The evidence file {name} is {size} MB; the limit is {limit} MB."
                ).format(
                    name=file.name,
                    size=round(len(file.data) / 2**20, 1),
                    limit=MAX_EVIDENCE_BYTES // 2**20,
                )
            )
        problem = text_problem(
            file.name, translate("tracking", "an evidence file's name"), limit=MAX_NAME
        )
        if problem or not file.name.strip():
            problems.append(problem or translate("tracking", "An evidence file has no name."))
    if draft.corrects_id is not None:
        corrected = session.scalars(
            select(ProgressReport).where(ProgressReport.id == draft.corrects_id)
        ).one_or_none()
        if corrected is None or corrected.lineage_key != draft.lineage_key:
            problems.append(
                translate(
                    "tracking", "The report to correct ({id}) is not one of this task's."
                ).format(id=draft.corrects_id)
            )
    if (
        draft.state is TaskState.DONE
        and not draft.evidence
        and read_office_settings(session).done_needs_evidence
        and not _has_evidence(session, draft.lineage_key)
    ):
        problems.append(
            translate(
                "tracking",
                "Marking a task {done} needs an evidence file (佐证材料): attach one, "
                "or change the office setting.",
            ).format(done=state_label(TaskState.DONE))
        )
    return problems


def _has_evidence(session: Session, lineage_key: str) -> bool:
    return (
        session.scalars(
            select(Evidence.id)
            .join(ProgressReport, Evidence.report_id == ProgressReport.id)
            .where(ProgressReport.lineage_key == lineage_key)
            .limit(1)
        ).first()
        is not None
    )


def add_report(
    session: Session, draft: ReportDraft, *, recorded_by: str = "", today: date | None = None
) -> ReportView:
    """Record a report on a task in force, with its evidence; audited. Done means 100 %."""
    today = today or date.today()
    task, pledge = task_in_force(session, draft.lineage_key)
    default_start, default_end = previous_month(today)
    start = draft.period_start or default_start
    end = draft.period_end or (default_end if draft.period_start is None else start)
    problems = _problems(session, draft, start, end, today)
    if problems:
        raise ValidationFailed(problems)
    percent = 100 if draft.state is TaskState.DONE else draft.percent
    report = ProgressReport(
        lineage_key=draft.lineage_key,
        period_start=start,
        period_end=end,
        reported_on=draft.reported_on or today,
        percent=percent,
        state=draft.state.value,
        narrative=draft.narrative.strip(),
        reporter=draft.reporter.strip(),
        recorded_by=recorded_by or audit.os_user(),
        recorded_at=datetime.now(UTC),
        corrects_id=draft.corrects_id,
    )
    report.evidence = [
        Evidence(
            position=position,
            name=file.name.strip(),
            media_type=file.media_type
            or mimetypes.guess_type(file.name)[0]
            or "application/octet-stream",
            size=len(file.data),
            sha256=hashlib.sha256(file.data).hexdigest(),
            data=file.data,
        )
        for position, file in enumerate(draft.evidence)
    ]
    session.add(report)
    session.flush()
    audit.record(
        session,
        "reported",
        pledge_id=pledge.id,
        details={
            "task": draft.lineage_key,
            "item": task.item[:80],
            "percent": percent,
            "state": draft.state.value,
            "period": f"{start.isoformat()}/{end.isoformat()}",
            "evidence": [file.sha256 for file in report.evidence],
            **({"corrects": draft.corrects_id} if draft.corrects_id else {}),
        },
    )
    return report_view(report)


def report_view(report: ProgressReport) -> ReportView:
    """The frozen view of a stored report."""
    recorded_at = report.recorded_at
    if recorded_at.tzinfo is None:  # SQLite gives naive datetimes back
        recorded_at = recorded_at.replace(tzinfo=UTC)
    return ReportView(
        id=report.id,
        seq=report.seq,
        lineage_key=report.lineage_key,
        period_start=report.period_start,
        period_end=report.period_end,
        reported_on=report.reported_on,
        percent=report.percent,
        state=TaskState(report.state),
        narrative=report.narrative,
        reporter=report.reporter,
        recorded_by=report.recorded_by,
        recorded_at=recorded_at,
        corrects_id=report.corrects_id,
        evidence=tuple(
            EvidenceView(e.id, e.name, e.media_type, e.size, e.sha256) for e in report.evidence
        ),
    )


def reports_of(session: Session, lineage_keys: Sequence[str]) -> list[ReportView]:
    """Every report on these tasks, newest first."""
    reports = session.scalars(
        select(ProgressReport)
        .where(ProgressReport.lineage_key.in_(list(lineage_keys)))
        .options(selectinload(ProgressReport.evidence))
        .order_by(ProgressReport.seq.desc())
    )
    return [report_view(report) for report in reports]


def evidence_file(session: Session, evidence_id: str) -> tuple[EvidenceView, bytes]:
    """One evidence file and its bytes."""
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise NotFound(translate("tracking", "No evidence file {id}.").format(id=evidence_id))
    view = EvidenceView(
        evidence.id, evidence.name, evidence.media_type, evidence.size, evidence.sha256
    )
    return view, evidence.data


def find_task_key(session: Session, prefix: str) -> str:
    """The lineage key of the task in force that starts with `prefix` (at least 6 characters,
    as `pledge-app tasks` shows them); none or several is bad input."""
    from pledge_app.core.errors import BadInput

    wanted = prefix.strip().lower()
    if len(wanted) < 6 or not all(c in "0123456789abcdef-" for c in wanted):
        raise BadInput(
            translate(
                "tracking", "“{key}” is not a task key: give at least its first 6 characters."
            ).format(key=prefix)
        )
    keys = session.scalars(
        select(Task.lineage_key)
        .join(Pledge, Task.pledge_id == Pledge.id)
        .where(Pledge.status == "signed", Task.lineage_key.startswith(wanted))
        .limit(2)
    ).all()
    if not keys:
        raise BadInput(
            translate("tracking", "No task in force has a key starting with {key}.").format(
                key=prefix
            )
        )
    if len(keys) > 1:
        raise BadInput(
            translate(
                "tracking", "Several tasks have keys starting with {key}: give more of it."
            ).format(key=prefix)
        )
    return keys[0]
