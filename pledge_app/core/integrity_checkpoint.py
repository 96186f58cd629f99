"""Where the last sound check ended: the audit head, the guards' fingerprint, and what changed
since, so the next check verifies only that.

The checkpoint lives in the database it describes, so it proves nothing to whoever can write
the file (anyone who can rewrite rows can rewrite it too); it only saves work. What keeps the
quick check honest is that frozen rows cannot change while the guards stand, and the guards
cannot be dropped, altered or disabled without changing their fingerprint.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Connection, Table, or_, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.i18n import translate
from pledge_app.core.models import AuditEntry, IntegrityCheckpoint, Pledge

_AUDIT = cast(Table, AuditEntry.__table__)
_ROW = 1


@dataclass(frozen=True)
class Checkpoint:
    """The state of the last sound check."""

    checked_at: datetime
    full_at: datetime | None
    audit_seq: int
    audit_hash: str
    guards: str


def guard_fingerprint(connection: Connection) -> str:
    """A digest that changes whenever a trigger is created, dropped, replaced or disabled.

    SQLite bumps its schema cookie on every schema change and gives a re-created trigger a
    new row in sqlite_master; PostgreSQL gives a re-created trigger or function a new oid
    and a replaced or disabled one a new xmin.
    """
    if connection.dialect.name == "sqlite":
        version = connection.execute(text("PRAGMA schema_version")).scalar()
        rows = connection.execute(
            text("SELECT rowid, name FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")
        ).all()
        payload = repr((version, [tuple(row) for row in rows]))
    else:
        rows = connection.execute(
            text(
                "SELECT t.oid::text, t.xmin::text, t.tgenabled::text, p.oid::text, "
                "p.xmin::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_proc p ON p.oid = t.tgfoid "
                "WHERE NOT t.tgisinternal AND n.nspname = current_schema() ORDER BY t.oid"
            )
        ).all()
        payload = repr([tuple(row) for row in rows])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def read_checkpoint(session: Session) -> Checkpoint | None:
    """The last sound check's state, or None if no check has passed here yet."""
    row = session.get(IntegrityCheckpoint, _ROW)
    if row is None:
        return None
    return Checkpoint(
        checked_at=_aware(row.checked_at),
        full_at=None if row.full_at is None else _aware(row.full_at),
        audit_seq=row.audit_seq,
        audit_hash=row.audit_hash,
        guards=row.guards,
    )


def _aware(moment: datetime) -> datetime:
    # SQLite gives naive UTC back, PostgreSQL an aware one.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def save_checkpoint(session: Session, checkpoint: Checkpoint) -> bool:
    """Remember `checkpoint`; False if the database cannot take it (a read-only file, or
    another desktop saving at the same moment): the next check then simply does more."""
    try:
        with session.begin_nested():
            row = session.get(IntegrityCheckpoint, _ROW)
            if row is None:
                row = IntegrityCheckpoint(id=_ROW)
                session.add(row)
            row.checked_at = checkpoint.checked_at
            row.full_at = checkpoint.full_at
            row.audit_seq = checkpoint.audit_seq
            row.audit_hash = checkpoint.audit_hash
            row.guards = checkpoint.guards
            session.flush()
    except SQLAlchemyError:
        return False
    return True


def changed_pledges(connection: Connection, since: Checkpoint) -> set[str]:
    """Pledges the audit log names after the checkpoint, and pledges written since it."""
    named = connection.execute(
        select(_AUDIT.c.pledge_id).where(_AUDIT.c.seq > since.audit_seq).distinct()
    )
    ids = {pledge_id for (pledge_id,) in named if pledge_id is not None}
    # Store the moment the way the column holds it (naive UTC on SQLite).
    moment = since.checked_at.astimezone(UTC)
    if connection.dialect.name == "sqlite":
        moment = moment.replace(tzinfo=None)
    written = connection.execute(
        select(Pledge.id).where(or_(Pledge.updated_at >= moment, Pledge.created_at >= moment))
    )
    ids.update(pledge_id for (pledge_id,) in written)
    return ids


@dataclass
class ChainWalk:
    """What walking the audit chain found, and where it ended."""

    findings: list[str]
    last_seq: int
    last_hash: str
    entries: int = 0


def _entries(connection: Connection, after_seq: int) -> Iterator[tuple[object, ...]]:
    columns = [
        _AUDIT.c.seq,
        _AUDIT.c.id,
        _AUDIT.c.at,
        _AUDIT.c.os_user,
        _AUDIT.c.actor,
        _AUDIT.c.action,
        _AUDIT.c.pledge_id,
        _AUDIT.c.details,
        _AUDIT.c.prev_hash,
        _AUDIT.c.entry_hash,
    ]
    query = select(*columns).where(_AUDIT.c.seq > after_seq).order_by(_AUDIT.c.seq)
    # Streamed: the chain can hold hundreds of thousands of entries.
    # On the statement: Connection.execution_options would change the connection itself.
    result = connection.execute(query.execution_options(yield_per=2000))
    for row in result:
        yield tuple(row)


def walk_chain(connection: Connection, since: Checkpoint | None = None) -> ChainWalk:
    """Every break in the audit chain after `since` (from the start when None).

    A checkpoint's own entry must still be there with the hash it had, or the walk
    reports it and the caller walks the whole chain.
    """
    expected = audit.GENESIS if since is None else since.audit_hash
    walk = ChainWalk([], 0 if since is None else since.audit_seq, expected)
    for seq, entry_id, at, user, actor, action, pledge_id, details, prev, digest in _entries(
        connection, walk.last_seq
    ):
        if prev != expected:
            walk.findings.append(
                translate(
                    "audit",
                    "Audit entry {seq} does not follow the entry before it: "
                    "an entry was deleted or changed before it.",
                ).format(seq=seq)
            )
        # The same digest `audit.record` wrote; kept private there so nothing else writes one.
        recomputed = audit._entry_digest(
            prev_hash=str(prev),
            entry_id=str(entry_id),
            at=cast(datetime, at),
            user=str(user),
            actor=str(actor),
            action=str(action),
            pledge_id=None if pledge_id is None else str(pledge_id),
            details=str(details),
        )
        if recomputed != digest:
            walk.findings.append(
                translate(
                    "audit", "Audit entry {seq} ({action}) was changed after it was written."
                ).format(seq=seq, action=action)
            )
        expected = str(digest)
        walk.last_seq, walk.last_hash = cast(int, seq), expected
        walk.entries += 1
    return walk


def checkpoint_entry_intact(connection: Connection, since: Checkpoint) -> bool:
    """Whether the entry the last check ended at is still there, unchanged."""
    if since.audit_seq == 0:
        return since.audit_hash == audit.GENESIS
    found = connection.execute(
        select(_AUDIT.c.entry_hash).where(_AUDIT.c.seq == since.audit_seq)
    ).scalar()
    return found == since.audit_hash
