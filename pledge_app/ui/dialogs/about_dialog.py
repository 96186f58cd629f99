"""The About box: the version, the open database and its schema, and the bundled licences."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pledge_app import paths

#: Written by tools/licences.py from uv.lock and the installed packages' metadata.
LICENCES_FILE = "licences.txt"


@dataclass(frozen=True)
class AboutFacts:
    """What the About box shows; empty strings where a fact is unknown."""

    version: str
    database: str = ""
    schema_revision: str = ""
    newest_revision: str = ""


def licences_text() -> str:
    """The licences of the bundled font and libraries, as shipped."""
    path: Path = paths.resources_dir() / LICENCES_FILE
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    """Two tabs: the program and its database, and the third-party licences."""

    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Pledge Manager"))
        self._facts = facts
        self._build_ui()

    def _build_ui(self) -> None:
        facts = self._facts
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutTabs")
        program = QWidget(self)
        heading = QLabel(
            self.tr("<h3>Pledge Manager {version}</h3>").format(version=facts.version), program
        )
        heading.setObjectName("aboutHeading")
        summary = QLabel(
            self.tr("Draft, sign, print and track target-responsibility pledges."), program
        )
        summary.setWordWrap(True)
        self.database_label = self._path(facts.database or self.tr("none open"), "aboutDatabase")
        schema = facts.schema_revision or self.tr("unknown")
        if facts.newest_revision and facts.schema_revision != facts.newest_revision:
            schema = self.tr("{revision} (this version expects {newest})").format(
                revision=schema, newest=facts.newest_revision
            )
        self.schema_label = self._value(schema, "aboutSchema")
        self.runtime_label = self._value(
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
            "aboutRuntime",
        )
        self.data_label = self._path(str(paths.default_data_dir()), "aboutDataFolder")
        form = QFormLayout()
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Schema version:"), self.schema_label)
        form.addRow(self.tr("Data folder:"), self.data_label)
        form.addRow(self.tr("Built with:"), self.runtime_label)
        layout = QVBoxLayout(program)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addStretch(1)
        self.tabs.addTab(program, self.tr("Pledge Manager"))
        self.licences = QPlainTextEdit(self)
        self.licences.setObjectName("aboutLicences")
        self.licences.setReadOnly(True)
        self.licences.setPlainText(
            licences_text() or self.tr("The licence list is missing from this installation.")
        )
        self.tabs.addTab(self.licences, self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("aboutButtons")
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        outer.addWidget(buttons)
        self.resize(640, 480)

    def _path(self, text: str, name: str) -> QLineEdit:
        # A long path scrolls inside its field instead of widening the dialog.
        field = QLineEdit(text, self)
        field.setObjectName(name)
        field.setReadOnly(True)
        field.setFrame(False)
        field.setCursorPosition(0)
        return field

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
