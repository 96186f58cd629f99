"""Why each amendment was made (修改原因), read for many pledges at once for an export."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.models import AuditEntry

__all__ = ["amendment_reasons"]

# Ids per IN (...) query, well under SQLite's limit on bound parameters.
_CHUNK = 500


def amendment_reasons(session: Session, pledge_ids: Sequence[str]) -> dict[str, str]:
    """The reason given for each of these pledges that is an amendment with one.

    The reason is kept in the version's "amended" audit entry, as
    `core.amendments.amendment_reason` reads it: the newest entry with a reason counts.
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
            reason = json.loads(details).get("reason")
            if pledge_id is not None and reason:
                reasons[pledge_id] = str(reason)
    return reasons
