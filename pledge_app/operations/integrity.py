"""The integrity check: is the database sound, are the signed pledges and the audit unbroken?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from pledge_app.operations.changes import Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.integrity import IntegrityFinding


@dataclass(frozen=True)
class CheckReport:
    """What the check found; no findings means the database is sound."""

    findings: tuple[IntegrityFinding, ...] = ()
    #: Whether every pledge was rehashed and the whole file and audit chain read.
    full: bool = True
    #: Why a full check ran when a quick one was asked for; empty otherwise.
    reason: str = ""
    #: The last sound check a quick one built on.
    since: datetime | None = None
    pledges: int = 0
    rehashed: int = 0
    audit_entries: int = 0

    @property
    def sound(self) -> bool:
        """Whether the check found nothing."""
        return not self.findings


def check_database(database: Database, *, full: bool = False) -> Done[CheckReport]:
    """Check the database: only what changed since the last sound check, unless `full`."""
    from pledge_app.core import integrity

    # Writes nothing the clerk sees (no Changes): a sound check leaves its checkpoint.
    with database.begin() as session:
        report = integrity.check_integrity(session, full=full)
    return Done(
        CheckReport(
            findings=report.findings,
            full=report.scope is integrity.CheckScope.FULL,
            reason=report.reason,
            since=report.since,
            pledges=report.pledges,
            rehashed=report.rehashed,
            audit_entries=report.audit_entries,
        )
    )
