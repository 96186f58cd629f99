"""Which automatic backups to keep: the newest of each day, week and month, up to a count."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

#: The newest backup of each of the last 12 days, 10 weeks and 9 months is kept.
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9


@dataclass(frozen=True)
class Retention:
    """How many days, weeks and months keep their newest backup."""

    daily: int = KEEP_DAILY
    weekly: int = KEEP_WEEKLY
    monthly: int = KEEP_MONTHLY


def backups_to_keep(
    moments: Iterable[datetime], retention: Retention | None = None
) -> set[datetime]:
    """The moments (backup times) to keep; every other automatic backup may be deleted.

    The newest backup always stays. Within each of the newest `daily` days that have a
    backup, the newest backup of that day stays; likewise for ISO weeks and months. A
    backup kept for more than one reason counts once.
    """
    retention = retention or Retention()
    ordered = sorted(set(moments), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    periods: tuple[tuple[Callable[[datetime], object], int], ...] = (
        (lambda moment: moment.date(), retention.daily),
        (lambda moment: tuple(moment.isocalendar())[:2], retention.weekly),
        (lambda moment: (moment.year, moment.month), retention.monthly),
    )
    for key, count in periods:
        seen: list[object] = []
        for moment in ordered:
            period = key(moment)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(moment)  # the first met is the newest of its period
    return keep
