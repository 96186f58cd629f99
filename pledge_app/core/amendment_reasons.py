"""Why each amendment was made (修改原因), as its "amended" audit entry keeps it: one reader
for the print, the window and the export."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.models import AuditEntry

__all__ = ["amendment_reason", "amendment_reasons"]

# Ids per IN (...) query, well under SQLite's limit on bound parameters.
_CHUNK = 500


def amendment_reasons(session: Session, pledge_ids: Sequence[str]) -> dict[str, str]:
    """The reason given for each of these pledges that is an amendment with one.

    The reason is kept in the version's "amended" audit entry (an imported one too); the
    newest entry with a reason counts.
    """
    reasons: dict[str, str] = {}
    for start in range(0, len(pledge_ids), _CHUNK):
        chunk = pledge_ids[start : start + _CHUNK]
        rows = session.execute(
            select(AuditEntry.pledge_id, AuditEntry.details)
            .where(AuditEntry.action == "amended", AuditEntry.pledge_id.in_(chunk))
            .order_by(AuditEntry.seq)
        )
        for pledge_id, details in rows:
            try:
                reason = json.loads(details).get("reason")
            except (ValueError, AttributeError):
                continue  # a damaged entry is `check`'s to report, not the reader's
            if pledge_id is not None and reason:
                reasons[pledge_id] = str(reason)
    return reasons


def amendment_reason(session: Session, pledge_id: str) -> str:
    """Why the version `pledge_id` was started, as the clerk gave it ("" if not given)."""
    return amendment_reasons(session, [pledge_id]).get(pledge_id, "")
