"""Whether a database still waits for its first-run office setup, and the record of a skip."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.models import AuditEntry, OfficeSetting, Pledge

#: The audit action written when the clerk skips the setup, so it is offered only once.
SKIPPED_ACTION = "office_setup_skipped"


def office_setup_needed(session: Session) -> bool:
    """True on a database with no office settings, no pledges and no earlier skip."""
    if session.scalar(select(func.count()).select_from(OfficeSetting)):
        return False
    if session.scalar(select(func.count()).select_from(Pledge)):
        return False
    skipped = (
        select(func.count()).select_from(AuditEntry).where(AuditEntry.action == SKIPPED_ACTION)
    )
    return not session.scalar(skipped)


def record_office_setup_skipped(session: Session) -> None:
    """Remember (in the audit log) that the setup was offered and skipped."""
    audit.record(session, SKIPPED_ACTION)
