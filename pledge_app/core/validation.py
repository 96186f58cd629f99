"""Rules a pledge's content must meet to be saved, and the stricter ones to be finalised."""

from __future__ import annotations

from dataclasses import dataclass

from pledge_app.core.enums import Section
from pledge_app.core.i18n import translate
from pledge_app.core.labels import section_label
from pledge_app.core.text_checks import content_text_findings
from pledge_app.core.views import PledgeContent

MIN_YEAR = 1949
MAX_YEAR = 2200


@dataclass(frozen=True)
class Finding:
    """One broken rule: where it is (`field`, a stable key the UI maps to a widget) and why."""

    field: str
    message: str


def check_draft(content: PledgeContent) -> list[Finding]:
    """What must hold even for a draft to be saved."""
    findings: list[Finding] = []
    if not content.title.strip():
        findings.append(Finding("title", translate("validation", "The title is empty.")))
    if not MIN_YEAR <= content.year <= MAX_YEAR:
        findings.append(
            Finding(
                "year",
                translate("validation", "The year {year} is not between {low} and {high}.").format(
                    year=content.year, low=MIN_YEAR, high=MAX_YEAR
                ),
            )
        )
    if not content.issuer.unit.strip():
        findings.append(Finding("issuer", translate("validation", "The issuer is empty.")))
    if not content.responsible.unit.strip():
        findings.append(
            Finding("responsible", translate("validation", "The responsible unit is empty."))
        )
    # Text that cannot be stored, exported or printed, and sizes no real pledge reaches.
    findings += [Finding(field, message) for field, message in content_text_findings(content)]
    for index, task in enumerate(content.tasks, start=1):
        if task.weight < 0:
            findings.append(
                Finding(
                    f"tasks.{index - 1}.weight",
                    translate("validation", "Task {row}: the weight is negative.").format(
                        row=index
                    ),
                )
            )
    return findings


def check_final(content: PledgeContent) -> list[Finding]:
    """Everything finalising requires: every section filled, every task complete."""
    findings = check_draft(content)
    if not content.number.strip():
        findings.append(Finding("number", translate("validation", "The number is empty.")))
    for section in Section:
        paragraphs = getattr(content, section.value)
        if not any(text.strip() for text in paragraphs):
            findings.append(
                Finding(
                    section.value,
                    translate("validation", "The section “{section}” is empty.").format(
                        section=section_label(section)
                    ),
                )
            )
    if not content.tasks:
        findings.append(Finding("tasks", translate("validation", "There are no tasks.")))
    for index, task in enumerate(content.tasks, start=1):
        key = f"tasks.{index - 1}"
        if not task.item.strip():
            findings.append(
                Finding(
                    f"{key}.item",
                    translate("validation", "Task {row}: the task itself is empty.").format(
                        row=index
                    ),
                )
            )
        if not task.responsible_body.strip():
            findings.append(
                Finding(
                    f"{key}.responsible_body",
                    translate("validation", "Task {row}: the responsible body is empty.").format(
                        row=index
                    ),
                )
            )
        if task.deadline is None:
            findings.append(
                Finding(
                    f"{key}.deadline",
                    translate("validation", "Task {row}: the deadline is empty.").format(row=index),
                )
            )
    return findings
