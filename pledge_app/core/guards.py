"""Database triggers that refuse changes to signed pledges and to the audit log.

They live in the database itself so that a clerk with a SQLite browser, or a
script on the shared server, meets the same refusal as the application.
Every migration that re-creates one of the guarded tables (SQLite batch
migrations copy tables and lose their triggers) must call `create_guards` again.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

#: Statuses whose content is frozen for good.
FROZEN = "('signed', 'superseded')"

#: Columns that make up a pledge's content and identity; never change once signed.
PLEDGE_FROZEN_COLUMNS = (
    "id",
    "number",
    "title",
    "year",
    "revision",
    "issuer_id",
    "responsible_id",
    "issuer_signer",
    "issuer_signer_title",
    "responsible_signer",
    "responsible_signer_title",
    "content_hash",
    "previous_id",
    "signing_order",
)

#: The six ledger fields of a task, its class, co-operating units, weight and place.
TASK_LEDGER_COLUMNS = (
    "id",
    "pledge_id",
    "position",
    "item",
    "lead_official",
    "responsible_body",
    "measures",
    "deliverable",
    "deadline",
    "list_class",
    "cooperating_units",
    "weight",
)

PARAGRAPH_COLUMNS = ("id", "pledge_id", "section", "position", "text")

#: The one status change a signed pledge may still make: to superseded, by its amendment.
ALLOWED_STATUS_MOVE = (
    "(NEW.status = OLD.status OR (OLD.status = 'signed' AND NEW.status = 'superseded'))"
)

SIGNED_MESSAGE = "signed pledge is final: its content cannot be changed (amend it instead)"
AUDIT_MESSAGE = "the audit log is append-only"

#: Every trigger name, per dialect, that `check` expects to find.
TRIGGER_NAMES = (
    "guard_pledge_update",
    "guard_pledge_delete",
    "guard_paragraph_insert",
    "guard_paragraph_update",
    "guard_paragraph_delete",
    "guard_task_insert",
    "guard_task_update",
    "guard_task_delete",
    "guard_signature_update",
    "guard_signature_delete",
    "guard_audit_update",
    "guard_audit_delete",
)


def _changed_sqlite(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


def _changed_postgres(columns: tuple[str, ...]) -> str:
    # Compared as text: PostgreSQL has no equality operator for the json type.
    return " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in columns)


def _pledge_frozen(row: str) -> str:
    return f"(SELECT status FROM pledge WHERE id = {row}.pledge_id) IN {FROZEN}"


def _sqlite_statements() -> list[str]:
    abort = f"SELECT RAISE(ABORT, '{SIGNED_MESSAGE}');"
    audit = f"SELECT RAISE(ABORT, '{AUDIT_MESSAGE}');"
    return [
        f"""CREATE TRIGGER guard_pledge_update BEFORE UPDATE ON pledge
        WHEN OLD.status IN {FROZEN} AND (
            {_changed_sqlite(PLEDGE_FROZEN_COLUMNS)}
            OR NOT {ALLOWED_STATUS_MOVE}
        ) BEGIN {abort} END""",
        f"""CREATE TRIGGER guard_pledge_delete BEFORE DELETE ON pledge
        WHEN OLD.status IN {FROZEN} BEGIN {abort} END""",
        f"""CREATE TRIGGER guard_paragraph_insert BEFORE INSERT ON paragraph
        WHEN {_pledge_frozen("NEW")} BEGIN {abort} END""",
        f"""CREATE TRIGGER guard_paragraph_update BEFORE UPDATE ON paragraph
        WHEN {_pledge_frozen("OLD")} AND ({_changed_sqlite(PARAGRAPH_COLUMNS)})
        BEGIN {abort} END""",
        f"""CREATE TRIGGER guard_paragraph_delete BEFORE DELETE ON paragraph
        WHEN {_pledge_frozen("OLD")} BEGIN {abort} END""",
        f"""CREATE TRIGGER guard_task_insert BEFORE INSERT ON task
        WHEN {_pledge_frozen("NEW")} BEGIN {abort} END""",
        f"""CREATE TRIGGER guard_task_update BEFORE UPDATE ON task
        WHEN {_pledge_frozen("OLD")} AND ({_changed_sqlite(TASK_LEDGER_COLUMNS)})
        BEGIN {abort} END""",
        f"""CREATE TRIGGER guard_task_delete BEFORE DELETE ON task
        WHEN {_pledge_frozen("OLD")} BEGIN {abort} END""",
        f"""CREATE TRIGGER guard_signature_update BEFORE UPDATE ON signature
        BEGIN {abort} END""",
        f"""CREATE TRIGGER guard_signature_delete BEFORE DELETE ON signature
        WHEN {_pledge_frozen("OLD")} BEGIN {abort} END""",
        f"CREATE TRIGGER guard_audit_update BEFORE UPDATE ON audit_entry BEGIN {audit} END",
        f"CREATE TRIGGER guard_audit_delete BEFORE DELETE ON audit_entry BEGIN {audit} END",
    ]


def _postgres_function(name: str, condition: str, message: str, returns: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
    BEGIN
        IF {condition} THEN
            RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN {returns};
    END $$ LANGUAGE plpgsql"""


