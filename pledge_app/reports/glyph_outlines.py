"""Text drawn as filled glyph outlines: seen on the page, never extracted as text.

A watermark set as text gets mixed into the page's text by position-sorting extractors
("被 SU 新 PE 版…"), so the text no longer extracts back unchanged. Outlines taken from the
TrueType face with fontTools and filled as paths look the same and extract as nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from pledge_app.reports.fonts import FontFace

Point = tuple[float, float]
# One drawing step in font units: ("M"|"L", (p,)), ("C", (p1, p2, p3)) or ("Z", ()).
Step = tuple[str, tuple[Point, ...]]


class _RecordingPen(BasePen):  # type: ignore[misc]  # fontTools is untyped
    """Collects a glyph's contours as move/line/cubic steps (quadratics raised to cubics)."""

    def __init__(self, glyph_set: Any) -> None:
        super().__init__(glyph_set)
        self.steps: list[Step] = []

    def _moveTo(self, point: Point) -> None:
        self.steps.append(("M", (point,)))

    def _lineTo(self, point: Point) -> None:
        self.steps.append(("L", (point,)))

    def _curveToOne(self, p1: Point, p2: Point, p3: Point) -> None:
        self.steps.append(("C", (p1, p2, p3)))

    def _qCurveToOne(self, p1: Point, p2: Point) -> None:
        x0, y0 = self._getCurrentPoint()
        c1 = (x0 + 2 / 3 * (p1[0] - x0), y0 + 2 / 3 * (p1[1] - y0))
        c2 = (p2[0] + 2 / 3 * (p1[0] - p2[0]), p2[1] + 2 / 3 * (p1[1] - p2[1]))
        self.steps.append(("C", (c1, c2, p2)))

    def _closePath(self) -> None:
        self.steps.append(("Z", ()))

    def _endPath(self) -> None:
        self.steps.append(("Z", ()))


@dataclass(frozen=True)
class Outline:
    """The outline of a line of text in font units, and its advance width."""

    steps: tuple[Step, ...]
    advance: float
    units_per_em: int


@cache
def _font(path: Path, index: int) -> TTFont:
    return TTFont(str(path), fontNumber=index, lazy=True)


@cache
def text_outline(face: FontFace, text: str) -> Outline:
    """The glyph outlines of `text` set in `face`, laid out left to right from the origin."""
    font = _font(face.path, face.subfont_index)
    cmap = font.getBestCmap()
    glyph_set = font.getGlyphSet()
    metrics = font["hmtx"]
    steps: list[Step] = []
    x = 0.0
    for char in text:
        name = cmap.get(ord(char), ".notdef")
        pen = _RecordingPen(glyph_set)
        glyph_set[name].draw(pen)
        steps += [(op, tuple((px + x, py) for px, py in points)) for op, points in pen.steps]
        x += metrics[name][0]
    return Outline(tuple(steps), x, int(font["head"].unitsPerEm))


def draw_outlined_centred(
    canvas: Canvas, face: FontFace, text: str, size: float, x: float, y: float
) -> None:
    """Fill `text` as outlines at `size` points, centred on x with its baseline at y."""
    outline = text_outline(face, text)
    scale = size / outline.units_per_em
    left = x - outline.advance * scale / 2
    path = canvas.beginPath()
    for op, points in outline.steps:
        placed = [(left + px * scale, y + py * scale) for px, py in points]
        if op == "M":
            path.moveTo(*placed[0])
        elif op == "L":
            path.lineTo(*placed[0])
        elif op == "C":
            path.curveTo(*placed[0], *placed[1], *placed[2])
        else:
            path.close()
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
