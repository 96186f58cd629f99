"""Helpers for tests that check printed PDFs: small real PDFs with or without a print mark."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pledge_app.core.print_marks import PrintMark


def marked_pdf(mark: PrintMark | None, *, pages: int = 3) -> bytes:
    """A real PDF of a few pages of text, carrying `mark` in /Keywords (none when None).

    Several uncompressed pages put the middle of the file in page content,
    away from the document information where the mark lives.
    """
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True, pageCompression=0)
    if mark is not None:
        pdf.setKeywords(mark.to_keywords())
    pdf.setTitle("test pledge")
    for page in range(pages):
        for line in range(40):
            pdf.drawString(72, 800 - 18 * line, f"page {page + 1} line {line + 1}: target text")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def flip_middle_byte(data: bytes) -> bytes:
    """`data` with one bit changed in its middle byte."""
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0x01
    return bytes(changed)
