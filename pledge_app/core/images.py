"""Recognising the image and scan files a clerk attaches, by their first bytes."""

from __future__ import annotations

PNG = "image/png"
JPEG = "image/jpeg"
PDF = "application/pdf"


def sniff_type(data: bytes) -> str | None:
    """The MIME type of a PNG, JPEG or PDF file's bytes, or None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"%PDF-"):
        return PDF
    return None
