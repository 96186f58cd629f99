"""Small evidence files (佐证材料) for the demo's finished tasks: a one-page PDF completion
note and, for pilots, a site photo as PNG; each built from its text alone, so the same
task always gives the same bytes."""

from __future__ import annotations

import io
import random
from functools import lru_cache

from PIL import Image, ImageDraw

from pledge_app.core.demo.images import text_font

__all__ = ["completion_note_pdf", "site_photo_png"]

# A4 in points; text in the CJK font every PDF reader knows (not embedded: the file stays
# a few kilobytes, as ReportLab's "STSong-Light" does).
_PAGE_WIDTH, _PAGE_HEIGHT = 595, 842
_LINE = 28  # characters per line of the body
_FONT = (
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
    "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
    "/DW 1000 /W [1 95 500] >>] >>"
)


def _hex(text: str) -> str:
    # UniGB-UCS2-H takes UCS-2 code units, big-endian: every character the demo writes is
    # in the Basic Multilingual Plane.
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def _wrapped(text: str) -> list[str]:
    return [text[start : start + _LINE] for start in range(0, len(text), _LINE)] or [""]


def _page(lines: list[tuple[int, str]]) -> bytes:
    """The content stream writing `lines` ((size, text) pairs) top-down."""
    commands = ["BT", f"1 0 0 1 72 {_PAGE_HEIGHT - 96} Tm"]
    for size, text in lines:
        commands.append(f"/F1 {size} Tf {_hex(text)} Tj 0 -{round(size * 1.8)} Td")
    commands.append("ET")
    return "\n".join(commands).encode("ascii")


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii"))
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode("ascii"))
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    out.write(trailer.encode("ascii"))
    return out.getvalue()


@lru_cache(maxsize=256)
def completion_note_pdf(*, unit: str, item: str, deliverable: str, finished_on: str) -> bytes:
    """A one-page note that a task is finished: who, what, what it produced and when."""
    lines = [(18, "改革任务完成情况说明"), (11, "")]
    for label, value in (
        ("责任单位：", unit),
        ("改革事项：", item),
        ("成果形式：", deliverable),
        ("完成时间：", finished_on),
    ):
        lines.extend((11, line) for line in _wrapped(label + value))
    lines.extend([(11, ""), (11, "经核实，该项改革任务已按要求完成，特此说明。")])
    lines.append((9, "（演示数据）"))
    content = _page(lines)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_PAGE_WIDTH} {_PAGE_HEIGHT}] "
                "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            ).encode("ascii"),
            _FONT.encode("ascii"),
            f"<< /Length {len(content)} >>\nstream\n".encode("ascii") + content + b"\nendstream",
        ]
    )


@lru_cache(maxsize=64)
def site_photo_png(caption: str) -> bytes:
    """A small "photo" of a site visit: sky, buildings and the caption, as a palette PNG."""
    rng = random.Random(f"photo:{caption}")
    width, height = 320, 200
    image = Image.new("RGB", (width, height), (186, 212, 232))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 140, width, height], fill=(120, 128, 118))
    left = 10
    while left < width - 30:
        block = rng.randint(30, 60)
        top = rng.randint(50, 110)
        shade = rng.randint(150, 210)
        draw.rectangle([left, top, left + block, 150], fill=(shade, shade - 10, shade - 25))
        for row in range(top + 8, 140, 14):
            for column in range(left + 6, left + block - 6, 12):
                draw.rectangle([column, row, column + 5, row + 6], fill=(90, 110, 140))
        left += block + rng.randint(4, 12)
    draw.rectangle([0, 172, width, height], fill=(30, 30, 30))
    draw.text((8, 186), caption[:24], font=text_font(14), fill=(255, 255, 255), anchor="lm")
    buffer = io.BytesIO()
    image.quantize(colors=32).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
