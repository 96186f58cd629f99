"""An audit entry's details as the clerk reads them: one sentence, in the clerk's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from pledge_app.core.enums import Party, PledgeStatus, Section, SignatureMethod
from pledge_app.ui.labels import (
    header_field_label,
    method_label,
    party_caption,
    section_heading,
    status_label,
)

if TYPE_CHECKING:
    from pledge_app.core.audit import AuditView

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate


def _party(value: object) -> str:
    try:
        return party_caption(Party(str(value)))
    except ValueError:
        return str(value)


def _status(value: object) -> str:
    try:
        return status_label(PledgeStatus(str(value)))
    except ValueError:
        return str(value)


def _method(value: object) -> str:
    try:
        return method_label(SignatureMethod(str(value)))
    except ValueError:
        return str(value)


def field_label(key: str) -> str:
    """The name of a pledge field an edit changed ("title", "goals", "tasks")."""
    if key == "tasks":
        return section_heading(None)
    try:
        return section_heading(Section(key))
    except ValueError:
        return header_field_label(key)


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("AuditTableModel", "yes") if value else translate("AuditTableModel", "no")
    if isinstance(value, list | tuple):
        return "、".join(_value(item) for item in value) or "—"
    return str(value)


def _pledge_sentence(action: str, d: Mapping[str, Any]) -> str | None:
    if action == "created":
        return translate("AuditTableModel", "Draft {number} “{title}” created").format(
            number=d.get("number", ""), title=d.get("title", "")
        )
    if action == "edited":
        fields = "、".join(field_label(str(key)) for key in d.get("fields") or [])
        return translate("AuditTableModel", "Changed: {fields}").format(fields=fields)
    if action == "finalised":
        return translate("AuditTableModel", "Content frozen, hash {hash}").format(
            hash=str(d.get("content_hash", ""))[:12]
        )
    if action == "reopened":
        lapsed = d.get("lapsed_signatures") or []
        if not lapsed:
            return translate("AuditTableModel", "Back to draft")
        return translate("AuditTableModel", "Back to draft; signatures lapsed: {parties}").format(
            parties="、".join(_party(party) for party in lapsed)
        )
    if action == "deleted":
        return translate("AuditTableModel", "Draft {number} “{title}”").format(
            number=d.get("number", ""), title=d.get("title", "")
        )
    if action == "signature":
        return translate("AuditTableModel", "{party}, {method}, dated {date}").format(
            party=_party(d.get("party", "")),
            method=_method(d.get("method")),
            date=d.get("signed_on", ""),
        )
    if action == "signed":
        return translate("AuditTableModel", "Version {revision} in force, hash {hash}").format(
            revision=d.get("revision", ""), hash=str(d.get("content_hash", ""))[:12]
        )
    if action == "superseded":
        return translate("AuditTableModel", "Replaced by version {revision}").format(
            revision=d.get("by_revision", "")
        )
    if action == "amended" and d.get("reason"):
        return translate("AuditTableModel", "New version {revision}; reason: {reason}").format(
            revision=d.get("revision", ""), reason=d["reason"]
        )
    if action == "amended":
        return translate("AuditTableModel", "New version {revision}").format(
            revision=d.get("revision", "")
        )
    if action == "printed":
        return translate("AuditTableModel", "Version {revision}, PDF {hash}").format(
            revision=d.get("revision", ""), hash=str(d.get("pdf_sha256", ""))[:12]
        )
    if action == "imported":
        return translate(
            "AuditTableModel", "Version {revision} imported as {status} from {source}"
        ).format(
            revision=d.get("revision", ""),
            status=_status(d.get("status", "")),
            source=_value(d.get("source")),
        )
    if action == "number_assigned":
        return translate("AuditTableModel", "Number {number} (before: {before})").format(
            number=_value(d.get("to")), before=_value(d.get("from"))
        )
    return None


def _tracking_sentence(action: str, d: Mapping[str, Any]) -> str | None:
    from pledge_app.core.tracking.states import TaskState, state_label

    if action == "reported":
        state = d.get("state", "")
        words = state_label(TaskState(state)) if state in set(TaskState) else str(state)
        sentence = translate(
            "AuditTableModel", "“{item}”: {percent}%, {state}, period {period}"
        ).format(
            item=d.get("item", ""),
            percent=d.get("percent", ""),
            state=words,
            period=str(d.get("period", "")).replace("/", " – "),
        )
        files = d.get("evidence") or []
        if files:
            sentence += translate("AuditTableModel", "; {n} evidence files").format(n=len(files))
        if d.get("corrects"):
            sentence += translate("AuditTableModel", "; corrects an earlier report")
        return sentence
    if action == "milestones_set":
        return translate("AuditTableModel", "Milestones now: {milestones}").format(
            milestones="；".join(str(m) for m in d.get("after") or []) or "—"
        )
    return None


def _register_sentence(action: str, d: Mapping[str, Any]) -> str | None:
    unit = d.get("unit", "")
    if action in ("signature_image_stored", "unit_added"):
        return str(unit)
    if action == "signatory_added":
        return translate("AuditTableModel", "{unit}, {title}").format(
            unit=unit, title=_value(d.get("title"))
        )
    if action == "signatory_term_changed":
        return translate("AuditTableModel", "{unit}: in office from {start} to {end}").format(
            unit=unit, start=_value(d.get("from")), end=_value(d.get("to"))
        )
    if action == "seal_changed":
        if d.get("removed"):
            return translate("AuditTableModel", "{unit}: seal removed").format(unit=unit)
        return translate("AuditTableModel", "{unit}: new seal").format(unit=unit)
    if action == "unit_renamed":
        return translate(
            "AuditTableModel", "{old} is now called {new}; drafts moved: {drafts}"
        ).format(old=d.get("from", ""), new=d.get("to", ""), drafts=len(d.get("drafts") or []))
    if action == "units_merged":
        return translate(
            "AuditTableModel", "{old} merged into {new}; drafts moved: {drafts}"
        ).format(old=d.get("from", ""), new=d.get("to", ""), drafts=len(d.get("drafts") or []))
    if action == "number_counter_set":
        return translate("AuditTableModel", "{year}: counter from {before} to {after}").format(
            year=d.get("year", ""), before=_value(d.get("from")), after=_value(d.get("to"))
        )
    return None


def details_summary(entry: AuditView) -> str:
    """The entry's details as one sentence (the parts by name for an unknown action)."""
    d = entry.details
    sentence = _pledge_sentence(entry.action, d)
    if sentence is None:
        sentence = _register_sentence(entry.action, d)
    if sentence is None:
        sentence = _tracking_sentence(entry.action, d)
    if sentence is not None:
        return sentence
    return (
        "; ".join(
            translate("AuditTableModel", "{name}: {value}").format(name=key, value=_value(value))
            for key, value in sorted(d.items())
            if key != "unit"
        )
        if d
        else ""
    )


def details_tooltip(entry: AuditView) -> str:
    """The details in full, for the tooltip: the sentence and, for a move, what moved."""
    lines = [details_summary(entry)]
    d = entry.details
    if entry.action in ("unit_renamed", "units_merged"):
        for key, caption in (
            ("drafts", translate("AuditTableModel", "Drafts moved: {items}")),
            ("kept", translate("AuditTableModel", "Signed pledges kept: {items}")),
            ("signatories", translate("AuditTableModel", "Signatories moved: {items}")),
        ):
            if d.get(key):
                lines.append(caption.format(items=_value(d[key])))
    return "\n".join(line for line in lines if line)
