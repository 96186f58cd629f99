"""What the pledge list shows when its filters leave nothing: a hint and a way back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class NoMatchPanel(QWidget):
    """ "No pledges match the filters" (or `text`) and a Clear filters button (`clear_button`)."""

    def __init__(self, parent: QWidget | None = None, *, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("noMatchPanel")
        label = QLabel(text or self.tr("No pledges match the filters."), self)
        label.setObjectName("noMatchLabel")
        label.setStyleSheet("color: palette(mid); font-size: 14pt;")
        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
