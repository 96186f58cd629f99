"""Writing checked pledges in bulk: Core `executemany` per table, audit entries chained in Python.

Rows go in as the guards allow and as `create_pledge`, `finalise_pledge` and the
signing would leave them: a frozen pledge is inserted as a draft with its content and
signatures, then marked signed or superseded.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.enums import PledgeStatus, Section
from pledge_app.core.exchange.signatures import ExchangeSignature
from pledge_app.core.models import (
    AuditEntry,
    Evidence,
    Milestone,
    Paragraph,
    Pledge,
    ProgressReport,
    Signatory,
    Signature,
    Task,
    Unit,
    new_id,
)
from pledge_app.core.views import PartyView, PledgeContent

_FROZEN = (PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED)
_PLEDGE = cast(Table, Pledge.__table__)
_PARAGRAPH = cast(Table, Paragraph.__table__)
_TASK = cast(Table, Task.__table__)
_SIGNATURE = cast(Table, Signature.__table__)
_UNIT = cast(Table, Unit.__table__)
_SIGNATORY = cast(Table, Signatory.__table__)
_AUDIT = cast(Table, AuditEntry.__table__)
# Written after the pledges' rows, parents before children.
_TRACKING_TABLES = {
    "milestone": cast(Table, Milestone.__table__),
    "progress_report": cast(Table, ProgressReport.__table__),
    "evidence": cast(Table, Evidence.__table__),
}


def stored_content(content: PledgeContent) -> PledgeContent:
    """The content as storing it leaves it: spaces around the number, title and names go."""

    def party(view: PartyView) -> PartyView:
        return PartyView(view.unit.strip(), view.signatory.strip(), view.signatory_title.strip())

    return replace(
        content,
        number=content.number.strip(),
        title=content.title.strip(),
        issuer=party(content.issuer),
        responsible=party(content.responsible),
    )


class BulkWriter:
    """Collects the rows of many pledges and writes them a table at a time on `flush`."""

    def __init__(self, session: Session, *, source: str) -> None:
        session.flush()
        self._session = session
        self._source = source
        self.now = datetime.now(UTC)
        self._user = audit.os_user()
        if session.get_bind().dialect.name == "postgresql":
            # Two offices' desktops appending at once must not fork the chain.
            session.connection().exec_driver_sql("LOCK TABLE audit_entry IN EXCLUSIVE MODE")
        # audit.record reads the head and hashes per entry; here the chain is built in one go.
        self._last_hash = audit._last_hash(session)
        units = session.execute(select(Unit.id, Unit.name))
        self._units = {name: unit_id for unit_id, name in units}
        self._signatories = {
            (unit_id, name): [signatory_id, title]
            for signatory_id, unit_id, name, title in session.execute(
                select(Signatory.id, Signatory.unit_id, Signatory.name, Signatory.title)
            )
        }
        self._rows: dict[str, list[dict[str, Any]]] = {}
        self._titles: dict[str, str] = {}
        #: Bytes of images and scans queued: the writer flushes by them as well as by count.
        self.pending_bytes = 0

    def _add(self, table: str, row: dict[str, Any]) -> None:
        self._rows.setdefault(table, []).append(row)

    def _unit(self, name: str) -> str:
        unit_id = self._units.get(name)
        if unit_id is None:
            unit_id = self._units[name] = new_id()
            self._add("unit", {"id": unit_id, "name": name})
        return unit_id

    def _signatory(self, unit_id: str, name: str, title: str) -> str | None:
        if not name:
            return None
        known = self._signatories.get((unit_id, name))
        if known is None:
            signatory_id = new_id()
            self._signatories[(unit_id, name)] = [signatory_id, title]
            self._add(
                "signatory", {"id": signatory_id, "unit_id": unit_id, "name": name, "title": title}
            )
            return signatory_id
        if title and known[1] != title:
            known[1] = title
            self._titles[known[0]] = title
        return str(known[0])

    def audit(self, action: str, pledge_id: str, details: dict[str, Any]) -> None:
        """Chain one audit entry after the last one, as `audit.record` would."""
        entry_id = new_id()
        at = datetime.now(UTC)
        text = json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        entry_hash = audit._entry_digest(
            prev_hash=self._last_hash,
            entry_id=entry_id,
            at=at,
            user=self._user,
            actor="",
            action=action,
            pledge_id=pledge_id,
            details=text,
        )
        self._add(
            "audit",
            {
                "id": entry_id,
                "at": at,
                "os_user": self._user,
                "actor": "",
                "action": action,
                "pledge_id": pledge_id,
                "details": text,
                "prev_hash": self._last_hash,
                "entry_hash": entry_hash,
            },
        )
        self._last_hash = entry_hash

    def add_pledge(
        self,
        *,
        pledge_id: str,
        status: PledgeStatus,
        content: PledgeContent,
        digest: str | None,
        revision: int,
        previous_id: str | None,
        signing_order: str,
        signatures: list[dict[str, Any]],
        keys: list[str],
    ) -> None:
        """Queue a pledge whose content is already as stored and `digest` its hash; `keys`
        are its tasks' lineage keys, in order."""
        row: dict[str, Any] = {
            "id": pledge_id,
            "number": content.number,
            "title": content.title,
            "year": content.year,
            "status": PledgeStatus.DRAFT.value if status in _FROZEN else status.value,
            "revision": revision,
            "previous_id": previous_id,
            "signing_order": signing_order,
            "content_hash": digest,
            "created_at": self.now,
            "updated_at": self.now,
            "version": 1,
        }
        for role, party in (("issuer", content.issuer), ("responsible", content.responsible)):
            unit_id = self._unit(party.unit)
            row[f"{role}_id"] = unit_id
            row[f"{role}_signatory_id"] = self._signatory(
                unit_id, party.signatory, party.signatory_title
            )
            row[f"{role}_signer"] = party.signatory
            row[f"{role}_signer_title"] = party.signatory_title
        self._add("pledge", row)
        for section in Section:
            for position, text in enumerate(getattr(content, section.value)):
                self._add(
                    "paragraph",
                    {
                        "id": new_id(),
                        "pledge_id": pledge_id,
                        "section": section.value,
                        "position": position,
                        "text": text,
                    },
                )
        for position, (task, key) in enumerate(zip(content.tasks, keys, strict=True)):
            self._add(
                "task",
                {
                    "id": new_id(),
                    "pledge_id": pledge_id,
                    "position": position,
                    "item": task.item,
                    "lead_official": task.lead_official,
                    "responsible_body": task.responsible_body,
                    "measures": task.measures,
                    "deliverable": task.deliverable,
                    "deadline": task.deadline,
                    "list_class": task.list_class.value,
                    "cooperating_units": list(task.cooperating_units),
                    "weight": task.weight,
                    "lineage_key": key,
                    "version": 1,
                },
            )
        for signature in signatures:
            self._add("signature", signature)
            for key in ("image", "seal_image", "scan"):
                self.pending_bytes += len(signature[key] or b"")
        if status in _FROZEN:
            self._add("status", {"key": pledge_id, "new_status": status.value})

    def add_row(self, table: str, row: dict[str, Any]) -> None:
        """Queue a row of a tracking table: "milestone", "progress_report" or "evidence"."""
        if table not in _TRACKING_TABLES:
            raise ValueError(table)
        self._add(table, row)
        if table == "evidence":
            self.pending_bytes += len(row["data"])

    def supersede(self, stored_id: str, *, by: str, by_revision: int) -> None:
        """Mark a stored signed version superseded by the signed amendment `by`."""
        self._add("supersede", {"key": stored_id, "new_status": PledgeStatus.SUPERSEDED.value})
        self.audit("superseded", stored_id, {"by": by, "by_revision": by_revision})

    def flush(self) -> None:
        """Write what was queued, parents before children, statuses after signatures."""
        rows, self._rows = self._rows, {}
        titles, self._titles = self._titles, {}
        self.pending_bytes = 0
        execute = self._session.execute
        for name, table in (
            ("unit", _UNIT),
            ("signatory", _SIGNATORY),
            ("pledge", _PLEDGE),
            ("paragraph", _PARAGRAPH),
            ("task", _TASK),
            ("signature", _SIGNATURE),
        ):
            if rows.get(name):
                execute(table.insert(), rows[name])
        for name, table in _TRACKING_TABLES.items():
            if rows.get(name):
                execute(table.insert(), rows[name])
        status = (
            update(_PLEDGE)
            .where(_PLEDGE.c.id == bindparam("key"))
            .values(status=bindparam("new_status"), version=_PLEDGE.c.version + 1)
        )
        # Amendments are signed before the versions they replace may be superseded.
        for name in ("status", "supersede"):
            if rows.get(name):
                execute(status, rows[name])
        if titles:
            execute(
                update(_SIGNATORY)
                .where(_SIGNATORY.c.id == bindparam("key"))
                .values(title=bindparam("new_title"), version=_SIGNATORY.c.version + 1),
                [{"key": key, "new_title": title} for key, title in titles.items()],
            )
        if rows.get("audit"):
            execute(_AUDIT.insert(), rows["audit"])


def signature_row(signature: ExchangeSignature, pledge_id: str, now: datetime) -> dict[str, Any]:
    """The signature row of `signature` on the pledge `pledge_id`."""
    return {
        "id": new_id(),
        "pledge_id": pledge_id,
        "party": signature.party.value,
        "position": signature.position,
        "signer": signature.signer,
        "signer_title": signature.signer_title,
        "signed_on": signature.signed_on,
        "method": signature.method.value,
        "image": signature.image,
        "seal_image": signature.seal_image,
        "scan": signature.scan,
        "scan_type": signature.scan_type,
        "content_hash": signature.content_hash,
        "record_hash": signature.record_hash,
        "recorded_at": signature.recorded_at or now,
        "recorded_by": signature.recorded_by,
    }
