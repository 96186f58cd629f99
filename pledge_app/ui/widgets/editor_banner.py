"""The strip above the editor that says why a pledge is read-only, with the way forward."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_STYLES = {
    "info": ("#e3effb", "#0b5394", "#9ec5ec"),
    "signed": ("#ecfdf3", "#067647", "#abefc6"),
    "superseded": ("#fffaeb", "#93370d", "#fedf89"),
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

    def text(self) -> str:
        """The text on show."""
        return self.label.text()
