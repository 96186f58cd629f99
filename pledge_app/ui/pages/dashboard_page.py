"""The dashboard: where the year's work stands, every number opening the tasks behind it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pledge_app.core.tracking.dashboard import DashboardFigures
from pledge_app.core.tracking.states import Light
from pledge_app.operations.changes import Changes
from pledge_app.operations.dashboard import dashboard, save_png
from pledge_app.ui.labels import list_class_label
from pledge_app.ui.page_refresh import RefreshOnChange
from pledge_app.ui.widgets.dashboard_chart_panel import ChartPanel
from pledge_app.ui.widgets.dashboard_view import DashboardView, reporting_month

if TYPE_CHECKING:
    from pledge_app.core.enums import TaskList
    from pledge_app.ui.operation_runner import OperationRunner, OpTask
    from pledge_app.ui.prompts import UserPrompts
    from pledge_app.ui.workspace import Workspace

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate

#: Characters a file name cannot hold on Windows or Linux.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def startup_notice(figures: DashboardFigures) -> str | None:
    """The quiet line for the status bar on opening: tasks overdue and due this week, or
    None when there are neither."""
    overdue, week = len(figures.overdue), len(figures.due_this_week)
    if overdue and week:
        return translate("DashboardPage", "Tasks: {overdue} overdue, {week} due this week").format(
            overdue=overdue, week=week
        )
    if overdue:
        return translate("DashboardPage", "Tasks: {overdue} overdue").format(overdue=overdue)
    if week:
        return translate("DashboardPage", "Tasks: {week} due this week").format(week=week)
    return None


def light_caption(light: Light) -> str:
    """What the tasks of one light are called when they open on the Tasks page."""
    captions = {
        Light.RED: translate("DashboardPage", "Red tasks"),
        Light.YELLOW: translate("DashboardPage", "Yellow tasks"),
        Light.GREEN: translate("DashboardPage", "Green tasks"),
        Light.DONE: translate("DashboardPage", "Done tasks"),
    }
    return captions[light]


class DashboardPage(QWidget):
    """Charts and counts of the tasks in force; `refresh()` reads them again.

    It reads when `changed` touches tasks, at once if on show, else the next time it shows.
    Every number, bar, slice and row emits `tasks_requested(TaskFilter, caption)`.
    """

    #: The tasks behind a number (a TaskFilter with `keys`) and words saying what they are.
    tasks_requested = Signal(object, str)
    #: A short line for the status bar (a chart was saved).
    status_message = Signal(str)
    #: New figures are on show (in `figures`).
    refreshed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        runner: OperationRunner,
        *,
        prompts: UserPrompts,
        clock: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._workspace = workspace
        self._runner = runner
        self._prompts = prompts
        self._clock = clock
        # Read when shown, and again whenever an operation changes what it shows.
        self.reload = RefreshOnChange(
            self, workspace, concerns=Changes.touches_tasks, refresh=self.refresh
        )
        self._again = False
        self._task: OpTask[DashboardFigures] | None = None
        #: What is on show; None before the first read.
        self.figures: DashboardFigures | None = None
        self.view = DashboardView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view)
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self.view
        view.year_filter.currentIndexChanged.connect(self._on_year_filter_changed)
        for panel in view.chart_panels():
            panel.save_requested.connect(partial(self.save_chart, panel))
        view.tasks_tile.clicked.connect(self._on_tasks_tile_clicked)
        view.overdue_tile.clicked.connect(self._on_overdue_tile_clicked)
        view.week_tile.clicked.connect(self._on_week_tile_clicked)
        view.soon_tile.clicked.connect(self._on_soon_tile_clicked)
        view.not_reported_tile.clicked.connect(self._on_not_reported_tile_clicked)
        view.unit_clicked.connect(self.open_unit)
        view.light_clicked.connect(self.open_light)
        view.month_clicked.connect(self.open_month)
        view.due_list.task_chosen.connect(self.open_due_task)
        view.not_reported_list.unit_chosen.connect(self.open_not_reported)
        view.registers.register_chosen.connect(self.open_register)

    # -- reading -----------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the figures again off the GUI thread; `refreshed` says when they show."""
        if self._task is not None:
            self._again = True  # read once more when the running read is over
            return
        today, year = self._clock(), self.view.chosen_year()
        task = self._runner.start(
            self,
            lambda database: dashboard(database, today=today, year=year),
            on_success=self._on_loaded,
        )
        if task is None:
            return  # no database open yet
        self.reload.fresh()
        self._task = task
        task.finished.connect(self._on_task_finished)

    def _on_task_finished(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()

    def _on_loaded(self, figures: DashboardFigures) -> None:
        if figures.year is not None and figures.empty and figures.years:
            self.view.year_filter.setCurrentIndex(0)  # that year is gone: show every year
            return
        self.figures = figures
        self.view.show_figures(figures)
        self.refreshed.emit()

    # -- what the numbers open ------------------------------------------------

    def _request(self, keys: Iterable[str], caption: str) -> None:
        # Imported on first use: the filters module loads SQLAlchemy with the ledger.
        from pledge_app.core.tracking.filters import TaskFilter

        self.tasks_requested.emit(TaskFilter(keys=frozenset(keys)), caption)

    @Slot(int, bool)
    def open_unit(self, index: int, done: bool) -> None:
        """Open a unit's tasks done (or not done): bar `index` of the completion chart."""
        chart = self.view.completion
        if chart is None:
            return
        unit = chart.units[index]
        if done:
            self._request(unit.done_keys, self.tr("{unit}: done").format(unit=unit.unit))
        else:
            self._request(unit.open_keys, self.tr("{unit}: not done").format(unit=unit.unit))

    def open_light(self, light: Light) -> None:
        """Open the tasks showing `light`."""
        if self.figures is not None:
            [entry] = [entry for entry in self.figures.lights if entry.light is light]
            self._request(entry.keys, light_caption(light))

    @Slot(int)
    def open_month(self, index: int) -> None:
        """Open the tasks overdue at the end of month bar `index`."""
        chart = self.view.overdue
        if chart is not None:
            month = chart.months[index]
            self._request(
                month.keys,
                self.tr("Overdue and not done on {date}").format(date=month.as_of.isoformat()),
            )

    @Slot(int)
    def open_due_task(self, row: int) -> None:
        """Open one task of the deadlines list."""
        if self.figures is not None:
            task = self.figures.due_soon[row]
            self._request(
                {task.key},
                self.tr("Due {date}: {item}").format(
                    date=task.deadline.isoformat(), item=task.item
                ),
            )

    @Slot(int)
    def open_not_reported(self, row: int) -> None:
        """Open the tasks one unit owes a report on."""
        if self.figures is not None:
            unit = self.figures.not_reported[row]
            self._request(
                unit.keys,
                self.tr("{unit}: not reported for {period}").format(
                    unit=unit.unit, period=reporting_month(self.figures)
                ),
            )

    def open_register(self, list_class: TaskList) -> None:
        """Open the tasks of one register."""
        if self.figures is not None:
            [entry] = [entry for entry in self.figures.registers if entry.list_class is list_class]
            self._request(
                entry.keys,
                self.tr("Register: {register}").format(register=list_class_label(list_class)),
            )

    # -- saving a chart ------------------------------------------------------

    def save_chart(self, panel: ChartPanel) -> Path | None:
        """Ask where, and save `panel`'s chart there as a PNG; the path, or None."""
        title = self.tr("Save chart as PNG")
        suggested = _NOT_IN_FILE_NAMES.sub("_", panel.title).strip() or "chart"
        path = self._prompts.ask_save_path(
            title, directory=f"{suggested}.png", file_filter=self.tr("PNG pictures (*.png)")
        )
        if path is None:
            return None
        data = panel.png_bytes()
        saved = self._runner.run_now(lambda _database: save_png(path, data), failure_title=title)
        if saved is not None:
            self.status_message.emit(self.tr("Chart saved to {file}").format(file=saved))
        return saved

    # -- slots -------------------------------------------------------------

    def _on_tasks_tile_clicked(self) -> None:
        if self.figures is not None:
            self._request(self.figures.all_keys, self.tr("Tasks in force"))

    def _on_overdue_tile_clicked(self) -> None:
        if self.figures is not None:
            self._request(self.figures.overdue, self.tr("Overdue tasks"))

    def _on_week_tile_clicked(self) -> None:
        if self.figures is not None:
            self._request(self.figures.due_this_week, self.tr("Tasks due in the next 7 days"))

    def _on_soon_tile_clicked(self) -> None:
        if self.figures is not None:
            self._request(self.figures.due_soon_keys, self.tr("Tasks due in the next 30 days"))

    def _on_not_reported_tile_clicked(self) -> None:
        if self.figures is not None:
            self._request(
                self.figures.not_reported_keys,
                self.tr("Tasks not reported for {period}").format(
                    period=reporting_month(self.figures)
                ),
            )

    def _on_year_filter_changed(self, _index: int) -> None:
        self.refresh()

    # -- events ------------------------------------------------------------
