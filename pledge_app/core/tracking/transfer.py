"""Reports and milestones recorded elsewhere (an exchange file, the demo year), as rows to
append as they were recorded: their ids, dates, times and authors kept, with the audit
details `add_report` and `set_milestones` record."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from pledge_app.core.models import new_id
from pledge_app.core.tracking.milestones import MilestoneView
from pledge_app.core.tracking.states import TaskState


@dataclass(frozen=True)
class RecordedEvidence:
    """An evidence file of a recorded report: `sha256` as recorded ("": computed from the
    bytes); `id` "" gets a new one when stored."""

    name: str
    media_type: str
    data: bytes
    sha256: str = ""
    id: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", hashlib.sha256(self.data).hexdigest())


@dataclass(frozen=True)
class RecordedReport:
    """A progress report exactly as it was recorded, evidence included."""

    id: str
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
    evidence: tuple[RecordedEvidence, ...] = ()


def report_row(report: RecordedReport) -> dict[str, Any]:
    """The progress_report row of `report` (its seq is given by the database)."""
    return {
        "id": report.id,
        "lineage_key": report.lineage_key,
        "period_start": report.period_start,
        "period_end": report.period_end,
        "reported_on": report.reported_on,
        "percent": report.percent,
        "state": report.state.value,
        "narrative": report.narrative,
        "reporter": report.reporter,
        "recorded_by": report.recorded_by,
        "recorded_at": report.recorded_at.astimezone(UTC),
        "corrects_id": report.corrects_id,
    }


def evidence_rows(report: RecordedReport) -> list[dict[str, Any]]:
    """The evidence rows of `report`, in its order."""
    return [
        {
            "id": file.id or new_id(),
            "report_id": report.id,
            "position": position,
            "name": file.name,
            "media_type": file.media_type,
            "size": len(file.data),
            "sha256": file.sha256,
            "data": file.data,
        }
        for position, file in enumerate(report.evidence)
    ]


def milestone_row(lineage_key: str, milestone: MilestoneView) -> dict[str, Any]:
    """The milestone row of one of a task's milestones."""
    return {
        "id": milestone.id or new_id(),
        "lineage_key": lineage_key,
        "name": milestone.name,
        "due_on": milestone.due_on,
        "reached_on": milestone.reached_on,
        "version": 1,
    }


def reported_details(report: RecordedReport, *, item: str) -> dict[str, Any]:
    """What the audit log says of a report: the same details `add_report` records."""
    return {
        "task": report.lineage_key,
        "item": item[:80],
        "percent": report.percent,
        "state": report.state.value,
        "period": f"{report.period_start.isoformat()}/{report.period_end.isoformat()}",
        "evidence": [file.sha256 for file in report.evidence],
        **({"corrects": report.corrects_id} if report.corrects_id else {}),
    }


def milestone_text(milestone: MilestoneView) -> str:
    """A milestone in the words the "milestones_set" audit entry uses."""
    reached = f" ✔{milestone.reached_on.isoformat()}" if milestone.reached_on else ""
    return f"{milestone.due_on.isoformat()} {milestone.name}{reached}"
