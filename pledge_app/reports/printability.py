"""Refuse, before any page is built, to print a character no font can draw."""

from __future__ import annotations

from collections.abc import Sequence

from pledge_app.core.errors import PledgeError
from pledge_app.core.i18n import translate
from pledge_app.core.views import PledgeContent, PledgeView, SignatureView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.glyph_markup import find_unprintable
from pledge_app.reports.signature_images import party_name
from pledge_app.reports.task_table import row_texts

SECTION_NAMES: tuple[tuple[str, str], ...] = (
    ("goals", "总体目标"),
    ("duties", "改革责任"),
    ("measures", "推进措施"),
    ("outcomes", "落地见效"),
)


class UnprintableText(PledgeError):
    """Some characters of a pledge exist in none of the available fonts."""

    def __init__(self, findings: list[str], characters: list[str]) -> None:
        super().__init__(
            translate(
                "reports",
                "These characters are in none of the fonts on this computer, so the pledge "
                "cannot be printed. Use a common form of them, or install a font that has "
                "them:\n{findings}",
            ).format(findings="\n".join(findings))
        )
        self.findings = findings
        self.characters = characters


def _section_label(attribute: str) -> str:
    labels = {
        "goals": translate("reports", "Goals"),
        "duties": translate("reports", "Duties"),
        "measures": translate("reports", "Measures"),
        "outcomes": translate("reports", "Outcomes"),
    }
    return labels[attribute]


def _column_label(index: int) -> str:
    labels = (
        translate("reports", "No."),
        translate("reports", "Reform item"),
        translate("reports", "Lead official"),
        translate("reports", "Responsible body"),
        translate("reports", "Measures"),
        translate("reports", "Deliverable"),
        translate("reports", "Deadline"),
        translate("reports", "List"),
    )
    return labels[index]


def printed_texts(content: PledgeContent) -> list[tuple[str, str]]:
    """(where, text) for every piece of user text a printed pledge shows."""
    texts = [
        (translate("reports", "Title"), content.title),
        (translate("reports", "Number"), content.number),
        (translate("reports", "Issuer"), content.issuer.unit),
        (translate("reports", "Responsible unit"), content.responsible.unit),
    ]
    paragraph = translate("reports", "{section}, paragraph {number}")
    for attribute, _ in SECTION_NAMES:
        paragraphs: tuple[str, ...] = getattr(content, attribute)
        label = _section_label(attribute)
        texts += [
            (paragraph.format(section=label, number=i), text)
            for i, text in enumerate(paragraphs, start=1)
        ]
    cell = translate("reports", "Task {number}, “{column}”")
    for number, task in enumerate(content.tasks, start=1):
        cells = row_texts(number, task)
        texts += [
            (cell.format(number=number, column=_column_label(index)), text)
            for index, text in enumerate(cells)
        ]
    return texts


def signature_texts(signatures: Sequence[SignatureView]) -> list[tuple[str, str]]:
    """(where, text) for what the signature block and record page print of each signature."""
    texts: list[tuple[str, str]] = []
    for signature in signatures:
        party = party_name(signature.party)
        texts += [
            (translate("reports", "Signer of the {party}").format(party=party), signature.signer),
            (
                translate("reports", "Signer's title of the {party}").format(party=party),
                signature.signer_title,
            ),
            (
                translate("reports", "Recorded by, for the {party}").format(party=party),
                signature.recorded_by,
            ),
        ]
    return texts


def _all_texts(pledge: PledgeView) -> list[tuple[str, str]]:
    return printed_texts(pledge.content) + signature_texts(pledge.signatures)


def _describe(char: str) -> str:
    return translate("reports", "{char} (U+{code})").format(char=char, code=f"{ord(char):04X}")


def check_printable(pledge: PledgeView, fonts: FontSet) -> list[str]:
    """One line per place holding undrawable characters: Task 3, “Reform item”: 𠀀 (U+20000)."""
    texts = _all_texts(pledge)
    if not find_unprintable((text for _, text in texts), fonts):
        return []
    findings = []
    for where, text in texts:
        missing = find_unprintable([text], fonts)
        if missing:
            findings.append(
                translate("reports", "{place}: {characters}").format(
                    place=where,
                    characters=translate("reports", ", ").join(_describe(ch) for ch in missing),
                )
            )
    return findings


def ensure_printable(pledge: PledgeView, fonts: FontSet) -> None:
    """Raise UnprintableText naming each character and where it is, if any cannot be drawn."""
    findings = check_printable(pledge, fonts)
    if findings:
        characters = find_unprintable((text for _, text in _all_texts(pledge)), fonts)
        raise UnprintableText(findings, characters)
