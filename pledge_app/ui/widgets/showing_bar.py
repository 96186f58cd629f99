"""The bar over the Tasks page that names what a Dashboard number picked, with a way back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from pledge_app.ui import style
from pledge_app.ui.style import Tone


class ShowingBar(QFrame):
    """ "Showing: 7 tasks overdue in …" and ✕; `dismissed` when the clerk closes it."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("showingPanel")
        background, text, border = style.tone_colours(Tone.INFO)
        self.setStyleSheet(
            f"#showingPanel {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} #showingLabel {{ color: {text}; }}"
        )
        self.label = QLabel(self)
        self.label.setObjectName("showingLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # A long caption is cut short (its tooltip has it all), never widening the window.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setObjectName("dismissShowingButton")
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Show every task again"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 2, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.dismiss_button)
        self.hide()
        self.dismiss_button.clicked.connect(self.dismissed)

    def show_caption(self, caption: str) -> None:
        """Show "Showing: `caption`"."""
        self.label.setText(self.tr("Showing: {caption}").format(caption=caption))
        self.label.setToolTip(caption)
        self.show()
