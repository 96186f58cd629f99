"""Issue 8's side doors, tried as an attacker with the `sqlite3` shell or `psql` would.

Bypass 1 (INSERT OR REPLACE, and the four-statement forgery), bypass 4 (a bare
status change), bypass 6 (TRUNCATE on PostgreSQL) and the trigger half of
bypass 2 (same-named no-op triggers). Each runs on PostgreSQL and on SQLite
with `PRAGMA foreign_keys` on and off; each must be refused by the database,
leaving the pledge as signed, or found by `check` with the pledge or trigger named.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pledge_app.core import amendments, pledges
from pledge_app.core.database import Database
from pledge_app.core.guards import (
    STATUS_MESSAGE,
    TRUNCATE_MESSAGE,
    TRUNCATE_TRIGGER_NAMES,
    expected_guards,
    guard_names,
)
from pledge_app.core.integrity import check_database
from pledge_app.core.models import (
    AuditEntry,
    Paragraph,
    Pledge,
    PrintedCopy,
    Signature,
    Task,
    Unit,
)
from pledge_app.core.printed_copies import register_printed_copy
from pledge_app.core.views import PartyView, PledgeView
from tests.signing_helpers import sign_both, signed_pledge

#: What the database raises when a guard refuses, through either driver.
REFUSED = (sqlite3.DatabaseError, DBAPIError)

SOFTENED = "目标下调为完成率80%。"


@dataclass
class Attacker:
    """Someone with write access to the database and a SQL shell, not the application."""

    database: Database
    dialect: str
    run: Callable[[str], None]

    def refused(self, statement: str, match: str = "") -> str:
        """Run `statement`; it must be refused. Returns the database's message."""
        with pytest.raises(REFUSED) as raised:
            self.run(statement)
        message = str(raised.value)
        assert match in message, message
        return message


@pytest.fixture(params=["sqlite-foreign-keys-on", "sqlite-foreign-keys-off", "postgresql"])
def attacker(request: pytest.FixtureRequest) -> Iterator[Attacker]:
    if request.param == "postgresql":
        database: Database = request.getfixturevalue("postgres_database")

        def run_postgres(statement: str) -> None:
            with database.engine.begin() as connection:
                connection.execute(text(statement))

        yield Attacker(database, "postgresql", run_postgres)
        return
    database = request.getfixturevalue("database")
    # Autocommit, like the sqlite3 shell; the pragma is the attacker's choice.
    shell = sqlite3.connect(str(database.engine.url.database), isolation_level=None)
    shell.execute(f"PRAGMA foreign_keys = {'ON' if request.param.endswith('on') else 'OFF'}")

    def run_sqlite(statement: str) -> None:
        if ";" in statement:
            shell.executescript(statement)
        else:
            shell.execute(statement)

    try:
        yield Attacker(database, "sqlite", run_sqlite)
    finally:
        shell.close()


def _columns(model: type[object]) -> list[str]:
    return [column.name for column in model.__table__.columns]  # type: ignore[attr-defined]


def _replace(
    attacker: Attacker,
    model: type[object],
    where: str,
    key: tuple[str, ...] = ("id",),
    **values: str,
) -> str:
    """Re-insert the rows `where` selects with `values` changed: REPLACE on SQLite,
    its nearest PostgreSQL form (an upsert that overwrites every column) there."""
    table = model.__tablename__  # type: ignore[attr-defined]
    columns = _columns(model)
    chosen = ", ".join(values.get(column, column) for column in columns)
    select = f"SELECT {chosen} FROM {table} WHERE {where}"
    if attacker.dialect == "sqlite":
        return f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) {select}"
    overwrite = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in key)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) {select} "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {overwrite}"
    )


def _signed(attacker: Attacker) -> PledgeView:
    with attacker.database.begin() as session:
        signed = signed_pledge(session)
        register_printed_copy(session, signed.id, b"%PDF-1.7 printed once")
        return signed


def _assert_untouched(attacker: Attacker, signed: PledgeView) -> None:
    """The pledge is exactly as signed, with all its rows, and `check` finds nothing."""
    with attacker.database.begin() as session:
        pledge = session.get(Pledge, signed.id)
        assert pledge is not None
        assert pledge.status == "signed"
        assert len(pledge.signatures) == 2
        assert pledges.get_pledge(session, signed.id).content == signed.content
        assert check_database(session) == []


