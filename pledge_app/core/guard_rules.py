"""What each guard trigger refuses, written once for SQLite and PostgreSQL.

`guards` turns these rules into the triggers it installs and the definitions `check`
compares against; the reasons for each rule are in that module's docstring.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    "lineage_key",
)

PARAGRAPH_COLUMNS = ("id", "pledge_id", "section", "position", "text")

#: The columns that say which signed pledge a printed copy is a copy of.
PRINTED_COPY_IDENTITY = ("pledge_id", "revision", "content_hash")

SIGNED_MESSAGE = "signed pledge is final: its content cannot be changed (amend it instead)"
STATUS_MESSAGE = (
    "a signed pledge stays signed until a signed amendment supersedes it, "
    "and a superseded one stays superseded"
)
AUDIT_MESSAGE = "the audit log is append-only"
PRINTED_MESSAGE = "a registered printed copy cannot be replaced"
REPORT_MESSAGE = "progress reports are append-only: record a correction instead"
TRUNCATE_MESSAGE = "guarded table: TRUNCATE is refused (it would bypass the row guards)"

#: Every table whose rows the guards protect.
GUARDED_TABLES = (
    "pledge",
    "paragraph",
    "task",
    "signature",
    "audit_entry",
    "printed_copy",
    "unit",
    "progress_report",
    "evidence",
)

#: A unit's columns that are part of a signed pledge's content (its name is hashed).
UNIT_FROZEN_COLUMNS = ("id", "name")

_SHORT = {"audit_entry": "audit", "progress_report": "report"}

#: PostgreSQL only: one statement-level BEFORE TRUNCATE guard per guarded table.
TRUNCATE_TRIGGER_NAMES = tuple(
    f"guard_{_SHORT.get(table, table)}_truncate" for table in GUARDED_TABLES
)


@dataclass(frozen=True)
class GuardRule:
    """One guard: refuse `event` on `table` when `refuse` holds.

    `skip` (optional) quietly drops an insert that would change nothing (SQLite
    RAISE(IGNORE), PostgreSQL RETURN NULL), so `ON CONFLICT DO NOTHING` keeps working.
    """

    name: str
    table: str
    event: str
    refuse: str
    message: str
    skip: str | None = None


class _Sql:
    """The few expressions that are written differently on SQLite and PostgreSQL."""

    def __init__(self, dialect: str) -> None:
        self.postgres = dialect == "postgresql"

    def changed(self, columns: tuple[str, ...]) -> str:
        if self.postgres:
            # Compared as text: PostgreSQL has no equality operator for the json type.
            return " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in columns)
        return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)

    def same(self, left: str, right: str) -> str:
        return f"{left} IS NOT DISTINCT FROM {right}" if self.postgres else f"{left} IS {right}"

    def differs(self, left: str, right: str) -> str:
        return f"{left} IS DISTINCT FROM {right}" if self.postgres else f"{left} IS NOT {right}"


def _frozen(pledge_id: str) -> str:
    return f"(SELECT status FROM pledge WHERE id = {pledge_id}) IN {FROZEN}"


def _frozen_row(table: str) -> str:
    """A row of `table` with NEW's key that belongs to a frozen pledge already exists."""
    return (
        f"EXISTS (SELECT 1 FROM {table} AS frozen_row WHERE frozen_row.id = NEW.id "
        f"AND {_frozen('frozen_row.pledge_id')})"
    )


def _content_table(sql: _Sql, table: str, columns: tuple[str, ...]) -> list[GuardRule]:
    return [
        GuardRule(
            f"guard_{table}_insert",
            table,
            "INSERT",
            f"{_frozen('NEW.pledge_id')} OR {_frozen_row(table)}",
            SIGNED_MESSAGE,
        ),
        GuardRule(
            f"guard_{table}_update",
            table,
            "UPDATE",
            # NEW as well as OLD: moving a draft's row into a signed pledge changes that pledge.
            f"(({_frozen('OLD.pledge_id')} OR {_frozen('NEW.pledge_id')}) "
            f"AND ({sql.changed(columns)})) "
            f"OR ({sql.differs('NEW.id', 'OLD.id')} AND {_frozen_row(table)})",
            SIGNED_MESSAGE,
        ),
        GuardRule(
            f"guard_{table}_delete", table, "DELETE", _frozen("OLD.pledge_id"), SIGNED_MESSAGE
        ),
    ]


