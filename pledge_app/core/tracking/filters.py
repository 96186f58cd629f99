"""The Tasks page's and `pledge-app tasks`' filters, as one pure function both use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from pledge_app.core.enums import TaskList
from pledge_app.core.i18n import translate
from pledge_app.core.tracking.states import Light

if TYPE_CHECKING:
    # Under TYPE_CHECKING only: the window imports the filters before SQLAlchemy loads.
    from pledge_app.core.tracking.ledger import TrackedTask


class DueWindow(StrEnum):
    """When a task falls due, for the due filter."""

    OVERDUE = "overdue"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


def due_window_label(window: DueWindow) -> str:
    """The clerk's words for a due window."""
    labels = {
        DueWindow.OVERDUE: translate("tracking", "Overdue"),
        DueWindow.WEEK: translate("tracking", "Due in the next 7 days"),
        DueWindow.MONTH: translate("tracking", "Due in the next 30 days"),
        DueWindow.QUARTER: translate("tracking", "Due this quarter"),
    }
    return labels[window]


@dataclass(frozen=True)
class TaskFilter:
    """What to show; None or "" shows everything for that field. Free text matches every
    word (space-separated) in any task field or the newest narrative, case-insensitively."""

    year: int | None = None
    unit: str | None = None
    list_class: TaskList | None = None
    light: Light | None = None
    due: DueWindow | None = None
    due_within_days: int | None = None
    lead_official: str | None = None
    text: str = ""
    # Exactly these tasks (by lineage key): what a number on the dashboard stands for.
    keys: frozenset[str] | None = None


def _quarter_end(today: date) -> date:
    month = ((today.month - 1) // 3 + 1) * 3
    first_of_next = date(today.year + 1, 1, 1) if month == 12 else date(today.year, month + 1, 1)
    return first_of_next - timedelta(days=1)


def _due_matches(task: TrackedTask, window: DueWindow, today: date) -> bool:
    if task.deadline is None or task.light is Light.DONE:
        return False
    if window is DueWindow.OVERDUE:
        return task.deadline < today
    if task.deadline < today:
        return False
    if window is DueWindow.WEEK:
        return task.deadline <= today + timedelta(days=7)
    if window is DueWindow.MONTH:
        return task.deadline <= today + timedelta(days=30)
    return task.deadline <= _quarter_end(today)


def searchable_text(task: TrackedTask) -> str:
    """Every field free text searches, in one casefolded string."""
    return "\n".join(
        (
            task.item,
            task.measures,
            task.deliverable,
            task.responsible_body,
            task.lead_official,
            *task.cooperating_units,
            task.narrative,
        )
    ).casefold()


def search_terms(text: str) -> list[str]:
    """The words of a free-text query, casefolded."""
    return text.casefold().split()


def text_matches(task: TrackedTask, text: str, indexed: set[str] | None = None) -> bool:
    """Whether every word of `text` is in one of the task's fields; `indexed`, when given,
    is the search index's answer for the same text (the keys of the matching tasks)."""
    if indexed is not None:
        return task.key in indexed
    haystack = searchable_text(task)
    return all(term in haystack for term in search_terms(text))


def matches(
    task: TrackedTask, wanted: TaskFilter, today: date, indexed: set[str] | None = None
) -> bool:
    """Whether the task passes every filter that is set (`indexed` as for text_matches)."""
    if wanted.keys is not None and task.key not in wanted.keys:
        return False
    if wanted.year is not None and task.year != wanted.year:
        return False
    if wanted.unit and task.unit != wanted.unit:
        return False
    if wanted.list_class is not None and task.list_class is not wanted.list_class:
        return False
    if wanted.light is not None and task.light is not wanted.light:
        return False
    if wanted.due is not None and not _due_matches(task, wanted.due, today):
        return False
    if wanted.due_within_days is not None:
        if task.deadline is None or task.light is Light.DONE:
            return False
        if not today <= task.deadline <= today + timedelta(days=wanted.due_within_days):
            return False
    if wanted.lead_official and task.lead_official != wanted.lead_official:
        return False
    return not wanted.text.strip() or text_matches(task, wanted.text, indexed)


def filter_tasks(
    tasks: Iterable[TrackedTask],
    wanted: TaskFilter,
    today: date,
    indexed: set[str] | None = None,
) -> list[TrackedTask]:
    """The tasks that pass `wanted`, in their order (`indexed` as for text_matches)."""
    return [task for task in tasks if matches(task, wanted, today, indexed)]
