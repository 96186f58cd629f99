"""Read an exchange file (version 1) into typed pledges, collecting every problem it has."""

from __future__ import annotations

import json
import math
import re
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import String

from pledge_app.core.enums import PledgeStatus, TaskList
from pledge_app.core.errors import ImportFailed
from pledge_app.core.i18n import translate
from pledge_app.core.models import Pledge, Signatory, Task, Unit
from pledge_app.core.validation import check_draft, check_final
from pledge_app.core.views import PartyView, PledgeContent, TaskView

FORMAT_NAME = "pledge-exchange"
FORMAT_VERSION = 1
#: Statuses a version-1 file may carry; "signed" comes with signatures in a later version.
IMPORTABLE_STATUSES = (PledgeStatus.DRAFT, PledgeStatus.READY_TO_SIGN)
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


@dataclass(frozen=True)
class ExchangePledge:
    """One pledge read from a file: its place there, optional id, status and content."""

    index: int
    id: str | None
    status: PledgeStatus
    content: PledgeContent


def _max_length(column: Any) -> int | None:
    kind = column.type
    return kind.length if isinstance(kind, String) else None


# The database refuses longer text (PostgreSQL does; SQLite would silently keep it).
_LIMITS: dict[str, int | None] = {
    "number": _max_length(Pledge.__table__.c.number),
    "title": _max_length(Pledge.__table__.c.title),
    "unit": _max_length(Unit.__table__.c.name),
    "signatory": _max_length(Signatory.__table__.c.name),
    "signatory_title": _max_length(Signatory.__table__.c.title),
    "lead_official": _max_length(Task.__table__.c.lead_official),
}


class _JsonObject(dict[str, Any]):
    """A JSON object that remembers keys the file gave more than once."""

    duplicates: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> _JsonObject:
    result = _JsonObject(pairs)
    if len(result) != len(pairs):
        keys = [key for key, _ in pairs]
        result.duplicates = tuple(sorted({key for key in keys if keys.count(key) > 1}))
    return result


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _kind(value: Any) -> str:
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


