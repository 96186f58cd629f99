"""Frozen dataclasses handed to the UI and the reports; no ORM object leaves core."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, SigningOrder, TaskList


@dataclass(frozen=True)
class PartyView:
    """One party of a pledge: a unit and the person who signs for it."""

    unit: str
    signatory: str = ""
    signatory_title: str = ""


@dataclass(frozen=True)
class TaskView:
    """One row of the task table, with the six ledger fields first."""

    item: str
    lead_official: str = ""
    responsible_body: str = ""
    measures: str = ""
    deliverable: str = ""
    deadline: date | None = None
    list_class: TaskList = TaskList.ANNUAL_KEY_POINT
    cooperating_units: tuple[str, ...] = ()
    weight: float = 0.0
    # The lineage key (its identity across versions; "" for a task not stored yet). Not
    # content: it is left out of equality, the content hash and the printed page.
    key: str = field(default="", compare=False)


@dataclass(frozen=True)
class PledgeContent:
    """Everything a clerk types into a pledge: what is saved, frozen and printed."""

    number: str
    title: str
    year: int
    issuer: PartyView
    responsible: PartyView
    goals: tuple[str, ...] = ()
    duties: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    tasks: tuple[TaskView, ...] = ()


@dataclass(frozen=True)
class SignatureView:
    """One party's recorded signature; images are PNG bytes."""

    party: Party
    signer: str
    signer_title: str
    signed_on: date
    method: SignatureMethod
    content_hash: str
    image: bytes | None = None
    seal_image: bytes | None = None
    scan_type: str | None = None
    recorded_at: datetime | None = None
    recorded_by: str = ""
    record_hash: str = ""


@dataclass(frozen=True)
class AmendedVersion:
    """The signed version an amendment replaces, as a print names it."""

    number: str
    revision: int
    signed_on: date | None = None  # when its last party signed
    reason: str = ""  # 修改原因, as the clerk gave it when amending


@dataclass(frozen=True)
class PledgeView:
    """A stored pledge: its content plus identity, status and bookkeeping."""

    id: str
    status: PledgeStatus
    content: PledgeContent
    revision: int = 1
    version: int = 1
    content_hash: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    signatures: tuple[SignatureView, ...] = ()
    previous_id: str | None = None
    signing_order: SigningOrder = SigningOrder.ISSUER_FIRST
    # Derived from previous_id, for printing; not part of what identifies the view.
    amends: AmendedVersion | None = field(default=None, compare=False)

    def signature_of(self, party: Party) -> SignatureView | None:
        """The signature of `party`, if it has signed."""
        return next((s for s in self.signatures if s.party == party), None)


@dataclass(frozen=True)
class PledgeRow:
    """One line of the pledge list: light enough to load ten thousand at once."""

    id: str
    number: str
    title: str
    year: int
    status: PledgeStatus
    issuer: str
    responsible: str
    task_count: int
    updated_at: datetime | None = None
    search_key: str = field(default="", compare=False)
    revision: int = 1


@dataclass(frozen=True)
class SignatoryView:
    """A person who signs for a unit; whether a signature image is stored for them."""

    id: str
    name: str
    title: str = ""
    has_stored_signature: bool = False


@dataclass(frozen=True)
class UnitView:
    """A unit with its official seal (PNG bytes, if any) and its signatories."""

    id: str
    name: str
    seal_image: bytes | None = None
    signatories: tuple[SignatoryView, ...] = ()

    @property
    def has_seal(self) -> bool:
        """Whether the unit has a seal image."""
        return self.seal_image is not None
