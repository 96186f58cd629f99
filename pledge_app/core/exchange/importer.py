"""Import pledges and their tracking from an exchange file: versions in order, hashes
re-checked, all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.content_hash import content_hash
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.exchange.bulk import BulkWriter, signature_row, stored_content
from pledge_app.core.exchange.lineage import LineageKeys
from pledge_app.core.exchange.reader import ExchangeFileInvalid, Reader
from pledge_app.core.exchange.schema import ExchangePledge, PledgeHead
from pledge_app.core.exchange.tracking_import import (
    TrackingInput,
    check_tracking_keys,
    write_tracking,
)
from pledge_app.core.i18n import translate
from pledge_app.core.models import Pledge, new_id

# Chunks of ids per IN (...) query, well under SQLite's limit on bound parameters.
_ID_CHUNK = 500
# Pledges per round of executemany: rows of a few hundred pledges, not of the whole file,
# and fewer when their images are large.
_BATCH = 500
_BATCH_BYTES = 24 << 20
_FROZEN = (PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED)


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote."""

    created: int
    ready_to_sign: int
    signed: int = 0  # signed or superseded, with both signatures
    reports: int = 0  # progress reports added
    reports_skipped: int = 0  # reports stored already, identical
    milestones: int = 0


@dataclass(frozen=True)
class _Version:
    """What an amendment needs to know of the version it amends."""

    id: str
    label: str
    status: PledgeStatus
    revision: int
    stored: bool  # in the database already, not in the file


def _chunks(ids: Sequence[str]) -> list[Sequence[str]]:
    return [ids[start : start + _ID_CHUNK] for start in range(0, len(ids), _ID_CHUNK)]


def _stored_versions(session: Session, ids: Sequence[str]) -> dict[str, _Version]:
    found: dict[str, _Version] = {}
    for chunk in _chunks(ids):
        query = select(Pledge.id, Pledge.number, Pledge.title, Pledge.status, Pledge.revision)
        for pledge_id, number, title, status, revision in session.execute(
            query.where(Pledge.id.in_(chunk))
        ):
            found[pledge_id] = _Version(
                pledge_id, number or title, PledgeStatus(status), revision, stored=True
            )
    return found


def _stored_amendments(session: Session, ids: Sequence[str]) -> set[str]:
    """Those of `ids` that a stored pledge already amends."""
    amended: set[str] = set()
    for chunk in _chunks(ids):
        amended.update(
            pledge_id
            for pledge_id in session.scalars(
                select(Pledge.previous_id).where(Pledge.previous_id.in_(chunk))
            )
            if pledge_id is not None
        )
    return amended


def _at(reader: Reader, pledge: PledgeHead) -> Reader:
    label = pledge.label
    reader.pledge = (pledge.index, label if len(label) <= 40 else label[:39] + "…")
    return reader


def _check_ids(
    session: Session, pledges: Sequence[PledgeHead], reader: Reader
) -> dict[str, _Version]:
    ids = [pledge.id for pledge in pledges if pledge.id is not None]
    stored = _stored_versions(session, ids)
    for pledge in pledges:
        if pledge.id in stored:
            _at(reader, pledge).problem(
                "id",
                translate(
                    "exchange",
                    "a pledge with the id {id} is already in the database "
                    "(importing over existing pledges is not supported yet)",
                ).format(id=pledge.id),
            )
    return stored


def _check_previous(
    reader: Reader,
    pledge: PledgeHead,
    previous: _Version | None,
    amended: set[str],
) -> None:
    where = _at(reader, pledge)
    if previous is None:
        where.problem(
            "previous_id",
            translate(
                "exchange",
                "the version it amends ({id}) is neither in the database nor in this file",
            ).format(id=pledge.previous_id),
        )
        return
    if previous.id in amended:
        where.problem(
            "previous_id",
            translate("exchange", "{label} (version {revision}) already has an amendment").format(
                label=previous.label, revision=previous.revision
            ),
        )
        return
    amended.add(previous.id)
    if previous.status not in _FROZEN:
        where.problem(
            "previous_id",
            translate(
                "exchange", "{label} is {status}; only a signed pledge can be amended"
            ).format(label=previous.label, status=previous.status.value),
        )
    elif pledge.revision != previous.revision + 1:
        where.problem(
            "revision",
            translate("exchange", "must be {expected}, one more than the version it amends").format(
                expected=previous.revision + 1
            ),
        )
    elif pledge.status not in _FROZEN and previous.status is PledgeStatus.SUPERSEDED:
        where.problem(
            "previous_id",
            translate("exchange", "{label} (version {revision}) was superseded already").format(
                label=previous.label, revision=previous.revision
            ),
        )
    elif (
        pledge.status in _FROZEN and previous.status is PledgeStatus.SIGNED and not previous.stored
    ):
        where.problem(
            "previous_id",
            translate(
                "exchange",
                "{label} (version {revision}) must be superseded in this file, "
                "since this amendment of it is signed",
            ).format(label=previous.label, revision=previous.revision),
        )


def _check_versions(
    session: Session, pledges: Sequence[PledgeHead], reader: Reader, stored: dict[str, _Version]
) -> None:
    in_file = {
        pledge.id: _Version(pledge.id, pledge.label, pledge.status, pledge.revision, stored=False)
        for pledge in pledges
        if pledge.id is not None
    }
    wanted = [pledge.previous_id for pledge in pledges if pledge.previous_id is not None]
    previous = {**_stored_versions(session, [i for i in wanted if i not in in_file]), **in_file}
    amended = _stored_amendments(session, wanted)
    for pledge in pledges:
        if pledge.previous_id is not None:
            _check_previous(reader, pledge, previous.get(pledge.previous_id), amended)
    stored.update(previous)


