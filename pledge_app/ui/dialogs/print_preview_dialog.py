"""Shows a pledge's PDF inside the app, page after page, with zoom and a Print button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pledge_app.ui.printing import open_pdf_document
from pledge_app.ui.style import PALETTE
from pledge_app.ui.widgets.screen_fit import resize_to_fit

_ZOOM_STEP = 1.25


class PrintPreviewDialog(QDialog):
    """Preview of PDF bytes; `on_print`, `on_save_pdf` and `on_sign_pdf` back its buttons."""

    def __init__(
        self,
        data: bytes,
        *,
        title: str,
        on_print: Callable[[], None] | None = None,
        on_save_pdf: Callable[[], object] | None = None,
        on_sign_pdf: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_preview_dialog")
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        resize_to_fit(self, 820, 960)
        self._on_print = on_print
        self._on_save_pdf = on_save_pdf
        self._on_sign_pdf = on_sign_pdf
        self.document = open_pdf_document(data, self)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(16)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor(PALETTE.preview_backdrop))
        self.view.setPalette(palette)
        self.view.setBackgroundRole(QPalette.ColorRole.Dark)

        self.pages_label = QLabel(self.tr("%n page(s)", "", self.page_count()), self)
        self.pages_label.setObjectName("pages_label")
        self.zoom_out_button = self._button("zoom_out_button", self.tr("Zoom out"))
        self.zoom_in_button = self._button("zoom_in_button", self.tr("Zoom in"))
        self.fit_width_button = self._button("fit_width_button", self.tr("Fit width"))
        self.print_button = self._button("print_button", self.tr("Print…"))
        self.print_button.setEnabled(self._on_print is not None)
        self.save_pdf_button = self._button("save_pdf_button", self.tr("Save as PDF…"))
        self.save_pdf_button.setVisible(self._on_save_pdf is not None)
        self.sign_pdf_button = self._button("sign_pdf_button", self.tr("Sign PDF digitally…"))
        self.sign_pdf_button.setVisible(self._on_sign_pdf is not None)
        self.close_button = self._button("close_button", self.tr("Close"))

        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_width_button):
            bar.addWidget(button)
        bar.addSpacing(16)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_pdf_button)
        bar.addWidget(self.sign_pdf_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.zoom_in_button.clicked.connect(lambda: self._zoom(_ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / _ZOOM_STEP))
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_pdf_button.clicked.connect(self._on_save_pdf_button_clicked)
        self.sign_pdf_button.clicked.connect(self._on_sign_pdf_button_clicked)
        self.close_button.clicked.connect(self.reject)

    def page_count(self) -> int:
        """How many pages the previewed PDF has."""
        return self.document.pageCount()

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def _on_print_button_clicked(self) -> None:
        if self._on_print is not None:
            self._on_print()

    def _on_save_pdf_button_clicked(self) -> None:
        if self._on_save_pdf is not None:
            self._on_save_pdf()

    def _on_sign_pdf_button_clicked(self) -> None:
        if self._on_sign_pdf is not None:
            self._on_sign_pdf()
