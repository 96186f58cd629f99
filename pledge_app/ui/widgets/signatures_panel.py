"""Both parties' signatures on a pledge: who signed, when and how, or whose turn it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod
from pledge_app.core.images import JPEG, PDF, PNG
from pledge_app.core.signing import next_party
from pledge_app.core.views import PledgeView, SignatureView
from pledge_app.ui import style
from pledge_app.ui.labels import method_label, party_caption
from pledge_app.ui.printing import open_pdf_document, render_page
from pledge_app.ui.style import PALETTE

_SIGNATURE_SIZE = (170, 60)
_SEAL_SIZE = (64, 64)


class _PartyCard(QFrame):
    """One party: its unit, its signature and seal, or the button to sign."""

    def __init__(self, party: Party, parent: QWidget) -> None:
        super().__init__(parent)
        self.party = party
        self.setObjectName(f"partyCard_{party.value}")
        self.setStyleSheet(style.card(f"partyCard_{party.value}"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.caption = QLabel(party_caption(party), self)
        self.caption.setObjectName(f"caption_{party.value}")
        style.heading(self.caption)
        self.unit_label = QLabel(self)
        self.unit_label.setObjectName(f"unit_{party.value}")
        self.unit_label.setWordWrap(True)
        style.set_text_colour(self.unit_label, PALETTE.text_secondary)
        self.status_label = QLabel(self)
        self.status_label.setObjectName(f"status_{party.value}")
        self.status_label.setWordWrap(True)
        self.method_label = QLabel(self)
        self.method_label.setObjectName(f"method_{party.value}")
        self.method_label.setWordWrap(True)
        style.muted(self.method_label)
        self.signature_image = QLabel(self)
        self.signature_image.setObjectName(f"signatureImage_{party.value}")
        self.signature_image.setFixedSize(*_SIGNATURE_SIZE)
        self.signature_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_image = QLabel(self)
        self.seal_image.setObjectName(f"sealImage_{party.value}")
        self.seal_image.setFixedSize(*_SEAL_SIZE)
        self.seal_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sign_button = QPushButton(self.tr("Sign…"), self)
        self.sign_button.setObjectName(f"signButton_{party.value}")
        self.scan_button = QPushButton(self.tr("View scan…"), self)
        self.scan_button.setObjectName(f"viewScanButton_{party.value}")
        self.scan_button.hide()

        images = QHBoxLayout()
        images.setContentsMargins(0, 0, 0, 0)
        images.addWidget(self.signature_image)
        images.addWidget(self.seal_image)
        images.addStretch(1)
        self.images = QWidget(self)
        self.images.setObjectName(f"images_{party.value}")
        self.images.setLayout(images)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.scan_button)
        button_row.addWidget(self.sign_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.unit_label)
        layout.addSpacing(4)
        layout.addWidget(self.status_label)
        layout.addWidget(self.method_label)
        layout.addWidget(self.images)
        layout.addStretch(1)
        layout.addLayout(button_row)

    def show_signature(self, signature: SignatureView, *, scan: bytes | None = None) -> None:
        """Show who signed, when and how, with the images; `scan` is the attached scan (a
        wet-ink signature's), shown as a thumbnail in place of a drawn signature."""
        signer = signature.signer
        if signature.signer_title:
            signer = self.tr("{name} ({title})").format(
                name=signature.signer, title=signature.signer_title
            )
        self.status_label.setText(
            self.tr("✔ Signed by {signer} on {date}").format(
                signer=signer, date=signature.signed_on.isoformat()
            )
        )
        style.set_text_colour(self.status_label, PALETTE.success, bold=True)
        how = method_label(signature.method)
        if signature.method is SignatureMethod.WET_INK and signature.scan_type:
            kinds = {PDF: "PDF", PNG: "PNG", JPEG: "JPEG"}
            how = self.tr("{method}; scan attached ({kind})").format(
                method=how, kind=kinds.get(signature.scan_type, signature.scan_type)
            )
        self.method_label.setText(self.tr("Method: {method}").format(method=how))
        self.method_label.show()
        self.setToolTip(
            self.tr("Recorded by {user}; record hash {hash}").format(
                user=signature.recorded_by or "?", hash=signature.record_hash[:16]
            )
        )
        has_scan = signature.method is SignatureMethod.WET_INK and bool(signature.scan_type)
        picture = (
            _scan_picture(scan, signature.scan_type) if has_scan else _picture(signature.image)
        )
        has_signature = _set_thumbnail(self.signature_image, picture, _SIGNATURE_SIZE)
        self.signature_image.setToolTip(self.tr("The attached scan") if has_scan else "")
        has_seal = _set_thumbnail(self.seal_image, _picture(signature.seal_image), _SEAL_SIZE)
        self.images.setVisible(has_signature or has_seal)
        self.sign_button.hide()
        self.scan_button.setVisible(has_scan)

    def show_waiting(self, text: str, *, can_sign: bool, tooltip: str = "") -> None:
        """Show that this party has not signed, and whether it may now."""
        self.status_label.setText(text)
        self.status_label.setStyleSheet(
            f"color: {PALETTE.warning_strong}; font-weight: bold;"
            if can_sign
            else f"color: {PALETTE.text_hint};"
        )
        self.method_label.clear()
        self.method_label.hide()
        self.setToolTip("")
        _set_thumbnail(self.signature_image, QPixmap(), _SIGNATURE_SIZE)
        _set_thumbnail(self.seal_image, QPixmap(), _SEAL_SIZE)
        self.images.hide()
        self.scan_button.hide()
        self.sign_button.show()
        self.sign_button.setEnabled(can_sign)
        self.sign_button.setDefault(can_sign)
        self.sign_button.setToolTip(tooltip)


def _picture(data: bytes | None) -> QPixmap:
    pixmap = QPixmap()
    if data:
        pixmap.loadFromData(data)
    return pixmap


def _scan_picture(data: bytes | None, scan_type: str | None) -> QPixmap:
    """The scan as a picture: the image itself, or a PDF's first page."""
    if not data or scan_type != PDF:
        return _picture(data)
    document = open_pdf_document(data)
    if document.pageCount() < 1:
        return QPixmap()
    page = document.pagePointSize(0)
    height = 240
    width = max(1, int(height * page.width() / page.height())) if page.height() else 170
    return QPixmap.fromImage(render_page(document, 0, QSize(width, height)))


def _set_thumbnail(label: QLabel, pixmap: QPixmap, size: tuple[int, int]) -> bool:
    if pixmap.isNull():
        label.clear()
        label.hide()
        return False
    label.setPixmap(
        pixmap.scaled(
            size[0],
            size[1],
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    )
    label.show()
    return True


class SignaturesPanel(QFrame):
    """The signatures of a pledge; emits `sign_requested(Party)` for the party whose turn it is."""

    #: The Party that should sign now (a core.enums.Party).
    sign_requested = Signal(object)
    #: The clerk asked to see the scan a Party attached when it signed in ink.
    scan_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturesPanel")
        self._pledge: PledgeView | None = None
        #: Reads a party's attached scan for its thumbnail (the editor sets it).
        self.load_scan: Callable[[Party], bytes | None] = lambda _party: None
        self.heading = QLabel(self.tr("Signatures"), self)
        self.heading.setObjectName("signaturesHeading")
        self.heading.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("signaturesSummary")
        self.summary_label.setWordWrap(True)
        style.explanatory(self.summary_label)
        self.cards = {party: _PartyCard(party, self) for party in Party}
        for party, card in self.cards.items():
            card.sign_button.clicked.connect(lambda _=False, p=party: self.sign_requested.emit(p))
            card.scan_button.clicked.connect(lambda _=False, p=party: self.scan_requested.emit(p))
        cards = QHBoxLayout()
        cards.setSpacing(12)
        cards.addWidget(self.cards[Party.ISSUER], 1)
        cards.addWidget(self.cards[Party.RESPONSIBLE], 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary_label)
        layout.addLayout(cards)
        self.set_pledge(None)

    def sign_button(self, party: Party) -> QPushButton:
        """The Sign… button of `party`."""
        return self.cards[party].sign_button

    def set_pledge(self, view: PledgeView | None) -> None:
        """Show the signatures of `view` (None shows an empty panel)."""
        self._pledge = view
        if view is None:
            for card in self.cards.values():
                card.unit_label.clear()
                card.show_waiting("", can_sign=False)
            self.summary_label.clear()
            return
        turn = next_party(view) if view.status is PledgeStatus.READY_TO_SIGN else None
        for party, card in self.cards.items():
            person = view.content.issuer if party is Party.ISSUER else view.content.responsible
            card.unit_label.setText(person.unit)
            signature = view.signature_of(party)
            if signature is not None:
                wet_ink = signature.method is SignatureMethod.WET_INK and signature.scan_type
                card.show_signature(signature, scan=self.load_scan(party) if wet_ink else None)
            elif view.status is PledgeStatus.DRAFT:
                card.show_waiting(
                    self.tr("Not ready to sign"),
                    can_sign=False,
                    tooltip=self.tr("Finalise the pledge before it is signed."),
                )
            elif party is turn:
                card.show_waiting(
                    self.tr("Awaiting signature — it is this party's turn"), can_sign=True
                )
            else:
                card.show_waiting(
                    self.tr("Awaiting signature, after {party}").format(
                        party=party_caption(turn) if turn else "-"
                    ),
                    can_sign=False,
                    tooltip=self.tr("The other party signs first."),
                )
        self.summary_label.setText(self._summary(view, turn))

    def _summary(self, view: PledgeView, turn: Party | None) -> str:
        if view.status is PledgeStatus.DRAFT:
            return self.tr("A draft is signed only after it has been finalised.")
        if view.status is PledgeStatus.SUPERSEDED:
            return self.tr("Both parties signed; a later version has replaced this one.")
        if turn is None:
            return self.tr("Both parties have signed; the pledge is in force.")
        return self.tr("Waiting for {party} to sign.").format(party=party_caption(turn))
