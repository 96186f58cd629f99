"""A pledge's PDF bytes (see operations.printing) shown and printed by QtPdf; no PDF reader."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from pledge_app.core.errors import PledgeError

#: Above this, a rendered A4 page costs well over 100 MB; 300 dpi prints text crisply.
MAX_RENDER_DPI = 300


class PrintFailed(PledgeError):
    """The printer could not be used."""


def open_pdf_document(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QtPdf document over `data` held in memory (the buffer lives as long as the document)."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def render_page(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """Page `page` as an image of `size`, on white (QtPdf renders onto transparency)."""
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF `data` onto `printer`; returns the number of pages."""
    document = open_pdf_document(data)
    try:
        count = document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first > 0 and last >= first else range(count)
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        # The PDF carries its own margins: paint from the paper's corner, not the printable area.
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(
                QCoreApplication.translate(
                    "printing", "The printer “{name}” could not be started."
                ).format(name=printer.printerName() or printer.outputFileName())
            )
        try:
            for position, page in enumerate(p for p in pages if p < count):
                if position:
                    printer.newPage()
                points = document.pagePointSize(page)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = render_page(document, page, size)
                paper = QRectF(painter.viewport())
                scale = min(paper.width() / size.width(), paper.height() / size.height())
                painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
        finally:
            painter.end()
        return min(len(pages), count)
    finally:
        document.close()
        document.deleteLater()
