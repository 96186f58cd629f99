"""Comparing two versions' tasks: matched by what they are, not by where they stand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pledge_app.core.compare import Change, compare_contents
from pledge_app.core.views import TaskView
from tests.conftest import make_content

APPROVALS = TaskView(
    item="推进审批制度改革",
    lead_official="张三",
    responsible_body="市政务服务中心",
    measures="梳理审批事项，压减办理时限，推行一网通办。",
    deliverable="改革方案",
    deadline=date(2026, 6, 30),
)
PILOT = TaskView(
    item="开展农村集体产权制度改革试点",
    lead_official="李四",
    responsible_body="市农业农村局",
    measures="清产核资，确认成员身份，组建股份经济合作社。",
    deliverable="试点总结",
    deadline=date(2026, 9, 30),
)
FINANCE = TaskView(
    item="深化预算管理一体化改革",
    lead_official="王五",
    responsible_body="市财政局",
    measures="建设预算管理一体化系统，实现全流程电子化管理。",
    deliverable="系统上线",
    deadline=date(2026, 12, 31),
)


def changes(old: tuple[TaskView, ...], new: tuple[TaskView, ...]) -> list[tuple[Change, str]]:
    diff = compare_contents(make_content(tasks=old), make_content(tasks=new))
    return [
        (task.change, (task.new or task.old).item)  # type: ignore[union-attr]
        for task in diff.tasks
    ]


def test_a_task_removed_while_another_is_added_shows_as_removed_and_added() -> None:
    assert changes((APPROVALS, PILOT), (APPROVALS, FINANCE)) == [
        (Change.SAME, APPROVALS.item),
        (Change.REMOVED, PILOT.item),
        (Change.ADDED, FINANCE.item),
    ]


def test_a_reworded_task_is_one_changed_task() -> None:
    reworded = replace(PILOT, item="开展农村集体产权制度改革整县试点", deadline=date(2026, 10, 31))
    diff = compare_contents(make_content(tasks=(PILOT,)), make_content(tasks=(reworded,)))
    [task] = diff.tasks
    assert task.change is Change.CHANGED
    assert task.fields == ("item", "deadline")


def test_a_removed_task_stays_where_it_stood() -> None:
    assert changes((APPROVALS, PILOT, FINANCE), (APPROVALS, FINANCE)) == [
        (Change.SAME, APPROVALS.item),
        (Change.REMOVED, PILOT.item),
        (Change.SAME, FINANCE.item),
    ]


def test_tasks_moved_and_reworded_keep_their_identity() -> None:
    finance = replace(FINANCE, item="全面深化预算管理一体化改革")
    pilot = replace(PILOT, deadline=date(2026, 11, 30))
    result = changes((APPROVALS, PILOT, FINANCE), (finance, APPROVALS, pilot))
    assert (Change.ADDED, finance.item) not in result
    assert sorted(change.value for change, _item in result).count("removed") <= 1


def keyed(task: TaskView, key: str) -> TaskView:
    return replace(task, key=key)


def test_with_lineage_keys_a_task_rewritten_whole_is_still_the_same_task() -> None:
    # Every field changed, yet the key says it is the same task (an amendment copied it).
    rewritten = replace(FINANCE, key="k-pilot")
    diff = compare_contents(
        make_content(tasks=(keyed(APPROVALS, "k-a"), keyed(PILOT, "k-pilot"))),
        make_content(tasks=(keyed(APPROVALS, "k-a"), rewritten)),
    )
    assert [t.change for t in diff.tasks] == [Change.SAME, Change.CHANGED]
    assert diff.tasks[1].old == PILOT and diff.tasks[1].new == FINANCE


def test_with_lineage_keys_a_removed_task_and_a_similar_new_one_stay_apart() -> None:
    # Alike enough to pass for a rewording by content; the keys say otherwise.
    similar = replace(PILOT, item="开展农村集体产权制度改革整县试点", key="k-new")
    old = (keyed(APPROVALS, "k-a"), keyed(PILOT, "k-pilot"))
    for new_task in (similar, replace(similar, key="")):  # saved, or not yet saved
        diff = compare_contents(
            make_content(tasks=old), make_content(tasks=(keyed(APPROVALS, "k-a"), new_task))
        )
        assert [(t.change, (t.new or t.old).item) for t in diff.tasks] == [  # type: ignore[union-attr]
            (Change.SAME, APPROVALS.item),
            (Change.REMOVED, PILOT.item),
            (Change.ADDED, similar.item),
        ]


def test_with_lineage_keys_a_moved_task_is_paired_where_it_went() -> None:
    old = (keyed(APPROVALS, "k-a"), keyed(PILOT, "k-p"), keyed(FINANCE, "k-f"))
    new = (keyed(FINANCE, "k-f"), keyed(APPROVALS, "k-a"), keyed(PILOT, "k-p"))
    diff = compare_contents(make_content(tasks=old), make_content(tasks=new))
    assert sorted(t.change for t in diff.tasks) == [Change.SAME] * 3
    assert [t.new.item for t in diff.tasks] == [t.item for t in new]  # type: ignore[union-attr]
