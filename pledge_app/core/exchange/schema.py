"""Read the pledges of an exchange file (version 1, 2 or 3), collecting every problem they have."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String

from pledge_app.core.enums import PledgeStatus, SigningOrder, TaskList
from pledge_app.core.exchange.reader import MAX_PROBLEMS, ExchangeFileInvalid, Reader, kind
from pledge_app.core.exchange.signatures import (
    ExchangeSignature,
    content_hash_or_null,
    read_signatures,
    verify_frozen,
)
from pledge_app.core.i18n import translate
from pledge_app.core.models import Pledge, Signatory, Task, Unit
from pledge_app.core.text_checks import MAX_PARAGRAPH, lone_surrogate
from pledge_app.core.validation import check_draft, check_final
from pledge_app.core.views import PartyView, PledgeContent, TaskView

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_PROBLEMS",
    "READABLE_VERSIONS",
    "ExchangeFileInvalid",
    "ExchangePledge",
    "PledgeHead",
    "broken_character",
    "read_pledge",
]

FORMAT_NAME = "pledge-exchange"
#: The version an export writes.
FORMAT_VERSION = 3
#: Versions an import reads: version 1 (no signatures) and 2 (no lineage keys, no
#: tracking) files import unchanged.
READABLE_VERSIONS = (1, 2, 3)
#: Statuses each version may carry.
STATUSES = {
    1: (PledgeStatus.DRAFT, PledgeStatus.READY_TO_SIGN),
    2: tuple(PledgeStatus),
    3: tuple(PledgeStatus),
}
#: The longest reason for an amendment (修改原因) a file may give.
MAX_REASON = MAX_PARAGRAPH


@dataclass(frozen=True)
class ExchangePledge:
    """One pledge read from a file: its place there, identity, status, content and signatures.

    `content_hash` is the one the file recorded (checked against the content already).
    """

    index: int
    id: str | None
    status: PledgeStatus
    content: PledgeContent
    revision: int = 1
    previous_id: str | None = None
    signing_order: SigningOrder = SigningOrder.ISSUER_FIRST
    content_hash: str | None = None
    signatures: tuple[ExchangeSignature, ...] = ()
    amendment_reason: str | None = None

    @property
    def label(self) -> str:
        """The number (or title) that names the pledge in messages."""
        return self.content.number.strip() or self.content.title.strip()

    @property
    def head(self) -> PledgeHead:
        """What the checks against the database need to know of it."""
        return PledgeHead(
            self.index, self.id, self.status, self.revision, self.previous_id, self.label
        )


@dataclass(frozen=True)
class PledgeHead:
    """A pledge of a file as the checks against the database see it, without its content."""

    index: int
    id: str | None
    status: PledgeStatus
    revision: int
    previous_id: str | None
    label: str


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

_PARTY_FIELDS = ("unit", "signatory", "signatory_title")
_TASK_FIELDS = (
    "key",
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
_V2_OPTIONAL = (
    "id",
    "status",
    "revision",
    "previous_id",
    "signing_order",
    "content_hash",
    "goals",
    "duties",
    "measures",
    "outcomes",
    "tasks",
    "signatures",
)
_PLEDGE_OPTIONAL = {
    1: ("id", "status", "goals", "duties", "measures", "outcomes", "tasks"),
    2: _V2_OPTIONAL,
    3: (*_V2_OPTIONAL, "amendment_reason"),
}


def _party(reader: Reader, value: Any, path: str) -> PartyView:
    obj = reader.fields(value, path, required=("unit",), optional=_PARTY_FIELDS[1:])
    if obj is None:
        return PartyView("")
    parts = [
        reader.text(obj.get(key, ""), f"{path}.{key}", limit=_LIMITS[key]) for key in _PARTY_FIELDS
    ]
    return PartyView(*parts)


def broken_character(reader: Reader, text: str, path: str) -> str:
    """`text`, or "" after recording that it holds a lone surrogate UTF-8 cannot carry."""
    code = lone_surrogate(text)
    if code is None:
        return text
    reader.problem(
        path,
        translate(
            "exchange",
            "contains a broken character ({code}, half of a pair) that UTF-8 cannot hold",
        ).format(code=code),
    )
    return ""


def _task(reader: Reader, value: Any, path: str, version: int) -> TaskView:
    # The lineage key came with version 3; an older file's tasks get keys on import.
    optional = _TASK_FIELDS[2:] if version < 3 else (_TASK_FIELDS[0], *_TASK_FIELDS[2:])
    obj = reader.fields(value, path, required=("item",), optional=optional)
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
        key=reader.uuid_or_null(obj.get("key"), f"{path}.key") or "",
    )


def _check_keys(reader: Reader, tasks: tuple[TaskView, ...]) -> None:
    # One lineage per task: tracking names its task by the key.
    first: dict[str, int] = {}
    for position, task in enumerate(tasks):
        if not task.key:
            continue
        if task.key in first:
            reader.problem(
                f"tasks[{position}].key",
                translate("exchange", "{key} is already the key of tasks[{other}]").format(
                    key=task.key, other=first[task.key]
                ),
            )
        else:
            first[task.key] = position


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


def _id(reader: Reader, obj: dict[str, Any], index: int) -> str | None:
    pledge_id = reader.uuid_or_null(obj.get("id"), "id")
    if pledge_id is None:
        return None
    if pledge_id in reader.ids:
        reader.problem(
            "id",
            translate("exchange", "{id} is already the id of pledge {other}").format(
                id=pledge_id, other=reader.ids[pledge_id]
            ),
        )
    else:
        reader.ids[pledge_id] = index
    return pledge_id


def _content(reader: Reader, obj: dict[str, Any], version: int) -> PledgeContent:
    number = reader.text(obj.get("number", ""), "number", limit=_LIMITS["number"])
    title = reader.text(obj.get("title", ""), "title", limit=_LIMITS["title"])
    year = reader.whole_number(obj.get("year", 0), "year")
    issuer = _party(reader, obj.get("issuer", {}), "issuer")
    responsible = _party(reader, obj.get("responsible", {}), "responsible")
    sections = {key: reader.texts(obj.get(key, []), key) for key in _SECTIONS}
    tasks_value = obj.get("tasks", [])
    if isinstance(tasks_value, list):
        tasks = tuple(
            _task(reader, task, f"tasks[{i}]", version) for i, task in enumerate(tasks_value)
        )
        _check_keys(reader, tasks)
    else:
        reader.problem(
            "tasks",
            translate("exchange", "must be a list of tasks, not {kind}").format(
                kind=kind(tasks_value)
            ),
        )
        tasks = ()
    return PledgeContent(
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


def _validate(reader: Reader, content: PledgeContent, status: PledgeStatus) -> None:
    # The rules themselves live in core.validation; here they are only placed in the file.
    # A frozen pledge met the final rules when it was signed; its hashes prove it since.
    shape_problems = set(reader.bad_paths)
    draft_findings = check_draft(content)
    ready = status is PledgeStatus.READY_TO_SIGN
    for finding in check_final(content) if ready else draft_findings:
        path = _finding_path(finding.field)
        if any(path == bad or path.startswith(bad + ".") for bad in shape_problems):
            continue
        if status is PledgeStatus.READY_TO_SIGN and finding not in draft_findings:
            message = translate("exchange", "{finding} (required for status ready_to_sign)")
            reader.problem(path, message.format(finding=finding.message))
        else:
            reader.problem(path, finding.message)


def _revision(reader: Reader, obj: dict[str, Any], previous_id: str | None) -> int:
    revision = reader.whole_number(obj.get("revision", 1), "revision")
    if "revision" in reader.bad_paths:
        return 1
    if previous_id is None and revision != 1:
        reader.problem(
            "revision",
            translate("exchange", "must be 1 for a first version (previous_id is null)"),
        )
    elif previous_id is not None and revision < 2:
        reader.problem("revision", translate("exchange", "must be 2 or more for an amendment"))
    return revision


def _reason(reader: Reader, value: Any, previous_id: str | None) -> str | None:
    reason = reader.text_or_null(value, "amendment_reason", limit=MAX_REASON)
    reason = broken_character(reader, reason.strip(), "amendment_reason") if reason else None
    if reason and previous_id is None:
        reader.problem(
            "amendment_reason",
            translate("exchange", "only an amendment (a pledge with a previous_id) has a reason"),
        )
    return reason or None


def read_pledge(
    reader: Reader, value: Any, index: int, version: int, *, checked: bool = False
) -> ExchangePledge | None:
    """The pledge `value` at `index` of the file, or None after recording its problems.

    `checked`: the same bytes passed every check already (their digest says so), so the
    content rules and hashes are not checked again, only the values read.
    """
    reader.pledge = (index, _label(value) if isinstance(value, dict) else "")
    reader.tracking = None
    reader.bad_paths = set()
    obj = reader.fields(value, "", required=_PLEDGE_REQUIRED, optional=_PLEDGE_OPTIONAL[version])
    if obj is None:
        return None
    before = len(reader.problems)
    pledge_id = _id(reader, obj, index)
    status = reader.choice(obj.get("status", PledgeStatus.DRAFT.value), "status", STATUSES[version])
    previous_id = reader.uuid_or_null(obj.get("previous_id"), "previous_id")
    if previous_id is not None and previous_id == pledge_id:
        reader.problem("previous_id", translate("exchange", "is the pledge's own id"))
    revision = _revision(reader, obj, previous_id)
    reason = _reason(reader, obj.get("amendment_reason"), previous_id)
    order = reader.choice(
        obj.get("signing_order", SigningOrder.ISSUER_FIRST.value),
        "signing_order",
        tuple(SigningOrder),
    )
    recorded_hash = content_hash_or_null(reader, obj.get("content_hash"), "content_hash")
    content = _content(reader, obj, version)
    signatures = read_signatures(reader, obj.get("signatures", []))
    if not checked:
        _validate(reader, content, status)
    if len(reader.problems) > before or signatures is None:
        return None
    if not checked:
        verify_frozen(
            reader,
            pledge_id=pledge_id,
            status=status,
            order=order,
            content=content,
            recorded_hash=recorded_hash,
            signatures=signatures,
        )
    if len(reader.problems) > before:
        return None
    return ExchangePledge(
        index=index,
        id=pledge_id,
        status=status,
        content=content,
        revision=revision,
        previous_id=previous_id,
        signing_order=order,
        content_hash=recorded_hash,
        signatures=signatures,
        amendment_reason=reason,
    )
