"""Frozen dataclasses handed to the UI and the reports; no ORM object leaves core."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pledge_app.core.enums import PledgeStatus, TaskList


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
