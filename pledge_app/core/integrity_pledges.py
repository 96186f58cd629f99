"""The pledge half of the integrity check, streamed in batches through Core selects.

No ORM objects and no pledge held longer than its batch: on 10,000 signed pledges with
images the ORM graph of the whole database took gigabytes, and its garbage collections
froze the window while the check ran "in the background".
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    Connection,
    Row,
    Select,
    Table,
    Text,
    distinct,
    exists,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased

from pledge_app.core.content_hash import canonical_hash, party_dict
from pledge_app.core.enums import Party, PledgeStatus, Section
from pledge_app.core.i18n import translate
from pledge_app.core.models import AuditEntry, Paragraph, Pledge, Signature, Task, Unit
from pledge_app.core.signing import signature_record_hash
from pledge_app.core.views import PartyView

if TYPE_CHECKING:
    from pledge_app.core.integrity import IntegrityFinding

FROZEN_STATUSES = (PledgeStatus.SIGNED.value, PledgeStatus.SUPERSEDED.value)
#: Ready-to-sign content carries its hash too, but no guard protects it: always rehashed.
CHECKED_STATUSES = (*FROZEN_STATUSES, PledgeStatus.READY_TO_SIGN.value)
#: Pledges rehashed per round trip; with two signature images each, about 15 MB at a time.
BATCH = 100

_PLEDGE = cast(Table, Pledge.__table__)
_PARAGRAPH = cast(Table, Paragraph.__table__)
_TASK = cast(Table, Task.__table__)
_SIGNATURE = cast(Table, Signature.__table__)
_AUDIT = cast(Table, AuditEntry.__table__)


@dataclass(frozen=True)
class PledgeHeader:
    """The pledge row and its units' names: all the check needs besides its content rows."""

    id: str
    number: str
    title: str
    year: int
    revision: int
    status: str
    content_hash: str | None
    issuer: PartyView
    responsible: PartyView


#: Ids per IN list: far below every engine's limit on bound parameters.
_IN_LIST = 500


def _chunks(ids: Collection[str]) -> Iterator[list[str]]:
    listed = list(ids)
    for start in range(0, len(listed), _IN_LIST):
        yield listed[start : start + _IN_LIST]


def _header_query() -> Select[*tuple[Any, ...]]:
    issuer, responsible = aliased(Unit), aliased(Unit)
    return (
        select(
            Pledge.id,
            Pledge.number,
            Pledge.title,
            Pledge.year,
            Pledge.revision,
            Pledge.status,
            Pledge.content_hash,
            issuer.name,
            Pledge.issuer_signer,
            Pledge.issuer_signer_title,
            responsible.name,
            Pledge.responsible_signer,
            Pledge.responsible_signer_title,
        )
        # Outer joins: a pledge whose unit row vanished is still checked (and fails).
        .outerjoin(issuer, issuer.id == Pledge.issuer_id)
        .outerjoin(responsible, responsible.id == Pledge.responsible_id)
        .where(Pledge.status.in_(CHECKED_STATUSES))
    )


def _header(row: Sequence[Any]) -> PledgeHeader:
    return PledgeHeader(
        id=row[0],
        number=row[1],
        title=row[2],
        year=row[3],
        revision=row[4],
        status=row[5],
        content_hash=row[6],
        issuer=PartyView(row[7] or "", row[8], row[9]),
        responsible=PartyView(row[10] or "", row[11], row[12]),
    )


def headers(connection: Connection, *, ids: Collection[str] | None = None) -> list[PledgeHeader]:
    """Every pledge the check concerns (or those of `ids`), in the list's order."""
    order = (Pledge.year, Pledge.number, Pledge.revision)
    if ids is None:
        return [_header(row) for row in connection.execute(_header_query().order_by(*order))]
    found = [
        _header(row)
        for chunk in _chunks(ids)
        for row in connection.execute(_header_query().where(Pledge.id.in_(chunk)))
    ]
    return sorted(found, key=lambda header: (header.year, header.number, header.revision))


def count_checked(connection: Connection) -> int:
    """How many pledges the check concerns: the signed, superseded and ready-to-sign."""
    query = select(func.count()).select_from(_PLEDGE).where(_PLEDGE.c.status.in_(CHECKED_STATUSES))
    return int(connection.execute(query).scalar() or 0)


def ready_to_sign(connection: Connection) -> set[str]:
    """The ready-to-sign pledges: no guard protects their content, so each check rehashes them."""
    query = select(_PLEDGE.c.id).where(_PLEDGE.c.status == PledgeStatus.READY_TO_SIGN.value)
    return set(connection.scalars(query))


