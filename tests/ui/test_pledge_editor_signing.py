"""Signing in the editor as a clerk does it, on a real SQLite file: sign, amend, compare."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pledge_app.core import audit, signing
from pledge_app.core.database import Database
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, SigningOrder
from pledge_app.core.pledges import get_pledge
from pledge_app.core.units import list_units
from pledge_app.settings import Settings
from pledge_app.ui.dialogs.signing_dialog import SigningDialog
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from tests.signing_helpers import png, ready_pledge, signed_pledge
from tests.ui.fakes import FakeChooser, FakePrompts, type_text
from tests.ui.pad_drawing import draw_signature
from tests.ui.workspace_helpers import open_workspace

PIN = "246810"


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def runner(qtbot: QtBot, database: Database, prompts: FakePrompts) -> OperationRunner:
    """The window's runner on `database`, with the scripted prompts."""
    _workspace, runner = open_workspace(database, prompts)
    return runner


@pytest.fixture
def chooser() -> FakeChooser:
    return FakeChooser()


@pytest.fixture
def editor(
    qtbot: QtBot, runner: OperationRunner, chooser: FakeChooser, tmp_path: Path
) -> Iterator[PledgeEditorPage]:
    page = PledgeEditorPage(
        runner,
        settings=Settings(tmp_path / "settings.ini"),
        autosave_ms=0,
        choose_file=chooser,
    )
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    yield page


@pytest.fixture
def ready_id(database: Database) -> str:
    with database.begin() as session:
        pledge_id = ready_pledge(session).id
        unit = next(u for u in list_units(session) if u.name == "市发展和改革委员会")
        signing.store_signature_image(session, unit.signatories[0].id, image=png(), pin=PIN)
    return pledge_id


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_signing_dialog(qtbot: QtBot, editor: PledgeEditorPage, party: Party) -> SigningDialog:
    button = editor.signing_tab.panel.sign_button(party)
    assert button.isVisible() and button.isEnabled()
    click(qtbot, button)
    dialog = editor.signing.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def choose_method(qtbot: QtBot, dialog: SigningDialog, method: SignatureMethod) -> None:
    radio = {
        SignatureMethod.DRAWN: dialog.draw_radio,
        SignatureMethod.STORED_IMAGE: dialog.stored_radio,
        SignatureMethod.WET_INK: dialog.wet_ink_radio,
    }[method]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def sign_with_pin(qtbot: QtBot, editor: PledgeEditorPage, pin: str) -> None:
    dialog = open_signing_dialog(qtbot, editor, Party.RESPONSIBLE)
    choose_method(qtbot, dialog, SignatureMethod.STORED_IMAGE)
    qtbot.keyClicks(dialog.pin_edit, pin)
    click(qtbot, dialog.ok_button)


def stored_status(database: Database, pledge_id: str) -> PledgeStatus:
    with database.begin() as session:
        return get_pledge(session, pledge_id).status


def test_a_ready_pledge_opens_on_the_signatures_tab(
    editor: PledgeEditorPage, ready_id: str
) -> None:
    editor.open_pledge(ready_id)
    assert editor.sections.currentWidget() is editor.signing_tab
    assert editor.signing_tab.panel.sign_button(Party.ISSUER).isEnabled()
    assert not editor.signing_tab.panel.sign_button(Party.RESPONSIBLE).isEnabled()
    assert editor.signing_tab.order_combo.isEnabled()


def test_the_full_signing_flow_ends_signed_and_read_only(
    qtbot: QtBot,
    editor: PledgeEditorPage,
    database: Database,
    prompts: FakePrompts,
    chooser: FakeChooser,
    ready_id: str,
    tmp_path: Path,
) -> None:
    editor.open_pledge(ready_id)

    dialog = open_signing_dialog(qtbot, editor, Party.ISSUER)
    draw_signature(qtbot, dialog)
    click(qtbot, dialog.ok_button)
    assert editor.signing_tab.panel.cards[Party.ISSUER].status_label.text().startswith("✔")

    sign_with_pin(qtbot, editor, "999999")
    assert prompts.messages("error") == ["The PIN for 李明 is not correct."]
    with database.begin() as session:
        assert len(get_pledge(session, ready_id).signatures) == 1
    assert editor.status is PledgeStatus.READY_TO_SIGN

    sign_with_pin(qtbot, editor, PIN)
    assert editor.status is PledgeStatus.SIGNED
    assert stored_status(database, ready_id) is PledgeStatus.SIGNED
    assert editor.is_read_only()
    assert editor.banner.isVisible() and editor.banner.text() == "Signed — amend to change."
    assert editor.header.status_badge.text() == "Signed"
    with database.begin() as session:
        methods = [s.method for s in get_pledge(session, ready_id).signatures]
    assert methods == [SignatureMethod.DRAWN, SignatureMethod.STORED_IMAGE]

    # Amend, giving the reason: a new draft version opens; the signed one is untouched.
    click(qtbot, editor.banner.button)
    amend_dialog = editor.signing.amend_dialog
    assert amend_dialog is not None
    type_text(amend_dialog.reason_edit, "调整完成时限")
    click(qtbot, amend_dialog.ok_button)
    v2 = editor.pledge_id
    assert v2 != ready_id
    assert editor.status is PledgeStatus.DRAFT and not editor.is_read_only()
    assert editor.current_view().revision == 2
    assert stored_status(database, ready_id) is PledgeStatus.SIGNED

    # Version 2 is finalised and signed: the first in ink with a scan, the second drawn.
    assert editor.finalise()
    scan = tmp_path / "signed-scan.png"
    scan.write_bytes(png())
    chooser.paths.append(scan)
    dialog = open_signing_dialog(qtbot, editor, Party.ISSUER)
    choose_method(qtbot, dialog, SignatureMethod.WET_INK)
    click(qtbot, dialog.attach_button)
    assert dialog.scan_name_label.text() == "signed-scan.png"
    click(qtbot, dialog.ok_button)
    dialog = open_signing_dialog(qtbot, editor, Party.RESPONSIBLE)
    draw_signature(qtbot, dialog)
    click(qtbot, dialog.ok_button)
    assert editor.status is PledgeStatus.SIGNED
    assert stored_status(database, ready_id) is PledgeStatus.SUPERSEDED

    # Compare opens for version 1 against version 2.
    assert editor.editor_actions.compare.isEnabled()
    editor.editor_actions.compare.trigger()
    compare = editor.signing.compare_dialog
    assert compare is not None and compare.isVisible()
    assert compare._old.revision == 1 and compare._new.revision == 2

    # The superseded version names the newer one and opens it.
    editor.open_pledge(ready_id)
    assert editor.header.status_badge.text() == "Superseded"
    assert "Superseded by version 2" in editor.banner.text()
    click(qtbot, editor.banner.button)
    assert editor.pledge_id == v2

    with database.begin() as session:
        actions = [entry.action for entry in audit.list_entries(session)]
    assert actions.count("signature") == 4
    assert {"signed", "amended", "superseded"} <= set(actions)


