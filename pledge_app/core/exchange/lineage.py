"""Lineage keys for the tasks of imported pledges: the file's own, or for a task without one
(every task of a version 1 or 2 file) the key of the task with the same item in the version
it amends, as the migration that introduced keys gave them; otherwise a new key."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.models import Task, new_id
from pledge_app.core.views import TaskView

__all__ = ["LineageKeys"]


class LineageKeys:
    """Gives each imported pledge's tasks their keys, versions before their amendments."""

    def __init__(self, session: Session, amended: Collection[str]) -> None:
        self._session = session
        self._amended = set(amended)  # ids of the versions some pledge of the file amends
        self._items: dict[str, dict[str, list[str]]] = {}  # version id -> item -> keys

    def _inherited(self, previous_id: str) -> dict[str, list[str]]:
        known = self._items.pop(previous_id, None)  # a version is amended only once
        if known is not None:
            return known
        items: dict[str, list[str]] = {}
        query = (
            select(Task.item, Task.lineage_key)
            .where(Task.pledge_id == previous_id)
            .order_by(Task.position)
        )
        for item, key in self._session.execute(query):
            items.setdefault(item, []).append(key)
        return items

    def keys_for(
        self, pledge_id: str, previous_id: str | None, tasks: Sequence[TaskView]
    ) -> list[str]:
        """The lineage key of each of `tasks`, the tasks of the pledge `pledge_id`."""
        missing = any(not task.key for task in tasks)
        inherited = self._inherited(previous_id) if previous_id and missing else {}
        taken = {task.key for task in tasks if task.key}
        keys: list[str] = []
        for task in tasks:
            key = task.key
            if not key:
                candidates = [k for k in inherited.get(task.item, ()) if k not in taken]
                key = candidates[0] if candidates else new_id()
                taken.add(key)
            keys.append(key)
        if pledge_id in self._amended:
            items: dict[str, list[str]] = {}
            for task, key in zip(tasks, keys, strict=True):
                items.setdefault(task.item, []).append(key)
            self._items[pledge_id] = items
        return keys