def unsupported(connection: Connection) -> set[str]:
    """Signed pledges lacking a party's signature or the record of their signing, found by
    the database itself: no signed pledge's rows come into Python to look for them."""
    parties = [party.value for party in Party]
    signed_parties = (
        select(func.count(distinct(_SIGNATURE.c.party)))
        .where(_SIGNATURE.c.pledge_id == _PLEDGE.c.id, _SIGNATURE.c.party.in_(parties))
        .scalar_subquery()
    )
    recorded = exists().where(_AUDIT.c.pledge_id == _PLEDGE.c.id, _AUDIT.c.action == "signed")
    query = select(_PLEDGE.c.id).where(
        _PLEDGE.c.status.in_(FROZEN_STATUSES), or_(signed_parties < len(parties), ~recorded)
    )
    return set(connection.scalars(query))


def audited_signings(connection: Connection, ids: Collection[str] | None = None) -> set[str]:
    """The pledges (of `ids`, or all) whose signing the audit log records."""
    query = select(_AUDIT.c.pledge_id).where(_AUDIT.c.action == "signed").distinct()
    if ids is None:
        return {pledge_id for (pledge_id,) in connection.execute(query) if pledge_id is not None}
    return {
        pledge_id
        for chunk in _chunks(ids)
        for (pledge_id,) in connection.execute(query.where(_AUDIT.c.pledge_id.in_(chunk)))
    }


def _name(header: PledgeHeader) -> str:
    return translate("integrity", "Pledge {number} “{title}” (version {revision})").format(
        number=header.number, title=header.title, revision=header.revision
    )


def _finding(header: PledgeHeader, message: str) -> IntegrityFinding:
    from pledge_app.core.integrity import IntegrityFinding

    return IntegrityFinding(f"{_name(header)}: {message}", header.id)


