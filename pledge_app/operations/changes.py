"""What an operation changed, so the window can refresh exactly what shows it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The records an operation changed; `everything` when too many to name (import, demo)."""

    pledges: frozenset[str] = field(default_factory=frozenset)
    units: frozenset[str] = field(default_factory=frozenset)
    tasks: frozenset[str] = field(default_factory=frozenset)
    audit: bool = False
    everything: bool = False

    @classmethod
    def of_pledges(cls, ids: Iterable[str], *, audit: bool = True) -> Changes:
        """Changes to these pledges (and, by default, a new audit entry)."""
        return cls(pledges=frozenset(ids), audit=audit)

    @classmethod
    def of_units(cls, ids: Iterable[str], *, audit: bool = True) -> Changes:
        """Changes to these units or their signatories."""
        return cls(units=frozenset(ids), audit=audit)

    @classmethod
    def of_everything(cls) -> Changes:
        """Anything may have changed: every page reads again."""
        return cls(audit=True, everything=True)

    def __bool__(self) -> bool:
        return bool(self.everything or self.audit or self.pledges or self.units or self.tasks)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            pledges=self.pledges | other.pledges,
            units=self.units | other.units,
            tasks=self.tasks | other.tasks,
            audit=self.audit or other.audit,
            everything=self.everything or other.everything,
        )

    def touches_pledges(self) -> bool:
        """Whether a view of pledges must read again."""
        return self.everything or bool(self.pledges)

    def touches_tasks(self) -> bool:
        """Whether a view of tracked tasks must read again (signing puts tasks in force)."""
        return self.everything or bool(self.tasks) or bool(self.pledges)

    def touches_units(self) -> bool:
        """Whether a view of units must read again (pledges name units too)."""
        return self.everything or bool(self.units) or bool(self.pledges)


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's typed result and what it changed."""

    value: T
    changes: Changes = NO_CHANGES
