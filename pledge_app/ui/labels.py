"""The clerk's words for every enum the window shows, in one place.

Core's own messages name things through `core.labels`; the window's words are here, so a
wording changes once and a widget never imports a label from a dialog or a table model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pledge_app.core import labels as core_labels
from pledge_app.core.compare import Change
from pledge_app.core.enums import Party, PledgeStatus, Section, SignatureMethod, TaskList
from pledge_app.core.unit_kinds import UnitKind

if TYPE_CHECKING:
    from pledge_app.core.unit_register import RegisterEntry

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate


def status_label(status: PledgeStatus) -> str:
    """The name of a pledge status."""
    labels = {
        PledgeStatus.DRAFT: translate("PledgeStatus", "Draft"),
        PledgeStatus.READY_TO_SIGN: translate("PledgeStatus", "Ready to sign"),
        PledgeStatus.SIGNED: translate("PledgeStatus", "Signed"),
        PledgeStatus.SUPERSEDED: translate("PledgeStatus", "Superseded"),
    }
    return labels.get(status, status.value)


def party_caption(party: Party) -> str:
    """甲方 / 乙方 as a caption."""
    if party is Party.ISSUER:
        return translate("SigningDialog", "Party A (issuer)")
    return translate("SigningDialog", "Party B (responsible unit)")


def method_label(method: SignatureMethod) -> str:
    """How a party signed, in a few words."""
    labels = {
        SignatureMethod.DRAWN: translate("SigningDialog", "drawn in the app"),
        SignatureMethod.STORED_IMAGE: translate("SigningDialog", "stored signature image"),
        SignatureMethod.WET_INK: translate("SigningDialog", "in ink on paper"),
    }
    return labels[method]


def list_class_label(task_list: TaskList) -> str:
    """The name a clerk knows one of the five lists by."""
    return core_labels.task_list_label(task_list)


def section_label(section: Section) -> str:
    """The heading a clerk knows a section by."""
    return core_labels.section_label(section)


def action_label(action: str) -> str:
    """The name of an audit action (the raw name for unknown ones)."""
    labels = {
        "created": translate("AuditTableModel", "Draft created"),
        "edited": translate("AuditTableModel", "Draft edited"),
        "finalised": translate("AuditTableModel", "Finalised"),
        "reopened": translate("AuditTableModel", "Reopened"),
        "deleted": translate("AuditTableModel", "Deleted"),
        "signature": translate("AuditTableModel", "Signature"),
        "signed": translate("AuditTableModel", "Signed by both parties"),
        "superseded": translate("AuditTableModel", "Superseded"),
        "amended": translate("AuditTableModel", "Amendment started"),
        "signature_image_stored": translate("AuditTableModel", "Signature image stored"),
        "seal_changed": translate("AuditTableModel", "Seal changed"),
        "printed": translate("AuditTableModel", "Signed copy printed"),
        "signatory_added": translate("AuditTableModel", "Signatory added"),
        "signatory_term_changed": translate("AuditTableModel", "Term of office changed"),
        "unit_added": translate("AuditTableModel", "Unit added"),
        "unit_changed": translate("AuditTableModel", "Unit changed"),
        "unit_renamed": translate("AuditTableModel", "Unit renamed"),
        "units_merged": translate("AuditTableModel", "Units merged"),
        "office_settings_changed": translate("AuditTableModel", "Office settings changed"),
        "number_assigned": translate("AuditTableModel", "Number assigned"),
        "number_counter_set": translate("AuditTableModel", "Numbering counter set"),
        "imported": translate("AuditTableModel", "Imported"),
        "restored": translate("AuditTableModel", "Restored from a backup"),
        "office_setup_skipped": translate("AuditTableModel", "Office setup skipped"),
        "reported": translate("AuditTableModel", "Progress reported"),
        "milestones_set": translate("AuditTableModel", "Milestones changed"),
    }
    return labels.get(action, action)


def change_label(change: Change) -> str:
    """The word for a kind of change between two versions."""
    labels = {
        Change.SAME: translate("VersionCompareDialog", "Unchanged"),
        Change.ADDED: translate("VersionCompareDialog", "Added"),
        Change.REMOVED: translate("VersionCompareDialog", "Removed"),
        Change.CHANGED: translate("VersionCompareDialog", "Changed"),
    }
    return labels[change]


def header_field_label(key: str) -> str:
    """The caption of a header field compared between versions (e.g. "issuer.unit")."""
    labels = {
        "number": translate("VersionCompareDialog", "Number"),
        "title": translate("VersionCompareDialog", "Title"),
        "year": translate("VersionCompareDialog", "Year"),
        "issuer.unit": translate("VersionCompareDialog", "Issuer (party A)"),
        "issuer.signatory": translate("VersionCompareDialog", "Issuer's signer"),
        "issuer.signatory_title": translate("VersionCompareDialog", "Issuer's signer's title"),
        "responsible.unit": translate("VersionCompareDialog", "Responsible unit (party B)"),
        "responsible.signatory": translate("VersionCompareDialog", "Responsible unit's signer"),
        "responsible.signatory_title": translate(
            "VersionCompareDialog", "Responsible unit's signer's title"
        ),
    }
    return labels.get(key, key)


def section_heading(section: Section | None) -> str:
    """The numbered heading of a section as printed; None means section 4, the tasks."""
    headings = {
        Section.GOALS: translate("VersionCompareDialog", "1. Overall goals"),
        Section.DUTIES: translate("VersionCompareDialog", "2. Reform duties"),
        Section.MEASURES: translate("VersionCompareDialog", "3. Measures"),
        Section.OUTCOMES: translate("VersionCompareDialog", "5. Outcomes"),
    }
    if section is None:
        return translate("VersionCompareDialog", "4. Tasks")
    return headings[section]


def unit_kind_label(kind: UnitKind) -> str:
    """The name of a unit type."""
    labels = {
        UnitKind.DEPARTMENT: translate("UnitKind", "Department"),
        UnitKind.DISTRICT: translate("UnitKind", "District"),
        UnitKind.WORKING_GROUP: translate("UnitKind", "Working group"),
        UnitKind.LEADING_GROUP: translate("UnitKind", "Leading group"),
    }
    return labels.get(kind, kind.value)


def unit_state_label(entry: RegisterEntry) -> str:
    """Active, inactive, or what became of a unit renamed or merged away."""
    if entry.successor is not None and entry.succession == "renamed":
        return translate("UnitKind", "Renamed to {unit}").format(unit=entry.successor)
    if entry.successor is not None:
        return translate("UnitKind", "Merged into {unit}").format(unit=entry.successor)
    return translate("UnitKind", "Active") if entry.active else translate("UnitKind", "Inactive")