# Bypass 1: INSERT OR REPLACE ------------------------------------------------------------


def test_replacing_a_signed_pledge_with_a_draft_is_refused(attacker: Attacker) -> None:
    signed = _signed(attacker)
    attacker.refused(
        _replace(attacker, Pledge, f"id = '{signed.id}'", status="'draft'"), "signed pledge"
    )
    if attacker.dialect == "sqlite":
        # Every spelling of a conflict clause meets the same INSERT guard first.
        columns = ", ".join(_columns(Pledge))
        same = f"SELECT {columns} FROM pledge WHERE id = '{signed.id}'"
        for statement in (
            f"REPLACE INTO pledge ({columns}) {same}",
            f"INSERT OR IGNORE INTO pledge ({columns}) {same}",
            f"INSERT OR FAIL INTO pledge ({columns}) {same}",
            f"INSERT OR ROLLBACK INTO pledge ({columns}) {same}",
            f"INSERT INTO pledge ({columns}) {same} "
            "ON CONFLICT (id) DO UPDATE SET status = 'draft'",
        ):
            attacker.refused(statement, "signed pledge")
    _assert_untouched(attacker, signed)


def test_the_four_statement_forgery_is_refused_at_every_step(attacker: Attacker) -> None:
    signed = _signed(attacker)
    fake = "'" + "a" * 64 + "'"
    steps = [
        # 1. back to an editable draft
        _replace(attacker, Pledge, f"id = '{signed.id}'", status="'draft'"),
        # 2. soften a goal
        f"UPDATE paragraph SET text = '{SOFTENED}' "
        f"WHERE pledge_id = '{signed.id}' AND section = 'goals'",
        # 3. back to signed, with the content hash recomputed
        _replace(attacker, Pledge, f"id = '{signed.id}'", status="'signed'", content_hash=fake),
        # 4. both signature rows, re-hashed over the new content
        _replace(
            attacker,
            Signature,
            f"pledge_id = '{signed.id}'",
            content_hash=fake,
            record_hash="'" + "b" * 64 + "'",
        ),
    ]
    for step in steps:
        attacker.refused(step, "signed pledge")
    _assert_untouched(attacker, signed)


def test_replacing_a_signature_row_is_refused(attacker: Attacker) -> None:
    signed = _signed(attacker)
    where = f"pledge_id = '{signed.id}' AND party = 'issuer'"
    # Same id: the row itself. A new id: the (pledge, party) key, which REPLACE
    # would clear by deleting the real signature.
    attacker.refused(_replace(attacker, Signature, where, signer="'冒名者'"), "signed pledge")
    attacker.refused(
        _replace(
            attacker,
            Signature,
            where,
            key=("pledge_id", "party"),
            id="'forged-signature'",
            signer="'冒名者'",
        ),
        "signed pledge",
    )
    _assert_untouched(attacker, signed)


@pytest.mark.parametrize(
    ("model", "where", "key", "values", "match"),
    [
        (Paragraph, "section = 'goals'", ("id",), {"text": f"'{SOFTENED}'"}, "signed pledge"),
        (Task, "true", ("id",), {"deadline": "'2099-12-31'"}, "signed pledge"),
        (AuditEntry, "seq = 1", ("seq",), {"actor": "'intruder'"}, "append-only"),
        (AuditEntry, "seq = 1", ("id",), {"seq": "seq + 1000"}, "append-only"),
        (PrintedCopy, "true", ("id",), {"revision": "revision + 1"}, "printed copy"),
        (
            PrintedCopy,
            "true",
            ("pdf_sha256",),
            {"id": "'forged-copy'", "revision": "revision + 1"},
            "printed copy",
        ),
    ],
)
def test_replacing_a_frozen_row_of_any_guarded_table_is_refused(
    attacker: Attacker,
    model: type[object],
    where: str,
    key: tuple[str, ...],
    values: dict[str, str],
    match: str,
) -> None:
    signed = _signed(attacker)
    attacker.refused(_replace(attacker, model, where, key=key, **values), match)
    _assert_untouched(attacker, signed)
    with attacker.database.begin() as session:
        copy = session.query(PrintedCopy).one()
        assert (copy.pledge_id, copy.revision) == (signed.id, signed.revision)


