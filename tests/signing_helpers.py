"""Helpers for tests that sign pledges: PNG images and a pledge taken through signing."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image, ImageDraw
from sqlalchemy.orm import Session

from pledge_app.core import pledges, signing
from pledge_app.core.enums import Party, SignatureMethod
from pledge_app.core.views import PledgeContent, PledgeView
from tests.conftest import make_content


def png(colour: str = "black", size: tuple[int, int] = (240, 90)) -> bytes:
    """A transparent PNG with a stroke on it, like a drawn signature."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 60), (80, 20), (150, 70), (230, 30)], fill=colour, width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def seal_png() -> bytes:
    """A red round seal with a transparent background."""
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse([5, 5, 195, 195], outline=(220, 0, 0, 255), width=8)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def seal_jpeg(size: tuple[int, int] = (200, 200)) -> bytes:
    """A red round seal scanned on white paper, as a JPEG (no transparency)."""
    image = Image.new("RGB", size, "white")
    width, height = size
    ImageDraw.Draw(image).ellipse([5, 5, width - 5, height - 5], outline=(220, 0, 0), width=8)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def ready_pledge(session: Session, content: PledgeContent | None = None) -> PledgeView:
    """A stored pledge, finalised and ready to sign."""
    created = pledges.create_pledge(session, content or make_content())
    return pledges.finalise_pledge(session, created.id)


def sign_both(session: Session, pledge_id: str, on: date = date(2026, 3, 1)) -> PledgeView:
    """Both parties sign by drawing; returns the signed pledge."""
    view = pledges.get_pledge(session, pledge_id)
    for party, person in (
        (Party.ISSUER, view.content.issuer),
        (Party.RESPONSIBLE, view.content.responsible),
    ):
        view = signing.record_signature(
            session,
            pledge_id,
            party=party,
            method=SignatureMethod.DRAWN,
            signer=person.signatory,
            signer_title=person.signatory_title,
            signed_on=on,
            image=png(),
        )
    return view


def signed_pledge(session: Session, content: PledgeContent | None = None) -> PledgeView:
    """A stored pledge signed by both parties."""
    return sign_both(session, ready_pledge(session, content).id)
