"""The append-only, hash-chained audit log: who did what to which pledge, and when."""

from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.i18n import translate
from pledge_app.core.models import AuditEntry, new_id

#: The hash the first entry chains to.
GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditView:
    """One audit line as the viewer shows it."""

    seq: int
    at: datetime
    os_user: str
    actor: str
    action: str
    pledge_id: str | None
    details: dict[str, Any]
    entry_hash: str


def os_user() -> str:
    """The operating-system account running the application."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (services, containers)
        return "?"


def _entry_digest(
    *,
    prev_hash: str,
    entry_id: str,
    at: datetime,
    user: str,
    actor: str,
    action: str,
    pledge_id: str | None,
    details: str,
) -> str:
    payload = json.dumps(
        [prev_hash, entry_id, _utc_text(at), user, actor, action, pledge_id, details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _utc_text(moment: datetime) -> str:
    # SQLite gives naive UTC back, PostgreSQL an aware one: hash one canonical form.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _last_hash(session: Session) -> str:
    last = session.scalars(
        select(AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return last or GENESIS


def record(
    session: Session,
    action: str,
    *,
    pledge_id: str | None = None,
    actor: str = "",
    details: dict[str, Any] | None = None,
) -> AuditView:
    """Append one entry chained to the previous one."""
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        # Two offices' desktops appending at once must not fork the chain.
        session.connection().exec_driver_sql("LOCK TABLE audit_entry IN EXCLUSIVE MODE")
    prev_hash = _last_hash(session)
    entry_id = new_id()
    at = datetime.now(UTC)
    user = os_user()
    text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    entry = AuditEntry(
        id=entry_id,
        at=at,
        os_user=user,
        actor=actor,
        action=action,
        pledge_id=pledge_id,
        details=text,
        prev_hash=prev_hash,
        entry_hash=_entry_digest(
            prev_hash=prev_hash,
            entry_id=entry_id,
            at=at,
            user=user,
            actor=actor,
            action=action,
            pledge_id=pledge_id,
            details=text,
        ),
    )
    session.add(entry)
    session.flush()
    return _view(entry)


def _view(entry: AuditEntry) -> AuditView:
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
    return AuditView(
        seq=entry.seq,
        at=at,
        os_user=entry.os_user,
        actor=entry.actor,
        action=entry.action,
        pledge_id=entry.pledge_id,
        details=json.loads(entry.details),
        entry_hash=entry.entry_hash,
    )


def list_entries(
    session: Session, *, pledge_id: str | None = None, limit: int | None = None
) -> list[AuditView]:
    """Audit entries, newest first, optionally only those of one pledge."""
    query = select(AuditEntry).order_by(AuditEntry.seq.desc())
    if pledge_id is not None:
        query = query.where(AuditEntry.pledge_id == pledge_id)
    if limit is not None:
        query = query.limit(limit)
    return [_view(entry) for entry in session.scalars(query)]


def verify_chain(session: Session) -> list[str]:
    """Every break in the chain, in words: edited, deleted or reordered entries.

    Sequence gaps alone prove nothing (PostgreSQL skips numbers on rollback);
    the chained hashes do.
    """
    findings: list[str] = []
    expected_prev = GENESIS
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.prev_hash != expected_prev:
            findings.append(
                translate(
                    "audit",
                    "Audit entry {seq} does not follow the entry before it: "
                    "an entry was deleted or changed before it.",
                ).format(seq=entry.seq)
            )
        digest = _entry_digest(
            prev_hash=entry.prev_hash,
            entry_id=entry.id,
            at=entry.at,
            user=entry.os_user,
            actor=entry.actor,
            action=entry.action,
            pledge_id=entry.pledge_id,
            details=entry.details,
        )
        if digest != entry.entry_hash:
            findings.append(
                translate(
                    "audit", "Audit entry {seq} ({action}) was changed after it was written."
                ).format(seq=entry.seq, action=entry.action)
            )
        expected_prev = entry.entry_hash
    return findings
