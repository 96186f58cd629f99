"""The milestone editor shows whole dates: its date columns are as wide as their boxes."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from pledge_app.ui.widgets.milestone_editor import DUE, REACHED, MilestoneEditor


def test_the_date_columns_show_whole_dates(qtbot: QtBot) -> None:
    editor = MilestoneEditor(date(2026, 12, 2))
    qtbot.addWidget(editor)
    editor.resize(820, 300)
    row = editor.add_row("完成方案起草并报审", date(2026, 3, 31), date(2026, 3, 28))
    editor.show()
    header = editor.table.horizontalHeader()
    assert header.sectionSize(DUE) >= editor.due_edit(row).sizeHint().width()
    assert header.sectionSize(REACHED) >= editor.reached_cell(row).sizeHint().width()
    # Only the rows are visible: the widget measured for the widths is not left on show.
    assert [w for w in editor.findChildren(type(editor.reached_cell(row))) if w.isVisible()] == [
        editor.reached_cell(row)
    ]
