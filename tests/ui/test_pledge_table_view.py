"""The pledge list's table: a cell cut short shows its whole text as a tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge
from pledge_app.settings import Settings
from pledge_app.ui.models.pledge_table_model import Column
from pledge_app.ui.pages.pledge_list_page import PledgeListPage
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts
from tests.ui.test_pledge_list import list_page

# Showing a tooltip raises its window, which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")

TITLE = "关于推进城市更新和老旧小区改造工作的年度目标责任书（第二批）"
NUMBER = "县委全面深化改革委员会办公室〔2026〕第1024号"


@pytest.fixture
def page(qtbot: QtBot, database: Database, tmp_path: Path) -> PledgeListPage:
    with database.begin() as session:
        create_pledge(session, make_content(number=NUMBER, title=TITLE))
    widget = list_page(database, Settings(tmp_path / "settings.ini"), FakePrompts())
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.reload()
    QToolTip.hideText()  # one left by an earlier test goes after a short delay
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    return widget


def hover_tooltip(page: PledgeListPage, column: Column) -> str:
    """The tooltip shown after resting the mouse on the first line's cell in `column`."""
    table = page.table
    centre = table.visualRect(table.model().index(0, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cell_shown_whole_has_no_tooltip_repeating_it(page: PledgeListPage) -> None:
    assert hover_tooltip(page, Column.YEAR) == ""
    assert hover_tooltip(page, Column.UPDATED) == ""


@pytest.mark.parametrize(
    ("column", "whole"),
    [
        pytest.param(Column.TITLE, TITLE, id="title"),
        pytest.param(Column.NUMBER, f"{NUMBER}\n{TITLE}", id="number"),
        pytest.param(Column.UPDATED, None, id="updated"),
        pytest.param(Column.STATUS, None, id="status"),
    ],
)
def test_a_cell_cut_short_shows_its_whole_text(
    page: PledgeListPage, column: Column, whole: str | None
) -> None:
    # Issue 7 item 18: elided list columns get tooltips with the full text.
    table = page.table
    index: QModelIndex = table.model().index(0, column)
    table.setColumnWidth(column, table.fontMetrics().horizontalAdvance("中") * 2)
    expected = whole if whole is not None else str(index.data())
    assert hover_tooltip(page, column) == expected
