"""The JSON exchange format as text: exporting pledges to it and importing them back."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_app.core.content_hash import canonical_content
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.exchange.importer import ImportSummary, import_pledges
from pledge_app.core.exchange.reader import utc_text
from pledge_app.core.exchange.schema import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ExchangeFileInvalid,
    ExchangePledge,
    parse_exchange,
)
from pledge_app.core.models import Pledge
from pledge_app.core.pledges import view_of
from pledge_app.core.views import PledgeView, SignatureView

__all__ = [
    "ExchangeFileInvalid",
    "ExchangePledge",
    "ExportedPledge",
    "ImportSummary",
    "dumps_document",
    "export_document",
    "export_pledges",
    "import_pledges",
    "parse_exchange",
    "pledge_document",
]


@dataclass(frozen=True)
class ExportedPledge:
    """A pledge as a file carries it: its view, and the scan of each signature (in order)."""

    view: PledgeView
    scans: tuple[bytes | None, ...] = ()


Exportable = PledgeView | ExportedPledge


def _exported(pledge: Exportable) -> ExportedPledge:
    return pledge if isinstance(pledge, ExportedPledge) else ExportedPledge(pledge)


def _sort_key(pledge: ExportedPledge) -> tuple[int, str, int, str]:
    # Sorted in Python, not SQL: collations differ between SQLite and PostgreSQL,
    # and the same pledges must export to the same bytes from either.
    view = pledge.view
    return (view.content.year, view.content.number, view.revision, view.id)


#: How a document writes bytes (an image or a scan).
Binary = Callable[[bytes | None], str | None]


def _base64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _signature_document(
    signature: SignatureView, scan: bytes | None, binary: Binary
) -> dict[str, Any]:
    return {
        "party": signature.party.value,
        "signer": signature.signer,
        "signer_title": signature.signer_title,
        "signed_on": signature.signed_on.isoformat(),
        "method": signature.method.value,
        "image": binary(signature.image),
        "seal_image": binary(signature.seal_image),
        "scan": binary(scan),
        "scan_type": signature.scan_type,
        "content_hash": signature.content_hash,
        "record_hash": signature.record_hash,
        "recorded_at": utc_text(signature.recorded_at) if signature.recorded_at else None,
        "recorded_by": signature.recorded_by,
    }


def pledge_document(pledge: ExportedPledge, *, binary: Binary = _base64) -> dict[str, Any]:
    """One pledge as the document holds it; `binary` writes an image (base64 unless told)."""
    view = pledge.view
    content = canonical_content(view.content)
    head = {key: content.pop(key) for key in ("number", "title", "year")}
    scans = pledge.scans or (None,) * len(view.signatures)
    frozen = view.status is not PledgeStatus.DRAFT
    return {
        "id": view.id,
        **head,
        "status": view.status.value,
        "revision": view.revision,
        "previous_id": view.previous_id,
        "signing_order": view.signing_order.value,
        "content_hash": view.content_hash if frozen else None,
        **content,
        "signatures": [
            _signature_document(signature, scan, binary)
            for signature, scan in zip(view.signatures, scans, strict=True)
        ],
    }


def export_document(pledges: Sequence[Exportable]) -> dict[str, Any]:
    """The exchange document holding `pledges`, in the stable export order."""
    ordered = sorted((_exported(pledge) for pledge in pledges), key=_sort_key)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "pledges": [pledge_document(pledge) for pledge in ordered],
    }


def dumps_document(document: dict[str, Any]) -> str:
    """The document as the text an export writes: indented, unescaped, one final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def export_pledges(session: Session) -> list[ExportedPledge]:
    """Every stored pledge with its signatures and their scans, in the stable export order."""
    query = select(Pledge).options(
        selectinload(Pledge.paragraphs),
        selectinload(Pledge.tasks),
        selectinload(Pledge.issuer),
        selectinload(Pledge.responsible),
        selectinload(Pledge.signatures),
    )
    exported = (
        ExportedPledge(view_of(pledge), tuple(signature.scan for signature in pledge.signatures))
        for pledge in session.scalars(query)
    )
    return sorted(exported, key=_sort_key)
