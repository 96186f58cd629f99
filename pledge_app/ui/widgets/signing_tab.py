"""The editor's Signatures tab: both parties' signatures, the signing order and the versions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.enums import PledgeStatus, SigningOrder
from pledge_app.core.views import PledgeView
from pledge_app.ui import style
from pledge_app.ui.labels import status_label
from pledge_app.ui.style import PALETTE
from pledge_app.ui.widgets.signatures_panel import SignaturesPanel


class SigningTab(QWidget):
    """Shows one pledge's signatures; the buttons only ask, the editor does the work."""

    #: The clerk chose another signing order (a core.enums.SigningOrder).
    order_chosen = Signal(object)
    compare_requested = Signal()
    amend_requested = Signal()
    #: The id of another version to open.
    open_version_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signing_tab")
        self._pledge: PledgeView | None = None
        self._chain: list[PledgeView] = []
        self.panel = SignaturesPanel(self)
        self.sign_requested = self.panel.sign_requested

        self.order_combo = QComboBox(self)
        self.order_combo.setObjectName("signing_order_combo")
        self.order_combo.addItem(self.tr("Party A (issuer) signs first"), SigningOrder.ISSUER_FIRST)
        self.order_combo.addItem(
            self.tr("Party B (responsible unit) signs first"), SigningOrder.RESPONSIBLE_FIRST
        )
        self.order_label = QLabel(self.tr("Signing order:"), self)
        self.order_label.setBuddy(self.order_combo)
        self.order_note = QLabel(self)
        self.order_note.setObjectName("signing_order_note")
        style.muted(self.order_note)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order_label)
        order_row.addWidget(self.order_combo)
        order_row.addWidget(self.order_note, 1)

        self.versions_frame = QFrame(self)
        self.versions_frame.setObjectName("versions_frame")
        self.versions_frame.setStyleSheet(
            f"#versions_frame {{ background: {PALETTE.surface_subtle};"
            f" border: 1px solid {PALETTE.border_light};"
            " border-radius: 6px; }"
        )
        self.versions_heading = QLabel(self.tr("Versions"), self.versions_frame)
        style.heading(self.versions_heading)
        self.versions_label = QLabel(self.versions_frame)
        self.versions_label.setObjectName("versions_label")
        self.versions_label.setWordWrap(True)
        self.versions_label.setOpenExternalLinks(False)
        self.compare_button = QPushButton(self.tr("Compare versions…"), self.versions_frame)
        self.compare_button.setObjectName("compare_versions_button")
        self.amend_button = QPushButton(self.tr("Amend…"), self.versions_frame)
        self.amend_button.setObjectName("amend_button")
        self.amend_button.setToolTip(
            self.tr("Start a new version (a draft) of this signed pledge; this one stays as it is.")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.compare_button)
        versions = QVBoxLayout(self.versions_frame)
        versions.setContentsMargins(12, 8, 12, 8)
        versions.addWidget(self.versions_heading)
        versions.addWidget(self.versions_label)
        versions.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(self.panel)
        layout.addLayout(order_row)
        layout.addWidget(self.versions_frame)
        layout.addStretch(1)

        self.order_combo.activated.connect(self._on_order_combo_activated)
        self.compare_button.clicked.connect(self.compare_requested)
        self.amend_button.clicked.connect(self.amend_requested)
        self.versions_label.linkActivated.connect(self.open_version_requested)

    def set_pledge(self, pledge: PledgeView | None, chain: list[PledgeView]) -> None:
        """Show `pledge` (None: not saved yet) among its versions `chain`, oldest first."""
        self._pledge = pledge
        self._chain = chain
        self.panel.set_pledge(pledge)
        can_reorder = (
            pledge is not None
            and pledge.status is PledgeStatus.READY_TO_SIGN
            and not pledge.signatures
        )
        order = pledge.signing_order if pledge is not None else SigningOrder.ISSUER_FIRST
        self.order_combo.setCurrentIndex(max(self.order_combo.findData(order), 0))
        self.order_combo.setEnabled(can_reorder)
        if pledge is None or pledge.status is PledgeStatus.DRAFT:
            self.order_note.setText(self.tr("Chosen once the pledge is ready to sign."))
        elif can_reorder:
            self.order_note.setText(self.tr("Can change until the first signature."))
        else:
            self.order_note.setText(self.tr("Fixed: signing has begun."))
        self.versions_label.setText(self._versions_text())
        self.compare_button.setEnabled(len(chain) > 1)
        # One amendment at a time: a signed version that already has a next one is done.
        has_next = bool(chain) and pledge is not None and chain[-1].id != pledge.id
        self.amend_button.setVisible(
            pledge is not None and pledge.status is PledgeStatus.SIGNED and not has_next
        )

    def _versions_text(self) -> str:
        pledge = self._pledge
        if pledge is None or len(self._chain) <= 1:
            return self.tr("This is the only version of this pledge.")
        lines = []
        this_one = self.tr("(this one)")
        for version in self._chain:
            caption = self.tr("Version {revision} — {status}").format(
                revision=version.revision, status=status_label(version.status)
            )
            if version.id == pledge.id:
                lines.append(f"<b>{caption}</b> {this_one}")
            else:
                lines.append(f'<a href="{version.id}">{caption}</a>')
        return "<br>".join(lines)

    def _on_order_combo_activated(self, index: int) -> None:
        order = SigningOrder(self.order_combo.itemData(index))
        if self._pledge is not None and order != self._pledge.signing_order:
            self.order_chosen.emit(order)
