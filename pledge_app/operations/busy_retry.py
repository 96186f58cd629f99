"""Trying an operation again when the database was busy, if it wrote nothing: reads in the
window wait out another program's long write (issue 7 item 21) instead of failing at once."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from pledge_app.core.errors import DatabaseBusy
from pledge_app.operations.changes import Done

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pledge_app.core.database import Database

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Seconds to wait before each further try. Each try also waits SQLite's own busy timeout,
#: so a few short pauses are enough; the busy message follows the last one.
RETRY_PAUSES = (0.1, 0.3, 0.8)

#: Statements that only read; any other (INSERT, UPDATE, DDL…) makes a try not to repeat.
_READING = ("SELECT", "SHOW", "EXPLAIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN")
_WRITING_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass(eq=False)  # told apart by identity: nested tries may look alike
class _Try:
    """One run of an operation; `wrote` once it sent a statement that may change data."""

    wrote: bool = False


class _Tries(threading.local):
    """The tries running on this thread (an operation may run another inside it)."""

    def __init__(self) -> None:
        self.running: list[_Try] = []


_TRIES = _Tries()


def is_reading(statement: str) -> bool:
    """Whether a SQL statement only reads (unknown kinds count as writing)."""
    words = statement.lstrip().split(None, 1)
    first = words[0].upper() if words else ""
    if first == "PRAGMA":
        return "=" not in statement
    if first == "WITH":
        upper = statement.upper()
        return not any(word in upper for word in _WRITING_WORDS)
    return first in _READING


def _note_statement(
    _connection: Any, _cursor: Any, statement: str, *_args: Any, **_kwargs: Any
) -> None:
    if _TRIES.running and not is_reading(statement):
        for running in _TRIES.running:
            running.wrote = True


def _watch(engine: Engine) -> None:
    from sqlalchemy import event  # loads with the database, never before the window paints

    if not event.contains(engine, "before_cursor_execute", _note_statement):
        event.listen(engine, "before_cursor_execute", _note_statement)


def run_retrying_reads(
    operation: Callable[[Database], Done[T]],
    database: Database,
    *,
    wait: Callable[[float], None],
    pauses: tuple[float, ...] = RETRY_PAUSES,
) -> Done[T]:
    """Run `operation`; while the database is busy and the try wrote nothing, `wait` a pause
    and run it again. DatabaseBusy once the pauses are used up, or at once after a write."""
    _watch(database.engine)
    for pause in pauses:
        attempt = _Try()
        _TRIES.running.append(attempt)
        try:
            return operation(database)
        except DatabaseBusy:
            if attempt.wrote:  # part of it may have been done: the clerk decides
                raise
        finally:
            _TRIES.running.remove(attempt)
        log.info("The database is busy; reading again in %.1f s", pause)
        wait(pause)
    return operation(database)  # the last try: busy now is for the clerk to hear
