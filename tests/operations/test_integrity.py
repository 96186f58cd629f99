"""The check operation: a sound database has no findings, a hand-edited pledge is named."""

from __future__ import annotations

import sqlite3

from pledge_app.core.database import Database
from pledge_app.core.guards import create_guards, drop_guards
from pledge_app.core.pledges import create_pledge
from pledge_app.operations.integrity import check_database
from tests.conftest import make_content
from tests.signing_helpers import signed_pledge


def _behind_the_apps_back(database: Database, statement: str) -> None:
    """Run `statement` with the guard triggers out of the way, then put them back."""
    with database.engine.begin() as connection:
        drop_guards(connection)
    with sqlite3.connect(str(database.engine.url.database)) as connection:
        connection.execute(statement)
    with database.engine.begin() as connection:
        create_guards(connection)


def test_a_sound_database_has_no_findings(database: Database) -> None:
    with database.begin() as session:
        signed_pledge(session)
        create_pledge(session, make_content(number="改革办〔2026〕9号"))
    done = check_database(database)
    assert done.value.sound
    assert done.value.findings == ()
    assert not done.changes


def test_a_goal_edited_behind_the_apps_back_names_the_pledge(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
    _behind_the_apps_back(
        database,
        "UPDATE paragraph SET text = text || '。' WHERE section = 'goals' AND position = 0",
    )
    report = check_database(database).value
    assert not report.sound
    [finding] = report.findings
    assert finding.pledge_id == signed.id
    assert signed.content.number in finding.message
    assert "altered after it was frozen" in finding.message


def test_the_check_changes_nothing(database: Database) -> None:
    with database.begin() as session:
        signed_pledge(session)
    _behind_the_apps_back(database, "UPDATE paragraph SET text = '被篡改' WHERE section = 'goals'")
    first = check_database(database)
    second = check_database(database)
    assert first.value == second.value
    assert not first.changes and not second.changes
