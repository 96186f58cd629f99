"""Pictures for the demo year: handwriting-like signatures, red round seals, a scanned page.

Each is drawn with Pillow from its text alone, so the same name always gives the same bytes.
"""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from pledge_app import paths

INK = (24, 28, 70, 255)
SEAL_RED = (215, 25, 32, 235)
_FONT_FILE = "wqy-microhei.ttc"


@lru_cache(maxsize=16)
def text_font(size: int) -> ImageFont.FreeTypeFont:
    """The demo's CJK font at `size` pixels."""
    return ImageFont.truetype(str(paths.resources_dir() / "fonts" / _FONT_FILE), size)


_font = text_font


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _catmull_rom(points: list[tuple[float, float]], steps: int = 12) -> list[tuple[float, float]]:
    """A smooth curve through `points`."""
    curve: list[tuple[float, float]] = []
    padded = [points[0], *points, points[-1]]
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        for step in range(steps):
            t = step / steps
            t2, t3 = t * t, t * t * t
            curve.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    curve.append(points[-1])
    return curve


def _stroke(draw: ImageDraw.ImageDraw, curve: list[tuple[float, float]], width: float) -> None:
    # Thicker in the middle of a stroke and thin at its ends, as a pen presses and lifts.
    for i in range(len(curve) - 1):
        pressure = math.sin(math.pi * (i + 0.5) / (len(curve) - 1))
        draw.line(
            [curve[i], curve[i + 1]], fill=INK, width=max(1, round(width * (0.45 + pressure)))
        )


@lru_cache(maxsize=64)
def signature_png(name: str) -> bytes:
    """A transparent PNG of a quick, joined-up signature of `name`."""
    rng = random.Random(f"signature:{name}")
    scale = 4  # drawn large, then reduced: smooth edges
    width, height = 360 * scale, 130 * scale
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    slant = rng.uniform(0.2, 0.4)
    span = (width - 70 * scale) / max(len(name), 1)
    left = 28.0 * scale
    points: list[tuple[float, float]] = []
    for index, _char in enumerate(name):
        # Each character: a joined zig-zag of loops, leaning right; sometimes the pen lifts.
        if points and rng.random() < 0.35:
            _stroke(draw, _catmull_rom(points), 2.4 * scale)
            points = []
        count = rng.randint(6, 9)
        for step in range(count):
            high = step % 2 == 0
            y = height * (rng.uniform(0.15, 0.38) if high else rng.uniform(0.55, 0.8))
            x = left + span * (index + step / count) + rng.uniform(-0.12, 0.05) * span
            points.append((x + (height / 2 - y) * slant, y))
    _stroke(draw, _catmull_rom(points), 2.4 * scale)
    # The closing underline flourish.
    tail = [
        (40.0 * scale, height * 0.82),
        (width * 0.45, height * rng.uniform(0.84, 0.92)),
        (width - 30.0 * scale, height * rng.uniform(0.6, 0.75)),
    ]
    _stroke(draw, _catmull_rom(tail), 2.0 * scale)
    return _png(image.resize((width // scale, height // scale), Image.Resampling.LANCZOS))


def _star(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.38
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


@lru_cache(maxsize=64)
def seal_png(unit_name: str) -> bytes:
    """A red round official seal: the unit's name around the ring, a star in the middle."""
    size = 600
    centre = size / 2
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([12, 12, size - 12, size - 12], outline=SEAL_RED, width=18)
    draw.polygon(_star(centre, centre, size * 0.16), fill=SEAL_RED)
    chars = list(unit_name)
    glyph = max(44, min(84, int(1500 / max(len(chars), 1))))
    font = _font(glyph)
    ring = centre - 36 - glyph / 2
    arc = min(250.0, 26.0 * len(chars))  # degrees of the ring the name covers, over the top
    for index, char in enumerate(chars):
        fraction = 0.5 if len(chars) == 1 else index / (len(chars) - 1)
        angle = -90 - arc / 2 + arc * fraction
        tile = Image.new("RGBA", (glyph * 2, glyph * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((glyph, glyph), char, font=font, fill=SEAL_RED, anchor="mm")
        tile = tile.rotate(-(angle + 90), resample=Image.Resampling.BICUBIC)
        x = centre + ring * math.cos(math.radians(angle)) - glyph
        y = centre + ring * math.sin(math.radians(angle)) - glyph
        image.alpha_composite(tile, (round(x), round(y)))
    return _png(image.resize((300, 300), Image.Resampling.LANCZOS))


def scanned_page_png(*, title: str, party: str, signer: str, signed_on: str) -> bytes:
    """A greyish scan of a signature page signed in ink and sealed."""
    width, height = 827, 1169  # A4 at 100 dpi
    page = Image.new("RGBA", (width, height), (246, 245, 240, 255))
    draw = ImageDraw.Draw(page)
    draw.text((width / 2, 120), title, font=_font(30), fill=(40, 40, 40, 255), anchor="mm")
    body = _font(22)
    rng = random.Random(f"scan:{title}")
    for line in range(14):  # the last lines of the text above the signatures, as grey bars
        length = width - 220 if line % 5 != 4 else rng.randint(200, 500)
        draw.rectangle([110, 200 + 38 * line, 110 + length, 212 + 38 * line], fill=(150, 150, 150))
    draw.text((110, 780), f"{party}（盖章）", font=body, fill=(40, 40, 40, 255))
    draw.text((110, 840), "负责人（签字）：", font=body, fill=(40, 40, 40, 255))
    draw.text((110, 960), signed_on, font=body, fill=(40, 40, 40, 255))
    signature = Image.open(io.BytesIO(signature_png(signer)))
    page.alpha_composite(signature, (300, 800))
    seal = Image.open(io.BytesIO(seal_png(party))).resize((220, 220))
    page.alpha_composite(seal.rotate(-7, resample=Image.Resampling.BICUBIC), (180, 700))
    grey = page.convert("L").resize((width * 3 // 4, height * 3 // 4))
    return _png(grey)
