"""How a long operation reports progress and learns it was cancelled, without Qt."""

from __future__ import annotations

import threading
from typing import Protocol

from pledge_app.core.errors import PledgeError


class Cancelled(PledgeError):
    """The user cancelled the work; nothing of it was kept."""


class Progress(Protocol):
    """What a long operation talks to: a text bar on the command line, a dialog in the window."""

    def begin(self, total: int, label: str) -> None:
        """The work has `total` steps (0 if unknown)."""

    def advance(self, done: int, label: str) -> None:
        """`done` steps are finished; `label` says what comes next or what was done."""

    def cancelled(self) -> bool:
        """Whether the user asked to stop; the operation stops at the next safe point."""
        ...


class SilentProgress:
    """Progress nobody watches; it can still be cancelled from another thread."""

    def __init__(self) -> None:
        self._stop = threading.Event()

    def begin(self, total: int, label: str) -> None:
        """Nothing to show."""

    def advance(self, done: int, label: str) -> None:
        """Nothing to show."""

    def cancel(self) -> None:
        """Ask the operation to stop (safe from any thread)."""
        self._stop.set()

    def cancelled(self) -> bool:
        """Whether `cancel` was called."""
        return self._stop.is_set()
