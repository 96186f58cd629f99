"""Check a PDF someone hands in: is it an untouched printed copy of a signed pledge?"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.content_hash import content_hash
from pledge_app.core.enums import Party, PledgeStatus
from pledge_app.core.errors import NotFound
from pledge_app.core.i18n import translate
from pledge_app.core.models import Pledge, PrintedCopy
from pledge_app.core.pledges import content_of, load_pledge
from pledge_app.core.print_marks import PrintMark
from pledge_app.core.printed_copies import REGISTERED_STATUSES, find_printed_copy, pdf_sha256

# pypdf warns about every damaged file it recovers from; keep that off the CLI's stderr
# (the app's logging set-up still receives it through the root logger).
logging.getLogger("pypdf").addHandler(logging.NullHandler())


class Outcome(StrEnum):
    """What the check found, for code that branches; `Verification.reason` says it in words."""

    GENUINE = "genuine"
    DATABASE_ALTERED = "database_altered"
    PLEDGE_MISSING = "pledge_missing"
    NOT_A_PDF = "not_a_pdf"
    NOT_OURS = "not_ours"
    UNKNOWN_PLEDGE = "unknown_pledge"
    UNSIGNED_COPY = "unsigned_copy"
    CHANGED = "changed"


@dataclass(frozen=True)
class Verification:
    """The verdict on one PDF, with what is known of the pledge it shows.

    `status` is the pledge's status in this database now (None when it has no
    such pledge); `mark` is the print mark read from the file, if one was read.
    """

    genuine: bool
    reason: str
    pledge_id: str | None = None
    number: str | None = None
    title: str | None = None
    revision: int | None = None
    status: str | None = None
    printed_at: datetime | None = None
    outcome: Outcome = Outcome.NOT_OURS
    signed_on: date | None = None
    newer_revision: int | None = None
    mark: PrintMark | None = None


def verify_printed_pdf(session: Session, pdf: bytes) -> Verification:
    """The verdict on `pdf`; never raises for bad bytes, whatever they are."""
    copy = find_printed_copy(session, pdf_sha256(pdf))
    if copy is not None:
        return _registered(session, copy)
    keywords = _read_keywords(pdf)
    if keywords is None:
        return Verification(
            genuine=False,
            reason=translate(
                "verification", "This file is not a PDF, or it is damaged: it cannot be checked."
            ),
            outcome=Outcome.NOT_A_PDF,
        )
    mark = PrintMark.parse(keywords)
    if mark is None:
        return Verification(
            genuine=False,
            reason=translate(
                "verification",
                "This PDF was not printed by Pledge Manager: it carries no pledge mark.",
            ),
            outcome=Outcome.NOT_OURS,
        )
    return _unregistered(session, mark)


def check_print_mark(session: Session, text: str) -> Verification:
    """The verdict on a mark scanned from the QR code of a paper copy.

    A paper page cannot be compared byte for byte; this says whether this
    database holds a signed pledge of that version with that content.
    """
    mark = PrintMark.parse(text)
    if mark is None:
        return Verification(
            genuine=False,
            reason=translate(
                "verification",
                "This code was not printed by Pledge Manager: it holds no pledge mark.",
            ),
            outcome=Outcome.NOT_OURS,
        )
    unsigned = _unsigned_or_unknown(session, mark)
    if unsigned is not None:
        return unsigned
    pledge = load_pledge(session, mark.pledge_id)
    if not _intact(pledge, revision=mark.revision, digest=mark.content_hash):
        return _verdict(
            pledge,
            mark=mark,
            outcome=Outcome.CHANGED,
            reason=translate(
                "verification",
                "This code claims signed version {revision} of pledge {number} “{title}” with "
                "content {hash}, which this database does not hold: the copy was not printed "
                "from this database, it is forged, or the database was altered. Run the "
                "integrity check.",
            ).format(
                revision=mark.revision,
                number=pledge.number,
                title=pledge.title,
                hash=mark.short_hash,
            ),
        )
    return _signed_verdict(session, pledge, printed_at=None, mark=mark)


def _read_keywords(pdf: bytes) -> str | None:
    """The /Keywords text of a readable PDF ("" when it has none); None when unreadable."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(pdf), strict=False)
        metadata = reader.metadata
        if metadata is None:
            return ""
        value = metadata.get("/Keywords")
        if value is not None and hasattr(value, "get_object"):
            value = value.get_object()
        return value if isinstance(value, str) else ""
    except Exception:  # pypdf raises many kinds on hostile bytes; each means "damaged"
        return None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _verdict(
    pledge: Pledge,
    *,
    outcome: Outcome,
    reason: str,
    printed_at: datetime | None = None,
    signed_on: date | None = None,
    newer_revision: int | None = None,
    mark: PrintMark | None = None,
) -> Verification:
    return Verification(
        genuine=outcome is Outcome.GENUINE,
        pledge_id=pledge.id,
        number=pledge.number,
        title=pledge.title,
        revision=pledge.revision,
        status=pledge.status,
        reason=reason,
        printed_at=printed_at,
        outcome=outcome,
        signed_on=signed_on,
        newer_revision=newer_revision,
        mark=mark,
    )


