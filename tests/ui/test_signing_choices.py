"""Signing in the editor: a stored image is offered only to a signer who has one, and a
refused signature (a wrong PIN) leaves the dialog open to correct it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from pledge_app.core import signing
from pledge_app.core.database import Database
from pledge_app.core.enums import Party, SignatureMethod
from pledge_app.core.units import list_units
from pledge_app.settings import Settings
from pledge_app.ui.dialogs.signing_dialog import SigningDialog
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from tests.signing_helpers import png, ready_pledge
from tests.ui.fakes import FakeChooser, FakePrompts
from tests.ui.pad_drawing import draw_signature
from tests.ui.workspace_helpers import open_workspace

PIN = "246810"


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def editor(
    qtbot: QtBot, database: Database, prompts: FakePrompts, tmp_path: Path
) -> Iterator[PledgeEditorPage]:
    _workspace, runner = open_workspace(database, prompts)
    page = PledgeEditorPage(
        runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0, choose_file=FakeChooser()
    )
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    yield page


@pytest.fixture
def ready_id(database: Database) -> str:
    """Ready to sign; only the responsible unit's signer has an image stored."""
    with database.begin() as session:
        pledge_id = ready_pledge(session).id
        unit = next(u for u in list_units(session) if u.name == "市发展和改革委员会")
        signing.store_signature_image(session, unit.signatories[0].id, image=png(), pin=PIN)
    return pledge_id


def open_dialog(qtbot: QtBot, editor: PledgeEditorPage, party: Party) -> SigningDialog:
    qtbot.mouseClick(editor.signing_tab.panel.sign_button(party), Qt.MouseButton.LeftButton)
    dialog = editor.signing.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_signer_without_a_stored_image_is_not_offered_one(
    qtbot: QtBot, editor: PledgeEditorPage, ready_id: str
) -> None:
    editor.open_pledge(ready_id)
    dialog = open_dialog(qtbot, editor, Party.ISSUER)
    assert not dialog.stored_radio.isEnabled()
    assert dialog.stored_note.isVisible()
    assert "has no stored signature image" in dialog.stored_note.text()
    assert dialog.signer_edit.text() in dialog.stored_note.text()
    assert dialog.method() is SignatureMethod.DRAWN


def test_a_signer_with_a_stored_image_is_offered_it(
    qtbot: QtBot, editor: PledgeEditorPage, ready_id: str
) -> None:
    editor.open_pledge(ready_id)
    dialog = open_dialog(qtbot, editor, Party.ISSUER)
    draw_signature(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, editor, Party.RESPONSIBLE)
    assert dialog.stored_radio.isEnabled()
    assert not dialog.stored_note.isVisible()


def test_a_wrong_pin_shows_why_and_keeps_the_dialog_open(
    qtbot: QtBot, editor: PledgeEditorPage, ready_id: str, prompts: FakePrompts
) -> None:
    editor.open_pledge(ready_id)
    dialog = open_dialog(qtbot, editor, Party.ISSUER)
    draw_signature(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, editor, Party.RESPONSIBLE)
    radio = dialog.stored_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    qtbot.keyClicks(dialog.pin_edit, "999999")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert prompts.messages("error") == ["The PIN for 李明 is not correct."]
    assert dialog.isVisible()
    assert dialog.method() is SignatureMethod.STORED_IMAGE

    dialog.pin_edit.clear()
    qtbot.keyClicks(dialog.pin_edit, PIN)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert editor.is_read_only()
