"""A page reads again on the changes it shows: at once when on show, else when next shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pledge_app.operations.changes import Changes
from pledge_app.ui.page_refresh import RefreshOnChange
from pledge_app.ui.workspace import Workspace


def test_reads_on_first_show_on_its_changes_and_lazily_when_hidden(qtbot: QtBot) -> None:
    workspace = Workspace()
    page = QWidget()
    qtbot.addWidget(page)
    reads: list[int] = []
    reload = RefreshOnChange(
        page, workspace, concerns=Changes.touches_tasks, refresh=lambda: reads.append(1)
    )
    page.show()
    assert reads == [1]  # stale from the start: the first show reads
    reload.fresh()
    workspace.publish(Changes.of_units(["u"]))  # not what the page shows
    assert reads == [1]
    workspace.publish(Changes(tasks=frozenset({"k"})))
    assert reads == [1, 1]  # on show: at once
    reload.fresh()
    page.hide()
    workspace.publish(Changes(tasks=frozenset({"k"})))
    assert reads == [1, 1] and reload.stale  # hidden: only remembered
    page.show()
    assert reads == [1, 1, 1]
