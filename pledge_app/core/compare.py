"""What changed between two versions of a pledge, section by section and task by task."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from pledge_app.core.content_hash import canonical_content
from pledge_app.core.enums import Section
from pledge_app.core.views import PledgeContent, TaskView


class Change(StrEnum):
    """How one paragraph, field or task differs."""

    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class LineDiff:
    """One paragraph or field, old beside new."""

    change: Change
    old: str
    new: str
    label: str = ""


@dataclass(frozen=True)
class TaskDiff:
    """One task, old beside new, with the fields that differ."""

    change: Change
    old: TaskView | None
    new: TaskView | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContentDiff:
    """Every difference between two versions' content."""

    header: tuple[LineDiff, ...]
    sections: dict[Section, tuple[LineDiff, ...]]
    tasks: tuple[TaskDiff, ...]

    @property
    def unchanged(self) -> bool:
        """Whether the two versions say exactly the same."""
        lines = [*self.header, *(line for sec in self.sections.values() for line in sec)]
        return all(line.change is Change.SAME for line in lines) and all(
            task.change is Change.SAME for task in self.tasks
        )


def _pair(old: list[str], new: list[str]) -> tuple[LineDiff, ...]:
    lines: list[LineDiff] = []
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            lines += [LineDiff(Change.SAME, text, text) for text in old[i1:i2]]
            continue
        olds, news = old[i1:i2], new[j1:j2]
        common = min(len(olds), len(news)) if tag == "replace" else 0
        lines += [LineDiff(Change.CHANGED, a, b) for a, b in zip(olds, news, strict=False)][:common]
        lines += [LineDiff(Change.REMOVED, text, "") for text in olds[common:]]
        lines += [LineDiff(Change.ADDED, "", text) for text in news[common:]]
    return tuple(lines)


def _task_key(task: TaskView) -> str:
    return task.item.strip()


def _task_fields(old: TaskView, new: TaskView) -> tuple[str, ...]:
    names = (
        "item", "lead_official", "responsible_body", "measures", "deliverable",
        "deadline", "list_class", "cooperating_units", "weight",
    )  # fmt: skip
    return tuple(name for name in names if getattr(old, name) != getattr(new, name))


def _tasks(old: tuple[TaskView, ...], new: tuple[TaskView, ...]) -> tuple[TaskDiff, ...]:
    diffs: list[TaskDiff] = []
    matcher = SequenceMatcher(
        a=[_task_key(t) for t in old], b=[_task_key(t) for t in new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        olds, news = old[i1:i2], new[j1:j2]
        if tag == "equal":
            for a, b in zip(olds, news, strict=True):
                fields = _task_fields(a, b)
                diffs.append(TaskDiff(Change.CHANGED if fields else Change.SAME, a, b, fields))
            continue
        common = min(len(olds), len(news)) if tag == "replace" else 0
        for a, b in list(zip(olds, news, strict=False))[:common]:
            diffs.append(TaskDiff(Change.CHANGED, a, b, _task_fields(a, b)))
        diffs += [TaskDiff(Change.REMOVED, a, None) for a in olds[common:]]
        diffs += [TaskDiff(Change.ADDED, None, b) for b in news[common:]]
    return tuple(diffs)


def _header(old: PledgeContent, new: PledgeContent) -> tuple[LineDiff, ...]:
    a, b = canonical_content(old), canonical_content(new)
    rows: list[LineDiff] = []
    for key in ("number", "title", "year"):
        rows.append(_field(key, str(a[key]), str(b[key])))
    for party in ("issuer", "responsible"):
        for key in ("unit", "signatory", "signatory_title"):
            rows.append(_field(f"{party}.{key}", a[party][key], b[party][key]))
    return tuple(rows)


def _field(label: str, old: str, new: str) -> LineDiff:
    return LineDiff(Change.SAME if old == new else Change.CHANGED, old, new, label)


def compare_contents(old: PledgeContent, new: PledgeContent) -> ContentDiff:
    """The differences from `old` to `new`."""
    return ContentDiff(
        header=_header(old, new),
        sections={
            section: _pair(list(getattr(old, section.value)), list(getattr(new, section.value)))
            for section in Section
        },
        tasks=_tasks(old.tasks, new.tasks),
    )