def test_update_or_replace_cannot_take_the_key_of_a_frozen_row(attacker: Attacker) -> None:
    # UPDATE OR REPLACE deletes the row whose key the update collides with,
    # firing no DELETE trigger: a draft's row takes over a signed one's identity.
    from tests.conftest import make_content

    signed = _signed(attacker)
    with attacker.database.begin() as session:
        draft = pledges.create_pledge(session, make_content(title="草稿"))
        signed_task = session.query(Task).filter_by(pledge_id=signed.id).one()
        signed_goal = session.query(Paragraph).filter_by(pledge_id=signed.id).first()
        assert signed_goal is not None
        keys = {"task": signed_task.id, "paragraph": signed_goal.id}
    verb = "UPDATE OR REPLACE" if attacker.dialect == "sqlite" else "UPDATE"
    attacker.refused(f"{verb} pledge SET id = '{signed.id}' WHERE id = '{draft.id}'")
    for table, key in keys.items():
        attacker.refused(
            f"{verb} {table} SET id = '{key}' WHERE id = "
            f"(SELECT min(id) FROM {table} WHERE pledge_id = '{draft.id}')"
        )
    issuer = (
        "(SELECT name FROM unit WHERE id = "
        f"(SELECT issuer_id FROM pledge WHERE id = '{signed.id}'))"
    )
    with attacker.database.begin() as session:
        pledges.create_pledge(session, make_content(issuer=PartyView("临时工作组", "张三", "组长")))
    attacker.refused(f"{verb} unit SET name = {issuer} WHERE name = '临时工作组'")
    _assert_untouched(attacker, signed)


def test_a_unit_of_a_signed_pledge_keeps_its_name_and_its_row(attacker: Attacker) -> None:
    # The unit's name is part of the signed content; with foreign keys off,
    # deleting it would leave the pledge pointing at nothing.
    signed = _signed(attacker)
    issuer = f"(SELECT issuer_id FROM pledge WHERE id = '{signed.id}')"
    for statement in (
        f"UPDATE unit SET name = name || '（改）' WHERE id = {issuer}",
        f"DELETE FROM unit WHERE id = {issuer}",
        _replace(attacker, Unit, f"id = {issuer}", name="name || '（改）'"),
        _replace(attacker, Unit, f"id = {issuer}", key=("name",), id="'another-id'"),
    ):
        attacker.refused(statement, "signed pledge")
    attacker.run(f"UPDATE unit SET seal_image = NULL, version = version + 1 WHERE id = {issuer}")
    _assert_untouched(attacker, signed)


def test_a_unit_of_drafts_only_stays_editable(attacker: Attacker) -> None:
    from tests.conftest import make_content

    _signed(attacker)
    with attacker.database.begin() as session:
        pledges.create_pledge(session, make_content(issuer=PartyView("临时工作组", "张三", "组长")))
    attacker.run("UPDATE unit SET name = '临时工作专班' WHERE name = '临时工作组'")


# Bypass 4: a bare status change ---------------------------------------------------------


@pytest.mark.parametrize("status", ["superseded", "draft", "ready_to_sign"])
def test_a_signed_pledge_keeps_its_status_without_a_signed_amendment(
    attacker: Attacker, status: str
) -> None:
    signed = _signed(attacker)
    attacker.refused(
        f"UPDATE pledge SET status = '{status}' WHERE id = '{signed.id}'", STATUS_MESSAGE[:30]
    )
    _assert_untouched(attacker, signed)


def test_an_unsigned_amendment_does_not_allow_superseding(attacker: Attacker) -> None:
    signed = _signed(attacker)
    with attacker.database.begin() as session:
        draft = amendments.amend_pledge(session, signed.id)
        pledges.finalise_pledge(session, draft.id)
    attacker.refused(
        f"UPDATE pledge SET status = 'superseded' WHERE id = '{signed.id}'", STATUS_MESSAGE[:30]
    )
    _assert_untouched(attacker, signed)


