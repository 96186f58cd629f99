"""Text no pledge may hold: lone surrogates (unstorable, unprintable) and sizes no real pledge
reaches. The limits are named in docs/exchange-format.md; every way in (import, paste,
typing, autosave) checks through here, each finding naming its field."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from pledge_app.core.enums import Section
from pledge_app.core.i18n import translate
from pledge_app.core.labels import section_label, task_field_label
from pledge_app.core.views import PledgeContent

# A real pledge (the demo's longest, a 30-task office pledge) stays far below each of
# these: they exist so a pasted book or a fuzzed file cannot hang printing for minutes.
MAX_NUMBER = 100
MAX_TITLE = 500
MAX_UNIT = 200
MAX_SIGNATORY = 100
MAX_SIGNATORY_TITLE = 200
MAX_LEAD_OFFICIAL = 200
MAX_PARAGRAPH = 5_000
MAX_PARAGRAPHS = 200  # per section
MAX_TASK_TEXT = 3_000  # task, responsible body, measures, deliverable
MAX_TASKS = 300
MAX_COOPERATING_UNITS = 50  # per task
MAX_WEIGHT = 1_000_000.0  # a weight is points or a percentage; this only stops absurd ones
MAX_PLEDGE_TEXT = 100_000  # every text of the pledge together

#: UTF-16 halves that arrived without their other half: Python keeps them, UTF-8 cannot.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

_TASK_TEXTS = ("item", "responsible_body", "measures", "deliverable")


def lone_surrogate(text: str) -> str | None:
    """The first lone surrogate in `text` as a code point (e.g. U+D83D), or None if none."""
    found = _LONE_SURROGATE.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def without_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD, for showing and logging it."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _broken(where: str, code: str) -> str:
    return translate(
        "validation",
        "{where}: contains a broken character ({code}, half of a pair) that cannot be "
        "stored or printed; type that character again.",
    ).format(where=where, code=code)


def _too_long(where: str, length: int, limit: int) -> str:
    return translate(
        "validation", "{where}: is {length} characters long; at most {limit} are allowed."
    ).format(where=where, length=length, limit=limit)


def text_problem(text: str, where: str, *, limit: int) -> str | None:
    """Why `text` (named `where` for the clerk) cannot be taken, or None when it can."""
    code = lone_surrogate(text)
    if code is not None:
        return _broken(where, code)
    if len(text) > limit:
        return _too_long(where, len(text), limit)
    return None


def pasted_text_problem(
    text: str, where: str | None = None, *, limit: int = MAX_PARAGRAPH
) -> str | None:
    """Why text pasted into one cell or paragraph (named `where`) cannot be taken, or None."""
    return text_problem(text, where or translate("validation", "The pasted text"), limit=limit)


def task_text_limit(field: str) -> int:
    """The most characters one task field may hold as text (co-operating units: all together)."""
    if field == "lead_official":
        return MAX_LEAD_OFFICIAL
    if field == "cooperating_units":
        return (MAX_UNIT + 1) * MAX_COOPERATING_UNITS
    return MAX_TASK_TEXT


def units_problem(units: tuple[str, ...], where: str) -> str | None:
    """Why the co-operating units of one task (named `where`) cannot be taken, or None."""
    if len(units) > MAX_COOPERATING_UNITS:
        return translate(
            "validation", "{where}: names {count} co-operating units; at most {limit}."
        ).format(where=where, count=len(units), limit=MAX_COOPERATING_UNITS)
    for unit in units:
        problem = text_problem(unit, where, limit=MAX_UNIT)
        if problem is not None:
            return problem
    return None


def paragraph_name(section: Section, position: int) -> str:
    """Paragraph `position` (0-based) of `section`, as a clerk names it in a message."""
    return translate("validation", "Section “{section}”, paragraph {paragraph}").format(
        section=section_label(section), paragraph=position + 1
    )


def paragraph_count_problem(section: Section, count: int) -> str | None:
    """Why `section` cannot hold `count` paragraphs, or None when it can."""
    if count <= MAX_PARAGRAPHS:
        return None
    return translate(
        "validation", "Section “{section}” has {count} paragraphs; at most {limit}."
    ).format(section=section_label(section), count=count, limit=MAX_PARAGRAPHS)


def _party_texts(content: PledgeContent) -> Iterator[tuple[str, str, str, int]]:
    for role, party in (("issuer", content.issuer), ("responsible", content.responsible)):
        label = (
            translate("validation", "The issuer")
            if role == "issuer"
            else translate("validation", "The responsible unit")
        )
        yield f"{role}.unit", label, party.unit, MAX_UNIT
        yield (
            f"{role}.signatory",
            translate("validation", "{party}, signatory").format(party=label),
            party.signatory,
            MAX_SIGNATORY,
        )
        yield (
            f"{role}.signatory_title",
            translate("validation", "{party}, signatory's title").format(party=label),
            party.signatory_title,
            MAX_SIGNATORY_TITLE,
        )


def _texts(content: PledgeContent) -> Iterator[tuple[str, str, str, int]]:
    """(field key, field in words, text, limit) for every text of the pledge."""
    yield "number", translate("validation", "The number"), content.number, MAX_NUMBER
    yield "title", translate("validation", "The title"), content.title, MAX_TITLE
    yield from _party_texts(content)
    for section in Section:
        for position, text in enumerate(getattr(content, section.value)):
            where = paragraph_name(section, position)
            yield f"{section.value}.{position}", where, text, MAX_PARAGRAPH
    for index, task in enumerate(content.tasks):
        for field in _TASK_TEXTS:
            yield f"tasks.{index}.{field}", _cell(index, field), getattr(task, field), MAX_TASK_TEXT
        yield (
            f"tasks.{index}.lead_official",
            _cell(index, "lead_official"),
            task.lead_official,
            MAX_LEAD_OFFICIAL,
        )
        for number, unit in enumerate(task.cooperating_units, start=1):
            yield (
                f"tasks.{index}.cooperating_units",
                translate("validation", "Task {row}, co-operating unit {number}").format(
                    row=index + 1, number=number
                ),
                unit,
                MAX_UNIT,
            )


def _cell(index: int, field: str) -> str:
    return translate("validation", "Task {row}, {field}").format(
        row=index + 1, field=task_field_label(field)
    )


def _count_findings(content: PledgeContent) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for section in Section:
        problem = paragraph_count_problem(section, len(getattr(content, section.value)))
        if problem is not None:
            found.append((section.value, problem))
    if len(content.tasks) > MAX_TASKS:
        message = translate("validation", "The pledge has {count} tasks; at most {limit}.")
        found.append(("tasks", message.format(count=len(content.tasks), limit=MAX_TASKS)))
    for index, task in enumerate(content.tasks, start=1):
        key = f"tasks.{index - 1}"
        if len(task.cooperating_units) > MAX_COOPERATING_UNITS:
            message = translate(
                "validation", "Task {row} has {count} co-operating units; at most {limit}."
            )
            found.append(
                (
                    f"{key}.cooperating_units",
                    message.format(
                        row=index, count=len(task.cooperating_units), limit=MAX_COOPERATING_UNITS
                    ),
                )
            )
        if not math.isfinite(task.weight) or abs(task.weight) > MAX_WEIGHT:
            message = translate(
                "validation", "Task {row}: the weight must be a number up to {limit}."
            )
            found.append((f"{key}.weight", message.format(row=index, limit=f"{MAX_WEIGHT:,.0f}")))
    return found


def content_text_findings(content: PledgeContent) -> list[tuple[str, str]]:
    """(field key, message) for each broken character, over-long text and excessive count."""
    found = _count_findings(content)
    total = 0
    for field, where, text, limit in _texts(content):
        total += len(text)
        problem = text_problem(text, where, limit=limit)
        if problem is not None:
            found.append((field, problem))
    if total > MAX_PLEDGE_TEXT:
        found.append(
            (
                "tasks" if content.tasks else Section.GOALS.value,
                translate(
                    "validation",
                    "The pledge holds {length} characters of text in all; at most {limit} "
                    "are allowed. Move long material into an attachment.",
                ).format(length=total, limit=MAX_PLEDGE_TEXT),
            )
        )
    return found


def is_finite_number(value: float) -> bool:
    """Whether `value` is a number a float can hold: a 401-digit integer is not one."""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False