def _refused(pledge: PledgeHead, source: str, field: str, problem: str) -> ExchangeFileInvalid:
    reader = _at(Reader(source), pledge)
    reader.problem(field, problem)
    return ExchangeFileInvalid(reader.problems)


def _queue(
    writer: BulkWriter,
    pledge: ExchangePledge,
    versions: dict[str, _Version],
    source: str,
    lineage: LineageKeys,
) -> PledgeStatus:
    head = pledge.head
    pledge_id = pledge.id or new_id()
    content = stored_content(pledge.content)
    digest: str | None = None
    if pledge.status is not PledgeStatus.DRAFT:
        # The file's hash was checked against its content; only stripped text hashes anew.
        same = content == pledge.content and pledge.content_hash is not None
        digest = pledge.content_hash if same else content_hash(content)
    if pledge.content_hash is not None and digest != pledge.content_hash:
        raise _refused(
            head,
            source,
            "content_hash",
            translate(
                "exchange",
                "the content would change when stored (spaces around the number, the title "
                "or a name are removed), so it would no longer match its hash",
            ),
        )
    writer.add_pledge(
        pledge_id=pledge_id,
        status=pledge.status,
        content=content,
        digest=digest,
        revision=pledge.revision,
        previous_id=pledge.previous_id,
        signing_order=pledge.signing_order.value,
        signatures=[signature_row(s, pledge_id, writer.now) for s in pledge.signatures],
        keys=lineage.keys_for(pledge_id, pledge.previous_id, content.tasks),
    )
    if pledge.amendment_reason:
        # Where core.amendments keeps the reason, so the app shows it as its own.
        writer.audit(
            "amended",
            pledge_id,
            {
                "amends": pledge.previous_id,
                "revision": pledge.revision,
                "reason": pledge.amendment_reason,
                "imported": True,
                "source": source,
            },
        )
    if pledge.status is PledgeStatus.READY_TO_SIGN:
        writer.audit("finalised", pledge_id, {"content_hash": digest})
    previous = versions.get(pledge.previous_id or "")
    if (
        pledge.status is PledgeStatus.SIGNED
        and previous is not None
        and previous.stored
        and previous.status is PledgeStatus.SIGNED
    ):
        writer.supersede(previous.id, by=pledge_id, by_revision=pledge.revision)
    details = {"revision": pledge.revision, "content_hash": digest, "source": source}
    writer.audit("imported", pledge_id, {**details, "status": pledge.status.value})
    if pledge.status in _FROZEN:
        # The integrity check looks for the signing of every signed pledge in the log;
        # this one was signed elsewhere and arrived signed, as this entry says.
        writer.audit("signed", pledge_id, {**details, "imported": True})
    return pledge.status


#: Reads the file's pledges of one revision, in file order.
ReadPledges = Callable[[int], Iterable[ExchangePledge]]


def check_heads(
    session: Session, heads: Sequence[PledgeHead], *, source: str
) -> dict[str, _Version]:
    """Check the file's pledges against the database; raises ExchangeFileInvalid naming each
    problem. Returns the versions that amendments amend."""
    reader = Reader(source)
    versions = _check_ids(session, heads, reader)
    if reader.problems:
        raise ExchangeFileInvalid(reader.problems)
    _check_versions(session, heads, reader, versions)
    if reader.problems:
        raise ExchangeFileInvalid(reader.problems)
    return versions


def import_checked(
    session: Session,
    heads: Sequence[PledgeHead],
    read: ReadPledges,
    *,
    source: str,
    batch: int = _BATCH,
    tracking: TrackingInput | None = None,
) -> ImportSummary:
    """Store pledges already checked against the format (`heads`), reading them through `read`,
    then the file's `tracking`.

    Checked against the database first; then written in bulk, a version before its
    amendment, and the tracking last. Any problem raises and leaves the session
    to roll back.
    """
    versions = check_heads(session, heads, source=source)
    if tracking is not None:
        check_tracking_keys(session, tracking, source=source)
    writer = BulkWriter(session, source=source)
    lineage = LineageKeys(session, {h.previous_id for h in heads if h.previous_id is not None})
    ready = signed = queued = 0
    # An amendment's revision is one more than its previous version's: this is their order.
    for revision in sorted({head.revision for head in heads}):
        for pledge in read(revision):
            status = _queue(writer, pledge, versions, source, lineage)
            ready += status is PledgeStatus.READY_TO_SIGN
            signed += status in _FROZEN
            queued += 1
            if queued % batch == 0 or writer.pending_bytes >= _BATCH_BYTES:
                writer.flush()
        writer.flush()
    summary = ImportSummary(created=len(heads), ready_to_sign=ready, signed=signed)
    if tracking is None:
        return summary
    added = write_tracking(session, writer, tracking.read(), source=source)
    return replace(
        summary, reports=added.reports, reports_skipped=added.skipped, milestones=added.milestones
    )


def import_pledges(
    session: Session,
    pledges: Sequence[ExchangePledge],
    *,
    source: str,
    tracking: TrackingInput | None = None,
) -> ImportSummary:
    """Store the pledges read from `source`; any problem raises and leaves the session to roll back.

    A pledge whose id is already stored is refused (merging is not supported yet);
    an amendment's previous version must be stored already or come in the same file,
    and is imported first. A pledge marked ready to sign is finalised; a signed one gets
    its signatures as the file recorded them (their hashes were re-checked when the file
    was read).
    """

    def read(revision: int) -> Iterable[ExchangePledge]:
        return (pledge for pledge in pledges if pledge.revision == revision)

    heads = [pledge.head for pledge in pledges]
    return import_checked(session, heads, read, source=source, tracking=tracking)