def _unit(sql: _Sql) -> list[GuardRule]:
    # A unit's name is part of every signed pledge it is a party to: renaming or
    # deleting it (foreign keys off) would change, or break, that signed content.
    def used(unit: str) -> str:
        return (
            f"EXISTS (SELECT 1 FROM pledge AS party_of WHERE party_of.status IN {FROZEN} "
            f"AND (party_of.issuer_id = {unit} OR party_of.responsible_id = {unit}))"
        )

    return [
        GuardRule(
            "guard_unit_insert",
            "unit",
            "INSERT",
            "EXISTS (SELECT 1 FROM unit AS earlier WHERE (earlier.id = NEW.id "
            f"OR earlier.name = NEW.name) AND {used('earlier.id')})",
            SIGNED_MESSAGE,
        ),
        GuardRule(
            "guard_unit_update",
            "unit",
            "UPDATE",
            f"({used('OLD.id')} AND ({sql.changed(UNIT_FROZEN_COLUMNS)})) "
            "OR EXISTS (SELECT 1 FROM unit AS earlier WHERE (earlier.id = NEW.id "
            f"OR earlier.name = NEW.name) AND {sql.differs('earlier.id', 'OLD.id')} "
            f"AND {used('earlier.id')})",
            SIGNED_MESSAGE,
        ),
        GuardRule("guard_unit_delete", "unit", "DELETE", used("OLD.id"), SIGNED_MESSAGE),
    ]


def _append_only() -> list[GuardRule]:
    # Tracking is evidence of the year's work: a report is corrected by a newer one that
    # names it, never edited or removed; its files go with it.
    return [
        GuardRule(
            "guard_report_insert",
            "progress_report",
            "INSERT",
            "EXISTS (SELECT 1 FROM progress_report AS earlier "
            "WHERE earlier.seq = NEW.seq OR earlier.id = NEW.id)",
            REPORT_MESSAGE,
        ),
        GuardRule("guard_report_update", "progress_report", "UPDATE", "TRUE", REPORT_MESSAGE),
        GuardRule("guard_report_delete", "progress_report", "DELETE", "TRUE", REPORT_MESSAGE),
        GuardRule(
            "guard_evidence_insert",
            "evidence",
            "INSERT",
            "EXISTS (SELECT 1 FROM evidence AS earlier WHERE earlier.id = NEW.id)",
            REPORT_MESSAGE,
        ),
        GuardRule("guard_evidence_update", "evidence", "UPDATE", "TRUE", REPORT_MESSAGE),
        GuardRule("guard_evidence_delete", "evidence", "DELETE", "TRUE", REPORT_MESSAGE),
    ]


