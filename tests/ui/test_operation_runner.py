"""The window's runner: results come back on the GUI thread, errors reach the prompts, changes
reach the workspace, and a result for a page that is gone is dropped."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pledge_app.core import database_errors
from pledge_app.core.database import Database
from pledge_app.core.errors import PledgeError
from pledge_app.core.pledges import create_pledge
from pledge_app.core.views import PledgeRow
from pledge_app.operations.changes import Changes, Done
from pledge_app.operations.pledge_list import pledge_rows
from pledge_app.operations.progress import Progress
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.workspace import Workspace
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts


def make_runner(
    database: Database,
) -> tuple[OperationRunner, Workspace, FakePrompts, list[Changes]]:
    workspace = Workspace()
    workspace.open(database, "test")
    published: list[Changes] = []
    workspace.changed.connect(published.append)
    prompts = FakePrompts()
    runner = OperationRunner(workspace=workspace, prompts=prompts, parent=workspace)
    return runner, workspace, prompts, published


def test_a_quick_operation_returns_its_value_and_publishes_its_changes(
    database: Database,
) -> None:
    runner, _workspace, _prompts, published = make_runner(database)
    published.clear()
    value = runner.run_now(lambda db: Done(42, Changes.of_pledges(["p1"])))
    assert value == 42
    assert published == [Changes.of_pledges(["p1"])]


def test_an_expected_error_is_shown_and_nothing_is_published(database: Database) -> None:
    runner, _workspace, prompts, published = make_runner(database)
    published.clear()

    def fails(db: Database) -> Done[int]:
        raise PledgeError("无法保存：编号已被占用。")

    assert runner.run_now(fails, failure_title="Not saved") is None
    assert prompts.messages("error") == ["无法保存：编号已被占用。"]
    assert published == []


def test_a_slow_operation_hands_its_value_back_on_the_gui_thread(
    qtbot: QtBot, database: Database
) -> None:
    runner, _workspace, _prompts, published = make_runner(database)
    owner = QObject()
    results: list[tuple[int, bool]] = []
    gui_thread = threading.current_thread()

    def work(db: Database) -> Done[int]:
        return Done(7, Changes(audit=True))

    task = runner.start(
        owner,
        work,
        on_success=lambda value: results.append((value, threading.current_thread() is gui_thread)),
    )
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [(7, True)]
    assert published[-1] == Changes(audit=True)


def test_a_result_for_an_owner_destroyed_meanwhile_is_dropped_but_published(
    qtbot: QtBot, database: Database
) -> None:
    runner, _workspace, _prompts, published = make_runner(database)
    owner = QObject()
    release = threading.Event()
    results: list[int] = []

    def work(db: Database) -> Done[int]:
        release.wait(5)
        return Done(42, Changes.of_pledges(["p2"]))

    task = runner.start(owner, work, on_success=results.append)
    assert task is not None
    shiboken6.delete(owner)  # the page is replaced while the work runs
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert task.abandoned
    assert results == []
    assert published[-1] == Changes.of_pledges(["p2"])  # the data did change


def test_cancel_in_the_progress_dialog_reaches_the_operation(
    qtbot: QtBot, database: Database
) -> None:
    runner, _workspace, _prompts, _published = make_runner(database)
    owner = QWidget()
    qtbot.addWidget(owner)
    started = threading.Event()
    results: list[int] = []

    def work(db: Database, progress: Progress) -> Done[int]:
        progress.begin(1000, "working")
        started.set()
        done = 0
        while not progress.cancelled() and done < 1000:
            done += 1
            progress.advance(done, "step")
            threading.Event().wait(0.005)
        return Done(done)

    started_task = runner.start_with_progress(
        owner, work, title="Long work", on_success=results.append
    )
    assert started_task is not None
    task, progress = started_task
    assert started.wait(5)
    progress.cancel()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert len(results) == 1 and results[0] < 1000


# -- a database busy with another program's write (issue 7 item 21) ----------------


@pytest.fixture
def impatient(database: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """The database, its connections giving up at once when another one holds the lock."""
    with database.begin() as session:
        create_pledge(session, make_content())
    monkeypatch.setattr(database_errors, "BUSY_TIMEOUT_SECONDS", 0)
    database.dispose()  # new connections take the short wait
    return database


@pytest.fixture
def other_program(impatient: Database) -> Iterator[sqlite3.Connection]:
    """Another program's connection, in the middle of a long write."""
    other = sqlite3.connect(
        impatient.engine.url.database or "", isolation_level=None, check_same_thread=False
    )
    other.execute("BEGIN EXCLUSIVE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_a_read_waits_out_another_programs_write(
    impatient: Database, other_program: sqlite3.Connection
) -> None:
    runner, _workspace, prompts, _published = make_runner(impatient)
    # The timer fires only once the runner waits between tries: the first try met the lock.
    QTimer.singleShot(0, lambda: other_program.execute("COMMIT"))
    rows = runner.run_now(pledge_rows)
    assert not other_program.in_transaction
    assert rows is not None and len(rows) == 1
    assert prompts.messages("error") == []


def test_a_read_still_busy_after_the_pauses_says_so(
    impatient: Database, other_program: sqlite3.Connection
) -> None:
    runner, _workspace, prompts, _published = make_runner(impatient)
    runner.retry_pauses = (0.0, 0.0)
    assert runner.run_now(pledge_rows) is None
    [message] = prompts.messages("error")
    assert "busy" in message and "try again" in message


def test_a_read_on_the_pool_waits_out_another_programs_write(
    qtbot: QtBot, impatient: Database, other_program: sqlite3.Connection
) -> None:
    runner, _workspace, prompts, _published = make_runner(impatient)
    waits: list[float] = []

    def other_write_ends(seconds: float) -> None:
        waits.append(seconds)
        other_program.execute("COMMIT")

    runner.pool_wait = other_write_ends
    owner = QObject()
    results: list[list[PledgeRow]] = []
    task = runner.start(owner, pledge_rows, on_success=results.append)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert waits == [runner.retry_pauses[0]]
    assert [len(rows) for rows in results] == [1]
    assert prompts.messages("error") == []
