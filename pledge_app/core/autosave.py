"""Autosave snapshots of unsaved editor content: store, load, discard and find orphans."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.content_hash import canonical_content
from pledge_app.core.enums import TaskList
from pledge_app.core.models import Autosave, Pledge
from pledge_app.core.text_checks import lone_surrogate
from pledge_app.core.views import PartyView, PledgeContent, TaskView


@dataclass(frozen=True)
class AutosaveSnapshot:
    """Content kept for a pledge (or a new pledge not yet saved) and when it was kept."""

    pledge_id: str
    content: PledgeContent
    saved_at: datetime


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    return value if isinstance(value, str) else str(value)


def _party_from_json(data: dict[str, Any]) -> PartyView:
    return PartyView(
        unit=_text(data, "unit"),
        signatory=_text(data, "signatory"),
        signatory_title=_text(data, "signatory_title"),
    )


def _task_from_json(data: dict[str, Any]) -> TaskView:
    deadline = data.get("deadline")
    return TaskView(
        item=_text(data, "item"),
        lead_official=_text(data, "lead_official"),
        responsible_body=_text(data, "responsible_body"),
        measures=_text(data, "measures"),
        deliverable=_text(data, "deliverable"),
        deadline=date.fromisoformat(deadline) if deadline else None,
        list_class=TaskList(data.get("list", TaskList.ANNUAL_KEY_POINT.value)),
        cooperating_units=tuple(str(unit) for unit in data.get("cooperating_units", ())),
        weight=float(data.get("weight", 0.0)),
        key=_text(data, "key"),
    )


def content_from_canonical(data: dict[str, Any]) -> PledgeContent:
    """The inverse of `content_hash.canonical_content`."""
    return PledgeContent(
        number=_text(data, "number"),
        title=_text(data, "title"),
        year=int(data.get("year", 0)),
        issuer=_party_from_json(data.get("issuer", {})),
        responsible=_party_from_json(data.get("responsible", {})),
        goals=tuple(str(text) for text in data.get("goals", ())),
        duties=tuple(str(text) for text in data.get("duties", ())),
        measures=tuple(str(text) for text in data.get("measures", ())),
        outcomes=tuple(str(text) for text in data.get("outcomes", ())),
        tasks=tuple(_task_from_json(task) for task in data.get("tasks", ())),
    )


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes even for timezone-aware columns.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _snapshot(row: Autosave) -> AutosaveSnapshot:
    return AutosaveSnapshot(
        pledge_id=row.pledge_id,
        content=content_from_canonical(json.loads(row.payload)),
        saved_at=_aware(row.saved_at),
    )


def _with_keys(content: PledgeContent) -> dict[str, Any]:
    # The lineage keys are kept too: an amendment recovered from its autosave must keep
    # its tasks' tracking history.
    data = canonical_content(content)
    for task, view in zip(data["tasks"], content.tasks, strict=True):
        if view.key:
            task["key"] = view.key
    return data


def store_autosave(
    session: Session, pledge_id: str, content: PledgeContent, *, now: datetime | None = None
) -> AutosaveSnapshot:
    """Keep `content` as the autosave of `pledge_id`, replacing any earlier one."""
    kept = _with_keys(content)
    payload = json.dumps(kept, ensure_ascii=False, sort_keys=True)
    if lone_surrogate(payload) is not None:
        # UTF-8 cannot hold a lone surrogate; escaped, the typing is kept and saving it
        # later names the field (the save refuses it, the autosave must not crash).
        payload = json.dumps(kept, sort_keys=True)
    moment = now or datetime.now(UTC)
    row = session.get(Autosave, pledge_id)
    if row is None:
        row = Autosave(pledge_id=pledge_id, payload=payload, saved_at=moment)
        session.add(row)
    else:
        row.payload = payload
        row.saved_at = moment
    session.flush()
    return AutosaveSnapshot(pledge_id=pledge_id, content=content, saved_at=_aware(moment))


def load_autosave(session: Session, pledge_id: str) -> AutosaveSnapshot | None:
    """The autosave of `pledge_id`, or None when there is none."""
    row = session.get(Autosave, pledge_id)
    return None if row is None else _snapshot(row)


def discard_autosave(session: Session, pledge_id: str) -> None:
    """Forget the autosave of `pledge_id`; nothing happens when there is none."""
    row = session.get(Autosave, pledge_id)
    if row is not None:
        session.delete(row)
        session.flush()


def list_orphan_autosaves(session: Session) -> list[AutosaveSnapshot]:
    """Autosaves of new pledges that were never saved (e.g. after a crash), newest first."""
    query = (
        select(Autosave)
        .where(~select(Pledge.id).where(Pledge.id == Autosave.pledge_id).exists())
        .order_by(Autosave.saved_at.desc())
    )
    return [_snapshot(row) for row in session.scalars(query)]
