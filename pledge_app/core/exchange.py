"""Export pledges to the JSON exchange format and import them back, all or nothing."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pledge_app.core.content_hash import canonical_content
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import ImportFailed, PledgeError, ValidationFailed
from pledge_app.core.exchange_schema import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ExchangeFileInvalid,
    ExchangePledge,
    parse_exchange,
)
from pledge_app.core.i18n import translate
from pledge_app.core.models import Pledge
from pledge_app.core.pledges import create_pledge, finalise_pledge, view_of
from pledge_app.core.views import PledgeView

__all__ = [
    "ExchangeFileInvalid",
    "ExchangePledge",
    "ImportSummary",
    "dumps_document",
    "export_document",
    "export_pledges",
    "import_pledges",
    "parse_exchange",
    "read_exchange_file",
    "write_exchange_file",
]

# Chunks of ids per IN (...) query, well under SQLite's limit on bound parameters.
_ID_CHUNK = 500


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote."""

    created: int
    ready_to_sign: int


def _sort_key(view: PledgeView) -> tuple[int, str, str]:
    # Sorted in Python, not SQL: collations differ between SQLite and PostgreSQL,
    # and the same pledges must export to the same bytes from either.
    return (view.content.year, view.content.number, view.id)


def _pledge_document(view: PledgeView) -> dict[str, Any]:
    content = canonical_content(view.content)
    head = {key: content.pop(key) for key in ("number", "title", "year")}
    return {"id": view.id, **head, "status": view.status.value, **content}


def export_document(views: Sequence[PledgeView]) -> dict[str, Any]:
    """The exchange document holding `views`, in the stable export order."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "pledges": [_pledge_document(view) for view in sorted(views, key=_sort_key)],
    }


def dumps_document(document: dict[str, Any]) -> str:
    """The document as the text an export writes: indented, unescaped, one final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def export_pledges(session: Session) -> list[PledgeView]:
    """Every stored pledge, fully loaded, in the stable export order."""
    query = select(Pledge).options(
        selectinload(Pledge.paragraphs),
        selectinload(Pledge.tasks),
        selectinload(Pledge.issuer),
        selectinload(Pledge.responsible),
        selectinload(Pledge.signatures),
    )
    return sorted((view_of(pledge) for pledge in session.scalars(query)), key=_sort_key)


def write_exchange_file(views: Sequence[PledgeView], path: Path) -> None:
    """Write the exchange file for `views` to `path`, replacing it only once it is complete."""
    data = dumps_document(export_document(views)).encode("utf-8")
    folder = path.resolve().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise PledgeError(
            translate("exchange", "Cannot write {file}: {reason}").format(
                file=path, reason=error.strerror or error
            )
        ) from error


def read_exchange_file(path: Path) -> list[ExchangePledge]:
    """The pledges in the exchange file at `path`; raises ImportFailed naming every problem."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise ExchangeFileInvalid(
            [translate("exchange", "{file}: there is no such file").format(file=path)]
        ) from error
    except OSError as error:
        raise ExchangeFileInvalid(
            [
                translate("exchange", "{file}: cannot be read: {reason}").format(
                    file=path, reason=error.strerror or error
                )
            ]
        ) from error
    return parse_exchange(data, source=path.name)


def _existing_ids(session: Session, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        found.update(session.scalars(select(Pledge.id).where(Pledge.id.in_(chunk))))
    return found


def _where(pledge: ExchangePledge, source: str) -> str:
    label = pledge.content.number.strip() or pledge.content.title.strip()
    if not label:
        return translate("exchange", "{file}: pledge {index}").format(
            file=source, index=pledge.index
        )
    return translate("exchange", "{file}: pledge {index} ({label})").format(
        file=source, index=pledge.index, label=label
    )


def import_pledges(
    session: Session, pledges: Sequence[ExchangePledge], *, source: str
) -> ImportSummary:
    """Store the pledges read from `source`; any problem raises and leaves the session to roll back.

    A pledge whose id is already stored is refused (merging is not supported yet);
    a pledge marked ready to sign is finalised, which validates it and freezes its hash.
    """
    ids = [pledge.id for pledge in pledges if pledge.id is not None]
    existing = _existing_ids(session, ids)
    clashes = [
        translate(
            "exchange",
            "{where}, id: a pledge with the id {id} is already in the database "
            "(importing over existing pledges is not supported yet)",
        ).format(where=_where(pledge, source), id=pledge.id)
        for pledge in pledges
        if pledge.id in existing
    ]
    if clashes:
        raise ExchangeFileInvalid(clashes)
    ready = 0
    for pledge in pledges:
        try:
            view = create_pledge(session, pledge.content, pledge_id=pledge.id)
            if pledge.status is PledgeStatus.READY_TO_SIGN:
                finalise_pledge(session, view.id)
                ready += 1
        except ValidationFailed as error:
            raise ExchangeFileInvalid(
                [
                    translate("exchange", "{where}: {problem}").format(
                        where=_where(pledge, source), problem=problem
                    )
                    for problem in error.problems
                ]
            ) from error
        except PledgeError as error:
            raise ImportFailed(
                translate("exchange", "{where}: {problem}").format(
                    where=_where(pledge, source), problem=error
                )
            ) from error
    return ImportSummary(created=len(pledges), ready_to_sign=ready)