def _registered(session: Session, copy: PrintedCopy) -> Verification:
    printed_at = _aware(copy.printed_at)
    try:
        pledge = load_pledge(session, copy.pledge_id)
    except NotFound:
        return Verification(
            genuine=False,
            pledge_id=copy.pledge_id,
            revision=copy.revision,
            reason=translate(
                "verification",
                "This file was printed by Pledge Manager from a pledge that is no longer in "
                "this database (id {id}): the database was altered.",
            ).format(id=copy.pledge_id),
            printed_at=printed_at,
            outcome=Outcome.PLEDGE_MISSING,
        )
    if not _intact(pledge, revision=copy.revision, digest=copy.content_hash):
        return _verdict(
            pledge,
            outcome=Outcome.DATABASE_ALTERED,
            printed_at=printed_at,
            reason=translate(
                "verification",
                "This file is an untouched printed copy of version {revision} of pledge "
                "{number} “{title}”, but the pledge in the database was altered after it was "
                "printed: it no longer matches what was signed. Run the integrity check.",
            ).format(revision=copy.revision, number=pledge.number, title=pledge.title),
        )
    return _signed_verdict(session, pledge, printed_at=printed_at, mark=None)


def _intact(pledge: Pledge, *, revision: int, digest: str) -> bool:
    """Whether the stored pledge is still the signed version `revision` with content `digest`."""
    signed = {s.party for s in pledge.signatures if s.content_hash == digest}
    return (
        pledge.status in REGISTERED_STATUSES
        and pledge.revision == revision
        and pledge.content_hash == digest
        and content_hash(content_of(pledge)) == digest
        and signed >= {party.value for party in Party}
    )


def _signed_verdict(
    session: Session, pledge: Pledge, *, printed_at: datetime | None, mark: PrintMark | None
) -> Verification:
    signed_on = max((s.signed_on for s in pledge.signatures), default=None)
    names = {
        "revision": pledge.revision,
        "number": pledge.number,
        "title": pledge.title,
        "date": signed_on.isoformat() if signed_on else "?",
    }
    if pledge.status != PledgeStatus.SUPERSEDED:
        reason = translate(
            "verification",
            "This is an untouched copy of version {revision} of pledge {number} “{title}”, "
            "signed on {date}.",
        ).format(**names)
        return _verdict(
            pledge,
            outcome=Outcome.GENUINE,
            reason=reason,
            printed_at=printed_at,
            signed_on=signed_on,
            mark=mark,
        )
    newer = session.scalars(
        select(Pledge.revision)
        .where(Pledge.previous_id == pledge.id)
        .where(Pledge.status.in_([status.value for status in REGISTERED_STATUSES]))
        .order_by(Pledge.revision)
    ).first()
    reason = translate(
        "verification",
        "This is an untouched copy of version {revision} of pledge {number} “{title}”, "
        "signed on {date}; a newer version {newer} superseded it, so this copy is no longer "
        "the one in force.",
    ).format(**names, newer=newer if newer is not None else "?")
    return _verdict(
        pledge,
        outcome=Outcome.GENUINE,
        reason=reason,
        printed_at=printed_at,
        signed_on=signed_on,
        newer_revision=newer,
        mark=mark,
    )


def _unsigned_or_unknown(session: Session, mark: PrintMark) -> Verification | None:
    """The verdict when the mark names no pledge here, or an unsigned copy; else None."""
    pledge = session.get(Pledge, mark.pledge_id)
    if pledge is None:
        return Verification(
            genuine=False,
            pledge_id=mark.pledge_id,
            number=mark.number,
            revision=mark.revision,
            reason=translate(
                "verification",
                "This copy names pledge {number} (id {id}), which is not in this database: it "
                "was printed from another database, or its mark is forged.",
            ).format(number=mark.number or "?", id=mark.pledge_id),
            outcome=Outcome.UNKNOWN_PLEDGE,
            mark=mark,
        )
    if mark.status == PledgeStatus.DRAFT:
        reason = translate(
            "verification",
            "This is a draft copy of pledge {number} “{title}”, not a signed pledge.",
        )
    elif mark.status == PledgeStatus.READY_TO_SIGN:
        reason = translate(
            "verification",
            "This is an unsigned copy of pledge {number} “{title}”, printed for signing; it is "
            "not a signed pledge.",
        )
    else:
        return None
    return _verdict(
        pledge,
        outcome=Outcome.UNSIGNED_COPY,
        reason=reason.format(number=pledge.number, title=pledge.title),
        mark=mark,
    )


def _unregistered(session: Session, mark: PrintMark) -> Verification:
    unsigned = _unsigned_or_unknown(session, mark)
    if unsigned is not None:
        return unsigned
    pledge = load_pledge(session, mark.pledge_id)
    return _verdict(
        pledge,
        outcome=Outcome.CHANGED,
        mark=mark,
        reason=translate(
            "verification",
            "This file claims to be version {revision} of pledge {number} “{title}”, but it "
            "matches no copy printed from this database: it was changed after it was printed "
            "(or was not printed from this database).",
        ).format(revision=mark.revision, number=pledge.number, title=pledge.title),
    )
