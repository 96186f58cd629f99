"""Recording progress reports from the window: the report dialog for one task, several at
once (one confirmation, one transaction) or a correction of an earlier report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from pledge_app.core.tracking.ledger import TrackedTask
    from pledge_app.core.tracking.reports import ReportView
    from pledge_app.ui.dialogs.progress_report_dialog import ProgressReportDialog, ReportEntry
    from pledge_app.ui.operation_runner import OperationRunner
    from pledge_app.ui.prompts import UserPrompts


class TaskReporter(QObject):
    """Opens the report dialog (kept in `dialog` while open) and records what it gives."""

    #: Reports were recorded: the list of their ReportViews.
    recorded = Signal(list)
    status_message = Signal(str)

    def __init__(self, owner: QWidget, *, runner: OperationRunner, prompts: UserPrompts) -> None:
        super().__init__(owner)
        self.setObjectName("taskReporter")
        self._owner = owner
        self._runner = runner
        self._prompts = prompts
        self.dialog: ProgressReportDialog | None = None

    def open_report(
        self,
        tasks: Sequence[TrackedTask],
        *,
        today: date,
        corrects: ReportView | None = None,
    ) -> ProgressReportDialog | None:
        """The report dialog on these tasks (or correcting `corrects`), opened window-modal."""
        if not tasks:
            return None
        # Imported when first asked for: it needs core's reports (and SQLAlchemy with them).
        from pledge_app.core.tracking.states import TaskState
        from pledge_app.ui.dialogs.progress_report_dialog import ProgressReportDialog

        percents = {task.key: task.percent for task in tasks}
        corrects_id = corrects.id if corrects is not None else None
        one = tasks[0] if len(tasks) == 1 else None
        self.close_dialog()
        self.dialog = ProgressReportDialog(
            task_names=[task.item for task in tasks],
            prompts=self._prompts,
            submit=lambda entry: self._submit(percents, entry, corrects_id, today),
            today=today,
            percent=one.percent if one is not None else 0,
            state=(one.state if one is not None and one.state else TaskState.ON_TRACK),
            corrects=corrects,
            keep_percent=len(tasks) > 1,
            parent=self._owner,
        )
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()
        return self.dialog

    def close_dialog(self) -> None:
        """Close the report dialog if it is open (nothing is recorded)."""
        if self.dialog is not None:
            self.dialog.reject()

    def _submit(
        self, percents: dict[str, int], entry: ReportEntry, corrects_id: str | None, today: date
    ) -> bool:
        from pledge_app.core.tracking.reports import ReportDraft
        from pledge_app.operations.tracking import add_reports

        keys = list(percents)
        percent = (
            self.tr("each task keeps its percent")
            if entry.percent is None
            else self.tr("{percent}% for every task").format(percent=entry.percent)
        )
        if len(keys) > 1 and not self._prompts.confirm(
            self.tr("Report on several tasks"),
            self.tr(
                "Record this report ({state}, {percent}) on {n} tasks? Each task gets its own "
                "copy of the report and of its evidence files."
            ).format(state=_state_text(entry), percent=percent, n=len(keys)),
        ):
            return False
        drafts = [
            ReportDraft(
                lineage_key=key,
                percent=percents[key] if entry.percent is None else entry.percent,
                state=entry.state,
                narrative=entry.narrative,
                reporter=entry.reporter,
                period_start=entry.period_start,
                period_end=entry.period_end,
                corrects_id=corrects_id,
                evidence=entry.evidence,
            )
            for key in keys
        ]
        views = self._runner.run_now(
            lambda database: add_reports(database, drafts, today=today),
            failure_title=self.tr("The report was not recorded"),
        )
        if views is None:
            return False  # the reason was shown; the dialog keeps what was typed
        self.status_message.emit(self.tr("Recorded {n} report(s).").format(n=len(views)))
        self.recorded.emit(list(views))
        return True

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()


def _state_text(entry: ReportEntry) -> str:
    from pledge_app.core.tracking.states import state_label

    return state_label(entry.state)
