"""Database triggers that refuse changes to signed pledges and to the audit log.

They live in the database itself so that a clerk with a SQLite browser, or a
script on the shared server, meets the same refusal as the application.
Every migration that re-creates one of the guarded tables (SQLite batch
migrations copy tables and lose their triggers) must call `create_guards` again.

The side doors they close (issue 8), each tried in tests/core/test_tampering.py:

- `INSERT OR REPLACE` (and every other conflict clause) on SQLite deletes the
  conflicting row without firing DELETE triggers: every guarded table has a
  BEFORE INSERT guard that refuses an insert whose key matches a frozen row.
- `UPDATE OR REPLACE` does the same to the row whose key an update collides
  with: the UPDATE guards also refuse taking the key of a frozen row.
- A unit's name is part of the content of every signed pledge it is party to:
  it cannot be renamed, replaced or deleted while such a pledge exists.
- `TRUNCATE` on PostgreSQL fires no row triggers: every guarded table has a
  statement-level BEFORE TRUNCATE guard.
- A bare status change: a signed pledge becomes superseded only once a signed
  amendment of it exists, and nothing ever goes back from signed or superseded.
- A row moved into a signed pledge (`UPDATE task SET pledge_id = ...`) counts
  as a change to that pledge.
- A temporary table named `pledge` shadows the real one inside PostgreSQL
  trigger functions (temporary tables come first in every search path): each
  function runs with its search path pinned to its own schema, then `pg_temp`.

The register of printed copies is only guarded against REPLACE so far: a
registered copy cannot be overwritten, but its UPDATE and DELETE guards belong
with the register's own audit entries (issue 8, section 4).

`check` compares each trigger's whole definition, normalised by `sql_tokens`,
with the text `expected_guards` gives, so a same-named no-op trigger shows.
A new trigger on a guarded table must be added here, or `check` reports it as
one the application did not install.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, inspect, text

from pledge_app.core.guard_rules import GUARDED_TABLES as GUARDED_TABLES
from pledge_app.core.guard_rules import STATUS_MESSAGE as STATUS_MESSAGE
from pledge_app.core.guard_rules import TRUNCATE_MESSAGE as TRUNCATE_MESSAGE
from pledge_app.core.guard_rules import TRUNCATE_TRIGGER_NAMES as TRUNCATE_TRIGGER_NAMES
from pledge_app.core.guard_rules import GuardRule, guard_rules


def guard_names(dialect: str) -> tuple[str, ...]:
    """Every guard trigger name that dialect's database should hold, in creation order."""
    return tuple(spec.name for spec in guard_rules(dialect))


#: The guards on both engines; PostgreSQL also has `TRUNCATE_TRIGGER_NAMES`.
TRIGGER_NAMES = guard_names("sqlite")


@dataclass(frozen=True)
class ExpectedGuard:
    """A guard trigger as this build installs it.

    `function_body` and `function_config` are PostgreSQL's: the PL/pgSQL body of
    the trigger's function and its `SET` options (the pinned search path).
    """

    name: str
    table: str
    trigger_sql: str
    function_body: str | None = None
    function_config: str | None = None


def _sqlite_guard(spec: GuardRule) -> ExpectedGuard:
    abort = f"SELECT RAISE(ABORT, '{spec.message}')"
    if spec.skip is not None:
        body = f"{abort} WHERE {spec.refuse}; SELECT RAISE(IGNORE);"
        when = f"WHEN ({spec.refuse}) OR ({spec.skip}) "
    else:
        body = f"{abort};"
        when = "" if spec.refuse == "TRUE" else f"WHEN {spec.refuse} "
    return ExpectedGuard(
        spec.name,
        spec.table,
        f"CREATE TRIGGER {spec.name} BEFORE {spec.event} ON {spec.table}\n"
        f"        {when}BEGIN {body} END",
    )


def _postgres_guard(spec: GuardRule, schema: str) -> ExpectedGuard:
    returns = {"INSERT": "NEW", "UPDATE": "NEW", "DELETE": "OLD", "TRUNCATE": "NULL"}[spec.event]
    skip = ""
    if spec.skip is not None:
        skip = f"\n    IF {spec.skip} THEN\n        RETURN NULL;\n    END IF;"
    body = f"""
BEGIN
    IF {spec.refuse} THEN
        RAISE EXCEPTION '{spec.message}' USING ERRCODE = 'integrity_constraint_violation';
    END IF;{skip}
    RETURN {returns};
END
"""
    level = "STATEMENT" if spec.event == "TRUNCATE" else "ROW"
    return ExpectedGuard(
        spec.name,
        spec.table,
        f"CREATE TRIGGER {spec.name} BEFORE {spec.event} ON {spec.table} "
        f"FOR EACH {level} EXECUTE FUNCTION {spec.name}_fn()",
        function_body=body,
        # Temporary tables come first in every search path unless pg_temp is named
        # last: without this, `CREATE TEMP TABLE pledge` would blind every guard.
        function_config=f"search_path={schema}, pg_temp",
    )


def expected_guards(
    dialect: str, schema: str | None = None, *, lineage: bool = True
) -> list[ExpectedGuard]:
    """Every guard trigger this build installs on `dialect` (PostgreSQL: in `schema`)."""
    specs = guard_rules(dialect, lineage=lineage)
    if dialect == "postgresql":
        return [_postgres_guard(spec, _quoted(schema or "public")) for spec in specs]
    return [_sqlite_guard(spec) for spec in specs]


def _quoted(schema: str) -> str:
    return (
        schema
        if re.fullmatch(r"[a-z_][a-z0-9_]*", schema)
        else '"' + schema.replace('"', '""') + '"'
    )


def current_schema(connection: Connection) -> str | None:
    if connection.dialect.name != "postgresql":
        return None
    return connection.execute(text("SELECT current_schema()")).scalar()


def create_guards(connection: Connection) -> None:
    """Create (or re-create) every guard trigger on this connection's database."""
    dialect = connection.dialect.name
    schema = current_schema(connection)
    drop_guards(connection)
    # An earlier migration installs the guards of the tables it has; the one that adds a
    # guarded table installs them all again.
    present = _tables(connection)
    for guard in expected_guards(dialect, schema, lineage=has_lineage_keys(connection)):
        if guard.table not in present:
            continue
        if dialect == "postgresql":
            connection.execute(
                text(
                    f"CREATE OR REPLACE FUNCTION {guard.name}_fn() RETURNS trigger "
                    f"LANGUAGE plpgsql SET search_path = {_quoted(schema or 'public')}, pg_temp "
                    f"AS $${guard.function_body}$$"
                )
            )
        connection.execute(text(guard.trigger_sql))


def drop_guards(connection: Connection) -> None:
    """Remove every guard trigger (for downgrades, and for tests that tamper)."""
    present = _tables(connection)
    for spec in guard_rules(connection.dialect.name):
        if spec.table not in present:
            continue
        if connection.dialect.name == "sqlite":
            connection.execute(text(f"DROP TRIGGER IF EXISTS {spec.name}"))
        else:
            connection.execute(text(f"DROP TRIGGER IF EXISTS {spec.name} ON {spec.table}"))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {spec.name}_fn()"))


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def has_lineage_keys(connection: Connection) -> bool:
    """Whether this schema's tasks have lineage keys yet (migration 0006 adds them)."""
    inspector = inspect(connection)
    if "task" not in inspector.get_table_names():
        return True
    return any(column["name"] == "lineage_key" for column in inspector.get_columns("task"))
