"""The dashboard's due list stays quick at any size: the soonest 200, then how many more."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from pledge_app.core.tracking.dashboard import DueTask
from pledge_app.core.tracking.states import Light
from pledge_app.ui.widgets.dashboard_lists import DueList


def _due(count: int) -> list[DueTask]:
    start = date(2026, 12, 2)
    return [
        DueTask(
            key=f"k{n}",
            deadline=start + timedelta(days=n % 30),
            unit="市财政局",
            item=f"任务{n}",
            light=Light.YELLOW,
        )
        for n in range(count)
    ]


def test_a_long_list_shows_the_soonest_and_says_how_many_more(qtbot: QtBot) -> None:
    listing = DueList()
    qtbot.addWidget(listing)
    chosen: list[int] = []
    listing.task_chosen.connect(chosen.append)
    listing.set_tasks(_due(10_000))
    assert listing.topLevelItemCount() == DueList.MAX_SHOWN + 1
    last = listing.topLevelItem(DueList.MAX_SHOWN)
    assert last is not None and "9800 more" in last.text(2)
    listing.itemClicked.emit(last, 0)  # the "more" line opens nothing by itself
    first = listing.topLevelItem(0)
    assert first is not None
    listing.itemClicked.emit(first, 0)
    assert chosen == [0]


def test_a_short_list_shows_every_task(qtbot: QtBot) -> None:
    listing = DueList()
    qtbot.addWidget(listing)
    listing.set_tasks(_due(5))
    assert listing.topLevelItemCount() == 5
