"""The signing dialog: what it returns for each method, and when it lets the clerk sign."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pledge_app.core import signing
from pledge_app.core.database import Database
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod
from pledge_app.core.models import Signatory
from pledge_app.core.views import PledgeView
from pledge_app.operations.signing import SigningRequest, record_signature
from pledge_app.ui.dialogs.signing_dialog import SigningDialog, signing_problems
from tests.conftest import make_content
from tests.signing_helpers import png, ready_pledge
from tests.ui.fakes import FakeChooser, type_text
from tests.ui.pad_drawing import draw_signature

TODAY = date(2026, 3, 10)


def ready_view() -> PledgeView:
    return PledgeView(id="p1", status=PledgeStatus.READY_TO_SIGN, content=make_content())


def make_dialog(
    qtbot: QtBot,
    party: Party = Party.ISSUER,
    *,
    chooser: FakeChooser | None = None,
    pledge: PledgeView | None = None,
) -> SigningDialog:
    dialog = SigningDialog(pledge or ready_view(), party, choose_file=chooser, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot: QtBot, dialog: SigningDialog, method: SignatureMethod) -> None:
    radio = {
        SignatureMethod.DRAWN: dialog.draw_radio,
        SignatureMethod.STORED_IMAGE: dialog.stored_radio,
        SignatureMethod.WET_INK: dialog.wet_ink_radio,
    }[method]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dialog.method() is method


def test_signer_and_title_come_from_the_pledge(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Party.RESPONSIBLE)
    assert dialog.signer_edit.text() == "李明"
    assert dialog.signer_title_edit.text() == "主任"
    assert "市发展和改革委员会" in dialog.party_label.text()


def test_date_defaults_to_today(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.date_edit.date().toPython() == TODAY


def test_a_future_date_cannot_be_chosen(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.date_edit.setDate(QDate(2026, 3, 11))
    assert dialog.date_edit.date().toPython() == TODAY


def test_an_earlier_date_can_be_chosen(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.date_edit.setDate(QDate(2026, 3, 2))
    draw_signature(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.request is not None
    assert dialog.request.signed_on == date(2026, 3, 2)


def test_ok_is_disabled_until_the_signature_is_drawn(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert not dialog.ok_button.isEnabled()
    draw_signature(qtbot, dialog)
    assert dialog.ok_button.isEnabled()


def test_undo_of_the_only_stroke_disables_ok_again(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    draw_signature(qtbot, dialog)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()


def test_an_empty_signer_disables_ok(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    draw_signature(qtbot, dialog)
    dialog.signer_edit.clear()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text()


def test_drawn_signature_result(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.signer_edit.clear()
    type_text(dialog.signer_edit, "张伟")
    draw_signature(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    request = dialog.request
    assert request is not None
    assert request.party is Party.ISSUER
    assert request.method is SignatureMethod.DRAWN
    assert request.signer == "张伟"
    assert request.signer_title == "主任"
    assert request.signed_on == TODAY
    assert request.image is not None and request.image.startswith(b"\x89PNG")
    assert request.pin is None and request.scan is None


def test_stored_image_collects_the_pin_hidden(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    choose(qtbot, dialog, SignatureMethod.STORED_IMAGE)
    assert dialog.pin_edit.echoMode() is QLineEdit.EchoMode.Password
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.pin_edit, "2468")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    request = dialog.request
    assert request is not None
    assert request.method is SignatureMethod.STORED_IMAGE
    assert request.pin == "2468"
    assert request.image is None and request.scan is None


def test_a_pin_too_short_keeps_ok_disabled(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    choose(qtbot, dialog, SignatureMethod.STORED_IMAGE)
    qtbot.keyClicks(dialog.pin_edit, "12")
    assert not dialog.ok_button.isEnabled()


def test_drawing_is_not_returned_with_another_method(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    draw_signature(qtbot, dialog)
    choose(qtbot, dialog, SignatureMethod.STORED_IMAGE)
    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.request is not None
    assert dialog.request.image is None


@pytest.mark.parametrize(
    ("name", "data"),
    [("signed.pdf", b"%PDF-1.7\n%%EOF\n"), ("signed.png", png())],
)
def test_wet_ink_attaches_the_chosen_scan(
    qtbot: QtBot, tmp_path: Path, name: str, data: bytes
) -> None:
    scan = tmp_path / name
    scan.write_bytes(data)
    chooser = FakeChooser(scan)
    dialog = make_dialog(qtbot, chooser=chooser)
    choose(qtbot, dialog, SignatureMethod.WET_INK)
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert chooser.titles
    assert dialog.scan_name_label.text() == name
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    request = dialog.request
    assert request is not None
    assert request.method is SignatureMethod.WET_INK
    assert request.scan == data
    assert request.image is None and request.pin is None


def test_a_file_that_is_not_a_scan_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a scan")
    dialog = make_dialog(qtbot, chooser=FakeChooser(notes))
    choose(qtbot, dialog, SignatureMethod.WET_INK)
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert dialog.scan_error_label.isVisible()
    assert "notes.txt" in dialog.scan_error_label.text()
    assert not dialog.ok_button.isEnabled()


def test_cancelling_the_chooser_attaches_nothing(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, chooser=FakeChooser(None))
    choose(qtbot, dialog, SignatureMethod.WET_INK)
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.scan_error_label.isVisible()


def test_cancel_returns_no_request(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    draw_signature(qtbot, dialog)
    with qtbot.waitSignal(dialog.rejected):
        dialog.reject()
    assert dialog.request is None


GOOD = SigningRequest(
    party=Party.ISSUER,
    method=SignatureMethod.DRAWN,
    signer="王建国",
    signer_title="主任",
    signed_on=TODAY,
    image=b"\x89PNG\r\n\x1a\n",
)


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(replace(GOOD, signer="  "), id="blank signer"),
        pytest.param(replace(GOOD, signed_on=date(2026, 3, 11)), id="future date"),
        pytest.param(replace(GOOD, image=None), id="nothing drawn"),
        pytest.param(replace(GOOD, method=SignatureMethod.STORED_IMAGE, image=None), id="no pin"),
        pytest.param(
            replace(GOOD, method=SignatureMethod.STORED_IMAGE, image=None, pin="123"),
            id="short pin",
        ),
        pytest.param(replace(GOOD, method=SignatureMethod.WET_INK, image=None), id="no scan"),
    ],
)
def test_incomplete_requests_are_refused(bad: SigningRequest) -> None:
    assert signing_problems(bad, today=TODAY)


def test_a_complete_request_has_no_problems() -> None:
    assert signing_problems(GOOD, today=TODAY) == []


def _store_image_for_issuer(database: Database, pin: str) -> str:
    with database.begin() as session:
        pledge = ready_pledge(session)
        signatory_id = session.scalars(
            select(Signatory.id).where(Signatory.name == pledge.content.issuer.signatory)
        ).one()
        signing.store_signature_image(session, signatory_id, image=png(), pin=pin)
    return pledge.id


def _request_with_pin(qtbot: QtBot, database: Database, pledge_id: str, pin: str) -> SigningRequest:
    with database.begin() as session:
        from pledge_app.core.pledges import get_pledge

        view = get_pledge(session, pledge_id)
    dialog = SigningDialog(view, Party.ISSUER, choose_file=FakeChooser())
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog, SignatureMethod.STORED_IMAGE)
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.request is not None
    return dialog.request


def test_a_wrong_pin_is_refused_by_core(qtbot: QtBot, database: Database) -> None:
    pledge_id = _store_image_for_issuer(database, "2468")
    request = _request_with_pin(qtbot, database, pledge_id, "9999")
    with pytest.raises(signing.WrongPin):
        record_signature(database, pledge_id, request=request)
    with database.begin() as session:
        from pledge_app.core.pledges import get_pledge

        assert get_pledge(session, pledge_id).signatures == ()


def test_the_right_pin_signs_with_the_stored_image(qtbot: QtBot, database: Database) -> None:
    pledge_id = _store_image_for_issuer(database, "2468")
    request = _request_with_pin(qtbot, database, pledge_id, "2468")
    view = record_signature(database, pledge_id, request=request).value
    signature = view.signature_of(Party.ISSUER)
    assert signature is not None
    assert signature.method is SignatureMethod.STORED_IMAGE
    assert signature.image == png()
