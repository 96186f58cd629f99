"""The kinds of unit the register knows, and the longest name (no SQLAlchemy here: the
window uses them before the database is open)."""

from __future__ import annotations

from enum import StrEnum

#: The longest unit name the table holds.
MAX_UNIT_NAME = 200


class UnitKind(StrEnum):
    """What kind of body a unit is; rounds choose units by it."""

    DEPARTMENT = "department"
    DISTRICT = "district"
    WORKING_GROUP = "working_group"
    LEADING_GROUP = "leading_group"
