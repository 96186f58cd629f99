"""TaskTableModel: cells show and take task fields; row operations; read-only; problems."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pledge_app.core.enums import TaskList
from pledge_app.core.views import TaskView
from pledge_app.ui.models.task_table_model import TaskTableModel

EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def model(qtbot: QtBot) -> TaskTableModel:
    model = TaskTableModel()
    model.set_tasks((TaskView(item="甲"), TaskView(item="乙"), TaskView(item="丙")))
    return model


def items(model: TaskTableModel) -> list[str]:
    return [task.item for task in model.tasks()]


def test_headers_name_the_ledger_columns(model: TaskTableModel) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:6] == [
        "Task",
        "Lead official",
        "Responsible body",
        "Measures",
        "Deliverable",
        "Deadline",
    ]


def test_typing_a_cell_changes_the_task_and_names_the_cell(
    qtbot: QtBot, model: TaskTableModel
) -> None:
    with qtbot.waitSignal(model.edited) as signal:
        assert model.setData(model.index(1, 3), "第一步\n第二步", EDIT)
    assert model.tasks()[1].measures == "第一步\n第二步"
    assert signal.args == ["tasks.1.measures"]


def test_deadline_takes_a_date_or_typed_text(model: TaskTableModel) -> None:
    model.setData(model.index(0, 5), date(2026, 6, 30), EDIT)
    model.setData(model.index(1, 5), "2026年7月1日", EDIT)
    assert [t.deadline for t in model.tasks()[:2]] == [date(2026, 6, 30), date(2026, 7, 1)]
    assert model.data(model.index(0, 5), DISPLAY) == "2026-06-30"


def test_impossible_date_is_rejected_with_a_reason(qtbot: QtBot, model: TaskTableModel) -> None:
    with qtbot.waitSignal(model.edit_rejected) as signal:
        assert not model.setData(model.index(0, 5), "2026-02-30", EDIT)
    assert "does not exist" in signal.args[0]
    assert model.tasks()[0].deadline is None


def test_list_class_and_units_and_weight(model: TaskTableModel) -> None:
    model.setData(model.index(0, 6), TaskList.PROBLEM.value, EDIT)
    model.setData(model.index(0, 7), "市司法局、市财政局", EDIT)
    model.setData(model.index(0, 8), 12.5, EDIT)
    task = model.tasks()[0]
    assert (task.list_class, task.cooperating_units, task.weight) == (
        TaskList.PROBLEM,
        ("市司法局", "市财政局"),
        12.5,
    )
    assert model.data(model.index(0, 6), DISPLAY) == "Problems"


def test_rows_insert_remove_and_move(model: TaskTableModel) -> None:
    model.insert_tasks(1, [TaskView(item="新")])
    assert items(model) == ["甲", "新", "乙", "丙"]
    model.remove_rows([0, 3])
    assert items(model) == ["新", "乙"]
    assert model.move_row(0, 1)
    assert items(model) == ["乙", "新"]
    assert not model.move_row(1, 2)


def test_replace_from_overwrites_then_appends(model: TaskTableModel) -> None:
    model.replace_from(2, [TaskView(item="X"), TaskView(item="Y")])
    assert items(model) == ["甲", "乙", "X", "Y"]


def test_read_only_model_refuses_edits(model: TaskTableModel) -> None:
    model.set_read_only(True)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), "改", EDIT)
    assert items(model)[0] == "甲"


def test_problem_cells_carry_their_message(model: TaskTableModel) -> None:
    model.set_problems({(2, "deadline"): "Task 3: the deadline is empty."})
    assert model.data(model.index(2, 5), Qt.ItemDataRole.ToolTipRole) == (
        "Task 3: the deadline is empty."
    )
    assert model.data(model.index(2, 5), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, 5), Qt.ItemDataRole.BackgroundRole) is None
