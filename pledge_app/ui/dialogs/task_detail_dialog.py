"""One task in force: its six ledger fields, its progress history with the evidence files,
its milestones, and "Add report"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.labels import task_field_label
from pledge_app.core.tracking.states import light_label
from pledge_app.operations.tracking import (
    evidence_copy_to_open,
    save_evidence,
    set_milestones,
    task_history,
)
from pledge_app.ui import style
from pledge_app.ui.labels import list_class_label
from pledge_app.ui.pages.task_reporting import TaskReporter
from pledge_app.ui.widgets.light_icon import light_icon
from pledge_app.ui.widgets.milestone_editor import MilestoneEditor
from pledge_app.ui.widgets.report_timeline import ReportTimeline
from pledge_app.ui.widgets.screen_fit import resize_to_fit

if TYPE_CHECKING:
    from pledge_app.core.tracking.ledger import TrackedTask
    from pledge_app.core.tracking.reports import ReportView
    from pledge_app.operations.tracking import TaskHistory
    from pledge_app.ui.operation_runner import OperationRunner
    from pledge_app.ui.prompts import UserPrompts

_LEDGER_FIELDS = ("item", "lead_official", "responsible_body", "measures", "deliverable")


class TaskDetailDialog(QDialog):
    """Shows a task and its history, read again after every change made here; `set_task`
    brings in the task's new percent and light after the ledger was read again."""

    def __init__(
        self,
        task: TrackedTask,
        *,
        runner: OperationRunner,
        prompts: UserPrompts,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDetailDialog")
        self.task = task
        self._runner = runner
        self._prompts = prompts
        self._today = today
        self.history: TaskHistory | None = None
        #: Opens a file with the system's viewer (a test puts a recorder here).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.reporter = TaskReporter(self, runner=runner, prompts=prompts)
        self._build_ui()
        self._connect_signals()
        self.set_task(task)
        self.reload()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("taskTitleLabel")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.light_label = QLabel(self)
        self.light_label.setObjectName("taskLightIcon")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("taskSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        style.muted(self.summary_label)
        summary = QHBoxLayout()
        summary.addWidget(self.light_label)
        summary.addWidget(self.summary_label, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("taskDetailTabs")
        self.tabs.addTab(self._build_ledger_page(), self.tr("&Ledger"))
        progress = QWidget(self)
        progress.setObjectName("progressPage")
        self.add_report_button = QPushButton(self.tr("&Add report…"), progress)
        self.add_report_button.setObjectName("addReportButton")
        self.add_report_button.setAutoDefault(False)
        self.timeline = ReportTimeline(progress)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.add_report_button)
        progress_layout = QVBoxLayout(progress)
        progress_layout.addLayout(top)
        progress_layout.addWidget(self.timeline, 1)
        self.tabs.addTab(progress, self.tr("&Progress"))
        self.milestones = MilestoneEditor(self._today, self)
        self.tabs.addTab(self.milestones, self.tr("&Milestones"))
        self.tabs.setCurrentIndex(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("taskDetailButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Task"))
        # Enter confirms a date or a name in the tables; it must never press a button (the
        # clerk trial lost typed milestones when Enter pressed Close).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        resize_to_fit(self, 860, 620)

    def _build_ledger_page(self) -> QWidget:
        page = QScrollArea(self)
        page.setObjectName("ledgerPage")
        page.setWidgetResizable(True)
        body = QWidget(page)
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.field_labels: dict[str, QLabel] = {}
        for name in (*_LEDGER_FIELDS, "deadline", "cooperating_units", "list_class"):
            value = QLabel(body)
            value.setObjectName(f"{name}Value")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(task_field_label(name), body)
            style.caption(caption)
            form.addRow(caption, value)
            self.field_labels[name] = value
        page.setWidget(body)
        return page

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.add_report_button.clicked.connect(self._on_add_report_button_clicked)
        self.timeline.open_requested.connect(self._on_timeline_open_requested)
        self.timeline.export_requested.connect(self._on_timeline_export_requested)
        self.timeline.correct_requested.connect(self._on_timeline_correct_requested)
        self.milestones.save_requested.connect(self._on_milestones_save_requested)
        self.reporter.recorded.connect(self._on_reporter_recorded)

    # -- public ----------------------------------------------------------

    def set_task(self, task: TrackedTask) -> None:
        """Show the task as the ledger has it now."""
        self.task = task
        self.setWindowTitle(self.tr("Task: {item}").format(item=task.item[:40]))
        self.title_label.setText(task.item)
        self.light_label.setPixmap(light_icon(task.light).pixmap(14, 14))
        self.summary_label.setText(
            self.tr("{number} · {unit} · {light} · {percent}% complete").format(
                number=task.pledge_number,
                unit=task.unit,
                light=light_label(task.light),
                percent=task.percent,
            )
        )
        for name in _LEDGER_FIELDS:
            self.field_labels[name].setText(getattr(task, name) or "—")
        self.field_labels["deadline"].setText(
            task.deadline.isoformat() if task.deadline else self.tr("Ongoing (no due date)")
        )
        self.field_labels["cooperating_units"].setText("、".join(task.cooperating_units) or "—")
        self.field_labels["list_class"].setText(list_class_label(task.list_class))

    @Slot()
    def reload(self) -> None:
        """Read the task's reports and milestones again."""
        key = self.task.key
        history = self._runner.run_now(lambda database: task_history(database, key))
        if history is None:
            return
        self.history = history
        self.timeline.set_reports(history.reports)
        self.milestones.set_milestones(history.milestones)
        self.tabs.setTabText(1, self.tr("&Progress ({n})").format(n=len(history.reports)))
        self.tabs.setTabText(2, self.tr("&Milestones ({n})").format(n=len(history.milestones)))

    # -- slots -----------------------------------------------------------

    @Slot()
    def _on_add_report_button_clicked(self) -> None:
        self.reporter.open_report([self.task], today=self._today)

    @Slot(object)
    def _on_timeline_correct_requested(self, report: ReportView) -> None:
        self.reporter.open_report([self.task], today=self._today, corrects=report)

    @Slot(list)
    def _on_reporter_recorded(self, _reports: list[ReportView]) -> None:
        self.reload()

    @Slot(str)
    def _on_timeline_open_requested(self, evidence_id: str) -> None:
        copied = self._runner.run_now(
            lambda database: evidence_copy_to_open(database, evidence_id),
            failure_title=self.tr("Cannot open the file"),
        )
        if copied is None:
            return
        _view, path = copied
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self._prompts.show_info(
                self.tr("Open evidence"),
                self.tr("No program opened the file. A copy is at {path}").format(path=path),
            )

    @Slot(str, str)
    def _on_timeline_export_requested(self, evidence_id: str, name: str) -> None:
        target = self._prompts.ask_save_path(self.tr("Export evidence file"), directory=name)
        if target is None:
            return
        self._runner.run_now(
            lambda database: save_evidence(database, evidence_id, target),
            failure_title=self.tr("The file was not exported"),
        )

    @Slot()
    def _on_milestones_save_requested(self) -> None:
        self._save_milestones()

    def _save_milestones(self) -> bool:
        key, wanted = self.task.key, self.milestones.milestones()
        stored = self._runner.run_now(
            lambda database: set_milestones(database, key, wanted),
            failure_title=self.tr("The milestones were not saved"),
        )
        if stored is None:
            return False
        self.reload()
        return True

    def reject(self) -> None:
        """Close; milestones changed and not saved are offered for saving first."""
        if (
            self.milestones.has_unsaved_changes()
            and self._prompts.confirm(
                self.tr("Unsaved milestones"),
                self.tr("The milestones were changed but not saved. Save them before closing?"),
            )
            and not self._save_milestones()
        ):
            return  # refused: the dialog stays open with what was typed
        super().reject()
