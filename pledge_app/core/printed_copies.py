"""Printed copies of signed pledges, known by their PDF's SHA-256, so a copy can be checked."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.models import PrintedCopy
from pledge_app.core.pledges import load_pledge

#: Statuses whose printed copies are worth registering: the content is signed and frozen.
REGISTERED_STATUSES = frozenset({PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED})


def pdf_sha256(pdf: bytes) -> str:
    """Hex SHA-256 of a PDF file's bytes."""
    return hashlib.sha256(pdf).hexdigest()


def find_printed_copy(session: Session, digest: str) -> PrintedCopy | None:
    """The registered printed copy with that SHA-256, if any."""
    return session.scalars(select(PrintedCopy).where(PrintedCopy.pdf_sha256 == digest)).first()


def register_printed_copy(session: Session, pledge_id: str, pdf: bytes) -> None:
    """Remember a PDF printed of a signed (or superseded) pledge; other statuses are ignored.

    Registering the same bytes again does nothing, also when two desktops
    sharing one database register them at the same moment.
    """
    pledge = load_pledge(session, pledge_id)
    if pledge.status not in REGISTERED_STATUSES or pledge.content_hash is None:
        return
    digest = pdf_sha256(pdf)
    if find_printed_copy(session, digest) is not None:
        return
    values = {
        "pdf_sha256": digest,
        "pledge_id": pledge.id,
        "revision": pledge.revision,
        "content_hash": pledge.content_hash,
        "printed_by": audit.os_user(),
    }
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(PrintedCopy).values(values).on_conflict_do_nothing().returning(PrintedCopy.id)
    )
    # RETURNING, not rowcount: psycopg reports -1 for this statement.
    if session.execute(statement).first() is None:
        return  # someone else registered the same bytes first
    audit.record(
        session,
        "printed",
        pledge_id=pledge.id,
        details={"pdf_sha256": digest, "revision": pledge.revision},
    )
