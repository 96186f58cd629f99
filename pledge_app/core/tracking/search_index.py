"""The free-text index of tasks and newest report narratives: SQLite FTS5 with the trigram
tokenizer, kept current by triggers in the same transaction as every write.

Trigram matches terms of three or more characters. Shorter ones (two-character words such
as 医保 or 国企 are common) are found by a scan of the index's own text, which holds every
searched field in one column. PostgreSQL has no FTS5: there the caller scans the ledger it
already holds (said in the log).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: The task fields free text searches, as SQL over a task row `row` (NEW or task).
_TASK_BODY = (
    "{row}.item || char(10) || {row}.measures || char(10) || {row}.deliverable || char(10) || "
    "{row}.responsible_body || char(10) || {row}.lead_official || char(10) || "
    "coalesce((SELECT group_concat(value, char(10)) FROM json_each({row}.cooperating_units)), '')"
)

#: Shortest term the trigram index can match.
MIN_INDEXED = 3


_REPORT_ROW = "(SELECT id FROM report_search_row WHERE lineage_key = NEW.lineage_key)"


def _triggers() -> dict[str, tuple[str, str]]:
    # task has no integer key, and a VACUUM may renumber its rowids: the index rows are
    # numbered through task_search_row, whose INTEGER PRIMARY KEY never changes.
    insert_task = (
        "INSERT INTO task_search_row(task_id) VALUES (NEW.id); "
        "INSERT INTO task_search(rowid, body) "
        f"VALUES (last_insert_rowid(), {_TASK_BODY.format(row='NEW')});"
    )
    delete_task = (
        "DELETE FROM task_search WHERE rowid = "
        "(SELECT id FROM task_search_row WHERE task_id = OLD.id); "
        "DELETE FROM task_search_row WHERE task_id = OLD.id;"
    )
    return {
        "task_search_insert": (
            "task",
            f"CREATE TRIGGER task_search_insert AFTER INSERT ON task BEGIN {insert_task} END",
        ),
        "task_search_update": (
            "task",
            "CREATE TRIGGER task_search_update AFTER UPDATE ON task "
            f"BEGIN {delete_task} {insert_task} END",
        ),
        "task_search_delete": (
            "task",
            f"CREATE TRIGGER task_search_delete AFTER DELETE ON task BEGIN {delete_task} END",
        ),
        # Only the newest narrative of each task is searched: a report replaces the text
        # of the one before it (reports are append-only, so the last one in is the newest).
        "report_search_insert": (
            "progress_report",
            "CREATE TRIGGER report_search_insert AFTER INSERT ON progress_report "
            # A correction of a report that newer ones have followed does not count
            # (see counting.py): the newest narrative stays the one searched.
            "WHEN NEW.corrects_id IS NULL OR NOT EXISTS (SELECT 1 FROM progress_report AS "
            "target JOIN progress_report AS later ON later.lineage_key = target.lineage_key "
            "WHERE target.id = NEW.corrects_id AND later.corrects_id IS NULL "
            "AND later.seq > target.seq) BEGIN "
            "INSERT OR IGNORE INTO report_search_row(lineage_key) VALUES (NEW.lineage_key); "
            f"DELETE FROM report_search WHERE rowid = {_REPORT_ROW}; "
            f"INSERT INTO report_search(rowid, body) VALUES ({_REPORT_ROW}, NEW.narrative); "
            "END",
        ),
    }


#: name -> (table, CREATE TRIGGER statement); `check` compares them in full like the guards.
INDEX_TRIGGERS = _triggers()


def create_search_index(connection: Connection) -> None:
    """Create the index and its triggers and fill it from what is stored (SQLite only)."""
    if connection.dialect.name != "sqlite":
        return
    drop_search_index(connection)
    for table in ("task_search", "report_search"):
        connection.execute(
            text(f"CREATE VIRTUAL TABLE {table} USING fts5(body, tokenize='trigram')")
        )
    connection.execute(
        text(
            "CREATE TABLE task_search_row "
            "(id INTEGER PRIMARY KEY, task_id VARCHAR(36) NOT NULL UNIQUE)"
        )
    )
    connection.execute(text("INSERT INTO task_search_row(task_id) SELECT id FROM task"))
    connection.execute(
        text(
            "INSERT INTO task_search(rowid, body) "
            f"SELECT task_search_row.id, {_TASK_BODY.format(row='task')} FROM task "
            "JOIN task_search_row ON task_search_row.task_id = task.id"
        )
    )
    connection.execute(
        text(
            "CREATE TABLE report_search_row "
            "(id INTEGER PRIMARY KEY, lineage_key VARCHAR(36) NOT NULL UNIQUE)"
        )
    )
    connection.execute(
        text(
            "INSERT INTO report_search_row(lineage_key) "
            "SELECT DISTINCT lineage_key FROM progress_report"
        )
    )
    connection.execute(
        text(
            "INSERT INTO report_search(rowid, body) "
            "SELECT report_search_row.id, report.narrative FROM progress_report AS report "
            "JOIN report_search_row ON report_search_row.lineage_key = report.lineage_key "
            "WHERE report.seq = (SELECT max(newer.seq) FROM progress_report AS newer "
            "WHERE newer.lineage_key = report.lineage_key)"
        )
    )
    for _table, sql in INDEX_TRIGGERS.values():
        connection.execute(text(sql))


def drop_search_index(connection: Connection) -> None:
    """Remove the index and its triggers."""
    if connection.dialect.name != "sqlite":
        return
    for name in INDEX_TRIGGERS:
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    for table in ("task_search", "report_search", "task_search_row", "report_search_row"):
        connection.execute(text(f"DROP TABLE IF EXISTS {table}"))


def has_search_index(connection: Connection) -> bool:
    """Whether this database has the index (SQLite at schema 0007 or later)."""
    if connection.dialect.name != "sqlite":
        return False
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'task_search'")
    ).first()
    return found is not None


def _quoted(term: str) -> str:
    # An FTS5 string: the term is matched as itself, whatever operators it contains.
    return '"' + term.replace('"', '""') + '"'


# CROSS JOIN fixes SQLite's join order: the matching index rows first, then their tasks;
# left to itself the planner starts from every signed pledge and tests every task's text.
_TASK_KEYS = (
    "SELECT task.lineage_key FROM {source} "
    "CROSS JOIN task_search_row AS row ON row.id = {source}.{rowid} "
    "CROSS JOIN task ON task.id = row.task_id "
    "CROSS JOIN pledge ON pledge.id = task.pledge_id "
    "WHERE {condition} AND pledge.status = 'signed'"
)
_REPORT_KEYS = (
    "SELECT row.lineage_key FROM {source} "
    "CROSS JOIN report_search_row AS row ON row.id = {source}.{rowid} WHERE {condition}"
)


def _matching(connection: Connection, term: str) -> set[str]:
    """Keys of the tasks whose fields or newest narrative hold `term`."""
    if len(term) >= MIN_INDEXED:
        source, rowid = "{table}", "rowid"
        condition = "{table} MATCH :term"
        value = _quoted(term)
    else:
        # Too short for trigrams: a scan of the index's text, one column per row, in C.
        source, rowid = "{table}_content", "id"
        ascii_letters = any(c.isascii() and c.isalpha() for c in term)
        condition = "instr(lower(c0), :term) > 0" if ascii_letters else "instr(c0, :term) > 0"
        value = term.lower()
    keys: set[str] = set()
    for template, table in ((_TASK_KEYS, "task_search"), (_REPORT_KEYS, "report_search")):
        sql = template.format(
            source=source.format(table=table),
            rowid=rowid,
            condition=condition.format(table=table),
        )
        keys.update(connection.execute(text(sql), {"term": value}).scalars())
    return keys


def indexed_matches(session: Session, terms: Iterable[str]) -> set[str] | None:
    """The lineage keys of tasks in force whose fields or newest narrative hold every term;
    None when there is no index to ask (the caller scans instead)."""
    wanted = [term for term in terms if term]
    if not wanted:
        return None
    connection = session.connection()
    if not has_search_index(connection):
        if connection.dialect.name != "sqlite":
            log.info("free-text search on PostgreSQL scans the ledger (no FTS5 here)")
        return None
    # The rarest-looking (longest) term first: later terms only narrow the set.
    found: set[str] | None = None
    for term in sorted(set(wanted), key=len, reverse=True):
        keys = _matching(connection, term)
        found = keys if found is None else found & keys
        if not found:
            return set()
    return found


#: Every table the index consists of: FTS5 makes four shadow tables beside each index.
INDEX_TABLES = frozenset(
    {"task_search_row", "report_search_row"}
    | {
        f"{index}{suffix}"
        for index in ("task_search", "report_search")
        for suffix in ("", "_data", "_idx", "_content", "_docsize", "_config")
    }
)


def outside_the_index(
    _object: object, name: str | None, type_: str, _reflected: bool, _compare_to: object
) -> bool:
    """Alembic's include_object: the index's tables are not mapped, so autogenerate and the
    schema test leave them alone."""
    return not (type_ == "table" and name in INDEX_TABLES)
