"""What the guard triggers in the database really are, compared with what they should be.

`check` compares each trigger's whole definition, normalised by `sql_tokens`, with the text
`expected_guards` gives, so a same-named no-op trigger, a disabled trigger, or a trigger the
application did not install on a guarded table each show by name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, text

from pledge_app.core.guards import (
    GUARDED_TABLES,
    ExpectedGuard,
    current_schema,
    expected_guards,
    guard_names,
    has_lineage_keys,
)
from pledge_app.core.tracking.search_index import INDEX_TRIGGERS, has_search_index


@dataclass(frozen=True)
class InstalledTrigger:
    """A trigger found in the database, as the database itself describes it."""

    name: str
    table: str
    trigger_sql: str
    enabled: bool = True
    function_body: str | None = None
    function_language: str | None = None
    function_config: tuple[str, ...] = ()


def installed_triggers(connection: Connection) -> list[InstalledTrigger]:
    """Every trigger in the database (PostgreSQL: in the current schema)."""
    if connection.dialect.name == "sqlite":
        rows = connection.execute(
            text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
        )
        return [InstalledTrigger(row[0], row[1], row[2] or "") for row in rows]
    rows = connection.execute(
        text(
            "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid), t.tgenabled, "
            "p.prosrc, l.lanname, p.proconfig "
            "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_proc p ON p.oid = t.tgfoid "
            "JOIN pg_language l ON l.oid = p.prolang "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
    )
    return [
        InstalledTrigger(
            name=row[0],
            table=row[1],
            trigger_sql=row[2],
            # 'O' fires in ordinary sessions; 'D' is disabled, 'R' and 'A' are
            # settings for replication that this application never makes.
            enabled=row[3] == "O",
            function_body=row[4],
            function_language=row[5],
            function_config=tuple(row[6] or ()),
        )
        for row in rows
    ]


def installed_guards(connection: Connection) -> set[str]:
    """The names of the guard triggers that exist in the database right now."""
    names = {trigger.name for trigger in installed_triggers(connection)}
    return names & set(guard_names(connection.dialect.name))


_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>--[^\n]*|/\*.*?\*/)
  | (?P<string>'(?:[^']|'')*')
  | (?P<quoted>"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\])
  | (?P<word>[^\W\d]\w*)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<op>::|<>|!=|<=|>=|\|\||.)
    """,
    re.VERBOSE | re.DOTALL,
)


def sql_tokens(sql: str, schema: str | None = None) -> tuple[str, ...]:
    """`sql` as tokens, so that two spellings of the same definition compare equal.

    Whitespace and comments are dropped; keywords and identifiers are lowered
    and unquoted; string literals are kept exactly; a trailing `;` is dropped;
    `schema.` before a name is dropped when it is the current `schema`
    (PostgreSQL qualifies names in some of its own descriptions).
    """
    tokens: list[str] = []
    for match in _TOKEN.finditer(sql):
        kind = match.lastgroup
        value = match.group()
        if kind in ("space", "comment"):
            continue
        if kind == "quoted":
            value = value[1:-1].replace('""', '"')
        if kind != "string":
            value = value.lower()
        tokens.append(value)
    if schema is not None:
        own = schema.lower()
        kept: list[str] = []
        index = 0
        while index < len(tokens):
            if tokens[index] == own and tokens[index + 1 : index + 2] == ["."]:
                index += 2
                continue
            kept.append(tokens[index])
            index += 1
        tokens = kept
    while tokens and tokens[-1] == ";":
        tokens.pop()
    return tuple(tokens)


class GuardProblemKind(StrEnum):
    """What is wrong with a guard."""

    MISSING = "missing"
    ALTERED = "altered"
    DISABLED = "disabled"
    UNEXPECTED = "unexpected"


@dataclass(frozen=True)
class GuardProblem:
    """One guard that is not as this build installs it, or a stranger on a guarded table."""

    kind: GuardProblemKind
    trigger: str
    table: str


def _config_tokens(config: Sequence[str]) -> list[str]:
    return sorted(re.sub(r'[\s"]', "", item).lower() for item in config)


def _differs(expected: ExpectedGuard, found: InstalledTrigger, schema: str | None) -> bool:
    if found.table != expected.table:
        return True
    if sql_tokens(found.trigger_sql, schema) != sql_tokens(expected.trigger_sql, schema):
        return True
    if expected.function_body is None:
        return False
    return (
        sql_tokens(found.function_body or "") != sql_tokens(expected.function_body)
        or found.function_language != "plpgsql"
        or _config_tokens(found.function_config) != _config_tokens([expected.function_config or ""])
    )


def guard_problems(connection: Connection) -> list[GuardProblem]:
    """Every guard missing, altered or disabled, and every unknown trigger on a guarded table.

    Definitions are compared in full (see `sql_tokens`), never by name alone.
    """
    dialect = connection.dialect.name
    schema = current_schema(connection)
    lineage = has_lineage_keys(connection)
    expected = {guard.name: guard for guard in expected_guards(dialect, schema, lineage=lineage)}
    if has_search_index(connection):
        # The search index's triggers sit on guarded tables too: compared in full the same way.
        for name, (table, sql) in INDEX_TRIGGERS.items():
            expected[name] = ExpectedGuard(name, table, sql)
    found = {trigger.name: trigger for trigger in installed_triggers(connection)}
    problems: list[GuardProblem] = []
    for name, guard in expected.items():
        trigger = found.get(name)
        if trigger is None:
            problems.append(GuardProblem(GuardProblemKind.MISSING, name, guard.table))
        elif _differs(guard, trigger, schema):
            problems.append(GuardProblem(GuardProblemKind.ALTERED, name, trigger.table))
        elif not trigger.enabled:
            problems.append(GuardProblem(GuardProblemKind.DISABLED, name, trigger.table))
    for name, trigger in sorted(found.items()):
        if name not in expected and trigger.table.lower() in GUARDED_TABLES:
            problems.append(GuardProblem(GuardProblemKind.UNEXPECTED, name, trigger.table))
    return problems
