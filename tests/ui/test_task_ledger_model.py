"""The ledger's table model: cells, sorting, the same filter as core, and 200,000 rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from pledge_app.core.enums import TaskList
from pledge_app.core.tracking.filters import DueWindow, TaskFilter, filter_tasks
from pledge_app.core.tracking.ledger import TrackedTask
from pledge_app.core.tracking.states import Light, TaskState
from pledge_app.ui.models.task_ledger_model import TASK_ROLE, TaskColumn, TaskLedgerModel

TODAY = date(2026, 5, 10)

BASE = TrackedTask(
    key="k0",
    pledge_id="p1",
    pledge_number="改革办〔2026〕1号",
    year=2026,
    unit="市发展和改革委员会",
    position=0,
    item="深化“放管服”改革",
    lead_official="李明",
    responsible_body="市发展和改革委员会",
    measures="推进一网通办",
    deliverable="制度文件",
    cooperating_units=("市司法局",),
    list_class=TaskList.PRIORITY,
    deadline=date(2026, 12, 31),
    weight=10.0,
    start=date(2026, 3, 1),
    percent=0,
    state=None,
    last_report_on=None,
    narrative="",
    milestones=(),
    light=Light.YELLOW,
)


def sample() -> list[TrackedTask]:
    return [
        BASE,
        replace(BASE, key="k1", position=1, item="推进PPP项目规范管理", percent=40,
                light=Light.GREEN, state=TaskState.ON_TRACK, last_report_on=date(2026, 5, 3),
                narrative="完成Ppp清理"),
        replace(BASE, key="k2", position=2, item="医保改革", deadline=date(2026, 4, 30),
                light=Light.RED, unit="市教育局", lead_official="王芳"),
        replace(BASE, key="k3", position=3, item="国企改革", percent=100, light=Light.DONE,
                state=TaskState.DONE, list_class=TaskList.PROBLEM, deadline=date(2026, 5, 15)),
        replace(BASE, key="k4", position=4, item="教育评价", deadline=None, light=Light.GREEN,
                unit="市教育局", year=2025, cooperating_units=("市财政局", "ABC公司")),
    ]  # fmt: skip


@pytest.fixture
def model(qtbot: QtBot) -> TaskLedgerModel:
    built = TaskLedgerModel()
    built.set_tasks(sample(), TODAY)
    return built


def column(model: TaskLedgerModel, which: TaskColumn) -> list[str]:
    return [model.index(row, which).data() for row in range(model.rowCount())]


def test_cells_show_the_ledger(model: TaskLedgerModel) -> None:
    assert column(model, TaskColumn.ITEM)[:2] == ["深化“放管服”改革", "推进PPP项目规范管理"]
    assert column(model, TaskColumn.PERCENT)[1] == "40%"
    assert column(model, TaskColumn.LIGHT) == ["Yellow", "Green", "Red", "Done", "Green"]
    assert column(model, TaskColumn.DEADLINE)[4] == "Ongoing"
    assert column(model, TaskColumn.LAST_REPORT)[:2] == ["None yet", "2026-05-03"]
    assert column(model, TaskColumn.LIST)[3] == "Problems"


def test_the_light_cell_has_a_coloured_dot(model: TaskLedgerModel) -> None:
    icon = model.index(0, TaskColumn.LIGHT).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()


def test_tooltips_carry_the_whole_text(model: TaskLedgerModel) -> None:
    tip = model.index(0, TaskColumn.ITEM).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "深化“放管服”改革\n推进一网通办"
    assert model.index(1, TaskColumn.LAST_REPORT).data(Qt.ItemDataRole.ToolTipRole) == (
        "2026-05-03\n完成Ppp清理"
    )


def test_an_overdue_deadline_is_red_unless_done(model: TaskLedgerModel) -> None:
    overdue = model.index(2, TaskColumn.DEADLINE).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue is not None
    assert model.index(0, TaskColumn.DEADLINE).data(Qt.ItemDataRole.ForegroundRole) is None


@pytest.mark.parametrize(
    ("which", "order", "expected"),
    [
        (TaskColumn.LIGHT, Qt.SortOrder.DescendingOrder, ["k2", "k0", "k1", "k4", "k3"]),
        (TaskColumn.PERCENT, Qt.SortOrder.DescendingOrder, ["k3", "k1", "k0", "k2", "k4"]),
        (TaskColumn.DEADLINE, Qt.SortOrder.AscendingOrder, ["k2", "k3", "k0", "k1", "k4"]),
        (TaskColumn.UNIT, Qt.SortOrder.AscendingOrder, ["k0", "k1", "k3", "k2", "k4"]),
        (TaskColumn.LAST_REPORT, Qt.SortOrder.DescendingOrder, ["k1", "k0", "k2", "k3", "k4"]),
    ],
)
def test_sorting_keeps_ledger_order_among_equals(
    model: TaskLedgerModel, which: TaskColumn, order: Qt.SortOrder, expected: list[str]
) -> None:
    model.sort(which, order)
    assert [task.key for task in model.shown_tasks()] == expected


@pytest.mark.parametrize(
    "wanted",
    [
        TaskFilter(),
        TaskFilter(text="ppp"),  # "PPP" in the item, "Ppp" in the narrative
        TaskFilter(text="abc"),  # a co-operating unit
        TaskFilter(text="改革 市教育局"),
        TaskFilter(text="市司法局", year=2026),
        TaskFilter(due=DueWindow.OVERDUE),
        TaskFilter(light=Light.GREEN, unit="市教育局"),
        TaskFilter(list_class=TaskList.PROBLEM),
        TaskFilter(keys=frozenset({"k1", "k4"}), lead_official="李明"),
    ],
)
def test_the_filter_picks_what_core_picks(model: TaskLedgerModel, wanted: TaskFilter) -> None:
    model.set_filter(wanted)
    expected = [task.key for task in filter_tasks(sample(), wanted, TODAY)]
    assert [task.key for task in model.shown_tasks()] == expected


def test_two_hundred_thousand_tasks_are_held_as_plain_rows(model: TaskLedgerModel) -> None:
    many = [
        replace(BASE, key=f"k{n}", position=n, item=f"第{n}项改革任务", percent=n % 101)
        for n in range(200_000)
    ]
    model.set_filter(TaskFilter(text="第199999项"))
    model.set_tasks(many, TODAY)
    assert model.rowCount() == 1
    model.set_filter(TaskFilter())
    model.sort(TaskColumn.PERCENT, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 200_000
    assert model.index(0, TaskColumn.PERCENT).data() == "100%"
    last = model.index(199_999, TaskColumn.ITEM)
    assert last.data(TASK_ROLE).percent == 0
    assert model.lines_of(["k7"]) == [model.shown_tasks().index(many[7])]
