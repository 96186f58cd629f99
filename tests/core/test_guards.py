"""The database itself refuses changes to signed pledges and to the audit log."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import DBAPIError, OperationalError

from pledge_app.core.database import SCHEMA_HEAD, Database, _alembic_config
from pledge_app.core.guard_check import guard_problems, installed_guards, sql_tokens
from pledge_app.core.guards import TRIGGER_NAMES, TRUNCATE_TRIGGER_NAMES, create_guards, guard_names
from pledge_app.core.models import PrintedCopy
from pledge_app.core.printed_copies import register_printed_copy
from tests.conftest import POSTGRES_URL, _postgres_schema_url
from tests.signing_helpers import signed_pledge


def _sqlite_file(database: Database) -> str:
    return str(database.engine.url.database)


def test_every_guard_exists_after_upgrading(any_database: Database) -> None:
    with any_database.engine.connect() as connection:
        dialect = connection.dialect.name
        assert installed_guards(connection) == set(guard_names(dialect))
        assert guard_problems(connection) == []


def test_postgresql_also_guards_truncate_and_sqlite_has_no_truncate() -> None:
    assert set(guard_names("postgresql")) == set(TRIGGER_NAMES) | set(TRUNCATE_TRIGGER_NAMES)
    assert guard_names("sqlite") == TRIGGER_NAMES
    assert len(TRUNCATE_TRIGGER_NAMES) == 9


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database, not yet migrated, on either engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'steps.sqlite3'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as error:
        admin.dispose()
        if os.environ.get("CI"):
            raise  # CI always has the shared-office server: its absence is a failure there
        # A developer's machine without the shared-office server.
        pytest.skip(f"no PostgreSQL server: {error.orig}")
    try:
        yield _postgres_schema_url(schema)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    config = _alembic_config(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def _problems(url: str) -> list[object]:
    """The guard problems of the tables this revision has (a later one adds guarded tables)."""
    engine = create_engine(url)
    with engine.connect() as connection:
        present = set(inspect(connection).get_table_names())
        problems: list[object] = [
            problem for problem in guard_problems(connection) if problem.table in present
        ]
    engine.dispose()
    return problems


def test_guards_survive_every_migration_step(empty_url: str) -> None:
    # Full definitions, not names: a batch migration that drops a trigger, or one
    # that leaves an older definition behind, both show (PITFALLS 16).
    config = _alembic_config(empty_url)
    revisions = list(reversed(list(ScriptDirectory.from_config(config).walk_revisions())))
    guarded_from = next(i for i, rev in enumerate(revisions) if rev.revision == "0002_signing")
    for index, revision in enumerate(revisions):
        _migrate(empty_url, revision.revision)
        if index >= guarded_from:
            assert _problems(empty_url) == [], revision.revision
    assert revisions[-1].revision == SCHEMA_HEAD


def test_guards_hold_after_downgrading_and_upgrading_again(empty_url: str) -> None:
    _migrate(empty_url, SCHEMA_HEAD)
    _migrate(empty_url, "0002_signing", down=True)
    assert _problems(empty_url) == []
    _migrate(empty_url, SCHEMA_HEAD)
    assert _problems(empty_url) == []


def test_an_older_guard_definition_is_replaced_by_the_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    _migrate(url, "0002_signing")
    engine = create_engine(url)
    with engine.begin() as connection:
        # What 0002 installed before issue 8: a pledge update guard that let a bare
        # status change through, and no INSERT guard on the pledge at all.
        connection.execute(text("DROP TRIGGER guard_pledge_insert"))
        connection.execute(text("DROP TRIGGER guard_pledge_status"))
        connection.execute(text("DROP TRIGGER guard_task_update"))
        connection.execute(
            text(
                "CREATE TRIGGER guard_task_update BEFORE UPDATE ON task WHEN "
                "(SELECT status FROM pledge WHERE id = OLD.pledge_id) IN ('signed', 'superseded') "
                "BEGIN SELECT RAISE(ABORT, 'signed pledge is final'); END"
            )
        )
    engine.dispose()
    assert {p.trigger for p in _problems(url)} == {  # type: ignore[attr-defined]
        "guard_pledge_insert",
        "guard_pledge_status",
        "guard_task_update",
    }
    _migrate(url, SCHEMA_HEAD)
    assert _problems(url) == []


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE pledge SET title = 'changed' WHERE status = 'signed'",
        "UPDATE pledge SET status = 'draft' WHERE status = 'signed'",
        "UPDATE pledge SET status = 'superseded' WHERE status = 'signed'",
        "DELETE FROM pledge WHERE status = 'signed'",
        "UPDATE paragraph SET text = 'changed'",
        "DELETE FROM paragraph",
        "INSERT INTO paragraph (id, pledge_id, section, position, text) "
        "SELECT 'p-new', id, 'goals', 9, 'sneaked in' FROM pledge",
        "UPDATE task SET deadline = '2030-01-01'",
        "UPDATE task SET item = 'changed'",
        "DELETE FROM task",
        "INSERT INTO signature (id, pledge_id, party, position, signer, signer_title, "
        "signed_on, method, content_hash, record_hash, recorded_at, recorded_by) "
        "SELECT 's-new', id, 'witness', 3, '某人', '', '2026-03-01', 'drawn', content_hash, "
        "'x', '2026-03-01', '' FROM pledge",
        "UPDATE signature SET signer = 'someone else'",
        "DELETE FROM signature",
        "UPDATE audit_entry SET actor = 'someone else'",
        "DELETE FROM audit_entry",
        "INSERT OR REPLACE INTO audit_entry SELECT * FROM audit_entry WHERE seq = 1",
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
        "UPDATE pledge SET status = 'superseded'",
        "UPDATE task SET item = 'changed'",
        "DELETE FROM signature",
        "DELETE FROM audit_entry",
        "INSERT INTO audit_entry SELECT * FROM audit_entry WHERE seq = 1",
    ):
        with (
            pytest.raises(DBAPIError, match=r"signed pledge|append-only"),
            postgres_database.engine.begin() as connection,
        ):
            connection.execute(text(statement))


def test_a_drafts_row_cannot_be_moved_into_a_signed_pledge(any_database: Database) -> None:
    from pledge_app.core import pledges
    from tests.conftest import make_content

    with any_database.begin() as session:
        signed = signed_pledge(session)
        draft = pledges.create_pledge(session, make_content(title="草稿"))
    for table in ("task", "paragraph"):
        with (
            pytest.raises(DBAPIError, match="signed pledge is final"),
            any_database.engine.begin() as connection,
        ):
            connection.execute(
                text(f"UPDATE {table} SET pledge_id = :signed WHERE pledge_id = :draft"),
                {"signed": signed.id, "draft": draft.id},
            )


def test_a_temporary_table_cannot_blind_the_postgres_guards(
    postgres_database: Database,
) -> None:
    # Temporary tables come first in a session's search path; the guards' own
    # queries must still read the real pledge table.
    with postgres_database.begin() as session:
        signed_pledge(session)
    with (
        pytest.raises(DBAPIError, match="signed pledge is final"),
        postgres_database.engine.begin() as connection,
    ):
        schema = connection.execute(text("SELECT current_schema()")).scalar()
        connection.execute(text("CREATE TEMP TABLE pledge (id varchar(36), status varchar(20))"))
        connection.execute(
            text(f"INSERT INTO pg_temp.pledge SELECT id, 'draft' FROM {schema}.pledge")
        )
        connection.execute(text(f"UPDATE {schema}.task SET item = 'changed'"))


def test_the_same_print_registered_twice_at_once_is_still_harmless(
    any_database: Database,
) -> None:
    # Two desktops registering the same file: the loser's ON CONFLICT DO NOTHING
    # must still be a quiet no-op, not a refusal by the INSERT guard.
    with any_database.begin() as session:
        signed = signed_pledge(session)
        register_printed_copy(session, signed.id, b"%PDF-1.7 the same bytes")
        copy = session.query(PrintedCopy).one()
        values = {
            "pdf_sha256": copy.pdf_sha256,
            "pledge_id": copy.pledge_id,
            "revision": copy.revision,
            "content_hash": copy.content_hash,
            "printed_by": "another desktop",
        }
        insert = (
            postgresql.insert
            if session.get_bind().dialect.name == "postgresql"
            else sqlite_dialect.insert
        )
        statement = insert(PrintedCopy).values(values).on_conflict_do_nothing()
        session.execute(statement.returning(PrintedCopy.id)).all()
        assert session.query(PrintedCopy).count() == 1


def test_drafts_stay_freely_editable_by_sql(database: Database) -> None:
    with database.begin() as session:
        signed_pledge(session)
        from pledge_app.core import pledges
        from tests.conftest import make_content

        draft = pledges.create_pledge(session, make_content(title="草稿"))
    with sqlite3.connect(_sqlite_file(database)) as connection:
        connection.execute("UPDATE pledge SET title = 'x' WHERE id = ?", (draft.id,))
        connection.execute("DELETE FROM task WHERE pledge_id = ?", (draft.id,))
        connection.execute(
            "INSERT OR REPLACE INTO pledge SELECT * FROM pledge WHERE id = ?", (draft.id,)
        )


def test_create_guards_twice_leaves_one_of_each(any_database: Database) -> None:
    with any_database.engine.begin() as connection:
        create_guards(connection)
        create_guards(connection)
    with any_database.engine.connect() as connection:
        assert guard_problems(connection) == []


def test_sql_is_compared_without_layout_case_or_quoting() -> None:
    a = "CREATE TRIGGER g BEFORE UPDATE ON task\n    WHEN OLD.x IS NOT NEW.x BEGIN SELECT 1; END"
    b = (
        'create   trigger "g" before update on [task] when old.x is not new.x -- why\n'
        "begin select 1; end;"
    )
    assert sql_tokens(a) == sql_tokens(b)
    assert sql_tokens("SELECT 'Signed'") != sql_tokens("SELECT 'signed'")
    assert sql_tokens("SELECT 1") != sql_tokens("SELECT 0")
    assert sql_tokens("ON s1.task EXECUTE FUNCTION s1.f()", "s1") == sql_tokens(
        "ON task EXECUTE FUNCTION f()", "s1"
    )
    assert sql_tokens("ON other.task", "s1") != sql_tokens("ON task", "s1")
