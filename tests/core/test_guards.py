"""The database itself refuses changes to signed pledges and to the audit log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from pledge_app.core.database import Database, _alembic_config
from pledge_app.core.guards import TRIGGER_NAMES, installed_guards
from tests.signing_helpers import signed_pledge


def _sqlite_file(database: Database) -> str:
    return str(database.engine.url.database)


def test_every_guard_exists_after_upgrading(any_database: Database) -> None:
    with any_database.engine.connect() as connection:
        assert installed_guards(connection) == set(TRIGGER_NAMES)


def test_guards_survive_every_migration_step(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'steps.sqlite3'}"
    config = _alembic_config(url)
    revisions = list(reversed(list(ScriptDirectory.from_config(config).walk_revisions())))
    engine = create_engine(url)
    guarded_from = next(i for i, rev in enumerate(revisions) if rev.revision == "0002_signing")
    for index, revision in enumerate(revisions):
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision.revision)
        with engine.connect() as connection:
            present = installed_guards(connection)
        if index >= guarded_from:
            assert present == set(TRIGGER_NAMES), revision.revision
    engine.dispose()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE pledge SET title = 'changed' WHERE status = 'signed'",
        "UPDATE pledge SET status = 'draft' WHERE status = 'signed'",
        "DELETE FROM pledge WHERE status = 'signed'",
        "UPDATE paragraph SET text = 'changed'",
        "DELETE FROM paragraph",
        "INSERT INTO paragraph (id, pledge_id, section, position, text) "
        "SELECT 'p-new', id, 'goals', 9, 'sneaked in' FROM pledge",
        "UPDATE task SET deadline = '2030-01-01'",
        "UPDATE task SET item = 'changed'",
        "DELETE FROM task",
        "UPDATE signature SET signer = 'someone else'",
        "DELETE FROM signature",
        "UPDATE audit_entry SET actor = 'someone else'",
        "DELETE FROM audit_entry",
    ],
)
def test_raw_sql_cannot_change_a_signed_pledge(database: Database, statement: str) -> None:
    with database.begin() as session:
        signed_pledge(session)
    with (
        sqlite3.connect(_sqlite_file(database)) as connection,
        pytest.raises(sqlite3.IntegrityError),
    ):
        connection.execute(statement)


def test_raw_sql_cannot_change_a_signed_pledge_on_postgres(postgres_database: Database) -> None:
    with postgres_database.begin() as session:
        signed_pledge(session)
    for statement in (
        "UPDATE pledge SET title = 'changed'",
        "UPDATE task SET item = 'changed'",
        "DELETE FROM signature",
        "DELETE FROM audit_entry",
    ):
        with (
            pytest.raises(DBAPIError, match=r"signed pledge is final|append-only"),
            postgres_database.engine.begin() as connection,
        ):
            connection.execute(text(statement))


def test_drafts_stay_freely_editable_by_sql(database: Database) -> None:
    with database.begin() as session:
        signed_pledge(session)
        from pledge_app.core import pledges
        from tests.conftest import make_content

        draft = pledges.create_pledge(session, make_content(title="草稿"))
    with sqlite3.connect(_sqlite_file(database)) as connection:
        connection.execute("UPDATE pledge SET title = 'x' WHERE id = ?", (draft.id,))
        connection.execute("DELETE FROM task WHERE pledge_id = ?", (draft.id,))
