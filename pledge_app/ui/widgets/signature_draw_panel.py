"""A signature pad with its Undo stroke and Clear buttons, and the PNG of what is drawn."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pledge_app.ui.widgets.signature_pad import SignaturePad


class SignatureDrawPanel(QWidget):
    """The "draw" page of the signing dialogs; `changed` follows every stroke, undo or clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawPage")
        self._png_cache: bytes | None = None
        self.pad = SignaturePad(self)
        self.undo_button = QPushButton(self.tr("&Undo stroke"), self)
        self.undo_button.setObjectName("undoButton")
        self.clear_button = QPushButton(self.tr("&Clear"), self)
        self.clear_button.setObjectName("clearButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        self.pad.changed.connect(self._on_pad_changed)
        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button.clicked.connect(self.pad.clear)

    def png(self) -> bytes | None:
        """The drawing as PNG, None while the pad is empty."""
        # Rendered once per stroke, not on every keystroke elsewhere in the dialog.
        if self._png_cache is None and not self.pad.is_empty():
            self._png_cache = self.pad.to_png()
        return self._png_cache

    def _on_pad_changed(self) -> None:
        self._png_cache = None
        self.changed.emit()
