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


_TASK_FIELD_NAMES = (
    "item", "lead_official", "responsible_body", "measures", "deliverable",
    "deadline", "list_class", "cooperating_units", "weight",
)  # fmt: skip


#: How alike two tasks' text must be to count as one task reworded rather than one task
#: removed and another added (SequenceMatcher ratio over what they say).
SAME_TASK_RATIO = 0.6


def _task_key(task: TaskView) -> str:
    return task.item.strip()


def _task_text(task: TaskView) -> str:
    # What the task is; deadlines, lists and partners are shared by too many tasks to tell.
    return "\n".join(
        (task.item, task.lead_official, task.responsible_body, task.measures, task.deliverable)
    )


def _task_fields(old: TaskView, new: TaskView) -> tuple[str, ...]:
    return tuple(name for name in _TASK_FIELD_NAMES if getattr(old, name) != getattr(new, name))


def _likeness(old: TaskView, new: TaskView) -> float:
    return SequenceMatcher(a=_task_text(old), b=_task_text(new), autojunk=False).ratio()


def _pair_alike(diffs: list[TaskDiff]) -> list[TaskDiff]:
    """Removed and added tasks alike enough to be one task reworded (or moved and
    reworded) become one changed task, where the new version has it; most alike first."""
    removed = {n: diff.old for n, diff in enumerate(diffs) if diff.old and not diff.new}
    added = {n: diff.new for n, diff in enumerate(diffs) if diff.new and not diff.old}
    candidates = sorted(
        (-_likeness(old, new), r, a) for r, old in removed.items() for a, new in added.items()
    )
    merged = list(diffs)
    dropped: set[int] = set()
    used: set[int] = set()
    for negative, r, a in candidates:
        if -negative < SAME_TASK_RATIO:
            break
        if r in dropped or a in used:
            continue
        old, new = removed[r], added[a]
        merged[a] = TaskDiff(Change.CHANGED, old, new, _task_fields(old, new))
        dropped.add(r)
        used.add(a)
    return [diff for n, diff in enumerate(merged) if n not in dropped]


def _tasks(old: tuple[TaskView, ...], new: tuple[TaskView, ...]) -> tuple[TaskDiff, ...]:
    """Tasks matched by identity, not by where they stand.

    Stored tasks carry their lineage key, which an amendment copies: the same key is the
    same task, however reworded; a key only the old version has was removed, and a task
    the new version adds has a key of its own (or none yet, unsaved). Without keys (content
    from elsewhere), the same task item matches first, then tasks alike enough to be one
    task reworded (see SAME_TASK_RATIO); the rest show as removed and added.
    """
    if old and all(task.key for task in old):
        old_keys = [task.key for task in old]
        # An unsaved new row has no key yet, and a row copied in the editor repeats one
        # (saving gives it a key of its own): either can only be an added task.
        new_keys: list[str] = []
        for n, task in enumerate(new):
            new_keys.append(task.key if task.key and task.key not in new_keys else f"new:{n}")
        return tuple(_matched(old, new, old_keys, new_keys, follow_moves=True))
    return tuple(
        _pair_alike(_matched(old, new, [_task_key(t) for t in old], [_task_key(t) for t in new]))
    )


def _matched(
    old: tuple[TaskView, ...],
    new: tuple[TaskView, ...],
    old_keys: list[str],
    new_keys: list[str],
    *,
    follow_moves: bool = False,
) -> list[TaskDiff]:
    """Old and new tasks paired where their keys are equal, in order; the rest removed
    (where they stood) and added. With `follow_moves` (keys unique on each side) a task
    moved is paired too, where the new version has it."""
    diffs: list[TaskDiff] = []
    moved = set(old_keys) & set(new_keys) if follow_moves else set()
    matcher = SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        olds, news = old[i1:i2], new[j1:j2]
        if tag == "equal":
            for a, b in zip(olds, news, strict=True):
                fields = _task_fields(a, b)
                diffs.append(TaskDiff(Change.CHANGED if fields else Change.SAME, a, b, fields))
            continue
        diffs += [
            TaskDiff(Change.REMOVED, a, None)
            for a, key in zip(olds, old_keys[i1:i2], strict=True)
            if key not in moved
        ]
        for b, key in zip(news, new_keys[j1:j2], strict=True):
            if key not in moved:
                diffs.append(TaskDiff(Change.ADDED, None, b))
                continue
            a = old[old_keys.index(key)]
            fields = _task_fields(a, b)
            diffs.append(TaskDiff(Change.CHANGED if fields else Change.SAME, a, b, fields))
    return diffs


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


def changed_fields(old: PledgeContent, new: PledgeContent) -> tuple[str, ...]:
    """What an edit changed, in form order: header keys ("title", "issuer.unit"), section
    names ("goals") and "tasks"; what an audit entry of the edit lists."""
    diff = compare_contents(old, new)
    fields = [line.label for line in diff.header if line.change is not Change.SAME]
    for section in (Section.GOALS, Section.DUTIES, Section.MEASURES):
        if any(line.change is not Change.SAME for line in diff.sections[section]):
            fields.append(section.value)
    if old.tasks != new.tasks:
        fields.append("tasks")
    if any(line.change is not Change.SAME for line in diff.sections[Section.OUTCOMES]):
        fields.append(Section.OUTCOMES.value)
    return tuple(fields)
