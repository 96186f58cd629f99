"""The signature-image dialog: a drawn or loaded PNG, and a PIN typed twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from pledge_app.core import signing
from pledge_app.core.database import Database
from pledge_app.core.images import PNG, sniff_type
from pledge_app.core.models import Signatory
from pledge_app.ui.dialogs.signature_image_dialog import (
    SignatureImageDialog,
    signature_image_problems,
)
from tests.signing_helpers import png, ready_pledge, seal_jpeg
from tests.ui.fakes import FakeChooser
from tests.ui.pad_drawing import draw_signature


def make_dialog(qtbot: QtBot, chooser: FakeChooser | None = None) -> SignatureImageDialog:
    dialog = SignatureImageDialog("王建国", "市委全面深化改革委员会", choose_file=chooser)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_pins(qtbot: QtBot, dialog: SignatureImageDialog, pin: str, again: str) -> None:
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClicks(dialog.confirm_edit, again)


def load_from(qtbot: QtBot, dialog: SignatureImageDialog) -> None:
    radio = dialog.file_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def test_pins_are_hidden(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.pin_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.confirm_edit.echoMode() is QLineEdit.EchoMode.Password


def test_a_drawn_signature_with_matching_pins_is_returned(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert not dialog.ok_button.isEnabled()
    draw_signature(qtbot, dialog)
    type_pins(qtbot, dialog, "2468", "2468")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.request is not None
    assert dialog.request.pin == "2468"
    assert dialog.request.image.startswith(b"\x89PNG")


def test_different_pins_keep_ok_disabled(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    draw_signature(qtbot, dialog)
    type_pins(qtbot, dialog, "2468", "2469")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text()


def test_a_loaded_png_is_returned_as_it_is(qtbot: QtBot, tmp_path: Path) -> None:
    file = tmp_path / "signature.png"
    file.write_bytes(png())
    dialog = make_dialog(qtbot, FakeChooser(file))
    load_from(qtbot, dialog)
    assert dialog.file_name_label.text() == "signature.png"
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    type_pins(qtbot, dialog, "2468", "2468")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.request is not None
    assert dialog.request.image == png()


def test_a_file_that_is_not_a_png_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    file = tmp_path / "signature.jpg"
    file.write_bytes(b"\xff\xd8\xff\xe0 not really")
    dialog = make_dialog(qtbot, FakeChooser(file))
    load_from(qtbot, dialog)
    type_pins(qtbot, dialog, "2468", "2468")
    assert dialog.file_error_label.isVisible()
    assert not dialog.ok_button.isEnabled()


@pytest.mark.parametrize(
    ("image", "pin", "again"),
    [
        pytest.param(None, "2468", "2468", id="no image"),
        pytest.param(b"png", "246", "246", id="short pin"),
        pytest.param(b"png", "2468", "8642", id="pins differ"),
    ],
)
def test_incomplete_input_is_refused(image: bytes | None, pin: str, again: str) -> None:
    assert signature_image_problems(image, pin, again)


def test_the_result_stores_through_core(qtbot: QtBot, database: Database) -> None:
    dialog = make_dialog(qtbot)
    draw_signature(qtbot, dialog)
    type_pins(qtbot, dialog, "2468", "2468")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.request is not None
    with database.begin() as session:
        ready_pledge(session)
        signatory = session.query(Signatory).filter_by(name="王建国").one()
        signing.store_signature_image(
            session, signatory.id, image=dialog.request.image, pin=dialog.request.pin
        )
        assert signatory.signature_image == dialog.request.image


def test_a_signature_photographed_as_jpeg_is_taken_and_kept_as_png(
    qtbot: QtBot, tmp_path: Path, database: Database
) -> None:
    file = tmp_path / "signature.jpg"
    file.write_bytes(seal_jpeg((300, 110)))
    chooser = FakeChooser(file)
    dialog = make_dialog(qtbot, chooser)
    load_from(qtbot, dialog)
    assert "*.jpg" in chooser.filters[0]
    assert not dialog.file_error_label.isVisible()
    type_pins(qtbot, dialog, "2468", "2468")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.request is not None
    with database.begin() as session:
        ready_pledge(session)
        signatory = session.query(Signatory).filter_by(name="王建国").one()
        signing.store_signature_image(
            session, signatory.id, image=dialog.request.image, pin=dialog.request.pin
        )
        assert signatory.signature_image is not None
        assert sniff_type(signatory.signature_image) == PNG
