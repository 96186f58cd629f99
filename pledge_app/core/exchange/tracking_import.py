"""Importing the tracking of an exchange file: every task it names must exist, and reports
are only ever appended — one already stored is skipped when identical, refused otherwise."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.exchange.bulk import BulkWriter
from pledge_app.core.exchange.reader import ExchangeFileInvalid, Reader
from pledge_app.core.exchange.tracking_schema import ExchangeTracking
from pledge_app.core.i18n import translate
from pledge_app.core.models import Evidence, Milestone, Pledge, ProgressReport, Task
from pledge_app.core.tracking.milestones import MilestoneView
from pledge_app.core.tracking.transfer import (
    RecordedReport,
    evidence_rows,
    milestone_row,
    milestone_text,
    report_row,
    reported_details,
)

__all__ = ["TrackingInput", "TrackingSummary", "check_tracking_keys", "write_tracking"]

# Ids per IN (...) query, well under SQLite's limit on bound parameters.
_CHUNK = 500
# Lineages per round, and fewer when their evidence is large.
_BATCH = 200
_BATCH_BYTES = 24 << 20
# Which version of a lineage an audit entry names: the one in force first.
_RANK = {
    PledgeStatus.SIGNED.value: 0,
    PledgeStatus.SUPERSEDED.value: 1,
    PledgeStatus.READY_TO_SIGN.value: 2,
    PledgeStatus.DRAFT.value: 3,
}

_Milestones = list[tuple[date, str, date | None]]
_Stored = tuple[Any, list[tuple[str, str, str]]]  # a report row, its evidence (name, type, hash)


@dataclass(frozen=True)
class TrackingInput:
    """A file's tracking as the import needs it: each entry's key and place in the file,
    the keys its tasks carry, and a way to read the entries (once, in file order)."""

    keys: Mapping[str, int]
    task_keys: frozenset[str]
    read: Callable[[], Iterable[ExchangeTracking]]


@dataclass(frozen=True)
class TrackingSummary:
    """What the tracking part of an import wrote, and the reports stored already."""

    reports: int = 0
    skipped: int = 0
    milestones: int = 0


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def check_tracking_keys(session: Session, tracking: TrackingInput, *, source: str) -> None:
    """Refuse the file when an entry names a task that is neither in it nor stored."""
    missing = [key for key in tracking.keys if key not in tracking.task_keys]
    stored: set[str] = set()
    for chunk in _chunks(missing):
        stored.update(session.scalars(select(Task.lineage_key).where(Task.lineage_key.in_(chunk))))
    reader = Reader(source)
    for key in sorted((k for k in missing if k not in stored), key=tracking.keys.__getitem__):
        reader.tracking = (tracking.keys[key], key)
        reader.problem(
            "key",
            translate(
                "exchange",
                "no task has this key, neither in this file nor in the database: "
                "tracking belongs to a task",
            ),
        )
    if reader.problems:
        raise ExchangeFileInvalid(reader.problems)


def _batches(entries: Iterable[ExchangeTracking]) -> Iterator[list[ExchangeTracking]]:
    batch: list[ExchangeTracking] = []
    size = 0
    for entry in entries:
        batch.append(entry)
        size += sum(len(file.data) for report in entry.reports for file in report.evidence)
        if len(batch) >= _BATCH or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class _Batch:
    """What the database holds already of one batch of entries."""

    def __init__(self, session: Session, entries: list[ExchangeTracking]) -> None:
        keys = [entry.key for entry in entries]
        reports = [report for entry in entries for report in entry.reports]
        self.tasks: dict[str, tuple[str, str]] = {}  # key -> (pledge id, item)
        ranks: dict[str, tuple[int, int]] = {}
        self.milestones: dict[str, _Milestones] = {}
        for chunk in _chunks(keys):
            rows = session.execute(
                select(Task.lineage_key, Task.item, Pledge.id, Pledge.status, Pledge.revision)
                .join(Pledge, Task.pledge_id == Pledge.id)
                .where(Task.lineage_key.in_(chunk))
            )
            for key, item, pledge_id, status, revision in rows:
                rank = (_RANK.get(status, 4), -revision)
                if key not in ranks or rank < ranks[key]:
                    ranks[key] = rank
                    self.tasks[key] = (pledge_id, item)
            marks = select(
                Milestone.lineage_key, Milestone.name, Milestone.due_on, Milestone.reached_on
            ).where(Milestone.lineage_key.in_(chunk))
            for key, name, due_on, reached_on in session.execute(marks):
                self.milestones.setdefault(key, []).append((due_on, name, reached_on))
        wanted = [r.id for r in reports] + [r.corrects_id for r in reports if r.corrects_id]
        self.reports: dict[str, _Stored] = {}
        for chunk in _chunks(wanted):
            for row in session.execute(
                select(ProgressReport.__table__).where(ProgressReport.id.in_(chunk))
            ):
                self.reports[row.id] = (row, [])
        for chunk in _chunks(list(self.reports)):
            for report_id, name, media_type, sha256 in session.execute(
                select(Evidence.report_id, Evidence.name, Evidence.media_type, Evidence.sha256)
                .where(Evidence.report_id.in_(chunk))
                .order_by(Evidence.report_id, Evidence.position)
            ):
                self.reports[report_id][1].append((name, media_type, sha256))


def _same(stored: _Stored, report: RecordedReport) -> bool:
    row, files = stored
    return (
        row.lineage_key,
        row.period_start,
        row.period_end,
        row.reported_on,
        row.percent,
        row.state,
        row.narrative,
        row.reporter,
        row.recorded_by,
        _aware(row.recorded_at),
        row.corrects_id,
        files,
    ) == (
        report.lineage_key,
        report.period_start,
        report.period_end,
        report.reported_on,
        report.percent,
        report.state.value,
        report.narrative,
        report.reporter,
        report.recorded_by,
        _aware(report.recorded_at),
        report.corrects_id,
        [(file.name, file.media_type, file.sha256) for file in report.evidence],
    )


class _TrackingWriter:
    """Queues the rows of one entry at a time, collecting every problem of the file."""

    def __init__(self, writer: BulkWriter, source: str) -> None:
        self.writer = writer
        self.source = source
        self.reader = Reader(source)
        self.queued: set[str] = set()  # report ids queued in this batch
        self.reports = self.skipped = self.milestones = 0

    def _milestones(self, entry: ExchangeTracking, batch: _Batch, pledge_id: str) -> None:
        given = sorted(((m.due_on, m.name, m.reached_on) for m in entry.milestones), key=_order)
        stored = sorted(batch.milestones.get(entry.key, []), key=_order)
        if not given or given == stored:
            return
        if stored:
            self.reader.problem(
                "milestones",
                translate(
                    "exchange",
                    "the database has other milestones for this task; importing over them "
                    "is not supported: change them in the application",
                ),
            )
            return
        if self.reader.problems:  # the file is refused: check on, write no more
            return
        for milestone in entry.milestones:
            self.writer.add_row("milestone", milestone_row(entry.key, milestone))
        self.writer.audit(
            "milestones_set",
            pledge_id,
            {
                "task": entry.key,
                "before": [],
                "after": [milestone_text(m) for m in sorted(entry.milestones, key=_due)],
                "imported": True,
                "source": self.source,
            },
        )
        self.milestones += len(entry.milestones)

    def _refusal(
        self, report: RecordedReport, entry_ids: set[str], batch: _Batch
    ) -> tuple[str, str] | None:
        """The field and the reason a report is refused, or None when it may be stored."""
        stored = batch.reports.get(report.id)
        if stored is not None and not _same(stored, report):
            return "id", translate(
                "exchange",
                "a report with this id is in the database already, with other content: "
                "reports are never changed (a correction is a new report naming the one "
                "it corrects)",
            )
        if stored is None and report.id in self.queued:
            return "id", translate("exchange", "is the id of a report of another task in this file")
        corrects = report.corrects_id
        if corrects is not None and corrects not in entry_ids:
            earlier = batch.reports.get(corrects)
            if earlier is None or earlier[0].lineage_key != report.lineage_key:
                return "corrects", translate(
                    "exchange",
                    "names {id}, which is neither an earlier report of this task in the file "
                    "nor one of its reports in the database",
                ).format(id=corrects)
        return None

    def entry(self, entry: ExchangeTracking, batch: _Batch) -> None:
        """Queue what `entry` adds, or record why it cannot be added."""
        self.reader.tracking = (entry.index, entry.key)
        pledge_id, item = batch.tasks.get(entry.key, ("", ""))
        self._milestones(entry, batch, pledge_id)
        entry_ids: set[str] = set()
        for position, report in enumerate(entry.reports):
            refusal = self._refusal(report, entry_ids, batch)
            entry_ids.add(report.id)
            if refusal is not None:
                field, message = refusal
                self.reader.problem(f"reports[{position}].{field}", message)
                continue
            if report.id in batch.reports:
                self.skipped += 1
                continue
            self.queued.add(report.id)
            if self.reader.problems:  # the file is refused: check on, write no more
                continue
            self.writer.add_row("progress_report", report_row(report))
            for row in evidence_rows(report):
                self.writer.add_row("evidence", row)
            details = {**reported_details(report, item=item), "id": report.id}
            self.writer.audit(
                "reported", pledge_id, {**details, "imported": True, "source": self.source}
            )
            self.reports += 1


def _due(milestone: MilestoneView) -> tuple[date, str]:
    return (milestone.due_on, milestone.name)


def _order(milestone: tuple[date, str, date | None]) -> tuple[date, str, date]:
    # None (not reached) sorts first, and never meets a date in a comparison.
    return (milestone[0], milestone[1], milestone[2] or date.min)


def write_tracking(
    session: Session, writer: BulkWriter, entries: Iterable[ExchangeTracking], *, source: str
) -> TrackingSummary:
    """Append the entries' milestones and reports after the pledges were written (their
    keys checked by `check_tracking_keys`); raises ExchangeFileInvalid naming every report
    that would change a stored one, leaving the session to roll back."""
    writing = _TrackingWriter(writer, source)
    for entries_batch in _batches(entries):
        writer.flush()  # reports queued before are stored: this batch's checks see them
        writing.queued = set()
        batch = _Batch(session, entries_batch)
        for entry in entries_batch:
            writing.entry(entry, batch)
        writer.flush()
    if writing.reader.problems:
        raise ExchangeFileInvalid(writing.reader.problems)
    return TrackingSummary(writing.reports, writing.skipped, writing.milestones)
