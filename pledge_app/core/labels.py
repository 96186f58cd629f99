"""The clerk's words for core's enums and fields, used in core's own messages.

Each keeps the translation context it always had, so moving it here changed no catalogue
entry.
"""

from __future__ import annotations

from pledge_app.core.enums import Party, Section, TaskList
from pledge_app.core.i18n import translate


def party_label(party: Party) -> str:
    """甲方 / 乙方 in the user's language."""
    if party is Party.ISSUER:
        return translate("signing", "the issuer (party A)")
    return translate("signing", "the responsible unit (party B)")


def section_label(section: Section) -> str:
    """The heading a clerk knows a section by."""
    labels = {
        Section.GOALS: translate("validation", "Goals"),
        Section.DUTIES: translate("validation", "Duties"),
        Section.MEASURES: translate("validation", "Measures"),
        Section.OUTCOMES: translate("validation", "Outcomes"),
    }
    return labels[section]


def task_field_label(field: str) -> str:
    """The column heading of a task field."""
    labels = {
        "item": translate("editing", "Task"),
        "lead_official": translate("editing", "Lead official"),
        "responsible_body": translate("editing", "Responsible body"),
        "measures": translate("editing", "Measures"),
        "deliverable": translate("editing", "Deliverable"),
        "deadline": translate("editing", "Deadline"),
        "list_class": translate("editing", "List"),
        "cooperating_units": translate("editing", "Co-operating units"),
        "weight": translate("editing", "Weight"),
    }
    return labels[field]


def task_list_label(task_list: TaskList) -> str:
    """The name a clerk knows one of the five lists by."""
    labels = {
        TaskList.ANNUAL_KEY_POINT: translate("editing", "Annual key points"),
        TaskList.PRIORITY: translate("editing", "Priorities"),
        TaskList.GRASSROOTS_EXPLORATION: translate("editing", "Grassroots explorations"),
        TaskList.PILOT_DEMONSTRATION: translate("editing", "Pilot demonstrations"),
        TaskList.PROBLEM: translate("editing", "Problems"),
    }
    return labels[task_list]
