"""The strip above the editor that says why a pledge is read-only, with the way forward."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.views import PledgeView
from pledge_app.ui.labels import status_label
from pledge_app.ui.style import Tone, tone_colours

_STYLES = {
    "info": tone_colours(Tone.INFO),
    "signed": tone_colours(Tone.SUCCESS),
    "superseded": tone_colours(Tone.WARNING),
}


class EditorBanner(QFrame):
    """A coloured line of text and an optional button; `label` holds the text."""

    button_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner_bar")
        self.label = QLabel(self)
        self.label.setObjectName("read_only_banner")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("banner_button")
        self.button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.button_clicked)
        self.hide()

    def show_message(self, text: str, *, kind: str = "info", button: str = "") -> None:
        """Show `text` (and a button captioned `button`, if given)."""
        background, foreground, border = _STYLES[kind]
        self.setStyleSheet(
            f"#read_only_banner_bar {{ background: {background}; border: 1px solid {border};"
            " border-radius: 4px; }"
            f"#read_only_banner {{ color: {foreground}; font-weight: bold; }}"
        )
        self.label.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.show()

    def show_for(
        self, status: PledgeStatus, newer: PledgeView | None, older: PledgeView | None = None
    ) -> None:
        """Say why a pledge with `status` cannot be edited, and offer the way forward;
        `newer` and `older` are the versions after and before it, if any. A draft that
        amends an older version says so; any other draft has no banner."""
        if status is PledgeStatus.DRAFT and older is not None:
            self.show_message(
                self.tr("This draft is version {n}, amending version {old} ({status}).").format(
                    n=older.revision + 1, old=older.revision, status=status_label(older.status)
                ),
                button=self.tr("Compare with version {old}").format(old=older.revision),
            )
        elif status is PledgeStatus.READY_TO_SIGN:
            self.show_message(self.tr("Ready to sign — reopen to edit."))
        elif status is PledgeStatus.SIGNED and newer is not None:
            self.show_message(
                self.tr("Signed — version {n} is being prepared as its amendment.").format(
                    n=newer.revision
                ),
                kind="signed",
                button=self.tr("Open version {n}").format(n=newer.revision),
            )
        elif status is PledgeStatus.SIGNED:
            self.show_message(
                self.tr("Signed — amend to change."), kind="signed", button=self.tr("Amend…")
            )
        elif status is PledgeStatus.SUPERSEDED:
            text = (
                self.tr("Superseded by version {n}; this version is read only.").format(
                    n=newer.revision
                )
                if newer is not None
                else self.tr("Superseded by a newer version; read only.")
            )
            button = (
                self.tr("Open version {n}").format(n=newer.revision) if newer is not None else ""
            )
            self.show_message(text, kind="superseded", button=button)
        else:
            self.hide()

    def text(self) -> str:
        """The text on show."""
        return self.label.text()
