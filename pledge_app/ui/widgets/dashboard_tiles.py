"""A number on the dashboard that opens the tasks behind it: a big count over its caption."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from pledge_app.ui.style import PALETTE


class NumberTile(QPushButton):
    """A flat button showing a count and what it counts; disabled while the count is 0."""

    def __init__(
        self,
        caption: str,
        *,
        object_name: str,
        colour: str = PALETTE.text,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(False)
        self.caption = caption
        self.count = 0
        self.number_label = QLabel("0", self)
        self.number_label.setObjectName(f"{object_name}Number")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.number_label.setFont(font)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setObjectName(f"{object_name}Caption")
        for label in (self.number_label, self.caption_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number_label)
        layout.addWidget(self.caption_label)
        self.setFixedHeight(layout.sizeHint().height() + 4)
        self.setMinimumWidth(120)
        self._colour = colour
        self._restyle()

    def set_count(self, count: int) -> None:
        """Show `count`; a tile with nothing behind it cannot be clicked."""
        self.count = count
        self.number_label.setText(str(count))
        self.setEnabled(count > 0)
        self.setAccessibleName(f"{self.caption}: {count}")
        self._restyle()

    def _restyle(self) -> None:
        p = PALETTE
        number = self._colour if self.count else p.text_faint
        name = self.objectName()
        self.setStyleSheet(
            f"#{name} {{ background: {p.surface}; border: 1px solid {p.border};"
            " border-radius: 6px; text-align: left; }"
            f"#{name}:hover {{ background: {p.accent_surface}; border-color: {p.accent_border}; }}"
            f"#{name}:disabled {{ background: {p.surface_subtle}; }}"
            f"#{name}Number {{ color: {number}; }}"
            f"#{name}Caption {{ color: {p.text_muted}; }}"
        )
