"""Amendments: a signed pledge changes only through a new version that is signed again."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.amendment_reasons import amendment_reason
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import InvalidTransition
from pledge_app.core.i18n import translate
from pledge_app.core.models import Pledge
from pledge_app.core.pledges import content_of, create_pledge, load_pledge, view_of
from pledge_app.core.views import PledgeView

__all__ = ["amend_pledge", "amendment_reason", "version_chain"]


def amend_pledge(
    session: Session, pledge_id: str, *, amendment_id: str | None = None, reason: str = ""
) -> PledgeView:
    """A new draft version of a signed pledge, linked to it; the signed one stays untouched.

    `amendment_id` fixes the new version's id (the demo needs the same ids everywhere);
    `reason` (修改原因) is kept with the amendment in its audit entry.
    """
    signed = load_pledge(session, pledge_id)
    if signed.status != PledgeStatus.SIGNED:
        raise InvalidTransition(
            translate(
                "amendments", "Only a signed pledge can be amended; “{title}” is not."
            ).format(title=signed.title)
        )
    existing = session.scalars(select(Pledge).where(Pledge.previous_id == signed.id)).first()
    if existing is not None:
        raise InvalidTransition(
            translate(
                "amendments",
                "“{title}” already has an amendment in progress (version {revision}).",
            ).format(title=signed.title, revision=existing.revision)
        )
    draft = create_pledge(session, content_of(signed), pledge_id=amendment_id)
    amendment = load_pledge(session, draft.id)
    amendment.previous_id = signed.id
    amendment.revision = signed.revision + 1
    session.flush()
    audit.record(
        session,
        "amended",
        pledge_id=amendment.id,
        details={
            "amends": signed.id,
            "revision": amendment.revision,
            **({"reason": reason.strip()} if reason.strip() else {}),
        },
    )
    return view_of(amendment)


def version_chain(session: Session, pledge_id: str) -> list[PledgeView]:
    """Every version of the pledge `pledge_id` belongs to, oldest first."""
    pledge = load_pledge(session, pledge_id)
    while pledge.previous_id is not None:
        pledge = load_pledge(session, pledge.previous_id)
    chain = [view_of(pledge)]
    while True:
        following = session.scalars(
            select(Pledge.id).where(Pledge.previous_id == pledge.id)
        ).first()
        if following is None:
            return chain
        pledge = load_pledge(session, following)
        chain.append(view_of(pledge))
