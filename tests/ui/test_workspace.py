"""The workspace: the one open database, and the changes it announces to the pages."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import event, text

from pledge_app.core.database import Database, open_database
from pledge_app.operations.changes import Changes
from pledge_app.ui.workspace import Workspace


def closed_connections(database: Database) -> list[object]:
    """Filled with each pooled connection the database closes from now on."""
    closed: list[object] = []
    event.listen(
        database.engine.pool, "close", lambda connection, _record: closed.append(connection)
    )
    with database.begin() as session:
        session.execute(text("SELECT 1"))  # one connection waits in the pool
    return closed


def test_opening_another_database_disposes_the_old_one_and_says_everything_changed(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    workspace = Workspace()
    workspace.open(database, "first")
    closed = closed_connections(database)
    with open_database(tmp_path / "other.sqlite3") as other:
        with qtbot.waitSignal(workspace.changed) as blocker:
            workspace.open(other, "second")
        assert blocker.args == [Changes.of_everything()]
        assert len(closed) == 1
        assert workspace.database is other
        assert workspace.label == "second"


def test_opening_says_opened_before_it_says_what_changed(database: Database) -> None:
    workspace = Workspace()
    heard: list[str] = []
    workspace.opened.connect(lambda: heard.append("opened"))
    workspace.changed.connect(lambda changes: heard.append("changed"))
    workspace.open(database, "first")
    assert heard == ["opened", "changed"]


def test_opening_the_same_database_again_keeps_it_open(database: Database) -> None:
    workspace = Workspace()
    workspace.open(database, "first")
    closed = closed_connections(database)
    workspace.open(database, "first")
    assert closed == []


def test_publishing_no_changes_says_nothing(qtbot: QtBot, database: Database) -> None:
    workspace = Workspace()
    workspace.open(database, "first")
    with qtbot.assertNotEmitted(workspace.changed):
        workspace.publish(Changes())


def test_publishing_changes_passes_them_on(qtbot: QtBot) -> None:
    workspace = Workspace()
    changes = Changes.of_pledges(["a pledge"])
    with qtbot.waitSignal(workspace.changed) as blocker:
        workspace.publish(changes)
    assert blocker.args == [changes]


def test_closing_disposes_the_database(database: Database) -> None:
    workspace = Workspace()
    workspace.open(database, "first")
    closed = closed_connections(database)
    workspace.close()
    assert len(closed) == 1
    assert workspace.database is None
