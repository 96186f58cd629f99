"""Signing as operations: each method through the typed request, the order, a wrong PIN."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from pledge_app.core import audit
from pledge_app.core import signing as core_signing
from pledge_app.core.database import Database
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, SigningOrder
from pledge_app.core.errors import InvalidTransition
from pledge_app.core.models import Signatory
from pledge_app.core.views import PledgeView
from pledge_app.operations.pledges import amend_pledge, finalise_pledge, load_pledge
from pledge_app.operations.signing import SigningRequest, record_signature, set_signing_order
from tests.signing_helpers import png, ready_pledge, signed_pledge

PIN = "246810"
ON = date(2026, 3, 1)


@pytest.fixture
def ready(database: Database) -> PledgeView:
    with database.begin() as session:
        return ready_pledge(session)


def request_for(pledge: PledgeView, party: Party, **fields: object) -> SigningRequest:
    person = pledge.content.issuer if party is Party.ISSUER else pledge.content.responsible
    base = SigningRequest(
        party=party,
        method=SignatureMethod.DRAWN,
        signer=person.signatory,
        signer_title=person.signatory_title,
        signed_on=ON,
        image=png(),
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def store_issuer_image(database: Database, pledge: PledgeView) -> None:
    with database.begin() as session:
        signatory_id = session.scalars(
            select(Signatory.id).where(Signatory.name == pledge.content.issuer.signatory)
        ).one()
        core_signing.store_signature_image(session, signatory_id, image=png("blue"), pin=PIN)


def actions(database: Database) -> list[str]:
    with database.begin() as session:
        return [entry.action for entry in audit.list_entries(session)]


def test_a_drawn_signature_is_recorded_from_the_typed_request(
    database: Database, ready: PledgeView
) -> None:
    done = record_signature(
        database, ready.id, request=request_for(ready, Party.ISSUER), expected_version=ready.version
    )
    signature = done.value.signature_of(Party.ISSUER)
    assert signature is not None
    assert signature.method is SignatureMethod.DRAWN and signature.image == png()
    assert signature.signed_on == ON and signature.signer == ready.content.issuer.signatory
    assert done.value.status is PledgeStatus.READY_TO_SIGN
    assert done.changes.pledges == {ready.id} and done.changes.audit


def test_the_right_pin_signs_with_the_stored_image(database: Database, ready: PledgeView) -> None:
    store_issuer_image(database, ready)
    request = request_for(ready, Party.ISSUER, method=SignatureMethod.STORED_IMAGE, image=None)
    view = record_signature(database, ready.id, request=replace(request, pin=PIN)).value
    signature = view.signature_of(Party.ISSUER)
    assert signature is not None
    assert signature.method is SignatureMethod.STORED_IMAGE
    assert signature.image == png("blue")


def test_a_wrong_pin_raises_and_records_nothing(database: Database, ready: PledgeView) -> None:
    store_issuer_image(database, ready)
    before = actions(database)
    request = request_for(
        ready, Party.ISSUER, method=SignatureMethod.STORED_IMAGE, image=None, pin="135790"
    )
    with pytest.raises(core_signing.WrongPin):
        record_signature(database, ready.id, request=request)
    assert load_pledge(database, ready.id).value.signatures == ()
    assert actions(database) == before


def test_a_wet_ink_scan_is_kept_with_its_type(database: Database, ready: PledgeView) -> None:
    request = request_for(ready, Party.ISSUER, method=SignatureMethod.WET_INK, image=None)
    view = record_signature(database, ready.id, request=replace(request, scan=png())).value
    signature = view.signature_of(Party.ISSUER)
    assert signature is not None
    assert signature.method is SignatureMethod.WET_INK and signature.scan_type == "image/png"
    assert signature.image is None


def test_the_second_signature_supersedes_the_amended_version_and_names_it(
    database: Database,
) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
    draft = amend_pledge(database, signed.id).value
    ready = finalise_pledge(database, draft.id, expected_version=draft.version).value
    record_signature(database, ready.id, request=request_for(ready, Party.ISSUER))
    done = record_signature(database, ready.id, request=request_for(ready, Party.RESPONSIBLE))
    assert done.value.status is PledgeStatus.SIGNED
    assert done.changes.pledges == {ready.id, signed.id}
    assert load_pledge(database, signed.id).value.status is PledgeStatus.SUPERSEDED


def test_the_signing_order_changes_before_the_first_signature_only(
    database: Database, ready: PledgeView
) -> None:
    done = set_signing_order(database, ready.id, order=SigningOrder.RESPONSIBLE_FIRST)
    assert done.value.signing_order is SigningOrder.RESPONSIBLE_FIRST
    assert done.changes.pledges == {ready.id}
    record_signature(database, ready.id, request=request_for(ready, Party.RESPONSIBLE))
    with pytest.raises(InvalidTransition):
        set_signing_order(database, ready.id, order=SigningOrder.ISSUER_FIRST)
    view = load_pledge(database, ready.id).value
    assert view.signing_order is SigningOrder.RESPONSIBLE_FIRST


def test_stored_signers_names_only_signatories_with_an_image(
    database: Database, ready: PledgeView
) -> None:
    from pledge_app.operations.signing import stored_signers

    assert stored_signers(database, ready.id, party=Party.RESPONSIBLE).value == frozenset()
    with database.begin() as session:
        signatory = session.scalars(
            select(Signatory).where(Signatory.name == ready.content.responsible.signatory)
        ).one()
        core_signing.store_signature_image(session, signatory.id, image=png(), pin=PIN)
    done = stored_signers(database, ready.id, party=Party.RESPONSIBLE)
    assert done.value == frozenset({ready.content.responsible.signatory})
    assert stored_signers(database, ready.id, party=Party.ISSUER).value == frozenset()
    assert not done.changes.everything and not done.changes.pledges


def test_an_ink_scan_is_read_back_and_saved_whole(
    database: Database, ready: PledgeView, tmp_path: Path
) -> None:
    from pledge_app.core.errors import NotFound
    from pledge_app.operations.signing import export_scan, signature_scan

    scan = png("blue")
    record_signature(
        database,
        ready.id,
        request=request_for(
            ready, Party.ISSUER, method=SignatureMethod.WET_INK, image=None, scan=scan
        ),
    )
    copy = signature_scan(database, ready.id, party=Party.ISSUER).value
    assert (copy.data, copy.mime_type) == (scan, "image/png")
    assert copy.file_name.endswith(".png")
    target = tmp_path / copy.file_name
    assert export_scan(database, ready.id, party=Party.ISSUER, path=target).value == target
    assert target.read_bytes() == scan
    with pytest.raises(NotFound):
        signature_scan(database, ready.id, party=Party.RESPONSIBLE)
