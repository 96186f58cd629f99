"""The tracking of an exchange file (version 3): each task lineage's milestones, progress
reports and evidence files, read into typed entries with every problem named."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import String

from pledge_app.core.exchange.reader import Reader, kind, shown
from pledge_app.core.exchange.schema import broken_character
from pledge_app.core.i18n import translate
from pledge_app.core.models import Evidence, ProgressReport
from pledge_app.core.text_checks import MAX_PARAGRAPH
from pledge_app.core.tracking.milestones import MAX_MILESTONE_NAME, MAX_MILESTONES, MilestoneView
from pledge_app.core.tracking.reports import MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, MAX_NAME
from pledge_app.core.tracking.states import TaskState
from pledge_app.core.tracking.transfer import RecordedEvidence, RecordedReport

__all__ = [
    "EVIDENCE_KEYS",
    "MAX_REPORTS",
    "MILESTONE_KEYS",
    "REPORT_KEYS",
    "TRACKING_KEYS",
    "ExchangeTracking",
    "read_tracking",
]

#: The keys of a tracking entry, a milestone, a report and an evidence file, in export order.
TRACKING_KEYS = ("key", "milestones", "reports")
MILESTONE_KEYS = ("name", "due_on", "reached_on")
REPORT_KEYS = (
    "id",
    "period_start",
    "period_end",
    "reported_on",
    "percent",
    "state",
    "narrative",
    "reporter",
    "recorded_by",
    "recorded_at",
    "corrects",
    "evidence",
)
EVIDENCE_KEYS = ("name", "media_type", "sha256", "data")
_REPORT_OPTIONAL = ("narrative", "reporter", "recorded_by", "corrects", "evidence")
#: Reports on one task: a monthly report for decades, with corrections; not a damaged file.
MAX_REPORTS = 1_000
_RECORDED_BY = cast(String, ProgressReport.__table__.c.recorded_by.type).length or 200
_MEDIA_TYPE = cast(String, Evidence.__table__.c.media_type.type).length or 100
_HEX64 = re.compile(r"[0-9a-f]{64}")
_MEDIA = re.compile(r"[A-Za-z0-9][\w.+-]*/[\w.+-]+")
_MEGABYTE = 1 << 20


@dataclass(frozen=True)
class ExchangeTracking:
    """The tracking of one task lineage: its milestones and its reports, oldest first.

    `index` is the entry's place in the file's tracking list, from 1 (0: not from a file).
    """

    key: str
    milestones: tuple[MilestoneView, ...] = ()
    reports: tuple[RecordedReport, ...] = ()
    index: int = field(default=0, compare=False)


def _text(reader: Reader, value: Any, path: str, limit: int) -> str:
    return broken_character(reader, reader.text(value, path, limit=limit), path)


def _date(reader: Reader, value: Any, path: str) -> date:
    if path in reader.bad_paths:  # missing: said so already
        return date.min
    if value is None:
        reader.problem(path, translate("exchange", "must be a date (YYYY-MM-DD), not null"))
        return date.min
    return reader.date_or_null(value, path) or date.min


def _list(reader: Reader, value: Any, path: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        reader.problem(
            path, translate("exchange", "must be a list, not {kind}").format(kind=kind(value))
        )
        return []
    if len(value) > limit:
        reader.problem(
            path,
            translate("exchange", "holds {count} entries; at most {limit} are allowed").format(
                count=len(value), limit=limit
            ),
        )
        return []
    return value


def _milestone(reader: Reader, value: Any, path: str) -> MilestoneView | None:
    obj = reader.fields(value, path, required=("name", "due_on"), optional=("reached_on",))
    if obj is None:
        return None
    name = _text(reader, obj.get("name", ""), f"{path}.name", MAX_MILESTONE_NAME).strip()
    if not name and f"{path}.name" not in reader.bad_paths:
        reader.problem(f"{path}.name", translate("exchange", "is empty"))
    due_on = _date(reader, obj.get("due_on"), f"{path}.due_on")
    reached_on = reader.date_or_null(obj.get("reached_on"), f"{path}.reached_on")
    return MilestoneView(name, due_on, reached_on)


def _bytes(reader: Reader, value: Any, path: str) -> bytes:
    if isinstance(value, str):
        # Refused before decoding: a damaged file must not make a copy of gigabytes.
        if len(value) // 4 * 3 > MAX_EVIDENCE_BYTES + 2:
            reader.problem(
                path,
                translate("exchange", "is {size} MB; the limit is {limit} MB").format(
                    size=round(len(value) * 3 / 4 / _MEGABYTE, 1),
                    limit=MAX_EVIDENCE_BYTES // _MEGABYTE,
                ),
            )
            return b""
        try:
            data = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            pass
        else:
            if base64.b64encode(data).decode("ascii") == value:
                if len(data) > MAX_EVIDENCE_BYTES:
                    reader.problem(
                        path,
                        translate("exchange", "is {size} MB; the limit is {limit} MB").format(
                            size=round(len(data) / _MEGABYTE, 1),
                            limit=MAX_EVIDENCE_BYTES // _MEGABYTE,
                        ),
                    )
                    return b""
                return data
    reader.problem(
        path,
        translate("exchange", "must be file contents in base64, not {value}").format(
            value=shown(value)
        ),
    )
    return b""


def _evidence(reader: Reader, value: Any, path: str) -> RecordedEvidence | None:
    obj = reader.fields(value, path, required=("name", "sha256", "data"), optional=("media_type",))
    if obj is None:
        return None
    name = _text(reader, obj.get("name", ""), f"{path}.name", MAX_NAME).strip()
    if not name and f"{path}.name" not in reader.bad_paths:
        reader.problem(f"{path}.name", translate("exchange", "is empty"))
    media_type = reader.text(
        obj.get("media_type", "application/octet-stream"), f"{path}.media_type", limit=_MEDIA_TYPE
    )
    if f"{path}.media_type" not in reader.bad_paths and not _MEDIA.fullmatch(media_type):
        reader.problem(
            f"{path}.media_type",
            translate("exchange", "{value} is not a media type (like {example})").format(
                value=shown(media_type), example="application/pdf"
            ),
        )
    recorded = obj.get("sha256")
    if not isinstance(recorded, str) or not _HEX64.fullmatch(recorded):
        reader.problem(
            f"{path}.sha256",
            translate(
                "exchange", "must be a SHA-256 in 64 lower-case hex digits, not {kind}"
            ).format(kind=kind(recorded)),
        )
    data = _bytes(reader, obj.get("data"), f"{path}.data")
    bad = {f"{path}.sha256", f"{path}.data"} & reader.bad_paths
    actual = hashlib.sha256(data).hexdigest()
    if not bad and actual != recorded:
        reader.problem(
            f"{path}.sha256",
            translate(
                "exchange",
                "does not match the file's bytes, which hash to {actual}: "
                "the evidence was changed after it was recorded, so it is refused",
            ).format(actual=actual),
        )
    return RecordedEvidence(name, media_type, data)


def _percent_and_state(reader: Reader, obj: dict[str, Any], path: str) -> tuple[int, TaskState]:
    percent = 0
    if f"{path}.percent" not in reader.bad_paths:
        percent = reader.whole_number(obj["percent"], f"{path}.percent")
    if f"{path}.percent" not in reader.bad_paths and not 0 <= percent <= 100:
        reader.problem(
            f"{path}.percent",
            translate("exchange", "must be from 0 to 100, not {value}").format(value=percent),
        )
    state = TaskState.NOT_STARTED
    if f"{path}.state" not in reader.bad_paths:
        state = reader.choice(obj["state"], f"{path}.state", tuple(TaskState))
    if state is TaskState.DONE and percent != 100 and f"{path}.state" not in reader.bad_paths:
        reader.problem(
            f"{path}.percent", translate("exchange", "must be 100 for a report that says done")
        )
    return percent, state


def _period(reader: Reader, obj: dict[str, Any], path: str) -> tuple[date, date]:
    start = _date(reader, obj.get("period_start"), f"{path}.period_start")
    end = _date(reader, obj.get("period_end"), f"{path}.period_end")
    if start > end and not {f"{path}.period_start", f"{path}.period_end"} & reader.bad_paths:
        reader.problem(
            f"{path}.period_end",
            translate("exchange", "{end} is before the period starts ({start})").format(
                end=end.isoformat(), start=start.isoformat()
            ),
        )
    return start, end


def _report(reader: Reader, value: Any, path: str, key: str) -> RecordedReport | None:
    obj = reader.fields(
        value,
        path,
        required=tuple(k for k in REPORT_KEYS if k not in _REPORT_OPTIONAL),
        optional=_REPORT_OPTIONAL,
    )
    if obj is None:
        return None
    before = len(reader.problems)
    given = {name for name in REPORT_KEYS if f"{path}.{name}" not in reader.bad_paths}
    report_id = reader.uuid_or_null(obj["id"], f"{path}.id") if "id" in given else None
    if report_id is None and f"{path}.id" not in reader.bad_paths:
        reader.problem(f"{path}.id", translate("exchange", "must be the report's id, not null"))
    start, end = _period(reader, obj, path)
    reported_on = _date(reader, obj.get("reported_on"), f"{path}.reported_on")
    percent, state = _percent_and_state(reader, obj, path)
    texts = {
        name: _text(reader, obj.get(name, ""), f"{path}.{name}", limit)
        for name, limit in (
            ("narrative", MAX_PARAGRAPH),
            ("reporter", MAX_NAME),
            ("recorded_by", _RECORDED_BY),
        )
    }
    recorded_at = None
    if "recorded_at" in given:
        recorded_at = reader.moment(obj["recorded_at"], f"{path}.recorded_at")
    corrects = reader.uuid_or_null(obj.get("corrects"), f"{path}.corrects")
    if corrects is not None and corrects == report_id:
        reader.problem(f"{path}.corrects", translate("exchange", "is the report's own id"))
    evidence = [
        _evidence(reader, item, f"{path}.evidence[{i}]")
        for i, item in enumerate(
            _list(reader, obj.get("evidence", []), f"{path}.evidence", MAX_EVIDENCE_FILES)
        )
    ]
    if len(reader.problems) > before or report_id is None or recorded_at is None:
        return None
    return RecordedReport(
        id=report_id,
        lineage_key=key,
        period_start=start,
        period_end=end,
        reported_on=reported_on,
        percent=percent,
        state=state,
        narrative=texts["narrative"],
        reporter=texts["reporter"],
        recorded_by=texts["recorded_by"],
        recorded_at=recorded_at,
        corrects_id=corrects,
        evidence=tuple(file for file in evidence if file is not None),
    )


def _check_corrections(reader: Reader, reports: list[RecordedReport | None]) -> None:
    # A correction follows the report it corrects; one outside this entry must be stored
    # already (checked on import).
    earlier: set[str] = set()
    later = {report.id: n for n, report in enumerate(reports) if report is not None}
    for n, report in enumerate(reports):
        if report is None:
            continue
        path = f"reports[{n}]"
        if report.id in earlier:
            reader.problem(f"{path}.id", translate("exchange", "is given to two reports"))
        corrects = report.corrects_id
        if corrects is not None and corrects not in earlier and corrects in later:
            reader.problem(
                f"{path}.corrects",
                translate(
                    "exchange",
                    "names reports[{other}], which is not an earlier report: "
                    "a correction comes after the report it corrects",
                ).format(other=later[corrects]),
            )
        earlier.add(report.id)


def read_tracking(reader: Reader, value: Any, index: int) -> ExchangeTracking | None:
    """The tracking entry `value` at `index` of the file's tracking list, or None after
    recording its problems. A key given to two entries is a problem (`reader.tracked`)."""
    given = value.get("key") if isinstance(value, dict) else None
    reader.pledge = None
    reader.tracking = (index, given if isinstance(given, str) and len(given) <= 40 else "")
    reader.bad_paths = set()
    before = len(reader.problems)
    try:
        obj = reader.fields(value, "", required=("key",), optional=TRACKING_KEYS[1:])
        if obj is None:
            return None
        key = reader.uuid_or_null(obj.get("key"), "key")
        if key is None:
            if "key" not in reader.bad_paths:
                reader.problem("key", translate("exchange", "must be a task's key, not null"))
            return None
        if key in reader.tracked:
            reader.problem(
                "key",
                translate("exchange", "is already the key of tracking {other}").format(
                    other=reader.tracked[key]
                ),
            )
        else:
            reader.tracked[key] = index
        milestones = [
            _milestone(reader, item, f"milestones[{i}]")
            for i, item in enumerate(
                _list(reader, obj.get("milestones", []), "milestones", MAX_MILESTONES)
            )
        ]
        reports = [
            _report(reader, item, f"reports[{i}]", key)
            for i, item in enumerate(_list(reader, obj.get("reports", []), "reports", MAX_REPORTS))
        ]
        _check_corrections(reader, reports)
        if len(reader.problems) > before:
            return None
        return ExchangeTracking(
            key=key,
            milestones=tuple(m for m in milestones if m is not None),
            reports=tuple(r for r in reports if r is not None),
            index=index,
        )
    finally:
        reader.tracking = None
