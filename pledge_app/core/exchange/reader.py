"""Walking a parsed exchange file: typed values out, every problem recorded with where it is."""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from pledge_app.core.errors import ImportFailed
from pledge_app.core.i18n import translate
from pledge_app.core.text_checks import is_finite_number

#: More problems than this are summarised: a clerk fixes the first ones and runs it again.
MAX_PROBLEMS = 50

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_E = TypeVar("_E", bound=StrEnum)


class ExchangeFileInvalid(ImportFailed):
    """The file breaks the format; `problems` names the file, pledge and field of each."""

    def __init__(self, problems: list[str]) -> None:
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            problems = [
                *problems[:MAX_PROBLEMS],
                translate("exchange", "… and {count} more problems.").format(count=more),
            ]
        super().__init__("\n".join(problems))
        self.problems = problems


class JsonObject(dict[str, Any]):
    """A JSON object that remembers keys the file gave more than once."""

    duplicates: tuple[str, ...] = ()


def object_pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    """`json.loads` hook building a JsonObject."""
    result = JsonObject(pairs)
    if len(result) != len(pairs):
        keys = [key for key, _ in pairs]
        result.duplicates = tuple(sorted({key for key in keys if keys.count(key) > 1}))
    return result


def shown(value: Any) -> str:
    """A value as JSON, cut short for a message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def kind(value: Any) -> str:
    """What sort of JSON value `value` is, in words."""
    if value is None:
        return translate("exchange", "null")
    if isinstance(value, bool):
        return translate("exchange", "true/false")
    if isinstance(value, int | float):
        return translate("exchange", "a number")
    if isinstance(value, str):
        return translate("exchange", "text")
    if isinstance(value, list):
        return translate("exchange", "a list")
    return translate("exchange", "an object")


def utc_text(moment: datetime) -> str:
    """A moment as the file writes it: UTC, microseconds, a final Z."""
    # SQLite gives naive UTC back, PostgreSQL an aware one: one canonical form for both.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Reader:
    """Walks the parsed JSON; each problem is recorded with where it is, then reading goes on."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []
        self.pledge: tuple[int, str] | None = None  # (index, label) of the pledge being read
        self.tracking: tuple[int, str] | None = None  # (index, key) of the tracking entry read
        self.bad_paths: set[str] = set()
        self.ids: dict[str, int] = {}  # id -> index of the pledge that first used it
        self.tracked: dict[str, int] = {}  # key -> index of the tracking entry that gave it

    def problem(self, path: str, message: str) -> None:
        """Record `message` about the field at `path` of the pledge being read."""
        self.bad_paths.add(path)
        if self.tracking is not None:
            self._tracking_problem(path, message)
            return
        if self.pledge is None:
            if path:
                line = translate("exchange", "{file}, {field}: {problem}")
            else:
                line = translate("exchange", "{file}: {problem}")
            self.problems.append(line.format(file=self.source, field=path, problem=message))
            return
        index, label = self.pledge
        if label and path:
            line = translate("exchange", "{file}: pledge {index} ({label}), {field}: {problem}")
        elif label:
            line = translate("exchange", "{file}: pledge {index} ({label}): {problem}")
        elif path:
            line = translate("exchange", "{file}: pledge {index}, {field}: {problem}")
        else:
            line = translate("exchange", "{file}: pledge {index}: {problem}")
        self.problems.append(
            line.format(file=self.source, index=index, label=label, field=path, problem=message)
        )

    def _tracking_problem(self, path: str, message: str) -> None:
        assert self.tracking is not None
        index, key = self.tracking
        if key and path:
            line = translate(
                "exchange", "{file}: tracking {index} (task {key}), {field}: {problem}"
            )
        elif key:
            line = translate("exchange", "{file}: tracking {index} (task {key}): {problem}")
        elif path:
            line = translate("exchange", "{file}: tracking {index}, {field}: {problem}")
        else:
            line = translate("exchange", "{file}: tracking {index}: {problem}")
        self.problems.append(
            line.format(file=self.source, index=index, key=key, field=path, problem=message)
        )

    def fields(
        self, value: Any, path: str, *, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> dict[str, Any] | None:
        """The object at `path`, after reporting missing, unknown and repeated keys."""
        if not isinstance(value, dict):
            self.problem(
                path,
                translate("exchange", "must be an object, not {kind}").format(kind=kind(value)),
            )
            return None
        prefix = f"{path}." if path else ""
        for key in getattr(value, "duplicates", ()):
            self.problem(prefix + key, translate("exchange", "is given more than once"))
        for key in required:
            if key not in value:
                self.problem(prefix + key, translate("exchange", "is missing"))
        for key in value:
            if key not in required and key not in optional:
                self.problem(prefix + key, translate("exchange", "is not a field of this format"))
        return value

    def text(self, value: Any, path: str, *, limit: int | None = None) -> str:
        """Text, without NUL and (after stripping) at most `limit` characters."""
        if not isinstance(value, str):
            self.problem(
                path, translate("exchange", "must be text, not {kind}").format(kind=kind(value))
            )
            return ""
        if "\x00" in value:
            self.problem(path, translate("exchange", "contains a NUL character"))
            return ""
        if limit is not None and len(value.strip()) > limit:
            self.problem(
                path,
                translate("exchange", "is longer than {limit} characters").format(limit=limit),
            )
            return ""
        return value

    def text_or_null(self, value: Any, path: str, *, limit: int | None = None) -> str | None:
        """Text as `text` reads it, or None for null."""
        return None if value is None else self.text(value, path, limit=limit)

    def texts(self, value: Any, path: str) -> tuple[str, ...]:
        """A list of text."""
        if not isinstance(value, list):
            self.problem(
                path,
                translate("exchange", "must be a list of text, not {kind}").format(
                    kind=kind(value)
                ),
            )
            return ()
        return tuple(self.text(item, f"{path}[{i}]") for i, item in enumerate(value))

    def whole_number(self, value: Any, path: str) -> int:
        """An integer (true/false is not one)."""
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(
                path,
                translate("exchange", "must be a whole number, not {kind}").format(
                    kind=kind(value)
                ),
            )
            return 0
        return value

    def number(self, value: Any, path: str) -> float:
        """A finite number."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(
                path,
                translate("exchange", "must be a number, not {kind}").format(kind=kind(value)),
            )
            return 0.0
        if not is_finite_number(value):  # 401 digits overflow a float (issue 7 item 24)
            self.problem(path, translate("exchange", "must be a finite number"))
            return 0.0
        return float(value)

    def date_or_null(self, value: Any, path: str) -> date | None:
        """A real calendar date written YYYY-MM-DD, or None for null."""
        if value is None:
            return None
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(
            path,
            translate("exchange", "{value} is not a real date (YYYY-MM-DD)").format(
                value=shown(value)
            ),
        )
        return None

    def moment(self, value: Any, path: str) -> datetime | None:
        """A UTC moment written as `utc_text` writes it."""
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                parsed = None
            if parsed is not None and parsed.tzinfo is not None and utc_text(parsed) == value:
                return parsed
        self.problem(
            path,
            translate("exchange", "{value} is not a UTC time like {example}").format(
                value=shown(value), example="2026-03-02T08:30:00.000000Z"
            ),
        )
        return None

    def uuid_or_null(self, value: Any, path: str) -> str | None:
        """A UUID in canonical text form, or None for null."""
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return str(uuid.UUID(value))
        except ValueError:
            self.problem(
                path,
                translate("exchange", "{value} is not a UUID (like {example})").format(
                    value=shown(value), example="0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"
                ),
            )
            return None

    def base64_or_null(self, value: Any, path: str) -> bytes | None:
        """Bytes written in standard base64 (with padding), or None for null."""
        if value is None:
            return None
        if isinstance(value, str):
            try:
                data = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                pass
            else:
                if data and base64.b64encode(data).decode("ascii") == value:
                    return data
        self.problem(
            path,
            translate("exchange", "must be file contents in base64 or null, not {value}").format(
                value=shown(value)
            ),
        )
        return None

    def choice(self, value: Any, path: str, allowed: tuple[_E, ...]) -> _E:
        """One of `allowed`, by its value."""
        for option in allowed:
            if value == option.value and isinstance(value, str):
                return option
        self.problem(
            path,
            translate("exchange", "{value} is not one of {choices}").format(
                value=shown(value), choices=", ".join(option.value for option in allowed)
            ),
        )
        return allowed[0]


def decode_json(data: bytes, reader: Reader) -> Any:
    """The JSON value in `data`, or None after recording why it cannot be read."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        reader.problem(
            "",
            translate(
                "exchange", "is not UTF-8 text (line {line}, byte 0x{byte:02X}); save it as UTF-8"
            ).format(line=line, byte=data[error.start]),
        )
        return None
    try:
        return json.loads(text, object_pairs_hook=object_pairs)
    except json.JSONDecodeError as error:
        reader.problem(
            "",
            translate(
                "exchange", "is not valid JSON: line {line}, column {column}: {reason}"
            ).format(line=error.lineno, column=error.colno, reason=error.msg),
        )
        return None
