"""Registering printed copies: signed pledges only, once per file, with an audit entry."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from pledge_app.core import audit, pledges
from pledge_app.core.database import Database
from pledge_app.core.models import PrintedCopy
from pledge_app.core.print_marks import mark_for
from pledge_app.core.printed_copies import register_printed_copy
from tests.conftest import make_content
from tests.pdf_helpers import marked_pdf
from tests.signing_helpers import ready_pledge, signed_pledge


def test_a_signed_pledge_print_is_registered_and_audited(any_database: Database) -> None:
    with any_database.begin() as session:
        signed = signed_pledge(session)
        pdf = marked_pdf(mark_for(signed))
        register_printed_copy(session, signed.id, pdf)
    digest = hashlib.sha256(pdf).hexdigest()
    with any_database.begin() as session:
        copy = session.scalars(select(PrintedCopy)).one()
        assert copy.pdf_sha256 == digest
        assert (copy.pledge_id, copy.revision, copy.content_hash) == (
            signed.id,
            1,
            signed.content_hash,
        )
        assert copy.printed_by == audit.os_user()
        entry = audit.list_entries(session, pledge_id=signed.id, limit=1)[0]
        assert entry.action == "printed"
        assert entry.details["pdf_sha256"] == digest
        assert audit.verify_chain(session) == []


def test_registering_the_same_bytes_twice_changes_nothing(any_database: Database) -> None:
    with any_database.begin() as session:
        signed = signed_pledge(session)
        pdf = marked_pdf(mark_for(signed))
        register_printed_copy(session, signed.id, pdf)
    with any_database.begin() as session:
        register_printed_copy(session, signed.id, pdf)
    with any_database.begin() as session:
        assert session.scalar(select(func.count()).select_from(PrintedCopy)) == 1
        printed = [e for e in audit.list_entries(session) if e.action == "printed"]
        assert len(printed) == 1


def test_two_different_files_are_two_copies(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        register_printed_copy(session, signed.id, marked_pdf(mark_for(signed), pages=1))
        register_printed_copy(session, signed.id, marked_pdf(mark_for(signed), pages=2))
        assert session.scalar(select(func.count()).select_from(PrintedCopy)) == 2


def test_drafts_and_unsigned_pledges_are_not_registered(database: Database) -> None:
    with database.begin() as session:
        draft = pledges.create_pledge(session, make_content(number="草稿1号"))
        ready = ready_pledge(session)
        register_printed_copy(session, draft.id, marked_pdf(mark_for(draft)))
        register_printed_copy(session, ready.id, marked_pdf(mark_for(ready)))
        assert session.scalar(select(func.count()).select_from(PrintedCopy)) == 0
        assert not [e for e in audit.list_entries(session) if e.action == "printed"]
