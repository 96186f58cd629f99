"""The SHA-256 of a pledge's frozen content, from a canonical JSON form."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pledge_app.core.views import PartyView, PledgeContent, TaskView


def party_dict(party: PartyView) -> dict[str, str]:
    """A party in the canonical form."""
    return {
        "unit": party.unit,
        "signatory": party.signatory,
        "signatory_title": party.signatory_title,
    }


def _task(task: TaskView) -> dict[str, Any]:
    return {
        "item": task.item,
        "lead_official": task.lead_official,
        "responsible_body": task.responsible_body,
        "measures": task.measures,
        "deliverable": task.deliverable,
        "deadline": task.deadline.isoformat() if task.deadline else None,
        "list": task.list_class.value,
        "cooperating_units": list(task.cooperating_units),
        "weight": task.weight,
    }


def canonical_content(content: PledgeContent) -> dict[str, Any]:
    """The content as plain JSON values, the same shape the exchange format uses."""
    return {
        "number": content.number,
        "title": content.title,
        "year": content.year,
        "issuer": party_dict(content.issuer),
        "responsible": party_dict(content.responsible),
        "goals": list(content.goals),
        "duties": list(content.duties),
        "measures": list(content.measures),
        "outcomes": list(content.outcomes),
        "tasks": [_task(task) for task in content.tasks],
    }


def canonical_hash(canonical: dict[str, Any]) -> str:
    """Hex SHA-256 over sorted-key, UTF-8, no-whitespace JSON of a `canonical_content` dict."""
    data = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # surrogatepass: content with a broken character (refused on the way in, but perhaps
    # written behind the app's back) still hashes, so a check reports it instead of crashing.
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(content: PledgeContent) -> str:
    """Hex SHA-256 over sorted-key, UTF-8, no-whitespace JSON of the content."""
    return canonical_hash(canonical_content(content))