def test_nothing_goes_back_from_superseded(attacker: Attacker) -> None:
    signed = _signed(attacker)
    with attacker.database.begin() as session:
        draft = amendments.amend_pledge(session, signed.id)
        pledges.finalise_pledge(session, draft.id)
        second = sign_both(session, draft.id, on=date(2026, 6, 1))
        assert pledges.get_pledge(session, signed.id).status.value == "superseded"
    for status in ("signed", "draft"):
        attacker.refused(
            f"UPDATE pledge SET status = '{status}' WHERE id = '{signed.id}'",
            STATUS_MESSAGE[:30],
        )
    # The amendment that superseded it cannot be taken back either.
    attacker.refused(
        f"UPDATE pledge SET status = 'draft' WHERE id = '{second.id}'", STATUS_MESSAGE[:30]
    )
    with attacker.database.begin() as session:
        assert check_database(session) == []


def test_a_forged_signed_amendment_is_named_by_check(attacker: Attacker) -> None:
    # The database lets a pledge arrive signed (the exchange import does exactly
    # that), so a made-up "amendment" can supersede the real pledge; `check`
    # names the forged version, which has no signatures and no signing on record.
    signed = _signed(attacker)
    columns = _columns(Pledge)
    chosen = ", ".join(
        {
            "id": "'forged-amendment'",
            "status": "'signed'",
            "revision": "revision + 1",
            "previous_id": "id",
            "title": f"'{signed.content.title}（修订）'",
        }.get(column, column)
        for column in columns
    )
    attacker.run(
        f"INSERT INTO pledge ({', '.join(columns)}) "
        f"SELECT {chosen} FROM pledge WHERE id = '{signed.id}'"
    )
    attacker.run(f"UPDATE pledge SET status = 'superseded' WHERE id = '{signed.id}'")
    with attacker.database.begin() as session:
        findings = [f for f in check_database(session) if f.pledge_id == "forged-amendment"]
    messages = "\n".join(f.message for f in findings)
    assert "（修订）" in messages
    assert "has no signature" in messages
    assert "no record of its signing" in messages


# Bypass 6: TRUNCATE on PostgreSQL -------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "TRUNCATE task",
        "TRUNCATE audit_entry",
        "TRUNCATE paragraph",
        "TRUNCATE signature",
        "TRUNCATE printed_copy",
        "TRUNCATE pledge CASCADE",
        "TRUNCATE task, paragraph RESTART IDENTITY",
        "TRUNCATE unit CASCADE",
    ],
)
def test_truncate_is_refused_on_postgres(postgres_database: Database, statement: str) -> None:
    with postgres_database.begin() as session:
        signed = signed_pledge(session)
        register_printed_copy(session, signed.id, b"%PDF-1.7 printed once")
    with (
        pytest.raises(DBAPIError, match=TRUNCATE_MESSAGE[:20]),
        postgres_database.engine.begin() as connection,
    ):
        connection.execute(text(statement))
    with postgres_database.begin() as session:
        assert session.query(Task).count() == 1
        assert check_database(session) == []


def test_every_guarded_table_has_a_truncate_guard_on_postgres() -> None:
    tables = {guard.name: guard.table for guard in expected_guards("postgresql", "public")}
    assert {tables[name] for name in TRUNCATE_TRIGGER_NAMES} == {
        "pledge",
        "paragraph",
        "task",
        "signature",
        "audit_entry",
        "printed_copy",
        "unit",
        "progress_report",
        "evidence",
    }


# Bypass 2, the trigger half: same-named triggers that do nothing ------------------------


def _noop(attacker: Attacker, name: str) -> str:
    """A trigger (PostgreSQL: its function) with the guard's name that lets everything by."""
    guard = next(g for g in expected_guards(attacker.dialect, "public") if g.name == name)
    words = guard.trigger_sql.split()
    event = words[words.index("BEFORE") + 1]
    if attacker.dialect == "sqlite":
        return (
            f"DROP TRIGGER {name}; "
            f"CREATE TRIGGER {name} BEFORE {event} ON {guard.table} BEGIN SELECT 1; END;"
        )
    returns = {"INSERT": "NEW", "UPDATE": "NEW", "DELETE": "OLD", "TRUNCATE": "NULL"}[event]
    return (
        f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql "
        f"AS $$ BEGIN RETURN {returns}; END $$"
    )


