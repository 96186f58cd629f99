"""Recognising the image and scan files a clerk attaches, by their first bytes."""

from __future__ import annotations

import io

PNG = "image/png"
JPEG = "image/jpeg"
PDF = "application/pdf"

#: A JPEG seal or signature is stored as a PNG no larger than this on its longer side:
#: at a 42 mm seal it is still over 1,000 dpi, and a phone photo does not make a 30 MB PNG.
MAX_IMAGE_SIDE = 1600


def sniff_type(data: bytes) -> str | None:
    """The MIME type of a PNG, JPEG or PDF file's bytes, or None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"%PDF-"):
        return PDF
    return None


def as_png(data: bytes) -> bytes | None:
    """A seal or signature image as PNG: a PNG as it is, a readable JPEG converted (turned
    upright as the camera recorded it); None for anything else."""
    kind = sniff_type(data)
    if kind == PNG:
        return data
    if kind != JPEG:
        return None
    from PIL import Image, ImageOps  # Pillow loads only when a JPEG arrives

    try:
        with Image.open(io.BytesIO(data)) as opened:
            # Decode at a reduced scale when the photo is far larger than is kept.
            opened.draft("RGB", (MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
            image = ImageOps.exif_transpose(opened) or opened
            image = image.convert("L" if image.mode in ("1", "L") else "RGB")
            image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
    except Exception:  # Pillow raises many types for a damaged or hostile file
        return None
    return buffer.getvalue()
