"""The Tasks page: every task of every pledge in force with its light, filtered, with the five
registers one click away, a task's detail on a double-click and reports on many at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pledge_app.operations.changes import Changes
from pledge_app.ui import style
from pledge_app.ui.models.task_ledger_model import TaskLedgerModel
from pledge_app.ui.page_refresh import RefreshOnChange
from pledge_app.ui.pages.task_reporting import TaskReporter
from pledge_app.ui.widgets.no_match_panel import NoMatchPanel
from pledge_app.ui.widgets.register_tabs import RegisterTabs
from pledge_app.ui.widgets.showing_bar import ShowingBar
from pledge_app.ui.widgets.task_filter_bar import TaskFilterBar
from pledge_app.ui.widgets.task_ledger_view import TaskLedgerView

if TYPE_CHECKING:
    from pledge_app.core.tracking.filters import TaskFilter
    from pledge_app.core.tracking.ledger import TrackedTask
    from pledge_app.operations.tracking import Ledger
    from pledge_app.ui.dialogs.task_detail_dialog import TaskDetailDialog
    from pledge_app.ui.operation_runner import OperationRunner, OpTask
    from pledge_app.ui.prompts import UserPrompts
    from pledge_app.ui.workspace import Workspace


class TasksPage(QWidget):
    """The task ledger with its filters; reads the ledger on the pool whenever `changed`
    touches tasks (at once on show, else the next time it shows). `loaded` follows every read."""

    loaded = Signal()
    status_message = Signal(str)

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
        self.setObjectName("tasksPage")
        self._clock = clock  # the day the lights are judged on (tests fix it)
        self._workspace = workspace
        self._runner = runner
        self._prompts = prompts
        # Read when shown, and again whenever an operation changes what it shows.
        self.reload = RefreshOnChange(
            self, workspace, concerns=Changes.touches_tasks, refresh=self.refresh
        )
        self._loaded = False
        self._read_again = False
        self._keys: frozenset[str] | None = None  # from show_filter: exactly these tasks
        self._due_within: int | None = None
        self._counted_year: int | None = None
        self._searched: tuple[str, set[str] | None] | None = None  # text and index answer
        self.load_task: OpTask[Ledger] | None = None
        self.detail_dialog: TaskDetailDialog | None = None
        self.model = TaskLedgerModel(self)
        self.reporter = TaskReporter(self, runner=runner, prompts=prompts)
        self._build_ui()
        self._connect_signals()
        self._update_content()
        self._update_actions()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.filter_bar = TaskFilterBar(self)
        self.registers = RegisterTabs(self)

        self.caption_panel = ShowingBar(self)
        self.caption_label = self.caption_panel.label
        self.dismiss_button = self.caption_panel.dismiss_button

        self.open_button = self._button("openTaskButton", self.tr("&Details…"))
        self.report_button = self._button("reportButton", self.tr("Add &report…"))
        self.refresh_button = self._button("refreshTasksButton", self.tr("Re&fresh"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("taskCountLabel")
        style.muted(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.report_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.table = TaskLedgerView(self.model, self)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("tasksEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 14pt;")
        self.no_match = NoMatchPanel(self, text=self.tr("No tasks match the filters."))
        self.clear_filters_button = self.no_match.clear_button
        self.content = QStackedWidget(self)
        self.content.setObjectName("tasksContent")
        for widget in (self.table, self.empty_label, self.no_match):
            self.content.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.registers)
        layout.addWidget(self.caption_panel)
        layout.addLayout(buttons)
        layout.addWidget(self.content, 1)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.filter_bar.changed.connect(self._on_filter_bar_changed)
        self.registers.chosen.connect(self._on_registers_chosen)
        self.registers.currentChanged.connect(self._on_registers_current_changed)
        self.caption_panel.dismissed.connect(self.dismiss_caption)
        self.open_button.clicked.connect(self.open_current)
        self.report_button.clicked.connect(self.report_on_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(self._on_table_activated)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.reporter.status_message.connect(self.status_message)

    # -- public ----------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the ledger again on the pool, keeping filters and selection; `loaded` says
        when it is on show. A read asked for while one runs follows it."""
        if self._workspace.database is None:
            self._update_content()
            return
        if self.load_task is not None and self.load_task.running:
            self._read_again = True
            return
        from pledge_app.operations.tracking import ledger

        self.reload.fresh()
        today = self._clock()
        task = self._runner.start(
            self,
            lambda database: ledger(database, today=today),
            on_success=self._on_ledger_read,
        )
        if task is not None:
            self.load_task = task
            task.finished.connect(self._on_load_task_finished)

    def current_filter(self) -> TaskFilter:
        """The filter the widgets, the register and any caption describe."""
        from dataclasses import replace

        return replace(
            self.filter_bar.current_filter(),
            list_class=self.registers.current_register(),
            keys=self._keys,
            due_within_days=self._due_within,
        )

    def show_filter(self, wanted: TaskFilter, caption: str) -> None:
        """Show the tasks `wanted` picks (the Dashboard's numbers); tasks picked by key or
        by days to their deadline are named by `caption` in a bar the clerk can dismiss."""
        self.filter_bar.set_filter(wanted)
        self.registers.set_register(wanted.list_class)
        self._keys = wanted.keys
        self._due_within = wanted.due_within_days
        shown = wanted.keys is not None or wanted.due_within_days is not None
        if shown:
            self.caption_panel.show_caption(caption)
        else:
            self.caption_panel.hide()
        self._update_register_counts()
        self._apply_filter()
        if self.reload.stale and self.isVisible():
            self.refresh()

    @Slot()
    def dismiss_caption(self) -> None:
        """Drop the tasks picked by `show_filter` (the other filters stay)."""
        self._keys = None
        self._due_within = None
        self.caption_panel.hide()
        self._apply_filter()

    @Slot()
    def clear_filters(self) -> None:
        """Show every task: all years, units, registers, lights and deadlines, no text."""
        self.filter_bar.clear()
        self.registers.set_register(None)
        self.dismiss_caption()
        self._update_register_counts()

    def selected_tasks(self) -> list[TrackedTask]:
        """The selected tasks, top to bottom."""
        return self.table.selected_tasks()

    def select_tasks(self, keys: list[str]) -> None:
        """Select the shown lines of these tasks."""
        self.table.select_tasks(keys)

    @Slot()
    def open_current(self) -> None:
        """The detail of the task on the current line."""
        task = self.table.current_task()
        if task is not None:
            self.open_task(task)

    def open_task(self, task: TrackedTask) -> TaskDetailDialog:
        """Open the detail dialog of `task` (one at a time; kept in `detail_dialog`)."""
        # Imported when first asked for: the dialog needs core's reports and milestones.
        from pledge_app.ui.dialogs.task_detail_dialog import TaskDetailDialog

        if self.detail_dialog is not None:
            self.detail_dialog.close()
        dialog = TaskDetailDialog(
            task, runner=self._runner, prompts=self._prompts, today=self.model.today, parent=self
        )
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        dialog.reporter.status_message.connect(self.status_message)
        self.detail_dialog = dialog
        dialog.show()
        return dialog

    @Slot()
    def report_on_selected(self) -> None:
        """The report dialog on the selected tasks: one report each, one transaction."""
        tasks = self.selected_tasks()
        if tasks:
            self.reporter.open_report(tasks, today=self.model.today)

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.filter_bar.focus_search()

    # -- loading ---------------------------------------------------------

    def _on_ledger_read(self, ledger: Ledger) -> None:
        keep = [task.key for task in self.selected_tasks()]
        current = self.table.current_task()
        self._searched = None  # narratives may have changed: ask the index again
        self.model.set_tasks(ledger.tasks, ledger.today)
        self._loaded = True
        self.filter_bar.offer_choices_of(self.model.all_tasks)
        self._update_register_counts()
        self._apply_filter()
        self.table.select_tasks(keep, current=current.key if current else None)
        self._update_detail_dialog()
        self.loaded.emit()

    @Slot()
    def _on_load_task_finished(self) -> None:
        self.load_task = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _update_register_counts(self, *, unless_same_year: bool = False) -> None:
        year = self.filter_bar.current_filter().year
        if unless_same_year and year == self._counted_year:
            return  # typing in the search box: the counts stay what they are
        self._counted_year = year
        self.registers.count_tasks(self.model.all_tasks, year=year)

    def _update_detail_dialog(self) -> None:
        dialog = self.detail_dialog
        if dialog is None:
            return
        for task in self.model.all_tasks:
            if task.key == dialog.task.key:
                dialog.set_task(task)
                return

    # -- helpers ---------------------------------------------------------

    def _apply_filter(self) -> None:
        wanted = self.current_filter()
        self.model.set_filter(wanted, self._indexed(wanted.text))
        self._update_content()
        self._update_actions()

    def _indexed(self, text: str) -> set[str] | None:
        """The search index's answer for `text` (asked once per text and reading)."""
        if not text.strip():
            return None
        if self._searched is None or self._searched[0] != text:
            from pledge_app.operations.tracking import search_index_keys

            found = self._runner.run_now(lambda database: search_index_keys(database, text))
            self._searched = (text, found)
        return self._searched[1]

    def _update_content(self) -> None:
        total, shown = self.model.total_count, self.model.shown_count
        self.count_label.setText(
            self.tr("{shown} of {total} tasks").format(shown=shown, total=total)
        )
        if self._workspace.database is None:
            self.empty_label.setText(self.tr("Opening the database…"))
        elif not self._loaded:
            self.empty_label.setText(self.tr("Reading the tasks…"))
        else:
            self.empty_label.setText(
                self.tr("No signed pledge yet: tasks are tracked once a pledge is signed.")
            )
        if total == 0:
            self.content.setCurrentWidget(self.empty_label)
        elif shown == 0:
            self.content.setCurrentWidget(self.no_match)
        else:
            self.content.setCurrentWidget(self.table)

    def _update_actions(self) -> None:
        selected = self.table.selected_count()
        self.open_button.setEnabled(self.table.currentIndex().isValid())
        self.report_button.setEnabled(selected > 0)
        self.report_button.setText(
            self.tr("Report on {n} selected tasks…").format(n=selected)
            if selected > 1
            else self.tr("Add &report…")
        )

    # -- slots -----------------------------------------------------------

    @Slot()
    def _on_filter_bar_changed(self) -> None:
        self._update_register_counts(unless_same_year=True)
        self._apply_filter()

    @Slot()
    def _on_registers_chosen(self) -> None:
        # A register is a saved filter: its tasks of the year, across every unit.
        self.filter_bar.clear(keep_year=True)
        self._keys = None
        self._due_within = None
        self.caption_panel.hide()
        self._apply_filter()

    @Slot(int)
    def _on_registers_current_changed(self, _index: int) -> None:
        self._apply_filter()  # moved there with the keyboard: only the register changes

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_task(self.model.task(index.row()))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    @Slot(QPoint)
    def _on_table_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("tasksContextMenu")
        menu.addAction(self.tr("Details…"), self.open_current).setEnabled(
            self.open_button.isEnabled()
        )
        menu.addAction(self.report_button.text().replace("&", ""), self.report_on_selected)
        menu.actions()[-1].setEnabled(self.report_button.isEnabled())
        menu.addSeparator()
        menu.addAction(self.tr("Refresh"), self.refresh)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _forget_dialog(self, dialog: TaskDetailDialog) -> None:
        if self.detail_dialog is dialog:
            self.detail_dialog = None
        dialog.deleteLater()

    # -- events ------------------------------------------------------------