def guard_rules(dialect: str, *, lineage: bool = True) -> list[GuardRule]:
    """Every guard on `dialect`; `lineage` False for a schema from before tasks had keys
    (a trigger naming a missing column would break that schema's own migrations)."""
    sql = _Sql(dialect)
    task_columns = TASK_LEDGER_COLUMNS if lineage else TASK_LEDGER_COLUMNS[:-1]
    amended = (
        f"EXISTS (SELECT 1 FROM pledge AS amendment WHERE amendment.previous_id = OLD.id "
        f"AND amendment.status IN {FROZEN})"
    )
    status_move = (
        f"({sql.same('NEW.status', 'OLD.status')} OR (OLD.status = 'signed' "
        f"AND NEW.status = 'superseded' AND {amended}))"
    )
    same_file = "SELECT 1 FROM printed_copy AS earlier WHERE earlier.pdf_sha256 = NEW.pdf_sha256"
    identity_differs = " OR ".join(
        sql.differs(f"earlier.{column}", f"NEW.{column}") for column in PRINTED_COPY_IDENTITY
    )
    specs = [
        GuardRule(
            "guard_pledge_insert",
            "pledge",
            "INSERT",
            f"EXISTS (SELECT 1 FROM pledge AS frozen_row WHERE frozen_row.id = NEW.id "
            f"AND frozen_row.status IN {FROZEN})",
            SIGNED_MESSAGE,
        ),
        GuardRule(
            "guard_pledge_update",
            "pledge",
            "UPDATE",
            f"(OLD.status IN {FROZEN} AND ({sql.changed(PLEDGE_FROZEN_COLUMNS)})) "
            f"OR ({sql.differs('NEW.id', 'OLD.id')} AND EXISTS (SELECT 1 FROM pledge AS frozen_row "
            f"WHERE frozen_row.id = NEW.id AND frozen_row.status IN {FROZEN}))",
            SIGNED_MESSAGE,
        ),
        GuardRule(
            "guard_pledge_delete", "pledge", "DELETE", f"OLD.status IN {FROZEN}", SIGNED_MESSAGE
        ),
        *_content_table(sql, "paragraph", PARAGRAPH_COLUMNS),
        *_content_table(sql, "task", task_columns),
        GuardRule(
            "guard_signature_insert",
            "signature",
            "INSERT",
            f"{_frozen('NEW.pledge_id')} OR {_frozen_row('signature')}",
            SIGNED_MESSAGE,
        ),
        GuardRule("guard_signature_update", "signature", "UPDATE", "TRUE", SIGNED_MESSAGE),
        GuardRule(
            "guard_signature_delete",
            "signature",
            "DELETE",
            _frozen("OLD.pledge_id"),
            SIGNED_MESSAGE,
        ),
        GuardRule(
            "guard_audit_insert",
            "audit_entry",
            "INSERT",
            "EXISTS (SELECT 1 FROM audit_entry AS entry WHERE entry.seq = NEW.seq) "
            "OR EXISTS (SELECT 1 FROM audit_entry AS entry WHERE entry.id = NEW.id) "
            "OR EXISTS (SELECT 1 FROM audit_entry AS entry "
            "WHERE entry.entry_hash = NEW.entry_hash)",
            AUDIT_MESSAGE,
        ),
        GuardRule("guard_audit_update", "audit_entry", "UPDATE", "TRUE", AUDIT_MESSAGE),
        GuardRule("guard_audit_delete", "audit_entry", "DELETE", "TRUE", AUDIT_MESSAGE),
        GuardRule(
            "guard_printed_copy_insert",
            "printed_copy",
            "INSERT",
            "EXISTS (SELECT 1 FROM printed_copy AS earlier WHERE earlier.id = NEW.id) "
            f"OR EXISTS ({same_file} AND ({identity_differs}))",
            PRINTED_MESSAGE,
            # The same file registered again by a second desktop at the same moment.
            skip=f"EXISTS ({same_file})",
        ),
        *_unit(sql),
        *_append_only(),
        # No UPDATE or DELETE guard on the register yet: tests of `verify` alter it in
        # place to see what `verify` says; guarding it belongs with issue 8's section 4.
    ]
    # The life cycle, as its own guard so its refusal says what went wrong.
    specs.insert(
        2,
        GuardRule(
            "guard_pledge_status",
            "pledge",
            "UPDATE",
            f"OLD.status IN {FROZEN} AND NOT {status_move}",
            STATUS_MESSAGE,
        ),
    )
    if dialect == "postgresql":
        specs += [
            GuardRule(name, table, "TRUNCATE", "TRUE", TRUNCATE_MESSAGE)
            for name, table in zip(TRUNCATE_TRIGGER_NAMES, GUARDED_TABLES, strict=True)
        ]
    return specs
