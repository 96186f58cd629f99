"""Pledges built straight from view dataclasses, and PDF text helpers, for report tests."""

from __future__ import annotations

import io
import math
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader

from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, TaskList
from pledge_app.core.views import PartyView, PledgeContent, PledgeView, SignatureView, TaskView
from pledge_app.reports.fonts import bundled_font_path


def a_task(**fields: Any) -> TaskView:
    defaults: dict[str, Any] = {
        "item": "深化“放管服”改革",
        "lead_official": "王明",
        "responsible_body": "市政务服务局",
        "measures": "推行“一网通办”，压缩审批时限。",
        "deliverable": "工作方案",
        "deadline": date(2026, 6, 30),
        "list_class": TaskList.PRIORITY,
        "weight": 10.0,
    }
    return TaskView(**{**defaults, **fields})


def a_pledge(status: PledgeStatus = PledgeStatus.READY_TO_SIGN, **fields: Any) -> PledgeView:
    content = PledgeContent(
        number="GG-2026-001",
        title="2026年度全面深化改革目标责任书",
        year=2026,
        issuer=PartyView("市委全面深化改革委员会", "李强", "主任"),
        responsible=PartyView("市发展和改革委员会", "张伟", "主任"),
        goals=("围绕高质量发展，全面完成年度改革任务。",),
        duties=("主要负责人为第一责任人。",),
        measures=("建立月调度、季通报机制。",),
        outcomes=("形成一批可复制可推广的经验。",),
        tasks=(a_task(),),
    )
    return PledgeView(id="p-1", status=status, content=replace(content, **fields))


def squeeze(text: str) -> str:
    """Text without any whitespace: CJK extraction inserts spaces and line breaks freely."""
    return re.sub(r"\s+", "", text)


def page_texts(path: Path) -> list[str]:
    """The extracted text of each page, whitespace removed."""
    return [squeeze(page.extract_text()) for page in PdfReader(path).pages]


PLEDGE_UUID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
CONTENT_HASH = "3f2a9c0d41b7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9aabbccddeeff0011"


def signature_png(
    size: tuple[int, int] = (300, 110), colour: tuple[int, ...] = (20, 20, 90)
) -> bytes:
    """A transparent PNG with a handwriting-like stroke on it."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    w, h = size
    points = [(w * x / 20, h * (0.5 + 0.35 * math.sin(x * 1.3) * (1 - x / 30))) for x in range(21)]
    draw.line(points, fill=(*colour, 255), width=max(3, h // 25), joint="curve")
    draw.line([(w * 0.1, h * 0.8), (w * 0.9, h * 0.7)], fill=(*colour, 255), width=max(2, h // 35))
    return _png_bytes(image)


def seal_png(text: str = "专用章", size: int = 240) -> bytes:
    """A red round seal (ring, star, a word) on a transparent background."""
    red = (215, 20, 20, 230)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([1, 1, size - 2, size - 2], outline=red, width=size // 15)
    c, r = size / 2, size * 0.16
    star = [
        (
            c + (r if i % 2 == 0 else r * 0.4) * math.sin(i * math.pi / 5),
            c - (r if i % 2 == 0 else r * 0.4) * math.cos(i * math.pi / 5),
        )
        for i in range(10)
    ]
    draw.polygon(star, fill=red)
    font = ImageFont.truetype(str(bundled_font_path()), size // 9)
    draw.text((c, size * 0.72), text, fill=red, font=font, anchor="mm")
    return _png_bytes(image)


def _png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def a_signature(party: Party, **fields: Any) -> SignatureView:
    issuer = party is Party.ISSUER
    defaults: dict[str, Any] = {
        "party": party,
        "signer": "李强" if issuer else "张伟",
        "signer_title": "主任",
        "signed_on": date(2026, 3, 1) if issuer else date(2026, 3, 2),
        "method": SignatureMethod.DRAWN,
        "content_hash": CONTENT_HASH,
        "image": signature_png(),
        "seal_image": seal_png(),
        "recorded_at": datetime(2026, 3, 1 if issuer else 2, 9, 30, 5, tzinfo=UTC),
        "recorded_by": "clerk-wang",
        "record_hash": ("a1b2c3d4" if issuer else "e5f6a7b8") * 8,
    }
    return SignatureView(**{**defaults, **fields})


def a_signed_pledge(
    status: PledgeStatus = PledgeStatus.SIGNED,
    *,
    signatures: tuple[SignatureView, ...] | None = None,
    **fields: Any,
) -> PledgeView:
    """A pledge both parties signed by drawing, with their seals."""
    if signatures is None:
        signatures = (a_signature(Party.ISSUER), a_signature(Party.RESPONSIBLE))
    return replace(
        a_pledge(status, **fields),
        id=PLEDGE_UUID,
        content_hash=CONTENT_HASH,
        signatures=signatures,
    )
