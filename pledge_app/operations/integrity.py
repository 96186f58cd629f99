"""The integrity check: is the database sound, are the signed pledges and the audit unbroken?"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pledge_app.operations.changes import Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.integrity import IntegrityFinding


@dataclass(frozen=True)
class CheckReport:
    """What the check found; no findings means the database is sound."""

    findings: tuple[IntegrityFinding, ...] = ()

    @property
    def sound(self) -> bool:
        """Whether the check found nothing."""
        return not self.findings


def check_database(database: Database) -> Done[CheckReport]:
    """Check the structure, the guards, every frozen pledge and the audit chain; changes nothing."""
    from pledge_app.core import integrity

    with database.begin() as session:
        findings = integrity.check_database(session)
    return Done(CheckReport(tuple(findings)))
