"""An exchange file's top level, and the whole file read from bytes into pledges and tracking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pledge_app.core.exchange.reader import ExchangeFileInvalid, Reader, decode_json, kind, shown
from pledge_app.core.exchange.schema import (
    FORMAT_NAME,
    READABLE_VERSIONS,
    ExchangePledge,
    read_pledge,
)
from pledge_app.core.exchange.tracking_schema import ExchangeTracking, read_tracking
from pledge_app.core.i18n import translate

__all__ = ["ExchangeDocument", "parse_document", "parse_exchange", "read_top", "top_lists"]


@dataclass(frozen=True)
class ExchangeDocument:
    """Everything a file holds: its pledges and (version 3) the tracking of their tasks."""

    pledges: list[ExchangePledge]
    tracking: list[ExchangeTracking]

    @property
    def task_keys(self) -> set[str]:
        """The lineage keys the file's tasks carry."""
        return {task.key for pledge in self.pledges for task in pledge.content.tasks if task.key}


def top_lists(version: int) -> tuple[str, ...]:
    """The top-level lists a file of `version` has: pledges, and tracking from version 3."""
    return ("pledges", "tracking") if version >= 3 else ("pledges",)


def _version(reader: Reader, document: dict[str, Any]) -> int | None:
    version = document.get("version")
    if version is None:
        reader.problem("version", translate("exchange", "is missing"))
    elif isinstance(version, bool) or version not in READABLE_VERSIONS:
        reader.problem(
            "version",
            translate(
                "exchange", "{value} is not a version this program reads (it reads {supported})"
            ).format(
                value=shown(version),
                supported=", ".join(str(number) for number in READABLE_VERSIONS),
            ),
        )
    else:
        return int(version)
    return None


def read_top(reader: Reader, document: Any) -> int | None:
    """The version of a document whose top level is readable, after recording its problems.

    None when it is not an exchange file of a version this program reads (then nothing
    else of it is worth reading).
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        reader.problem(
            "",
            translate(
                "exchange", 'is not a pledge exchange file (no "format": "{name}" at the top)'
            ).format(name=FORMAT_NAME),
        )
        return None
    version = _version(reader, document)
    if version is None:
        return None
    optional = top_lists(version)[1:]
    reader.fields(document, "", required=("format", "version", "pledges"), optional=optional)
    items = document.get("pledges", [])
    if not isinstance(items, list):
        reader.problem(
            "pledges",
            translate("exchange", "must be a list of pledges, not {kind}").format(kind=kind(items)),
        )
    entries = document.get("tracking", [])
    if "tracking" in optional and not isinstance(entries, list):
        reader.problem(
            "tracking",
            translate("exchange", "must be a list of tasks' tracking, not {kind}").format(
                kind=kind(entries)
            ),
        )
    return version


def _items(document: dict[str, Any], key: str) -> list[Any]:
    items = document.get(key, [])
    return items if isinstance(items, list) else []


def parse_document(data: bytes, *, source: str) -> ExchangeDocument:
    """The pledges and tracking of an exchange file's bytes; raises ExchangeFileInvalid
    listing every problem (the pledges' first, then the tracking's).

    `source` names the file in the messages. Every hash a frozen pledge or an evidence file
    carries is recomputed here; what needs the database (ids, previous versions, the tasks
    that tracking names, reports stored already) is checked on import. The whole file is
    in memory: files on disk are read by `core.exchange.file_reader`.
    """
    reader = Reader(source)
    document = decode_json(data, reader)
    if reader.problems:
        raise ExchangeFileInvalid(reader.problems)
    version = read_top(reader, document)
    if version is None:
        raise ExchangeFileInvalid(reader.problems)
    pledges = [
        read_pledge(reader, item, index, version)
        for index, item in enumerate(_items(document, "pledges"), 1)
    ]
    tracking_reader = Reader(source)
    tracking = [
        read_tracking(tracking_reader, item, index)
        for index, item in enumerate(_items(document, "tracking") if version >= 3 else [], 1)
    ]
    problems = reader.problems + tracking_reader.problems
    if problems:
        raise ExchangeFileInvalid(problems)
    return ExchangeDocument(
        pledges=[pledge for pledge in pledges if pledge is not None],
        tracking=[entry for entry in tracking if entry is not None],
    )


def parse_exchange(data: bytes, *, source: str) -> list[ExchangePledge]:
    """The pledges of an exchange file's bytes (its tracking checked, then left aside);
    raises ExchangeFileInvalid listing every problem."""
    return parse_document(data, source=source).pledges