class _Reader:
    """Walks the parsed JSON; each problem is recorded with where it is, then reading goes on."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []
        self.pledge: tuple[int, str] | None = None  # (index, label) of the pledge being read
        self.bad_paths: set[str] = set()
        self.ids: dict[str, int] = {}  # id -> index of the pledge that first used it

    def problem(self, path: str, message: str) -> None:
        self.bad_paths.add(path)
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

    def fields(
        self, value: Any, path: str, *, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> dict[str, Any] | None:
        """The object at `path`, after reporting missing, unknown and repeated keys."""
        if not isinstance(value, dict):
            self.problem(
                path,
                translate("exchange", "must be an object, not {kind}").format(kind=_kind(value)),
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
        if not isinstance(value, str):
            self.problem(
                path, translate("exchange", "must be text, not {kind}").format(kind=_kind(value))
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

    def texts(self, value: Any, path: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.problem(
                path,
                translate("exchange", "must be a list of text, not {kind}").format(
                    kind=_kind(value)
                ),
            )
            return ()
        return tuple(self.text(item, f"{path}[{i}]") for i, item in enumerate(value))

    def whole_number(self, value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(
                path,
                translate("exchange", "must be a whole number, not {kind}").format(
                    kind=_kind(value)
                ),
            )
            return 0
        return value

    def number(self, value: Any, path: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(
                path,
                translate("exchange", "must be a number, not {kind}").format(kind=_kind(value)),
            )
            return 0.0
        if not math.isfinite(value):
            self.problem(path, translate("exchange", "must be a finite number"))
            return 0.0
        return float(value)

    def date_or_null(self, value: Any, path: str) -> date | None:
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
                value=_shown(value)
            ),
        )
        return None

    def choice(self, value: Any, path: str, allowed: tuple[_E, ...]) -> _E:
        for option in allowed:
            if value == option.value and isinstance(value, str):
                return option
        self.problem(
            path,
            translate("exchange", "{value} is not one of {choices}").format(
                value=_shown(value), choices=", ".join(option.value for option in allowed)
            ),
        )
        return allowed[0]


_PARTY_FIELDS = ("unit", "signatory", "signatory_title")
_TASK_FIELDS = (
    "item",
    "lead_official",
    "responsible_body",
    "measures",
    "deliverable",
    "deadline",
    "list",
    "cooperating_units",
    "weight",
)
_SECTIONS = ("goals", "duties", "measures", "outcomes")
_PLEDGE_REQUIRED = ("number", "title", "year", "issuer", "responsible")
_PLEDGE_OPTIONAL = ("id", "status", "goals", "duties", "measures", "outcomes", "tasks")


def _party(reader: _Reader, value: Any, path: str) -> PartyView:
    obj = reader.fields(value, path, required=("unit",), optional=_PARTY_FIELDS[1:])
    if obj is None:
        return PartyView("")
    parts = [
        reader.text(obj.get(key, ""), f"{path}.{key}", limit=_LIMITS[key]) for key in _PARTY_FIELDS
    ]
    return PartyView(*parts)


def _task(reader: _Reader, value: Any, path: str) -> TaskView:
    obj = reader.fields(value, path, required=("item",), optional=_TASK_FIELDS[1:])
    if obj is None:
        return TaskView(item="")

    def text(key: str) -> str:
        return reader.text(obj.get(key, ""), f"{path}.{key}", limit=_LIMITS.get(key))

    return TaskView(
        item=text("item"),
        lead_official=text("lead_official"),
        responsible_body=text("responsible_body"),
        measures=text("measures"),
        deliverable=text("deliverable"),
        deadline=reader.date_or_null(obj.get("deadline"), f"{path}.deadline"),
        list_class=reader.choice(
            obj.get("list", TaskList.ANNUAL_KEY_POINT.value),
            f"{path}.list",
            tuple(TaskList),
        ),
        cooperating_units=reader.texts(
            obj.get("cooperating_units", []), f"{path}.cooperating_units"
        ),
        weight=reader.number(obj.get("weight", 0), f"{path}.weight"),
    )


def _label(value: dict[str, Any]) -> str:
    for key in ("number", "title"):
        text = value.get(key)
        if isinstance(text, str) and text.strip():
            text = text.strip()
            return text if len(text) <= 40 else text[:39] + "…"
    return ""


def _finding_path(field: str) -> str:
    # validation.Finding keys look like "tasks.2.deadline"; the file speaks "tasks[2].deadline".
    path = re.sub(r"\.(\d+)", r"[\1]", field)
    return {"issuer": "issuer.unit", "responsible": "responsible.unit"}.get(path, path)


def _pledge(reader: _Reader, value: Any, index: int) -> ExchangePledge | None:
    reader.pledge = (index, _label(value) if isinstance(value, dict) else "")
    reader.bad_paths = set()
    obj = reader.fields(value, "", required=_PLEDGE_REQUIRED, optional=_PLEDGE_OPTIONAL)
    if obj is None:
        return None
    before = len(reader.problems)
    pledge_id: str | None = None
    raw_id = obj.get("id")
    if raw_id is not None:
        try:
            if not isinstance(raw_id, str):
                raise ValueError(raw_id)
            pledge_id = str(uuid.UUID(raw_id))
        except ValueError:
            reader.problem(
                "id",
                translate("exchange", "{value} is not a UUID (like {example})").format(
                    value=_shown(raw_id), example="0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"
                ),
            )
    if pledge_id is not None:
        if pledge_id in reader.ids:
            reader.problem(
                "id",
                translate("exchange", "{id} is already the id of pledge {other}").format(
                    id=pledge_id, other=reader.ids[pledge_id]
                ),
            )
        else:
            reader.ids[pledge_id] = index
    number = reader.text(obj.get("number", ""), "number", limit=_LIMITS["number"])
    title = reader.text(obj.get("title", ""), "title", limit=_LIMITS["title"])
    year = reader.whole_number(obj.get("year", 0), "year")
    status = reader.choice(
        obj.get("status", PledgeStatus.DRAFT.value), "status", IMPORTABLE_STATUSES
    )
    issuer = _party(reader, obj.get("issuer", {}), "issuer")
    responsible = _party(reader, obj.get("responsible", {}), "responsible")
    sections = {key: reader.texts(obj.get(key, []), key) for key in _SECTIONS}
    tasks_value = obj.get("tasks", [])
    if isinstance(tasks_value, list):
        tasks = tuple(_task(reader, task, f"tasks[{i}]") for i, task in enumerate(tasks_value))
    else:
        reader.problem(
            "tasks",
            translate("exchange", "must be a list of tasks, not {kind}").format(
                kind=_kind(tasks_value)
            ),
        )
        tasks = ()
    content = PledgeContent(
        number=number,
        title=title,
        year=year,
        issuer=issuer,
        responsible=responsible,
        goals=sections["goals"],
        duties=sections["duties"],
        measures=sections["measures"],
        outcomes=sections["outcomes"],
        tasks=tasks,
    )
    # The rules themselves live in core.validation; here they are only placed in the file.
    check = check_final if status is PledgeStatus.READY_TO_SIGN else check_draft
    shape_problems = set(reader.bad_paths)
    draft_findings = check_draft(content)
    for finding in check(content):
        path = _finding_path(finding.field)
        if any(path == bad or path.startswith(bad + ".") for bad in shape_problems):
            continue
        if status is PledgeStatus.READY_TO_SIGN and finding not in draft_findings:
            message = translate("exchange", "{finding} (required for status ready_to_sign)")
            reader.problem(path, message.format(finding=finding.message))
        else:
            reader.problem(path, finding.message)
    if len(reader.problems) > before:
        return None
    return ExchangePledge(index=index, id=pledge_id, status=status, content=content)


def _decode(data: bytes, reader: _Reader) -> Any:
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
        return json.loads(text, object_pairs_hook=_object_pairs)
    except json.JSONDecodeError as error:
        reader.problem(
            "",
            translate(
                "exchange", "is not valid JSON: line {line}, column {column}: {reason}"
            ).format(line=error.lineno, column=error.colno, reason=error.msg),
        )
        return None


def parse_exchange(data: bytes, *, source: str) -> list[ExchangePledge]:
    """The pledges of an exchange file's bytes; raises ExchangeFileInvalid listing every problem.

    `source` names the file in the messages.
    """
    reader = _Reader(source)
    document = _decode(data, reader)
    if reader.problems:
        raise ExchangeFileInvalid(reader.problems)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        reader.problem(
            "",
            translate(
                "exchange", 'is not a pledge exchange file (no "format": "{name}" at the top)'
            ).format(name=FORMAT_NAME),
        )
        raise ExchangeFileInvalid(reader.problems)
    version = document.get("version")
    if version is None:
        reader.problem("version", translate("exchange", "is missing"))
    elif isinstance(version, bool) or version != FORMAT_VERSION:
        reader.problem(
            "version",
            translate(
                "exchange", "{value} is not a version this program reads (it reads {supported})"
            ).format(value=_shown(version), supported=FORMAT_VERSION),
        )
    if reader.problems:
        raise ExchangeFileInvalid(reader.problems)
    reader.fields(document, "", required=("format", "version", "pledges"), optional=())
    items = document.get("pledges", [])
    if not isinstance(items, list):
        reader.problem(
            "pledges",
            translate("exchange", "must be a list of pledges, not {kind}").format(
                kind=_kind(items)
            ),
        )
        items = []
    pledges = [_pledge(reader, item, index) for index, item in enumerate(items, start=1)]
    if reader.problems:
        raise ExchangeFileInvalid(reader.problems)
    return [pledge for pledge in pledges if pledge is not None]