def _batches(items: list[PledgeHeader], size: int) -> Iterator[list[PledgeHeader]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _grouped(rows: Iterable[Row[Any]]) -> dict[str, list[Row[Any]]]:
    grouped: dict[str, list[Row[Any]]] = {}
    for row in rows:
        grouped.setdefault(row.pledge_id, []).append(row)
    return grouped


def _text(value: object) -> str:
    # SQLite hands back the stored text; PostgreSQL's driver a date or a parsed list.
    return value if isinstance(value, str) else cast(date, value).isoformat()


def _units(value: object) -> list[str]:
    if value == "[]":  # most tasks have no co-operating unit: no parser for them
        return []
    loaded = json.loads(value) if isinstance(value, str) else value
    return list(cast(list[str], loaded or ()))


def _canonical(
    header: PledgeHeader, paragraphs: list[Row[Any]], tasks: list[Row[Any]]
) -> dict[str, Any]:
    """The content in `content_hash.canonical_content`'s form, straight from the rows.

    The raw stored values are hashed (no date parsing, no enum round trip): a value the
    application could never have written then hashes differently and is reported, where
    building the views from it would have failed.
    """
    sections: dict[str, list[str]] = {section.value: [] for section in Section}
    for paragraph in paragraphs:
        # A section no pledge has makes a key of its own: the hash differs, as it should.
        sections.setdefault(paragraph.section, []).append(paragraph.text)
    return {
        "number": header.number,
        "title": header.title,
        "year": header.year,
        "issuer": party_dict(header.issuer),
        "responsible": party_dict(header.responsible),
        **sections,
        "tasks": [
            {
                "item": task.item,
                "lead_official": task.lead_official,
                "responsible_body": task.responsible_body,
                "measures": task.measures,
                "deliverable": task.deliverable,
                "deadline": None if task.deadline is None else _text(task.deadline),
                "list": task.list_class,
                "cooperating_units": _units(task.cooperating_units),
                "weight": task.weight,
            }
            for task in tasks
        ],
    }


def _consistency(
    header: PledgeHeader, parties: set[str], audited: set[str]
) -> list[IntegrityFinding]:
    """What the rows say without rehashing: both parties signed, the signing on record."""
    findings: list[IntegrityFinding] = []
    if header.status not in FROZEN_STATUSES:
        return findings
    for party in Party:
        if party.value not in parties:
            findings.append(
                _finding(
                    header,
                    translate(
                        "integrity", "it is marked signed but {party} has no signature."
                    ).format(party=party.value),
                )
            )
    if header.id not in audited:
        findings.append(
            _finding(header, translate("integrity", "the audit log has no record of its signing."))
        )
    return findings


def _hashes(header: PledgeHeader, canonical: dict[str, Any]) -> list[IntegrityFinding]:
    actual = canonical_hash(canonical)
    if header.content_hash == actual:
        return []
    return [
        _finding(
            header,
            translate(
                "integrity",
                "its content was altered after it was frozen "
                "(recorded hash {recorded}, content now hashes to {actual}).",
            ).format(recorded=(header.content_hash or "-")[:12], actual=actual[:12]),
        )
    ]


def _parties(connection: Connection, ids: list[str]) -> dict[str, set[str]]:
    # Only the row's first columns: SQLite need not walk the images' overflow pages.
    query = select(_SIGNATURE.c.pledge_id, _SIGNATURE.c.party).where(
        _SIGNATURE.c.pledge_id.in_(ids)
    )
    parties: dict[str, set[str]] = {}
    for pledge_id, party in connection.execute(query):
        parties.setdefault(pledge_id, set()).add(party)
    return parties


def _signatures(
    connection: Connection, batch: list[PledgeHeader], findings: dict[str, list[IntegrityFinding]]
) -> dict[str, set[str]]:
    """Each signature's record rehashed and its content hash compared; the parties signed."""
    by_id = {header.id: header for header in batch}
    parties: dict[str, set[str]] = {}
    rows = connection.execute(
        select(_SIGNATURE)
        .where(_SIGNATURE.c.pledge_id.in_(list(by_id)))
        .order_by(_SIGNATURE.c.pledge_id, _SIGNATURE.c.position)
    )
    # Row by row: only one signature's images are held at a time.
    for row in rows:
        header = by_id[row.pledge_id]
        parties.setdefault(header.id, set()).add(row.party)
        if row.content_hash != header.content_hash:
            findings[header.id].append(
                _finding(
                    header,
                    translate(
                        "integrity", "the signature of {signer} was given on different content."
                    ).format(signer=row.signer),
                )
            )
        # The hash reads only the columns, which the row has under the same names.
        if row.record_hash != signature_record_hash(cast(Signature, row)):
            findings[header.id].append(
                _finding(
                    header,
                    translate("integrity", "the signature record of {signer} was altered.").format(
                        signer=row.signer
                    ),
                )
            )
    return parties


def _rehash_batch(
    connection: Connection, batch: list[PledgeHeader]
) -> tuple[dict[str, set[str]], dict[str, list[IntegrityFinding]]]:
    """Each pledge's content and signatures rehashed: the parties signed, the findings."""
    ids = [header.id for header in batch]
    paragraphs = _grouped(
        connection.execute(
            select(_PARAGRAPH.c.pledge_id, _PARAGRAPH.c.section, _PARAGRAPH.c.text)
            .where(_PARAGRAPH.c.pledge_id.in_(ids))
            .order_by(_PARAGRAPH.c.pledge_id, _PARAGRAPH.c.section, _PARAGRAPH.c.position)
        )
    )
    # Deadlines and cooperating units as stored, without the types' result processing.
    task_columns = [
        type_coerce(column, Text) if column.name in ("deadline", "cooperating_units") else column
        for column in _TASK.c
        if column.name not in ("id", "position", "version")
    ]
    tasks = _grouped(
        connection.execute(
            select(*task_columns)
            .where(_TASK.c.pledge_id.in_(ids))
            .order_by(_TASK.c.pledge_id, _TASK.c.position)
        )
    )
    findings: dict[str, list[IntegrityFinding]] = {
        header.id: _hashes(
            header, _canonical(header, paragraphs.get(header.id, []), tasks.get(header.id, []))
        )
        for header in batch
    }
    del paragraphs, tasks
    return _signatures(connection, batch, findings), findings


def check_pledges(
    connection: Connection,
    pledges: list[PledgeHeader],
    *,
    rehash: Collection[str] | None = None,
    audited: set[str] | None = None,
) -> Iterator[IntegrityFinding]:
    """Findings for `pledges`, batch by batch: every one's rows checked for consistency, and
    those in `rehash` (all when None) rehashed from their content and signature records."""
    audited = audited_signings(connection) if audited is None else audited
    for batch in _batches(pledges, BATCH):
        deep = [h for h in batch if rehash is None or h.id in rehash]
        parties: dict[str, set[str]] = {}
        hashed: dict[str, list[IntegrityFinding]] = {}
        if deep:
            parties, hashed = _rehash_batch(connection, deep)
        shallow = [h.id for h in batch if h.id not in hashed]
        if shallow:
            parties.update(_parties(connection, shallow))
        for header in batch:
            yield from hashed.get(header.id, [])
            yield from _consistency(header, parties.get(header.id, set()), audited)
