"""The JSON exchange format as text: exporting pledges and their tracking to it, and
importing them back."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_app.core.amendment_reasons import amendment_reasons
from pledge_app.core.content_hash import canonical_content
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.exchange.document import (
    ExchangeDocument,
    parse_document,
    parse_exchange,
)
from pledge_app.core.exchange.importer import ImportSummary, import_pledges
from pledge_app.core.exchange.reader import utc_text
from pledge_app.core.exchange.schema import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ExchangeFileInvalid,
    ExchangePledge,
)
from pledge_app.core.exchange.tracking_export import iter_tracking, tracking_document
from pledge_app.core.exchange.tracking_import import TrackingInput
from pledge_app.core.exchange.tracking_schema import ExchangeTracking
from pledge_app.core.models import Pledge
from pledge_app.core.pledges import view_of
from pledge_app.core.views import PledgeView, SignatureView

__all__ = [
    "ExchangeDocument",
    "ExchangeFileInvalid",
    "ExchangePledge",
    "ExchangeTracking",
    "ExportedPledge",
    "ImportSummary",
    "dumps_document",
    "export_document",
    "export_pledges",
    "export_tracking",
    "import_document",
    "import_pledges",
    "parse_document",
    "parse_exchange",
    "pledge_document",
]


@dataclass(frozen=True)
class ExportedPledge:
    """A pledge as a file carries it: its view, the scan of each signature (in order), and
    why it was amended (None for a first version or an amendment without a reason)."""

    view: PledgeView
    scans: tuple[bytes | None, ...] = ()
    amendment_reason: str | None = None


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
    # The lineage key goes with each task but not into the content hash.
    content["tasks"] = [
        {"key": task.key or None, **fields}
        for task, fields in zip(view.content.tasks, content["tasks"], strict=True)
    ]
    scans = pledge.scans or (None,) * len(view.signatures)
    frozen = view.status is not PledgeStatus.DRAFT
    return {
        "id": view.id,
        **head,
        "status": view.status.value,
        "revision": view.revision,
        "previous_id": view.previous_id,
        "amendment_reason": pledge.amendment_reason,
        "signing_order": view.signing_order.value,
        "content_hash": view.content_hash if frozen else None,
        **content,
        "signatures": [
            _signature_document(signature, scan, binary)
            for signature, scan in zip(view.signatures, scans, strict=True)
        ],
    }


def export_document(
    pledges: Sequence[Exportable], tracking: Sequence[ExchangeTracking] = ()
) -> dict[str, Any]:
    """The exchange document holding `pledges` and `tracking`, in the stable export order."""
    ordered = sorted((_exported(pledge) for pledge in pledges), key=_sort_key)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "pledges": [pledge_document(pledge) for pledge in ordered],
        "tracking": [
            tracking_document(entry, _base64) for entry in sorted(tracking, key=_tracking_key)
        ],
    }


def _tracking_key(entry: ExchangeTracking) -> str:
    return entry.key


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
    stored = list(session.scalars(query))
    reasons = amendment_reasons(session, [pledge.id for pledge in stored])
    exported = (
        ExportedPledge(
            view_of(pledge),
            tuple(signature.scan for signature in pledge.signatures),
            reasons.get(pledge.id),
        )
        for pledge in stored
    )
    return sorted(exported, key=_sort_key)


def export_tracking(session: Session) -> list[ExchangeTracking]:
    """The tracking of every task lineage that has some, by key, evidence bytes included."""
    return list(iter_tracking(session))


def import_document(session: Session, document: ExchangeDocument, *, source: str) -> ImportSummary:
    """Store a parsed file's pledges, then its tracking; any problem raises and leaves the
    session to roll back."""
    tracking = TrackingInput(
        keys={entry.key: entry.index for entry in document.tracking},
        task_keys=frozenset(document.task_keys),
        read=lambda: iter(document.tracking),
    )
    return import_pledges(session, document.pledges, source=source, tracking=tracking)
