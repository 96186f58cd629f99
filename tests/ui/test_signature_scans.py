"""A scan of the paper signed in ink: a thumbnail on the Signatures tab, viewed in the app and
saved as a file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pledge_app.core import signing
from pledge_app.core.database import Database
from pledge_app.core.enums import Party, SignatureMethod
from pledge_app.core.pledges import get_pledge
from pledge_app.operations.printing import render_pdf
from pledge_app.settings import Settings
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from tests.signing_helpers import png, ready_pledge
from tests.ui.fakes import FakePrompts
from tests.ui.workspace_helpers import open_workspace


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def editor(
    qtbot: QtBot, database: Database, prompts: FakePrompts, tmp_path: Path
) -> Iterator[PledgeEditorPage]:
    _workspace, runner = open_workspace(database, prompts)
    page = PledgeEditorPage(runner, settings=Settings(tmp_path / "s.ini"), autosave_ms=0)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    yield page


def signed_in_ink(database: Database, scan: bytes) -> str:
    with database.begin() as session:
        pledge = ready_pledge(session)
        person = pledge.content.issuer
        signing.record_signature(
            session,
            pledge.id,
            party=Party.ISSUER,
            method=SignatureMethod.WET_INK,
            signer=person.signatory,
            signer_title=person.signatory_title,
            signed_on=date(2026, 3, 1),
            scan=scan,
        )
    return pledge.id


@pytest.mark.parametrize("kind", ["png", "pdf"])
def test_an_ink_signature_shows_its_scan_and_saves_it(
    qtbot: QtBot,
    editor: PledgeEditorPage,
    database: Database,
    prompts: FakePrompts,
    tmp_path: Path,
    kind: str,
) -> None:
    if kind == "png":
        scan = png("blue", (600, 800))
    else:
        with database.begin() as session:
            scan = render_pdf(get_pledge(session, ready_pledge(session).id))
    pledge_id = signed_in_ink(database, scan)
    editor.open_pledge(pledge_id)
    card = editor.signing_tab.panel.cards[Party.ISSUER]
    assert card.signature_image.isVisible()
    assert card.signature_image.pixmap() is not None and not card.signature_image.pixmap().isNull()
    assert card.scan_button.isVisible()

    qtbot.mouseClick(card.scan_button, Qt.MouseButton.LeftButton)
    dialog = editor.signing.scan_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / f"scan.{kind}"
    prompts.paths.append(target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == scan


def test_a_drawn_signature_has_no_scan_button(editor: PledgeEditorPage, database: Database) -> None:
    from tests.signing_helpers import signed_pledge

    with database.begin() as session:
        pledge_id = signed_pledge(session).id
    editor.open_pledge(pledge_id)
    assert not editor.signing_tab.panel.cards[Party.ISSUER].scan_button.isVisible()
