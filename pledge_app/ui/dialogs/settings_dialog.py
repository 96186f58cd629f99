"""The Settings dialog: the user's language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pledge_app.settings import LANGUAGE_EN, LANGUAGE_SYSTEM, LANGUAGE_ZH_CN, Settings


class SettingsDialog(QDialog):
    """Edits `Settings` with symmetric load()/save(); save() runs on accept."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._build_ui()
        self.load()

    def _build_ui(self) -> None:
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("Follow the system"), LANGUAGE_SYSTEM)
        # Each language is named in itself so a user can always find their own.
        self.language_combo.addItem("简体中文", LANGUAGE_ZH_CN)
        self.language_combo.addItem("English", LANGUAGE_EN)
        self.restart_note = QLabel(
            self.tr("A new language takes effect the next time you start Pledge Manager."), self
        )
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        self.restart_note.setStyleSheet("color: palette(mid);")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
            self,
        )
        self.buttons.setObjectName("settingsButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(self.buttons)

    def load(self) -> None:
        """Show the stored values."""
        index = self.language_combo.findData(self._settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))

    def save(self) -> None:
        """Store the values shown."""
        self._settings.language = str(self.language_combo.currentData())
        self._settings.sync()

    def accept(self) -> None:
        self.save()
        super().accept()
