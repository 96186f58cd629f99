"""The mark a printed pledge carries (PDF /Keywords and QR code) so a copy can be checked."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from urllib.parse import quote, unquote

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.views import PledgeView

#: The first two fields of every mark: who wrote it and the format version.
PREFIX = "pledge-manager;v1;"

_HEX64 = re.compile(r"[0-9a-f]{64}")
_REVISION = re.compile(r"[1-9][0-9]{0,8}")
_STATUSES = frozenset(status.value for status in PledgeStatus)
_REQUIRED = ("id", "rev", "hash", "status")
# Longer than any real mark; a bound so a hostile file cannot make parsing costly.
_MAX_LENGTH = 2000


@dataclass(frozen=True)
class PrintMark:
    """Which pledge, which version and which content a printed copy shows.

    `content_hash` is empty only for a draft, whose content is not frozen yet.
    """

    pledge_id: str
    number: str
    revision: int
    content_hash: str
    status: str

    @property
    def short_hash(self) -> str:
        """The first 12 hex digits of the content hash, for the printed footer."""
        return self.content_hash[:12]

    def to_keywords(self) -> str:
        """The mark as one ASCII line, for the PDF /Keywords entry and the QR code.

        The number is percent-encoded (UTF-8), so Chinese text and the
        separators `;` and `=` survive every PDF string encoding unchanged.
        """
        number = quote(self.number, safe="")
        return (
            f"{PREFIX}id={self.pledge_id};rev={self.revision};"
            f"hash={self.content_hash};status={self.status};no={number}"
        )

    @classmethod
    def parse(cls, text: str | None) -> PrintMark | None:
        """The mark in `text` (a /Keywords value or a scanned QR code), or None if it has none."""
        if not isinstance(text, str) or len(text) > _MAX_LENGTH:
            return None
        start = text.find(PREFIX)
        if start < 0:
            return None
        body = text[start + len(PREFIX) :].strip()
        fields: dict[str, str] = {}
        for part in body.split(";"):
            key, sep, value = part.strip().partition("=")
            if not sep:
                break  # keywords of someone else's after the mark
            if key in fields:
                return None
            fields[key] = value
        return _from_fields(fields)


def _from_fields(fields: dict[str, str]) -> PrintMark | None:
    if any(key not in fields for key in _REQUIRED):
        return None
    pledge_id, revision, digest, status = (fields[key] for key in _REQUIRED)
    try:
        if str(uuid.UUID(pledge_id)) != pledge_id:
            return None
    except ValueError:
        return None
    if not _REVISION.fullmatch(revision) or status not in _STATUSES:
        return None
    if not (_HEX64.fullmatch(digest) or (digest == "" and status == PledgeStatus.DRAFT)):
        return None
    try:
        number = unquote(fields.get("no", ""), errors="strict")
    except UnicodeDecodeError:
        return None
    return PrintMark(
        pledge_id=pledge_id,
        number=number,
        revision=int(revision),
        content_hash=digest,
        status=status,
    )


def mark_for(pledge: PledgeView) -> PrintMark:
    """The mark to print on a copy of `pledge`."""
    return PrintMark(
        pledge_id=pledge.id,
        number=pledge.content.number,
        revision=pledge.revision,
        content_hash=pledge.content_hash or "",
        status=pledge.status.value,
    )