def test_a_no_op_guard_under_the_same_name_is_named_by_check(attacker: Attacker) -> None:
    signed = _signed(attacker)
    attacker.run(_noop(attacker, "guard_paragraph_update"))
    attacker.run(
        f"UPDATE paragraph SET text = '{SOFTENED}' "
        f"WHERE pledge_id = '{signed.id}' AND section = 'goals'"
    )
    with attacker.database.begin() as session:
        findings = check_database(session)
    messages = "\n".join(f.message for f in findings)
    assert "trigger guard_paragraph_update on table paragraph is not the one" in messages
    assert "altered after it was frozen" in messages
    assert any(f.pledge_id == signed.id for f in findings)


def test_every_guard_swapped_for_a_no_op_is_named(attacker: Attacker) -> None:
    _signed(attacker)
    names = guard_names(attacker.dialect)
    for name in names:
        attacker.run(_noop(attacker, name))
    with attacker.database.begin() as session:
        messages = "\n".join(f.message for f in check_database(session))
    for name in names:
        assert f"trigger {name} on table" in messages, name


def test_a_reformatted_but_identical_guard_is_not_reported(attacker: Attacker) -> None:
    _signed(attacker)
    schema = "main"
    if attacker.dialect == "postgresql":
        with attacker.database.engine.connect() as connection:
            schema = str(connection.execute(text("SELECT current_schema()")).scalar())
    guard = next(
        g for g in expected_guards(attacker.dialect, schema) if g.name == "guard_task_delete"
    )
    if attacker.dialect == "sqlite":
        attacker.run(
            "DROP TRIGGER guard_task_delete; "
            + " ".join(guard.trigger_sql.lower().split()).replace(" on task ", ' on "task" ')
            + "; -- retyped by hand"
        )
    else:
        body = " ".join((guard.function_body or "").split()).replace("IF ", "if ")
        attacker.run(
            "CREATE OR REPLACE FUNCTION guard_task_delete_fn() RETURNS trigger "
            f"LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$ {body} $$"
        )
    with attacker.database.begin() as session:
        assert check_database(session) == []


def test_a_guard_function_without_its_pinned_search_path_is_named_on_postgres(
    postgres_database: Database,
) -> None:
    # Same body, but a temporary `pledge` table could blind it again.
    guard = next(g for g in expected_guards("postgresql", "x") if g.name == "guard_task_delete")
    with postgres_database.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE OR REPLACE FUNCTION guard_task_delete_fn() RETURNS trigger "
                f"LANGUAGE plpgsql AS $${guard.function_body}$$"
            )
        )
    with postgres_database.begin() as session:
        messages = [f.message for f in check_database(session)]
    assert any("guard_task_delete on table task is not the one" in m for m in messages)


def test_a_disabled_guard_is_named_on_postgres(postgres_database: Database) -> None:
    with postgres_database.begin() as session:
        signed_pledge(session)
    with postgres_database.engine.begin() as connection:
        connection.execute(text("ALTER TABLE task DISABLE TRIGGER guard_task_update"))
    with postgres_database.begin() as session:
        messages = [f.message for f in check_database(session)]
    assert any("trigger guard_task_update on table task is disabled" in m for m in messages)


def test_a_stranger_trigger_on_a_guarded_table_is_named(attacker: Attacker) -> None:
    # Runs after the guard has looked (PostgreSQL fires BEFORE triggers by name)
    # and could rewrite the row it approved.
    _signed(attacker)
    if attacker.dialect == "sqlite":
        attacker.run("CREATE TRIGGER zz_helper AFTER UPDATE ON task BEGIN SELECT 1; END")
    else:
        attacker.run(
            "CREATE FUNCTION zz_helper_fn() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN NEW.item := 'rewritten'; RETURN NEW; END $$"
        )
        attacker.run(
            "CREATE TRIGGER zz_helper BEFORE UPDATE ON task "
            "FOR EACH ROW EXECUTE FUNCTION zz_helper_fn()"
        )
    with attacker.database.begin() as session:
        messages = [f.message for f in check_database(session)]
    assert any("did not install was added to table task: zz_helper" in m for m in messages)
