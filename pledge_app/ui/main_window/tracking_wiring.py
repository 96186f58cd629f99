"""The tracking pages talking to each other through the window: a number on the Dashboard
opens its tasks on the Tasks page, and the first figures give the opening notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledge_app.ui.main_window.navigation import Page
from pledge_app.ui.pages.dashboard_page import startup_notice

if TYPE_CHECKING:
    from pledge_app.ui.main_window.window import MainWindow


class TrackingWiring:
    """Connects the Dashboard to the Tasks page and the status line of `window`.

    On a first start (no page remembered) the window opens on the Pledges page and turns to
    the Dashboard once the database turns out to have pledges in force.
    """

    def __init__(self, window: MainWindow, *, first_start: bool) -> None:
        self._window = window
        self._first = True
        self._choose_page = first_start
        dashboard = window.dashboard_page
        dashboard.tasks_requested.connect(self._show_tasks)
        dashboard.status_message.connect(window.status_line.show_message)
        dashboard.refreshed.connect(self._on_first_figures)
        window.workspace.opened.connect(self._on_opened)
        if window.workspace.database is not None:
            self._on_opened()

    def _on_opened(self) -> None:
        if not self._choose_page:
            return
        self._choose_page = False
        from pledge_app.operations.tracking import tasks_in_force

        self._window.runner.start(
            self._window.dashboard_page, tasks_in_force, on_success=self._on_counted
        )

    def _on_counted(self, count: int) -> None:
        if count and self._window.current_page() is self._window.pledge_list:
            self._window.show_page(Page.DASHBOARD)

    def _show_tasks(self, wanted: object, caption: str) -> None:
        if self._window.show_page(Page.TASKS):
            self._window.tasks_page.show_filter(wanted, caption)  # type: ignore[arg-type]

    def _on_first_figures(self) -> None:
        # Only the first figures after start: later refreshes come from the clerk's own work.
        if not self._first:
            return
        self._first = False
        figures = self._window.dashboard_page.figures
        if figures is None:
            return
        notice = startup_notice(figures)
        if notice:
            self._window.status_line.show_message(notice)
