"""Seal and signature images: a PNG is kept, a JPEG becomes a PNG of the same picture."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from pledge_app.core.images import JPEG, MAX_IMAGE_SIDE, PNG, as_png, sniff_type
from tests.signing_helpers import png, seal_jpeg


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_png_is_kept_as_it_is() -> None:
    assert as_png(png()) == png()


def test_a_jpeg_becomes_a_png_of_the_same_picture() -> None:
    jpeg = seal_jpeg((200, 160))
    assert sniff_type(jpeg) == JPEG
    converted = as_png(jpeg)
    assert converted is not None and sniff_type(converted) == PNG
    image = decoded(converted).convert("RGB")
    assert image.size == (200, 160)
    red, green, blue = image.getpixel((100, 8))  # type: ignore[misc]  # on the ring
    assert red > 180 and green < 60 and blue < 60
    assert image.getpixel((100, 80)) == pytest.approx((255, 255, 255), abs=8)


def test_a_photo_is_turned_upright_as_the_camera_recorded() -> None:
    photo = Image.new("RGB", (300, 100), "white")
    exif = photo.getexif()
    exif[0x0112] = 6  # Orientation: the camera was turned a quarter to the right
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", exif=exif.tobytes())
    converted = as_png(buffer.getvalue())
    assert converted is not None
    assert decoded(converted).size == (100, 300)


def test_a_large_photo_is_kept_at_a_printable_size() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), "white").save(buffer, format="JPEG")
    converted = as_png(buffer.getvalue())
    assert converted is not None
    assert max(decoded(converted).size) == MAX_IMAGE_SIDE


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\xff\xd8\xff\xe0 not really a photo", id="damaged jpeg"),
        pytest.param(b"GIF89a\x01\x00\x01\x00", id="gif"),
        pytest.param(b"%PDF-1.7", id="pdf"),
        pytest.param(b"", id="empty"),
    ],
)
def test_anything_else_is_not_an_image(data: bytes) -> None:
    assert as_png(data) is None
