"""The tracking of every task lineage as an export writes it, read a batch of lineages at a
time, with evidence bytes loaded a few megabytes at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from pledge_app.core.exchange.reader import utc_text
from pledge_app.core.exchange.tracking_schema import ExchangeTracking
from pledge_app.core.models import Evidence, Milestone, ProgressReport
from pledge_app.core.tracking.milestones import MilestoneView
from pledge_app.core.tracking.states import TaskState
from pledge_app.core.tracking.transfer import RecordedEvidence, RecordedReport

__all__ = ["iter_tracking", "tracked_keys", "tracking_document"]

#: Lineages read per round of queries.
_BATCH = 200
#: Evidence bytes held at once before the entries holding them are handed on.
_MAX_BYTES = 32 << 20
# Ids per IN (...) query, well under SQLite's limit on bound parameters.
_CHUNK = 500

#: How a document writes bytes (an evidence file).
Binary = Callable[[bytes | None], str | None]

_Meta = tuple[str, str, str, int, str]  # evidence id, name, media type, size, sha256


def tracked_keys(session: Session) -> list[str]:
    """Every lineage key with milestones or reports, by code point (the same on SQLite and
    PostgreSQL, whose collations differ)."""
    query = union(select(Milestone.lineage_key), select(ProgressReport.lineage_key))
    return sorted(session.scalars(query))


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _aware(moment: datetime) -> datetime:
    # SQLite gives naive UTC back, PostgreSQL an aware one.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _milestones(session: Session, keys: Sequence[str]) -> dict[str, list[MilestoneView]]:
    found: dict[str, list[MilestoneView]] = defaultdict(list)
    query = (
        select(Milestone.lineage_key, Milestone.name, Milestone.due_on, Milestone.reached_on)
        .where(Milestone.lineage_key.in_(keys))
        .order_by(Milestone.due_on)
    )
    for key, name, due_on, reached_on in session.execute(query):
        found[key].append(MilestoneView(name, due_on, reached_on))
    for views in found.values():
        # Names sorted by code point, not by the database's collation.
        views.sort(key=lambda view: (view.due_on, view.name))
    return found


def _reports(session: Session, keys: Sequence[str]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = defaultdict(list)
    query = (
        select(ProgressReport.__table__)
        .where(ProgressReport.lineage_key.in_(keys))
        .order_by(ProgressReport.seq)
    )
    for row in session.execute(query):
        found[row.lineage_key].append(row)
    return found


def _evidence(session: Session, report_ids: Sequence[str]) -> dict[str, list[_Meta]]:
    found: dict[str, list[_Meta]] = defaultdict(list)
    for chunk in _chunks(report_ids):
        query = (
            select(
                Evidence.report_id,
                Evidence.id,
                Evidence.name,
                Evidence.media_type,
                Evidence.size,
                Evidence.sha256,
            )
            .where(Evidence.report_id.in_(chunk))
            .order_by(Evidence.report_id, Evidence.position)
        )
        for report_id, evidence_id, name, media_type, size, sha256 in session.execute(query):
            found[report_id].append((evidence_id, name, media_type, size, sha256))
    return found


def _data(session: Session, evidence_ids: Sequence[str]) -> dict[str, bytes]:
    data: dict[str, bytes] = {}
    for chunk in _chunks(evidence_ids):
        data.update(
            (evidence_id, bytes(content))
            for evidence_id, content in session.execute(
                select(Evidence.id, Evidence.data).where(Evidence.id.in_(chunk))
            )
        )
    return data


def _entry(
    key: str,
    milestones: list[MilestoneView],
    reports: list[Any],
    metas: dict[str, list[_Meta]],
    data: dict[str, bytes],
) -> ExchangeTracking:
    return ExchangeTracking(
        key=key,
        milestones=tuple(milestones),
        reports=tuple(
            RecordedReport(
                id=row.id,
                lineage_key=key,
                period_start=row.period_start,
                period_end=row.period_end,
                reported_on=row.reported_on,
                percent=row.percent,
                state=TaskState(row.state),
                narrative=row.narrative,
                reporter=row.reporter,
                recorded_by=row.recorded_by,
                recorded_at=_aware(row.recorded_at),
                corrects_id=row.corrects_id,
                evidence=tuple(
                    RecordedEvidence(name, media_type, data.pop(evidence_id), sha256)
                    for evidence_id, name, media_type, _size, sha256 in metas.get(row.id, ())
                ),
            )
            for row in reports
        ),
    )


def iter_tracking(session: Session) -> Iterator[ExchangeTracking]:
    """The tracking of every lineage that has some, by key; memory holds a batch of
    lineages and a few megabytes of evidence, never the whole database's."""
    keys = tracked_keys(session)
    for start in range(0, len(keys), _BATCH):
        batch = keys[start : start + _BATCH]
        milestones = _milestones(session, batch)
        reports = _reports(session, batch)
        metas = _evidence(session, [row.id for rows in reports.values() for row in rows])
        pending: list[str] = []
        pending_bytes = 0
        for position, key in enumerate(batch):
            pending.append(key)
            pending_bytes += sum(
                meta[3] for row in reports.get(key, ()) for meta in metas.get(row.id, ())
            )
            if pending_bytes < _MAX_BYTES and position < len(batch) - 1:
                continue
            wanted = [
                meta[0]
                for held in pending
                for row in reports.get(held, ())
                for meta in metas.get(row.id, ())
            ]
            data = _data(session, wanted)
            for held in pending:
                yield _entry(held, milestones.get(held, []), reports.get(held, []), metas, data)
            pending, pending_bytes = [], 0


def _report_document(report: RecordedReport, binary: Binary) -> dict[str, Any]:
    return {
        "id": report.id,
        "period_start": report.period_start.isoformat(),
        "period_end": report.period_end.isoformat(),
        "reported_on": report.reported_on.isoformat(),
        "percent": report.percent,
        "state": report.state.value,
        "narrative": report.narrative,
        "reporter": report.reporter,
        "recorded_by": report.recorded_by,
        "recorded_at": utc_text(report.recorded_at),
        "corrects": report.corrects_id,
        "evidence": [
            {
                "name": file.name,
                "media_type": file.media_type,
                "sha256": file.sha256,
                "data": binary(file.data),
            }
            for file in report.evidence
        ],
    }


def tracking_document(entry: ExchangeTracking, binary: Binary) -> dict[str, Any]:
    """One lineage's tracking as the document holds it; `binary` writes an evidence file."""
    return {
        "key": entry.key,
        "milestones": [
            {
                "name": milestone.name,
                "due_on": milestone.due_on.isoformat(),
                "reached_on": milestone.reached_on.isoformat() if milestone.reached_on else None,
            }
            for milestone in entry.milestones
        ],
        "reports": [_report_document(report, binary) for report in entry.reports],
    }
