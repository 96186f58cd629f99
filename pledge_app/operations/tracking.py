"""Tracking the pledges in force: the task ledger with its lights, progress reports with
their evidence, milestones, and one task's history."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.operations.changes import Changes, Done
from pledge_app.operations.files import read_user_file, write_user_file

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.tracking.filters import TaskFilter
    from pledge_app.core.tracking.ledger import TrackedTask
    from pledge_app.core.tracking.lights import Thresholds
    from pledge_app.core.tracking.milestones import MilestoneView
    from pledge_app.core.tracking.reports import EvidenceFile, EvidenceView, ReportDraft, ReportView


@dataclass(frozen=True)
class Ledger:
    """Every task in force with its light, and the settings the lights were judged by."""

    tasks: tuple[TrackedTask, ...]
    today: date
    thresholds: Thresholds
    reporting_day: int


@dataclass(frozen=True)
class TaskHistory:
    """One task's reports (newest first) and milestones."""

    key: str
    reports: tuple[ReportView, ...]
    milestones: tuple[MilestoneView, ...]


def ledger(
    database: Database, *, today: date | None = None, year: int | None = None
) -> Done[Ledger]:
    """The task ledger as the Tasks page and the dashboard show it."""
    from pledge_app.core.office_settings import read_office_settings
    from pledge_app.core.tracking.ledger import tracked_tasks

    today = today or date.today()
    with database.begin() as session:
        settings = read_office_settings(session)
        tasks = tracked_tasks(session, today=today, thresholds=settings.thresholds(), year=year)
    return Done(Ledger(tuple(tasks), today, settings.thresholds(), settings.reporting_day))


def find_tasks(
    database: Database, wanted: TaskFilter, *, today: date | None = None
) -> Done[list[TrackedTask]]:
    """The tasks in force that pass `wanted`."""
    from pledge_app.core.tracking.filters import filter_tasks

    found = ledger(database, today=today, year=wanted.year).value
    indexed = search_index_keys(database, wanted.text).value
    return Done(filter_tasks(found.tasks, wanted, found.today, indexed))


def search_index_keys(database: Database, text: str) -> Done[set[str] | None]:
    """The keys of the tasks in force whose fields or newest narrative hold every word of 3+
    characters of `text`, from the index; None when the index cannot answer (scan instead)."""
    from pledge_app.core.tracking.filters import search_terms
    from pledge_app.core.tracking.search_index import indexed_matches

    terms = search_terms(text)
    if not terms:
        return Done(None)
    with database.begin() as session:
        return Done(indexed_matches(session, terms))


def add_reports(
    database: Database, drafts: Sequence[ReportDraft], *, today: date | None = None
) -> Done[list[ReportView]]:
    """Record reports on one or several tasks in one transaction: all of them or none."""
    from pledge_app.core.tracking.reports import add_report

    with database.begin() as session:
        views = [add_report(session, draft, today=today) for draft in drafts]
    return Done(views, Changes(tasks=frozenset(d.lineage_key for d in drafts), audit=True))


def task_history(database: Database, key: str) -> Done[TaskHistory]:
    """One task's reports and milestones."""
    from pledge_app.core.tracking.milestones import milestones_of
    from pledge_app.core.tracking.reports import reports_of

    with database.begin() as session:
        reports = reports_of(session, [key])
        milestones = milestones_of(session, key)
    return Done(TaskHistory(key, tuple(reports), tuple(milestones)))


def set_milestones(
    database: Database, key: str, milestones: Sequence[MilestoneView]
) -> Done[list[MilestoneView]]:
    """Replace one task's milestones."""
    from pledge_app.core.tracking import milestones as core

    with database.begin() as session:
        stored = core.set_milestones(session, key, milestones)
    return Done(stored, Changes(tasks=frozenset({key}), audit=True))


def evidence_from_files(paths: Sequence[Path]) -> tuple[EvidenceFile, ...]:
    """The files a clerk chose, read for attaching; one too large is refused unread."""
    from pledge_app.core.errors import BadInput
    from pledge_app.core.i18n import translate
    from pledge_app.core.tracking.reports import MAX_EVIDENCE_BYTES, EvidenceFile

    files: list[EvidenceFile] = []
    for path in paths:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # read_user_file says what is wrong with it
        if size > MAX_EVIDENCE_BYTES:
            raise BadInput(
                translate(
                    "tracking", "{file}: {size} MB is over the {limit} MB evidence limit."
                ).format(file=path, size=round(size / 2**20, 1), limit=MAX_EVIDENCE_BYTES // 2**20)
            )
        files.append(EvidenceFile(path.name, read_user_file(path)))
    return tuple(files)


def save_evidence(database: Database, evidence_id: str, target: Path) -> Done[Path]:
    """Write an evidence file out, whole or not at all."""
    from pledge_app.core.tracking.reports import evidence_file

    with database.begin() as session:
        _view, data = evidence_file(session, evidence_id)
    write_user_file(target, data)
    return Done(target)


def evidence_copy_to_open(database: Database, evidence_id: str) -> Done[tuple[EvidenceView, Path]]:
    """A temporary copy of an evidence file for the system's viewer, under its own name."""
    from pledge_app.core.tracking.reports import evidence_file

    with database.begin() as session:
        view, data = evidence_file(session, evidence_id)
    folder = Path(tempfile.mkdtemp(prefix="pledge-evidence-"))
    target = folder / Path(view.name).name
    write_user_file(target, data)
    return Done((view, target))


def find_task_key(database: Database, prefix: str) -> Done[str]:
    """The full lineage key of the task in force a key prefix names."""
    from pledge_app.core.tracking.reports import find_task_key as find

    with database.begin() as session:
        return Done(find(session, prefix))


def change_tracking_settings(
    database: Database,
    *,
    light_due_days: int,
    light_behind_points: int,
    light_stale_days: int,
    reporting_day: int,
    done_needs_evidence: bool,
) -> Done[frozenset[str]]:
    """Change the office's tracking settings (audited); the names of those that changed."""
    from pledge_app.core.office_settings import update_office_settings

    with database.begin() as session:
        _settings, changed = update_office_settings(
            session,
            light_due_days=light_due_days,
            light_behind_points=light_behind_points,
            light_stale_days=light_stale_days,
            reporting_day=reporting_day,
            done_needs_evidence=done_needs_evidence,
        )
    # A new threshold can change any task's light: every view reads again.
    return Done(frozenset(changed), Changes.of_everything() if changed else Changes())


def tasks_in_force(database: Database) -> Done[int]:
    """How many tasks signed pledges put in force (a count, for choosing the first page)."""
    from sqlalchemy import func, select

    from pledge_app.core.models import Pledge, Task

    with database.begin() as session:
        count = session.scalar(
            select(func.count(Task.id))
            .join(Pledge, Task.pledge_id == Pledge.id)
            .where(Pledge.status == "signed")
        )
    return Done(int(count or 0))
