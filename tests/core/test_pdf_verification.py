"""Checking a PDF someone hands in against the printed copies and pledges in the database."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import text, update

from pledge_app.core import amendments, pledges
from pledge_app.core.database import Database
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.guards import drop_guards
from pledge_app.core.models import PrintedCopy
from pledge_app.core.pdf_verification import Outcome, check_print_mark, verify_printed_pdf
from pledge_app.core.print_marks import mark_for
from pledge_app.core.printed_copies import register_printed_copy
from pledge_app.core.views import PledgeView
from tests.conftest import make_content
from tests.pdf_helpers import flip_middle_byte, marked_pdf
from tests.signing_helpers import ready_pledge, sign_both, signed_pledge


def test_an_untouched_registered_copy_is_genuine(any_database: Database) -> None:
    with any_database.begin() as session:
        signed = signed_pledge(session)
        pdf = marked_pdf(mark_for(signed))
        register_printed_copy(session, signed.id, pdf)
    with any_database.begin() as session:
        result = verify_printed_pdf(session, pdf)
    assert result.genuine
    assert result.outcome is Outcome.GENUINE
    assert (result.pledge_id, result.number, result.revision) == (signed.id, "改革办〔2026〕1号", 1)
    assert result.title == signed.content.title
    assert result.status == PledgeStatus.SIGNED
    assert result.printed_at is not None and result.printed_at.tzinfo is not None
    assert "untouched copy of version 1 of pledge 改革办〔2026〕1号" in result.reason
    assert "signed on 2026-03-01" in result.reason


def test_a_copy_with_one_changed_byte_is_not_genuine(any_database: Database) -> None:
    with any_database.begin() as session:
        signed = signed_pledge(session)
        pdf = marked_pdf(mark_for(signed))
        register_printed_copy(session, signed.id, pdf)
    changed = flip_middle_byte(pdf)
    assert mark_for(signed).to_keywords().encode() in changed  # the byte is in page content
    with any_database.begin() as session:
        result = verify_printed_pdf(session, changed)
    assert not result.genuine
    assert result.outcome is Outcome.CHANGED
    assert result.pledge_id == signed.id
    assert "changed after it was printed" in result.reason
    assert "改革办〔2026〕1号" in result.reason


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda pdf: pdf[: len(pdf) // 2], id="truncated"),
        pytest.param(lambda pdf: pdf[:20], id="header-only"),
        pytest.param(lambda pdf: b"", id="empty"),
        pytest.param(lambda pdf: b"\x00\xff" * 3000, id="garbage"),
        pytest.param(lambda pdf: b"%PDF-1.7\n" + bytes(range(256)) * 8, id="pdf-header-garbage"),
        pytest.param(lambda pdf: "这不是PDF".encode() * 50, id="text"),
    ],
)
def test_a_damaged_file_or_non_pdf_is_named_as_such(database: Database, damage: object) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        pdf = marked_pdf(mark_for(signed))
        register_printed_copy(session, signed.id, pdf)
        result = verify_printed_pdf(session, damage(pdf))  # type: ignore[operator]
    assert not result.genuine
    assert result.outcome is Outcome.NOT_A_PDF
    assert "not a PDF, or it is damaged" in result.reason


def test_a_pdf_without_a_mark_was_not_printed_by_us(database: Database) -> None:
    with database.begin() as session:
        result = verify_printed_pdf(session, marked_pdf(None))
    assert not result.genuine
    assert result.outcome is Outcome.NOT_OURS
    assert "not printed by Pledge Manager" in result.reason


def test_a_mark_naming_an_unknown_pledge_says_so(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        stranger = replace(mark_for(signed), pledge_id=str(uuid.uuid4()), number="外地〔2026〕9号")
        result = verify_printed_pdf(session, marked_pdf(stranger))
    assert not result.genuine
    assert result.outcome is Outcome.UNKNOWN_PLEDGE
    assert result.pledge_id == stranger.pledge_id
    assert result.number == "外地〔2026〕9号"
    assert "not in this database" in result.reason


def test_a_copy_of_a_superseded_version_is_genuine_and_says_what_replaced_it(
    any_database: Database,
) -> None:
    with any_database.begin() as session:
        first = signed_pledge(session)
        pdf = marked_pdf(mark_for(first))
        register_printed_copy(session, first.id, pdf)
        amendment = amendments.amend_pledge(session, first.id)
        pledges.finalise_pledge(session, amendment.id)
        sign_both(session, amendment.id)
    with any_database.begin() as session:
        result = verify_printed_pdf(session, pdf)
    assert result.genuine
    assert result.status == PledgeStatus.SUPERSEDED
    assert (result.revision, result.newer_revision) == (1, 2)
    assert "untouched copy of version 1" in result.reason
    assert "a newer version 2 superseded it" in result.reason


def test_a_superseded_pledge_printed_again_is_registered_and_genuine(database: Database) -> None:
    with database.begin() as session:
        first = signed_pledge(session)
        amendment = amendments.amend_pledge(session, first.id)
        pledges.finalise_pledge(session, amendment.id)
        sign_both(session, amendment.id)
        old = pledges.get_pledge(session, first.id)
        pdf = marked_pdf(mark_for(old))
        register_printed_copy(session, first.id, pdf)
        result = verify_printed_pdf(session, pdf)
    assert result.genuine
    assert result.newer_revision == 2


@pytest.mark.parametrize("status", [PledgeStatus.DRAFT, PledgeStatus.READY_TO_SIGN])
def test_a_draft_or_unsigned_print_is_not_a_signed_pledge(
    any_database: Database, status: PledgeStatus
) -> None:
    with any_database.begin() as session:
        if status is PledgeStatus.DRAFT:
            pledge = pledges.create_pledge(session, make_content())
        else:
            pledge = ready_pledge(session)
        pdf = marked_pdf(mark_for(pledge))
        register_printed_copy(session, pledge.id, pdf)  # does nothing for these
        result = verify_printed_pdf(session, pdf)
    assert not result.genuine
    assert result.outcome is Outcome.UNSIGNED_COPY
    assert result.pledge_id == pledge.id
    assert "not a signed pledge" in result.reason


def test_a_draft_print_of_a_pledge_signed_since_is_still_a_draft(database: Database) -> None:
    with database.begin() as session:
        draft = pledges.create_pledge(session, make_content())
        pdf = marked_pdf(mark_for(draft))
        finalised = pledges.finalise_pledge(session, draft.id)
        sign_both(session, finalised.id)
        result = verify_printed_pdf(session, pdf)
    assert result.outcome is Outcome.UNSIGNED_COPY
    assert result.status == PledgeStatus.SIGNED
    assert "draft copy" in result.reason


def test_a_registered_copy_whose_record_was_altered_is_not_genuine(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        pdf = marked_pdf(mark_for(signed))
        register_printed_copy(session, signed.id, pdf)
        session.execute(update(PrintedCopy).values(content_hash="f" * 64))
        result = verify_printed_pdf(session, pdf)
    assert not result.genuine
    assert result.outcome is Outcome.DATABASE_ALTERED
    assert "the pledge in the database was altered" in result.reason


def test_a_registered_copy_of_a_vanished_pledge_is_not_genuine(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        pdf = marked_pdf(mark_for(signed))
        register_printed_copy(session, signed.id, pdf)
        session.execute(update(PrintedCopy).values(pledge_id=str(uuid.uuid4())))
        result = verify_printed_pdf(session, pdf)
    assert not result.genuine
    assert result.outcome is Outcome.PLEDGE_MISSING
    assert "no longer in this database" in result.reason


def test_a_scanned_code_of_a_signed_pledge_checks_out(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        result = check_print_mark(session, mark_for(signed).to_keywords())
    assert result.genuine
    assert result.printed_at is None
    assert "version 1" in result.reason


def test_a_scanned_code_with_another_content_hash_does_not(database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        forged = replace(mark_for(signed), content_hash="e" * 64)
        result = check_print_mark(session, forged.to_keywords())
    assert not result.genuine
    assert result.outcome is Outcome.CHANGED
    assert "does not hold" in result.reason


def test_a_scanned_code_that_is_no_mark_is_not_ours(database: Database) -> None:
    with database.begin() as session:
        result = check_print_mark(session, "https://example.com/")
    assert result.outcome is Outcome.NOT_OURS


def test_a_copy_of_a_pledge_edited_behind_the_apps_back_is_not_genuine(
    database: Database,
) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        pdf = marked_pdf(mark_for(signed))
        register_printed_copy(session, signed.id, pdf)
    with database.engine.begin() as connection:
        drop_guards(connection)
        connection.execute(
            text("UPDATE paragraph SET text = '被篡改的目标' WHERE section = 'goals'")
        )
    with database.begin() as session:
        result = verify_printed_pdf(session, pdf)
    assert not result.genuine
    assert result.outcome is Outcome.DATABASE_ALTERED
    assert "Run the integrity check" in result.reason


def _render(pledge: PledgeView) -> bytes:
    from pledge_app.reports.fonts import discover_fonts
    from pledge_app.reports.pledge_pdf import render_pledge_pdf

    buffer = io.BytesIO()
    render_pledge_pdf(pledge, buffer, fonts=discover_fonts(font_dirs=()))
    return buffer.getvalue()


def test_the_real_printout_of_a_signed_pledge_verifies_and_a_changed_one_does_not(
    database: Database,
) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        pdf = _render(signed)
        register_printed_copy(session, signed.id, pdf)
        untouched = verify_printed_pdf(session, pdf)
        changed = verify_printed_pdf(session, flip_middle_byte(pdf))
    assert untouched.genuine
    assert untouched.number == signed.content.number
    assert not changed.genuine
    assert changed.outcome is Outcome.CHANGED
    assert changed.pledge_id == signed.id


def test_the_real_printout_of_a_draft_is_not_a_signed_pledge(database: Database) -> None:
    with database.begin() as session:
        draft = pledges.create_pledge(session, make_content())
        result = verify_printed_pdf(session, _render(draft))
    assert result.outcome is Outcome.UNSIGNED_COPY
    assert "draft copy" in result.reason


def test_a_digitally_signed_copy_verifies_once_it_is_registered_too(database: Database) -> None:
    from pledge_app.core.digital_signatures import create_office_certificate, sign_pdf

    office = create_office_certificate("市委改革办", "", password="pw")
    with database.begin() as session:
        signed = signed_pledge(session)
        printed = marked_pdf(mark_for(signed))
        register_printed_copy(session, signed.id, printed)
        sealed = sign_pdf(printed, office, "pw", reason="", location="", signer_name="")
        before = verify_printed_pdf(session, sealed)
        register_printed_copy(session, signed.id, sealed)
        after = verify_printed_pdf(session, sealed)
    assert before.outcome is Outcome.CHANGED  # new bytes: the print mark alone proves nothing
    assert after.genuine
