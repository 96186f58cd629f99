"""The scan of a pledge signed in ink, shown in the app (an image, or a PDF's pages)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.images import PDF
from pledge_app.core.signature_scans import ScanCopy
from pledge_app.ui.labels import party_caption
from pledge_app.ui.printing import open_pdf_document
from pledge_app.ui.widgets.screen_fit import resize_to_fit


class ScanViewDialog(QDialog):
    """Shows `scan`; its Save as… button calls `on_save`."""

    def __init__(
        self,
        scan: ScanCopy,
        *,
        on_save: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanViewDialog")
        self.scan = scan
        self._on_save = on_save
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Scan signed in ink — {party}").format(party=party_caption(self.scan.party))
        )
        resize_to_fit(self, 720, 860)
        if self.scan.mime_type == PDF:
            self.document = open_pdf_document(self.scan.data, self)
            view = QPdfView(self)
            view.setDocument(self.document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view: QWidget = view
        else:
            self.image_label = QLabel(self)
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pixmap = QPixmap()
            self.pixmap.loadFromData(self.scan.data)
            self.image_label.setPixmap(self.pixmap)
            scroll = QScrollArea(self)
            scroll.setWidget(self.image_label)
            scroll.setWidgetResizable(True)
            self.view = scroll
        self.view.setObjectName("scanView")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("buttonBox")
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setObjectName("saveScanButton")
        self.save_button.setVisible(self._on_save is not None)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def _on_save_button_clicked(self) -> None:
        if self._on_save is not None:
            self._on_save()