def _postgres_statements() -> list[str]:
    specs = [
        # (trigger, table, event, condition, message, returned row)
        (
            "guard_pledge_update",
            "pledge",
            "UPDATE",
            f"OLD.status IN {FROZEN} AND ({_changed_postgres(PLEDGE_FROZEN_COLUMNS)} "
            f"OR NOT {ALLOWED_STATUS_MOVE})",
            SIGNED_MESSAGE,
            "NEW",
        ),
        (
            "guard_pledge_delete",
            "pledge",
            "DELETE",
            f"OLD.status IN {FROZEN}",
            SIGNED_MESSAGE,
            "OLD",
        ),
        (
            "guard_paragraph_insert",
            "paragraph",
            "INSERT",
            _pledge_frozen("NEW"),
            SIGNED_MESSAGE,
            "NEW",
        ),
        (
            "guard_paragraph_update",
            "paragraph",
            "UPDATE",
            f"{_pledge_frozen('OLD')} AND ({_changed_postgres(PARAGRAPH_COLUMNS)})",
            SIGNED_MESSAGE,
            "NEW",
        ),
        (
            "guard_paragraph_delete",
            "paragraph",
            "DELETE",
            _pledge_frozen("OLD"),
            SIGNED_MESSAGE,
            "OLD",
        ),
        ("guard_task_insert", "task", "INSERT", _pledge_frozen("NEW"), SIGNED_MESSAGE, "NEW"),
        (
            "guard_task_update",
            "task",
            "UPDATE",
            f"{_pledge_frozen('OLD')} AND ({_changed_postgres(TASK_LEDGER_COLUMNS)})",
            SIGNED_MESSAGE,
            "NEW",
        ),
        ("guard_task_delete", "task", "DELETE", _pledge_frozen("OLD"), SIGNED_MESSAGE, "OLD"),
        ("guard_signature_update", "signature", "UPDATE", "TRUE", SIGNED_MESSAGE, "NEW"),
        (
            "guard_signature_delete",
            "signature",
            "DELETE",
            _pledge_frozen("OLD"),
            SIGNED_MESSAGE,
            "OLD",
        ),
        ("guard_audit_update", "audit_entry", "UPDATE", "TRUE", AUDIT_MESSAGE, "NEW"),
        ("guard_audit_delete", "audit_entry", "DELETE", "TRUE", AUDIT_MESSAGE, "OLD"),
    ]
    statements: list[str] = []
    for trigger, table, event, condition, message, returns in specs:
        statements.append(_postgres_function(f"{trigger}_fn", condition, message, returns))
        statements.append(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        statements.append(
            f"CREATE TRIGGER {trigger} BEFORE {event} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {trigger}_fn()"
        )
    return statements


def create_guards(connection: Connection) -> None:
    """Create (or re-create) every guard trigger on this connection's database."""
    if connection.dialect.name == "sqlite":
        for name in TRIGGER_NAMES:
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        statements = _sqlite_statements()
    else:
        statements = _postgres_statements()
    for statement in statements:
        connection.execute(text(statement))


def drop_guards(connection: Connection) -> None:
    """Remove every guard trigger (for downgrades)."""
    tables = dict(_trigger_tables())
    for name in TRIGGER_NAMES:
        if connection.dialect.name == "sqlite":
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        else:
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {tables[name]}"))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {name}_fn()"))


def _trigger_tables() -> list[tuple[str, str]]:
    prefixes = {
        "pledge": "pledge",
        "paragraph": "paragraph",
        "task": "task",
        "signature": "signature",
        "audit": "audit_entry",
    }
    return [(name, prefixes[name.split("_")[1]]) for name in TRIGGER_NAMES]


def installed_guards(connection: Connection) -> set[str]:
    """The names of the guard triggers that exist in the database right now."""
    if connection.dialect.name == "sqlite":
        rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    else:
        rows = connection.execute(
            text(
                "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
            )
        )
    return {row[0] for row in rows} & set(TRIGGER_NAMES)