def test_the_signing_order_can_change_before_the_first_signature(
    qtbot: QtBot, editor: PledgeEditorPage, database: Database, ready_id: str
) -> None:
    editor.open_pledge(ready_id)
    combo = editor.signing_tab.order_combo
    combo.setCurrentIndex(combo.findData(SigningOrder.RESPONSIBLE_FIRST))
    combo.activated.emit(combo.currentIndex())
    with database.begin() as session:
        assert get_pledge(session, ready_id).signing_order is SigningOrder.RESPONSIBLE_FIRST
    assert editor.signing_tab.panel.sign_button(Party.RESPONSIBLE).isEnabled()
    assert not editor.signing_tab.panel.sign_button(Party.ISSUER).isEnabled()


def test_the_signing_order_is_fixed_once_signing_began(
    qtbot: QtBot, editor: PledgeEditorPage, ready_id: str
) -> None:
    editor.open_pledge(ready_id)
    dialog = open_signing_dialog(qtbot, editor, Party.ISSUER)
    draw_signature(qtbot, dialog)
    click(qtbot, dialog.ok_button)
    assert not editor.signing_tab.order_combo.isEnabled()


def test_saving_a_signed_pledge_as_pdf_registers_the_exact_bytes(
    editor: PledgeEditorPage, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    from pledge_app.core.pdf_verification import verify_printed_pdf

    with database.begin() as session:
        pledge_id = signed_pledge(session).id
    editor.open_pledge(pledge_id)
    prompts.paths.append(tmp_path / "copy.pdf")
    path = editor.printing.save_pdf()
    assert path is not None
    with database.begin() as session:
        verdict = verify_printed_pdf(session, path.read_bytes())
        actions = [entry.action for entry in audit.list_entries(session, pledge_id=pledge_id)]
    assert verdict.genuine and verdict.pledge_id == pledge_id
    assert "printed" in actions


def test_saving_a_draft_as_pdf_registers_nothing(
    editor: PledgeEditorPage, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    with database.begin() as session:
        pledge_id = ready_pledge(session).id
    editor.open_pledge(pledge_id)
    prompts.paths.append(tmp_path / "copy.pdf")
    assert editor.printing.save_pdf() is not None
    with database.begin() as session:
        actions = [entry.action for entry in audit.list_entries(session, pledge_id=pledge_id)]
    assert "printed" not in actions
    assert not editor.editor_actions.signed_pdf.isEnabled()


def test_a_signed_pledge_with_an_amendment_in_progress_offers_to_open_it(
    qtbot: QtBot, editor: PledgeEditorPage, database: Database
) -> None:
    from pledge_app.core.amendments import amend_pledge

    with database.begin() as session:
        pledge_id = signed_pledge(session).id
        draft = amend_pledge(session, pledge_id)
    editor.open_pledge(pledge_id)
    assert "version 2 is being prepared" in editor.banner.text()
    assert not editor.editor_actions.amend.isEnabled()
    assert not editor.signing_tab.amend_button.isVisible()
    click(qtbot, editor.banner.button)
    assert editor.pledge_id == draft.id


def test_an_amendment_in_draft_says_which_version_it_amends(
    qtbot: QtBot, editor: PledgeEditorPage, database: Database
) -> None:
    from pledge_app.core.amendments import amend_pledge

    with database.begin() as session:
        pledge_id = signed_pledge(session).id
        draft = amend_pledge(session, pledge_id)
    editor.open_pledge(draft.id)
    assert editor.banner.isVisible()
    assert editor.banner.text() == "This draft is version 2, amending version 1 (Signed)."
    assert editor.banner.button.text() == "Compare with version 1"
    click(qtbot, editor.banner.button)
    compare = editor.signing.compare_dialog
    assert compare is not None and compare.isVisible()
    assert (compare._old.id, compare._new.id) == (pledge_id, draft.id)


def test_a_first_draft_has_no_banner(editor: PledgeEditorPage) -> None:
    editor.open_pledge(None)
    assert not editor.banner.isVisible()
