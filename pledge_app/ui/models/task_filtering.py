"""The Tasks page's filter over the ledger it holds: core's rules (`filters.matches`), with
free text answered by the search index when there is one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pledge_app.core.tracking.filters import TaskFilter
    from pledge_app.core.tracking.ledger import TrackedTask


def shown_rows(
    tasks: Sequence[TrackedTask],
    order: Sequence[int],
    wanted: TaskFilter,
    today: date,
    indexed: set[str] | None = None,
) -> list[int]:
    """The indexes in `order` of the tasks that pass `wanted`, in that order; `indexed` is
    the index's answer for the free text (None: scan the tasks' fields instead)."""
    from pledge_app.core.tracking.filters import TaskFilter, matches

    if wanted == TaskFilter():
        return list(order)
    return [index for index in order if matches(tasks[index], wanted, today, indexed)]
