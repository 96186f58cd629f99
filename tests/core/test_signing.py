"""Signing: each party in turn, by drawing, by stored image with PIN, or in wet ink."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from pledge_app.core import pledges, signing
from pledge_app.core.database import Database
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, SigningOrder
from pledge_app.core.errors import InvalidTransition, ValidationFailed
from pledge_app.core.images import PNG, sniff_type
from pledge_app.core.models import Signatory
from pledge_app.core.pins import hash_pin, verify_pin
from tests.signing_helpers import png, ready_pledge, seal_jpeg, seal_png, sign_both


def test_both_signatures_make_the_pledge_signed(any_database: Database) -> None:
    with any_database.begin() as session:
        ready = ready_pledge(session)
        signed = sign_both(session, ready.id)
    assert signed.status is PledgeStatus.SIGNED
    assert [s.party for s in signed.signatures] == [Party.ISSUER, Party.RESPONSIBLE]
    assert all(s.content_hash == ready.content_hash for s in signed.signatures)
    assert all(len(s.record_hash) == 64 for s in signed.signatures)


def test_one_signature_leaves_it_ready_to_sign(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
        view = signing.record_signature(
            session, ready.id, party=Party.ISSUER, method=SignatureMethod.DRAWN,
            signer="王建国", signer_title="主任", signed_on=date(2026, 3, 1), image=png(),
        )  # fmt: skip
    assert view.status is PledgeStatus.READY_TO_SIGN
    assert signing.next_party(view) is Party.RESPONSIBLE


def test_the_responsible_unit_cannot_sign_first_by_default(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
        with pytest.raises(InvalidTransition, match="turn"):
            signing.record_signature(
                session, ready.id, party=Party.RESPONSIBLE, method=SignatureMethod.DRAWN,
                signer="李明", signer_title="主任", signed_on=date(2026, 3, 1), image=png(),
            )  # fmt: skip


def test_the_office_can_change_the_order(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
        view = signing.set_signing_order(session, ready.id, SigningOrder.RESPONSIBLE_FIRST)
        assert signing.next_party(view) is Party.RESPONSIBLE


def test_a_draft_cannot_be_signed(database: Database) -> None:
    with database.begin() as session:
        draft = pledges.create_pledge(session, ready_pledge(session).content)
        with pytest.raises(InvalidTransition, match="not ready to sign"):
            signing.record_signature(
                session, draft.id, party=Party.ISSUER, method=SignatureMethod.DRAWN,
                signer="王建国", signer_title="主任", signed_on=date(2026, 3, 1), image=png(),
            )  # fmt: skip


def test_a_future_date_is_refused(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
        with pytest.raises(ValidationFailed, match="future"):
            signing.record_signature(
                session, ready.id, party=Party.ISSUER, method=SignatureMethod.DRAWN,
                signer="王建国", signer_title="主任",
                signed_on=date.today() + timedelta(days=1), image=png(),
            )  # fmt: skip


def test_a_drawn_signature_must_be_a_png(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
        with pytest.raises(ValidationFailed, match="PNG"):
            signing.record_signature(
                session, ready.id, party=Party.ISSUER, method=SignatureMethod.DRAWN,
                signer="王建国", signer_title="主任", signed_on=date(2026, 3, 1), image=b"GIF89a",
            )  # fmt: skip


def _store(database: Database, pin: str) -> None:
    with database.begin() as session:
        signatory = session.scalars(select(Signatory).where(Signatory.name == "王建国")).one()
        signing.store_signature_image(session, signatory.id, image=png("blue"), pin=pin)


def test_a_stored_signature_needs_the_right_pin(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
    _store(database, "2468")
    with database.begin() as session, pytest.raises(signing.WrongPin):
        signing.record_signature(
            session, ready.id, party=Party.ISSUER, method=SignatureMethod.STORED_IMAGE,
            signer="王建国", signer_title="主任", signed_on=date(2026, 3, 1), pin="1357",
        )  # fmt: skip
    with database.begin() as session:
        view = signing.record_signature(
            session, ready.id, party=Party.ISSUER, method=SignatureMethod.STORED_IMAGE,
            signer="王建国", signer_title="主任", signed_on=date(2026, 3, 1), pin="2468",
        )  # fmt: skip
    assert view.signatures[0].image == png("blue")


def test_the_pin_is_never_stored_in_clear(database: Database) -> None:
    with database.begin() as session:
        ready_pledge(session)
    _store(database, "2468")
    with database.begin() as session:
        stored = session.scalars(select(Signatory.pin_hash).where(Signatory.name == "王建国")).one()
    assert stored is not None and "2468" not in stored
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)


def test_pin_hashes_are_salted() -> None:
    assert hash_pin("2468") != hash_pin("2468")


def test_wet_ink_needs_a_scan_of_the_paper(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
        with pytest.raises(ValidationFailed, match="PDF, PNG or JPEG"):
            signing.record_signature(
                session, ready.id, party=Party.ISSUER, method=SignatureMethod.WET_INK,
                signer="王建国", signer_title="主任", signed_on=date(2026, 3, 1), scan=b"hello",
            )  # fmt: skip
        view = signing.record_signature(
            session, ready.id, party=Party.ISSUER, method=SignatureMethod.WET_INK,
            signer="王建国", signer_title="主任", signed_on=date(2026, 3, 1),
            scan=b"%PDF-1.7\n...",
        )  # fmt: skip
    assert view.signatures[0].scan_type == "application/pdf"
    assert view.signatures[0].image is None


def test_the_unit_seal_is_placed_with_the_signature(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
        signing.set_unit_seal(session, ready.content.issuer.unit, seal_png())
        signed = sign_both(session, ready.id)
    issuer = signed.signature_of(Party.ISSUER)
    assert issuer is not None and issuer.seal_image == seal_png()


def test_reopening_lapses_a_partial_signature(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
        signing.record_signature(
            session, ready.id, party=Party.ISSUER, method=SignatureMethod.DRAWN,
            signer="王建国", signer_title="主任", signed_on=date(2026, 3, 1), image=png(),
        )  # fmt: skip
        reopened = pledges.reopen_pledge(session, ready.id)
    assert reopened.status is PledgeStatus.DRAFT
    assert reopened.signatures == ()


def test_a_seal_and_a_signature_scanned_as_jpeg_are_kept_as_png(database: Database) -> None:
    # Issue 7 item 15: offices scan seals as JPEG; what is kept is the one kind the
    # exchange format and the printer take.
    with database.begin() as session:
        ready = ready_pledge(session)
        signing.set_unit_seal(session, ready.content.issuer.unit, seal_jpeg())
        signatory = session.scalars(select(Signatory).where(Signatory.name == "王建国")).one()
        signing.store_signature_image(session, signatory.id, image=seal_jpeg(), pin="2468")
        signed = sign_both(session, ready.id)
        stored = signatory.signature_image
    issuer = signed.signature_of(Party.ISSUER)
    assert issuer is not None and issuer.seal_image is not None
    assert sniff_type(issuer.seal_image) == PNG
    assert stored is not None and sniff_type(stored) == PNG
