"""The fixed vocabularies of a pledge: its status, its sections and the five task lists."""

from __future__ import annotations

from enum import StrEnum


class PledgeStatus(StrEnum):
    """Where a pledge stands in its life (DESIGN.md, "The life of a pledge")."""

    DRAFT = "draft"
    READY_TO_SIGN = "ready_to_sign"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class Section(StrEnum):
    """The paragraph sections of a pledge; tasks (section 4) live in their own table."""

    GOALS = "goals"
    DUTIES = "duties"
    MEASURES = "measures"
    OUTCOMES = "outcomes"


class TaskList(StrEnum):
    """The five lists (五张清单) a task belongs to."""

    ANNUAL_KEY_POINT = "annual_key_point"
    PRIORITY = "priority"
    GRASSROOTS_EXPLORATION = "grassroots_exploration"
    PILOT_DEMONSTRATION = "pilot_demonstration"
    PROBLEM = "problem"


#: Status values in which the content of a pledge may still be edited.
EDITABLE_STATUSES = frozenset({PledgeStatus.DRAFT})


class Party(StrEnum):
    """The two parties of a pledge: 甲方 issuer and 乙方 responsible unit."""

    ISSUER = "issuer"
    RESPONSIBLE = "responsible"


class SignatureMethod(StrEnum):
    """How a party signed."""

    DRAWN = "drawn"
    STORED_IMAGE = "stored_image"
    WET_INK = "wet_ink"


class SigningOrder(StrEnum):
    """Which party signs first."""

    ISSUER_FIRST = "issuer_first"
    RESPONSIBLE_FIRST = "responsible_first"
