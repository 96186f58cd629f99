"""The integrity check: database structure, guards, signed content and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from pledge_app.core import integrity_checkpoint as checkpoints
from pledge_app.core import integrity_pledges
from pledge_app.core.guard_check import GuardProblemKind, guard_problems
from pledge_app.core.i18n import translate
from pledge_app.core.integrity_pledges import FROZEN_STATUSES
from pledge_app.core.integrity_text import broken_characters
from pledge_app.core.integrity_workers import rehash_all

__all__ = ["FROZEN_STATUSES", "CheckScope", "IntegrityFinding", "IntegrityReport"]

#: The small tables a quick check scans for file damage; the big ones (tasks, signature
#: images) take seconds at ten thousand pledges and are scanned by the full check.
QUICK_SCAN_TABLES = ("pledge", "unit", "signatory", "audit_entry", "printed_copy")


@dataclass(frozen=True)
class IntegrityFinding:
    """One problem found, in words, with the pledge it concerns where there is one."""

    message: str
    pledge_id: str | None = None


def _structure(connection: Connection, *, whole_file: bool) -> list[IntegrityFinding]:
    findings: list[IntegrityFinding] = []
    if connection.dialect.name == "sqlite":
        if whole_file:
            result = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        else:
            result = [
                row[0]
                for table in QUICK_SCAN_TABLES
                for row in connection.execute(text(f"PRAGMA integrity_check({table})"))
            ]
            result = [line for line in result if line != "ok"] or ["ok"]
        if result != ["ok"]:
            findings += [
                IntegrityFinding(
                    translate("integrity", "The database file is damaged: {detail}").format(
                        detail=line
                    )
                )
                for line in result
            ]
        # The quick check follows the references of pledges and signatures only.
        references = (
            ["PRAGMA foreign_key_check"]
            if whole_file
            else ["PRAGMA foreign_key_check(pledge)", "PRAGMA foreign_key_check(signature)"]
        )
        rows = [row for query in references for row in connection.execute(text(query))]
        for row in rows:
            findings.append(
                IntegrityFinding(
                    translate(
                        "integrity", "A row of {table} points at a missing {parent} row."
                    ).format(table=row[0], parent=row[2])
                )
            )
    return findings


def _guards(connection: Connection) -> list[IntegrityFinding]:
    # Each guard is compared with its full expected definition, not by name: a
    # same-named trigger that does nothing is as good as none (issue 8).
    problems = guard_problems(connection)
    findings: list[IntegrityFinding] = []
    missing = sorted(p.trigger for p in problems if p.kind is GuardProblemKind.MISSING)
    if missing:
        findings.append(
            IntegrityFinding(
                translate(
                    "integrity",
                    "The protection of signed pledges was removed from the database "
                    "(missing triggers: {names}).",
                ).format(names=", ".join(missing))
            )
        )
    messages = {
        GuardProblemKind.ALTERED: translate(
            "integrity",
            "The protection of signed pledges was altered in the database: trigger {name} "
            "on table {table} is not the one Pledge Manager installs, so it may let "
            "changes through.",
        ),
        GuardProblemKind.DISABLED: translate(
            "integrity",
            "The protection of signed pledges was switched off in the database: "
            "trigger {name} on table {table} is disabled.",
        ),
        GuardProblemKind.UNEXPECTED: translate(
            "integrity",
            "A trigger Pledge Manager did not install was added to table {table}: {name}. "
            "It could change rows after the protection has checked them.",
        ),
    }
    for problem in problems:
        if problem.kind is not GuardProblemKind.MISSING:
            findings.append(
                IntegrityFinding(
                    messages[problem.kind].format(name=problem.trigger, table=problem.table)
                )
            )
    return findings


class CheckScope(StrEnum):
    """How much a check read."""

    #: Every pledge rehashed, the whole file scanned, the whole audit chain walked.
    FULL = "full"
    #: Only what changed since the last sound check; the rest stands on the guards.
    QUICK = "quick"


@dataclass(frozen=True)
class IntegrityReport:
    """What a check found and how much it covered."""

    findings: tuple[IntegrityFinding, ...]
    scope: CheckScope
    #: Why a full check ran (asked for, first check, guards touched…); empty for a quick one.
    reason: str = ""
    #: The last sound check a quick one built on.
    since: datetime | None = None
    #: Signed and ready-to-sign pledges whose rows were checked, and how many were rehashed.
    pledges: int = 0
    rehashed: int = 0
    audit_entries: int = 0


def _why_full(
    connection: Connection,
    since: checkpoints.Checkpoint | None,
    *,
    guards_sound: bool,
    fingerprint: str,
) -> str:
    """Why the quick check cannot stand on the last one; empty when it can."""
    if since is None:
        return translate("integrity", "no check has passed on this database yet")
    if not guards_sound:
        return translate("integrity", "the protection of signed pledges is not intact")
    if since.guards != fingerprint:
        return translate(
            "integrity", "the protection of signed pledges was changed since the last check"
        )
    if not checkpoints.checkpoint_entry_intact(connection, since):
        return translate(
            "integrity", "the audit entry the last check ended at is missing or was changed"
        )
    return ""


def check_integrity(
    session: Session, *, full: bool = False, remember: bool = True, workers: int | None = None
) -> IntegrityReport:
    """Check the database; quick unless `full` or the last sound check cannot be built on.

    A quick check scans the small tables for damage, compares the guards with their full
    definitions and with their fingerprint at the last sound check, checks every signed
    pledge's rows for consistency, rehashes the pledges changed since (and every
    ready-to-sign one, which no guard protects) and walks the audit chain from where the
    last check ended. A sound check is remembered (with `remember`) for the next one.
    A full check rehashes on `workers` processes (one per core when None).
    """
    # Taken first: a pledge written while the check reads counts as changed next time.
    started = datetime.now(UTC)
    connection = session.connection()
    since = checkpoints.read_checkpoint(session)
    fingerprint = checkpoints.guard_fingerprint(connection)
    guard_findings = _guards(connection)
    reason = (
        translate("integrity", "a full check was asked for")
        if full
        else _why_full(connection, since, guards_sound=not guard_findings, fingerprint=fingerprint)
    )
    quick_since = None if reason else since
    findings = _structure(connection, whole_file=quick_since is None) + guard_findings
    findings += broken_characters(connection)  # they break export and print (issue 7)
    if quick_since is None:
        headers = integrity_pledges.headers(connection)
        pledges, rehashed = len(headers), len(headers)
        findings += rehash_all(connection, headers, workers=workers)
    else:
        # Only the changed, the ready-to-sign and the signed pledges the database itself
        # finds unsupported (a party's signature or the signing record missing) are read.
        rehash = checkpoints.changed_pledges(connection, quick_since)
        rehash |= integrity_pledges.ready_to_sign(connection)
        suspects = integrity_pledges.unsupported(connection)
        headers = integrity_pledges.headers(connection, ids=rehash | suspects)
        pledges = integrity_pledges.count_checked(connection)
        rehashed = sum(1 for header in headers if header.id in rehash)
        audited = integrity_pledges.audited_signings(connection, [h.id for h in headers])
        findings += integrity_pledges.check_pledges(
            connection, headers, rehash=rehash, audited=audited
        )
    walk = checkpoints.walk_chain(connection, quick_since)
    findings += [IntegrityFinding(message) for message in walk.findings]
    if remember and not findings:
        checkpoints.save_checkpoint(
            session,
            checkpoints.Checkpoint(
                checked_at=started,
                full_at=started if quick_since is None else quick_since.full_at,
                audit_seq=walk.last_seq,
                audit_hash=walk.last_hash,
                guards=fingerprint,
            ),
        )
    return IntegrityReport(
        findings=tuple(findings),
        scope=CheckScope.FULL if quick_since is None else CheckScope.QUICK,
        reason=reason,
        since=None if quick_since is None else quick_since.checked_at,
        pledges=pledges,
        rehashed=rehashed,
        audit_entries=walk.entries,
    )


def check_database(session: Session) -> list[IntegrityFinding]:
    """Every finding of a full check; an empty list means the database is sound."""
    return list(check_integrity(session, full=True, remember=False).findings)
