"""A busy database: a try that wrote nothing is run again after a pause; one that wrote is
not, and the last busy answer reaches the caller."""

from __future__ import annotations

import pytest

from pledge_app.core.database import Database
from pledge_app.core.errors import DatabaseBusy
from pledge_app.core.pledges import create_pledge
from pledge_app.operations.busy_retry import is_reading, run_retrying_reads
from pledge_app.operations.changes import Done
from pledge_app.operations.pledge_list import pledge_rows
from tests.conftest import make_content

PAUSES = (0.1, 0.3, 0.8)


class BusyAtFirst:
    """An operation that finds the database busy `times` times, then reads it."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.tries = 0

    def __call__(self, database: Database) -> Done[int]:
        self.tries += 1
        if self.tries <= self.times:
            with database.begin() as session:
                session.connection().exec_driver_sql("SELECT 1")
                raise DatabaseBusy("busy")
        return Done(len(pledge_rows(database).value))


def test_a_read_that_met_a_busy_database_is_tried_again(database: Database) -> None:
    waits: list[float] = []
    operation = BusyAtFirst(2)
    done = run_retrying_reads(operation, database, wait=waits.append, pauses=PAUSES)
    assert done.value == 0
    assert operation.tries == 3
    assert waits == [0.1, 0.3]


def test_the_busy_answer_comes_after_the_last_pause(database: Database) -> None:
    waits: list[float] = []
    operation = BusyAtFirst(10)
    with pytest.raises(DatabaseBusy):
        run_retrying_reads(operation, database, wait=waits.append, pauses=PAUSES)
    assert operation.tries == len(PAUSES) + 1
    assert waits == list(PAUSES)


def test_a_try_that_wrote_is_not_repeated(database: Database) -> None:
    tries: list[int] = []

    def writes_then_busy(db: Database) -> Done[None]:
        tries.append(1)
        with db.begin() as session:
            create_pledge(session, make_content())
            raise DatabaseBusy("busy")

    waits: list[float] = []
    with pytest.raises(DatabaseBusy):
        run_retrying_reads(writes_then_busy, database, wait=waits.append, pauses=PAUSES)
    assert tries == [1]
    assert waits == []


@pytest.mark.parametrize(
    ("statement", "reading"),
    [
        ("SELECT * FROM pledge", True),
        ("  select 1", True),
        ("PRAGMA integrity_check", True),
        ("WITH x AS (SELECT 1) SELECT * FROM x", True),
        ("SAVEPOINT sa_1", True),
        ("INSERT INTO pledge VALUES (1)", False),
        ("UPDATE pledge SET title = 'x'", False),
        ("DELETE FROM autosave", False),
        ("PRAGMA user_version = 3", False),
        ("WITH x AS (SELECT 1) DELETE FROM pledge", False),
        ("CREATE TABLE t (a)", False),
        ("", False),
    ],
)
def test_only_reading_statements_count_as_reads(statement: str, reading: bool) -> None:
    assert is_reading(statement) is reading
