"""The user guide: the shipped HTML pages in a QTextBrowser (no web engine), in the UI language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pledge_app import paths

#: The guide's languages, the first being the one shown when no other fits.
HELP_LANGUAGES = ("zh_CN", "en")
INDEX_PAGE = "index.html"


def help_language(locale: QLocale) -> str:
    """The guide's language for the UI's locale: Chinese for Chinese, else English."""
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def help_page(language: str, page: str = INDEX_PAGE) -> Path:
    """A page of the guide in `language` (the Chinese guide when there is none in it)."""
    for candidate in (language, *HELP_LANGUAGES):
        path = paths.help_dir(candidate) / page
        if path.is_file():
            return path
    return paths.help_dir(HELP_LANGUAGES[0]) / page


class HelpBrowser(QDialog):
    """A small window on the guide: Contents, Back and Forward; outside links open outside."""

    def __init__(self, *, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBrowser")
        self.setWindowTitle(self.tr("Pledge Manager — User guide"))
        # A separate window the clerk keeps beside the main one, not a modal box.
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.language = language
        self._build_ui()
        self._connect_signals()
        self.show_page(INDEX_PAGE)
        self.resize(1000, 660)

    def _build_ui(self) -> None:
        self.text = QTextBrowser(self)
        self.text.setObjectName("helpText")
        self.text.setOpenLinks(True)
        # The guide's own pages open here; a web address goes to the clerk's browser.
        self.text.setOpenExternalLinks(True)
        self.contents_button = QPushButton(self.tr("&Contents"), self)
        self.contents_button.setObjectName("helpContentsButton")
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setObjectName("helpBackButton")
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.forward_button = QPushButton(self.tr("&Forward >"), self)
        self.forward_button.setObjectName("helpForwardButton")
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("helpCloseButton")
        buttons = QHBoxLayout()
        for button in (self.contents_button, self.back_button, self.forward_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.text, 1)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

    def _connect_signals(self) -> None:
        self.contents_button.clicked.connect(self._on_contents_button_clicked)
        self.back_button.clicked.connect(self.text.backward)
        self.forward_button.clicked.connect(self.text.forward)
        self.close_button.clicked.connect(self.close)
        self.text.backwardAvailable.connect(self.back_button.setEnabled)
        self.text.forwardAvailable.connect(self.forward_button.setEnabled)

    def show_page(self, page: str) -> None:
        """Show one page of the guide by its file name."""
        self.text.setSource(QUrl.fromLocalFile(str(help_page(self.language, page))))

    def current_page(self) -> str:
        """The file name of the page on show."""
        return self.text.source().fileName()

    def _on_contents_button_clicked(self) -> None:
        self.show_page(INDEX_PAGE)
