"""The signatures panel: whose turn it is, who signed how, and the Sign… buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pledge_app.core import signing
from pledge_app.core.database import Database
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, SigningOrder
from pledge_app.core.views import PledgeView
from pledge_app.ui.widgets.signatures_panel import SignaturesPanel
from tests.conftest import make_content
from tests.signing_helpers import png, ready_pledge, seal_png, signed_pledge


def make_panel(qtbot: QtBot, view: PledgeView | None = None) -> SignaturesPanel:
    panel = SignaturesPanel()
    qtbot.addWidget(panel)
    panel.resize(760, 260)
    panel.show()
    if view is not None:
        panel.set_pledge(view)
    return panel


def sign_issuer(database: Database, *, with_seal: bool = False) -> PledgeView:
    with database.begin() as session:
        view = ready_pledge(session)
        if with_seal:
            signing.set_unit_seal(session, view.content.issuer.unit, seal_png())
        return signing.record_signature(
            session,
            view.id,
            party=Party.ISSUER,
            method=SignatureMethod.DRAWN,
            signer="王建国",
            signer_title="主任",
            signed_on=date(2026, 3, 1),
            image=png(),
        )


def test_the_first_party_may_sign_a_ready_pledge(qtbot: QtBot, database: Database) -> None:
    with database.begin() as session:
        view = ready_pledge(session)
    panel = make_panel(qtbot, view)
    assert panel.sign_button(Party.ISSUER).isEnabled()
    assert not panel.sign_button(Party.RESPONSIBLE).isEnabled()
    with qtbot.waitSignal(panel.sign_requested) as blocker:
        qtbot.mouseClick(panel.sign_button(Party.ISSUER), Qt.MouseButton.LeftButton)
    assert blocker.args == [Party.ISSUER]


def test_the_signing_order_decides_whose_turn_it_is(qtbot: QtBot, database: Database) -> None:
    with database.begin() as session:
        view = ready_pledge(session)
        view = signing.set_signing_order(session, view.id, SigningOrder.RESPONSIBLE_FIRST)
    panel = make_panel(qtbot, view)
    assert panel.sign_button(Party.RESPONSIBLE).isEnabled()
    assert not panel.sign_button(Party.ISSUER).isEnabled()


def test_after_one_signature_the_other_party_may_sign(qtbot: QtBot, database: Database) -> None:
    panel = make_panel(qtbot, sign_issuer(database))
    issuer = panel.cards[Party.ISSUER]
    assert not issuer.sign_button.isVisible()
    assert "王建国" in issuer.status_label.text()
    assert "2026-03-01" in issuer.status_label.text()
    assert "drawn in the app" in issuer.method_label.text()
    assert panel.sign_button(Party.RESPONSIBLE).isEnabled()
    with qtbot.waitSignal(panel.sign_requested) as blocker:
        qtbot.mouseClick(panel.sign_button(Party.RESPONSIBLE), Qt.MouseButton.LeftButton)
    assert blocker.args == [Party.RESPONSIBLE]


def test_signature_and_seal_thumbnails_are_shown(qtbot: QtBot, database: Database) -> None:
    panel = make_panel(qtbot, sign_issuer(database, with_seal=True))
    card = panel.cards[Party.ISSUER]
    assert card.signature_image.isVisible() and not card.signature_image.pixmap().isNull()
    assert card.seal_image.isVisible() and not card.seal_image.pixmap().isNull()
    assert not panel.cards[Party.RESPONSIBLE].signature_image.isVisible()


def test_a_signed_pledge_offers_no_sign_button(qtbot: QtBot, database: Database) -> None:
    with database.begin() as session:
        view = signed_pledge(session)
    panel = make_panel(qtbot, view)
    assert not panel.sign_button(Party.ISSUER).isVisible()
    assert not panel.sign_button(Party.RESPONSIBLE).isVisible()
    assert "李明" in panel.cards[Party.RESPONSIBLE].status_label.text()
    assert "in force" in panel.summary_label.text()


def test_ink_on_paper_mentions_the_scan(qtbot: QtBot, database: Database) -> None:
    issuer_signed = sign_issuer(database)
    with database.begin() as session:
        view = signing.record_signature(
            session,
            issuer_signed.id,
            party=Party.RESPONSIBLE,
            method=SignatureMethod.WET_INK,
            signer="李明",
            signer_title="主任",
            signed_on=date(2026, 3, 2),
            scan=b"%PDF-1.7\n%%EOF\n",
        )
    panel = make_panel(qtbot, view)
    card = panel.cards[Party.RESPONSIBLE]
    assert "PDF" in card.method_label.text()
    assert not card.images.isVisible()


def test_a_draft_cannot_be_signed(qtbot: QtBot) -> None:
    draft = PledgeView(id="d", status=PledgeStatus.DRAFT, content=make_content())
    panel = make_panel(qtbot, draft)
    for party in Party:
        assert not panel.sign_button(party).isEnabled()
    assert "finalised" in panel.summary_label.text()


def test_the_units_are_named(qtbot: QtBot) -> None:
    view = PledgeView(id="r", status=PledgeStatus.READY_TO_SIGN, content=make_content())
    panel = make_panel(qtbot, view)
    assert panel.cards[Party.ISSUER].unit_label.text() == "市委全面深化改革委员会"
    assert panel.cards[Party.RESPONSIBLE].unit_label.text() == "市发展和改革委员会"
