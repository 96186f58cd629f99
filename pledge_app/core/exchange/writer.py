"""Exporting every pledge and the tracking of their tasks to a stream, one pledge (or one
task's tracking) at a time, in exactly `dumps_document`'s bytes.

Pledges are read a batch at a time through Core queries (no ORM graph of the database),
each is written as the indented document writes it, and images and evidence files go out
in base64 a chunk at a time, so memory holds one batch, never the file.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from pledge_app.core.amendment_reasons import amendment_reasons
from pledge_app.core.enums import (
    Party,
    PledgeStatus,
    Section,
    SignatureMethod,
    SigningOrder,
    TaskList,
)
from pledge_app.core.exchange.files import ExportedPledge, pledge_document
from pledge_app.core.exchange.schema import FORMAT_NAME, FORMAT_VERSION
from pledge_app.core.exchange.tracking_export import iter_tracking, tracking_document
from pledge_app.core.exchange.tracking_schema import ExchangeTracking
from pledge_app.core.models import Paragraph, Pledge, Signature, Task, Unit
from pledge_app.core.views import PartyView, PledgeContent, PledgeView, SignatureView, TaskView

__all__ = ["write_export"]

# Pledges read per round of queries: a few hundred, whatever the database's size.
_BATCH = 200
# Bytes of an image encoded at a time: a multiple of 3, so the pieces join into one base64.
_IMAGE_CHUNK = 3 * (1 << 16)


def _order(session: Session) -> list[str]:
    # Sorted in Python, not SQL: collations differ between SQLite and PostgreSQL,
    # and the same pledges must export to the same bytes from either.
    keys = session.execute(select(Pledge.year, Pledge.number, Pledge.revision, Pledge.id)).all()
    return [key[3] for key in sorted(keys, key=tuple)]


def _contents(session: Session, ids: Sequence[str]) -> dict[str, list[Any]]:
    issuer = aliased(Unit)
    responsible = aliased(Unit)
    query = (
        select(Pledge.__table__, issuer.name, responsible.name)
        .join(issuer, issuer.id == Pledge.issuer_id)
        .join(responsible, responsible.id == Pledge.responsible_id)
        .where(Pledge.id.in_(ids))
    )
    return {row.id: list(row) for row in session.execute(query)}


def _paragraphs(session: Session, ids: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    query = (
        select(Paragraph.pledge_id, Paragraph.section, Paragraph.text)
        .where(Paragraph.pledge_id.in_(ids))
        .order_by(Paragraph.pledge_id, Paragraph.section, Paragraph.position)
    )
    for pledge_id, section, text in session.execute(query):
        found.setdefault(pledge_id, {}).setdefault(section, []).append(text)
    return found


def _tasks(session: Session, ids: Sequence[str]) -> dict[str, list[TaskView]]:
    found: dict[str, list[TaskView]] = {}
    query = (
        select(*Task.__table__.columns)
        .where(Task.pledge_id.in_(ids))
        .order_by(Task.pledge_id, Task.position)
    )
    for task in session.execute(query):
        found.setdefault(task.pledge_id, []).append(
            TaskView(
                item=task.item,
                lead_official=task.lead_official,
                responsible_body=task.responsible_body,
                measures=task.measures,
                deliverable=task.deliverable,
                deadline=task.deadline,
                list_class=TaskList(task.list_class),
                cooperating_units=tuple(task.cooperating_units or ()),
                weight=task.weight,
                key=task.lineage_key,
            )
        )
    return found


def _signatures(
    session: Session, ids: Sequence[str]
) -> dict[str, list[tuple[SignatureView, bytes | None]]]:
    found: dict[str, list[tuple[SignatureView, bytes | None]]] = {}
    query = (
        select(*Signature.__table__.columns)
        .where(Signature.pledge_id.in_(ids))
        .order_by(Signature.pledge_id, Signature.position)
    )
    for row in session.execute(query):
        view = SignatureView(
            party=Party(row.party),
            signer=row.signer,
            signer_title=row.signer_title,
            signed_on=row.signed_on,
            method=SignatureMethod(row.method),
            content_hash=row.content_hash,
            image=row.image,
            seal_image=row.seal_image,
            scan_type=row.scan_type,
            recorded_at=row.recorded_at,
            recorded_by=row.recorded_by,
            record_hash=row.record_hash,
        )
        found.setdefault(row.pledge_id, []).append((view, row.scan))
    return found


def _batch(session: Session, ids: Sequence[str]) -> list[ExportedPledge]:
    rows = _contents(session, ids)
    paragraphs = _paragraphs(session, ids)
    tasks = _tasks(session, ids)
    signatures = _signatures(session, ids)
    reasons = amendment_reasons(session, ids)
    exported = []
    for pledge_id in ids:
        *columns, issuer_name, responsible_name = rows[pledge_id]
        row = dict(zip(Pledge.__table__.columns.keys(), columns, strict=True))
        sections = paragraphs.get(pledge_id, {})
        content = PledgeContent(
            number=row["number"],
            title=row["title"],
            year=row["year"],
            issuer=PartyView(issuer_name, row["issuer_signer"], row["issuer_signer_title"]),
            responsible=PartyView(
                responsible_name, row["responsible_signer"], row["responsible_signer_title"]
            ),
            goals=tuple(sections.get(Section.GOALS.value, ())),
            duties=tuple(sections.get(Section.DUTIES.value, ())),
            measures=tuple(sections.get(Section.MEASURES.value, ())),
            outcomes=tuple(sections.get(Section.OUTCOMES.value, ())),
            tasks=tuple(tasks.get(pledge_id, ())),
        )
        signed = signatures.get(pledge_id, [])
        view = PledgeView(
            id=pledge_id,
            status=PledgeStatus(row["status"]),
            content=content,
            revision=row["revision"],
            content_hash=row["content_hash"],
            signatures=tuple(signature for signature, _ in signed),
            previous_id=row["previous_id"],
            signing_order=SigningOrder(row["signing_order"]),
        )
        scans = tuple(scan for _, scan in signed)
        exported.append(ExportedPledge(view, scans, reasons.get(pledge_id)))
    return exported


class _PledgeText:
    """One list entry's indented text (a pledge or a task's tracking), its images and
    evidence files held back to be written in chunks."""

    def __init__(self) -> None:
        self._token = f"@@image-{secrets.token_hex(8)}-"
        self._pattern = re.compile(f'"{re.escape(self._token)}(\\d+)@@"')
        self._images: list[bytes] = []

    def _placeholder(self, data: bytes | None) -> str | None:
        if data is None:
            return None
        self._images.append(data)
        return f"{self._token}{len(self._images) - 1}@@"

    def write(
        self,
        stream: BinaryIO,
        build: Callable[[Callable[[bytes | None], str | None]], dict[str, Any]],
        *,
        first: bool,
    ) -> None:
        self._images = []
        document = build(self._placeholder)
        text = json.dumps(document, ensure_ascii=False, indent=2)
        text = ("\n    " if first else ",\n    ") + text.replace("\n", "\n    ")
        end = 0
        for match in self._pattern.finditer(text):
            stream.write(text[end : match.start()].encode("utf-8"))
            stream.write(b'"')
            image = self._images[int(match.group(1))]
            for start in range(0, len(image), _IMAGE_CHUNK):
                stream.write(base64.b64encode(image[start : start + _IMAGE_CHUNK]))
            stream.write(b'"')
            end = match.end()
        stream.write(text[end:].encode("utf-8"))


def write_export(
    session: Session,
    stream: BinaryIO,
    *,
    on_pledge: Callable[[int, int], None] | None = None,
) -> int:
    """Write every pledge, then the tracking of every task, to `stream` as an exchange
    document; the count of pledges written.

    `on_pledge(done, total)` is told once before the first pledge (done 0), then after
    each batch.
    """
    order = _order(session)
    if on_pledge is not None:
        on_pledge(0, len(order))
    header = (
        f'{{\n  "format": {json.dumps(FORMAT_NAME)},\n  "version": {FORMAT_VERSION},\n'
        '  "pledges": ['
    )
    stream.write(header.encode("utf-8"))
    writer = _PledgeText()
    for start in range(0, len(order), _BATCH):
        for offset, pledge in enumerate(_batch(session, order[start : start + _BATCH])):
            writer.write(stream, partial(_pledge, pledge), first=start + offset == 0)
        if on_pledge is not None:
            on_pledge(min(start + _BATCH, len(order)), len(order))
    stream.write(b"\n  ],\n" if order else b"],\n")
    stream.write(b'  "tracking": [')
    first = True
    for entry in iter_tracking(session):
        writer.write(stream, partial(_tracking, entry), first=first)
        first = False
    stream.write(b"]\n}\n" if first else b"\n  ]\n}\n")
    return len(order)


def _pledge(pledge: ExportedPledge, binary: Callable[[bytes | None], str | None]) -> Any:
    return pledge_document(pledge, binary=binary)


def _tracking(entry: ExchangeTracking, binary: Callable[[bytes | None], str | None]) -> Any:
    return tracking_document(entry, binary)
