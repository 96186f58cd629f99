"""Import pledges from an exchange file: versions in order, hashes re-checked, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.content_hash import content_hash
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import ImportFailed, PledgeError, ValidationFailed
from pledge_app.core.exchange.reader import ExchangeFileInvalid, Reader
from pledge_app.core.exchange.schema import ExchangePledge
from pledge_app.core.i18n import translate
from pledge_app.core.models import Pledge
from pledge_app.core.pledges import content_of, create_pledge, finalise_pledge, load_pledge

# Chunks of ids per IN (...) query, well under SQLite's limit on bound parameters.
_ID_CHUNK = 500
_FROZEN = (PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED)


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote."""

    created: int
    ready_to_sign: int
    signed: int = 0  # signed or superseded, with both signatures


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


def _at(reader: Reader, pledge: ExchangePledge) -> Reader:
    label = pledge.label
    reader.pledge = (pledge.index, label if len(label) <= 40 else label[:39] + "…")
    return reader


def _check_ids(
    session: Session, pledges: Sequence[ExchangePledge], reader: Reader
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
    pledge: ExchangePledge,
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
    session: Session, pledges: Sequence[ExchangePledge], reader: Reader, stored: dict[str, _Version]
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


def _refused(pledge: ExchangePledge, source: str, field: str, problem: str) -> ExchangeFileInvalid:
    reader = _at(Reader(source), pledge)
    reader.problem(field, problem)
    return ExchangeFileInvalid(reader.problems)


def _store(session: Session, pledge: ExchangePledge, source: str) -> Pledge:
    # The guard triggers refuse content for a pledge already marked signed, so the
    # pledge goes in as a draft with its content, then gets its signatures and status.
    created = create_pledge(session, pledge.content, pledge_id=pledge.id)
    row = load_pledge(session, created.id)
    row.revision = pledge.revision
    row.previous_id = pledge.previous_id
    row.signing_order = pledge.signing_order.value
    session.flush()
    if pledge.status is PledgeStatus.DRAFT:
        return row
    if pledge.status is PledgeStatus.READY_TO_SIGN:
        finalise_pledge(session, row.id)
    else:
        row.content_hash = content_hash(content_of(row))
    if pledge.content_hash is not None and row.content_hash != pledge.content_hash:
        raise _refused(
            pledge,
            source,
            "content_hash",
            translate(
                "exchange",
                "the content would change when stored (spaces around the number, the title "
                "or a name are removed), so it would no longer match its hash",
            ),
        )
    for signature in pledge.signatures:
        row.signatures.append(signature.row(row.id))
    session.flush()
    if pledge.status in _FROZEN:
        row.status = pledge.status.value
        session.flush()
    return row


def _supersede(session: Session, row: Pledge, previous: _Version | None) -> None:
    if row.status != PledgeStatus.SIGNED or previous is None or not previous.stored:
        return
    if previous.status is not PledgeStatus.SIGNED:
        return
    stored = load_pledge(session, previous.id)
    stored.status = PledgeStatus.SUPERSEDED.value
    session.flush()
    audit.record(
        session,
        "superseded",
        pledge_id=stored.id,
        details={"by": row.id, "by_revision": row.revision},
    )


def _record(session: Session, row: Pledge, source: str) -> None:
    details = {"revision": row.revision, "content_hash": row.content_hash, "source": source}
    audit.record(session, "imported", pledge_id=row.id, details={**details, "status": row.status})
    if row.status in _FROZEN:
        # The integrity check looks for the signing of every signed pledge in the log;
        # this one was signed elsewhere and arrived signed, as this entry says.
        audit.record(session, "signed", pledge_id=row.id, details={**details, "imported": True})


def import_pledges(
    session: Session, pledges: Sequence[ExchangePledge], *, source: str
) -> ImportSummary:
    """Store the pledges read from `source`; any problem raises and leaves the session to roll back.

    A pledge whose id is already stored is refused (merging is not supported yet);
    an amendment's previous version must be stored already or come in the same file,
    and is imported first. A pledge marked ready to sign is finalised, which validates
    it; a signed one gets its signatures as the file recorded them (their hashes were
    re-checked when the file was read).
    """
    reader = Reader(source)
    versions = _check_ids(session, pledges, reader)
    if reader.problems:
        raise ExchangeFileInvalid(reader.problems)
    _check_versions(session, pledges, reader, versions)
    if reader.problems:
        raise ExchangeFileInvalid(reader.problems)
    ready = signed = 0
    # An amendment's revision is one more than its previous version's: this is their order.
    for pledge in sorted(pledges, key=lambda pledge: pledge.revision):
        try:
            row = _store(session, pledge, source)
        except ValidationFailed as error:
            raise ExchangeFileInvalid(
                [_refused(pledge, source, "", problem).problems[0] for problem in error.problems]
            ) from error
        except ImportFailed:
            raise
        except PledgeError as error:
            raise ImportFailed(_refused(pledge, source, "", str(error)).problems[0]) from error
        _supersede(session, row, versions.get(pledge.previous_id or ""))
        _record(session, row, source)
        ready += row.status == PledgeStatus.READY_TO_SIGN
        signed += row.status in _FROZEN
    return ImportSummary(created=len(pledges), ready_to_sign=ready, signed=signed)
