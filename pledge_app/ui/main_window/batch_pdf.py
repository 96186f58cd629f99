"""Save as PDFs: one PDF file per selected pledge, on the pool with a progress dialog.

The work is `operations.printing.print_to_folder`, the same as `pledge-app pdf`: one
transaction, files revealed only after it commits, a pledge that cannot print skipped
and named. This module asks for the folder, shows progress and sums up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from pledge_app.core.errors import PledgeError
from pledge_app.operations.printing import PrintedBatch, print_to_folder
from pledge_app.ui.open_saved import OpenUrl, open_saved
from pledge_app.ui.operation_runner import DialogProgress, OperationRunner, OpTask

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.operations.changes import Done


class _BatchProgress:
    """The dialog's progress, plus the writer's own Cancel and `progressed` signal."""

    def __init__(
        self,
        dialog: DialogProgress,
        *,
        progressed: Callable[[int, str], None],
        stop: threading.Event,
        labels: tuple[str, str],
    ) -> None:
        self._dialog = dialog
        self._progressed = progressed
        self._stop = stop
        self._total = 0
        self._starting, self._saved = labels

    def begin(self, total: int, label: str) -> None:
        self._total = total
        self._dialog.begin(total, self._starting)

    def advance(self, done: int, label: str) -> None:
        self._progressed(done, label)
        self._dialog.advance(done, self._saved.format(done=done, total=self._total, pledge=label))

    def cancelled(self) -> bool:
        return self._stop.is_set() or self._dialog.cancelled()


class BatchPdfWriter(QObject):
    """Writes the PDFs of several pledges into a folder the clerk chooses; can be cancelled."""

    #: A pledge was done (written or skipped): how many so far, and which one. Emitted on
    #: the worker thread; receivers on the GUI thread get it queued.
    progressed = Signal(int, str)
    #: The batch ended, after the summary was shown: its PrintedBatch (None if it failed).
    finished = Signal(object)
    status_message = Signal(str)

    def __init__(self, owner: QWidget, *, runner: OperationRunner) -> None:
        super().__init__(owner)
        self.setObjectName("batchPdfWriter")
        self._owner = owner
        self._runner = runner
        self._prompts = runner.prompts
        self._stop = threading.Event()
        self.task: OpTask[PrintedBatch] | None = None
        self.progress_dialog: QProgressDialog | None = None
        #: Opens the folder written to, if the clerk asks in the summary (tests fake it).
        self.open_url: OpenUrl = QDesktopServices.openUrl

    def is_busy(self) -> bool:
        """Whether a batch is running."""
        return self.task is not None and self.task.running

    @Slot()
    def cancel(self) -> None:
        """Stop once the pledge being written is done (safe to call from any thread)."""
        self._stop.set()

    def save_pdfs(self, pledge_ids: list[str]) -> None:
        """Ask for a folder, then write one PDF per pledge into it off the GUI thread."""
        if self._runner.workspace.database is None or not pledge_ids or self.is_busy():
            return
        folder = self._prompts.ask_directory(self.tr("Save the PDFs into"))
        if folder is None:
            return
        self._stop = stop = threading.Event()
        ids = list(dict.fromkeys(pledge_ids))
        # Translated here, on the GUI thread; the worker only formats them.
        labels = (self.tr("Saving the PDFs…"), self.tr("Saved {done} of {total}: {pledge}"))

        def work(database: Database, dialog: DialogProgress) -> Done[PrintedBatch]:
            progress = _BatchProgress(
                dialog, progressed=self.progressed.emit, stop=stop, labels=labels
            )
            return print_to_folder(database, folder, pledge_ids=ids, progress=progress)

        started = self._runner.start_with_progress(
            self._owner,
            work,
            title=self.tr("Save as PDFs"),
            on_success=self._on_written,
            on_failure=self._on_failed,
        )
        if started is None:
            return
        self.task, progress = started
        self.task.finished.connect(self._on_task_finished)
        self._show_progress(progress)
        self.status_message.emit(
            self.tr("Saving {count} PDF files to {folder}…").format(count=len(ids), folder=folder)
        )

    def _show_progress(self, progress: DialogProgress) -> None:
        dialog = progress.dialog
        if dialog is None:
            return
        # A batch is long work the clerk started on purpose: show it at once.
        dialog.setLabelText(self.tr("Saving the PDFs…"))
        dialog.setMinimumDuration(0)
        dialog.show()
        self.progress_dialog = dialog

    @Slot()
    def _on_task_finished(self) -> None:
        self.task = None
        self.progress_dialog = None

    def _on_written(self, result: PrintedBatch) -> None:
        self.progress_dialog = None
        lines = [
            self.tr("Wrote {count} PDF files to {folder}.").format(
                count=len(result.written), folder=result.folder
            )
        ]
        if result.cancelled:
            lines.append(
                self.tr("Cancelled: {count} pledges were not saved.").format(
                    count=result.not_reached
                )
            )
        if result.skipped:
            lines.append("")
            lines.append(self.tr("Not saved:"))
            lines += [
                self.tr("{pledge}: {reason}").format(pledge=skipped.label, reason=skipped.reason)
                for skipped in result.skipped
            ]
        self.status_message.emit(lines[0])
        title = self.tr("Save as PDFs")
        if result.written:
            # The summary offers to open the folder the files went to.
            choice = self._prompts.show_saved_pdf(
                title, "\n".join(lines), file=False, warning=bool(result.skipped)
            )
            open_saved(choice, result.folder, open_url=self.open_url, prompts=self._prompts)
        elif result.skipped:
            self._prompts.show_warning(title, "\n".join(lines))
        else:
            self._prompts.show_info(title, "\n".join(lines))
        self.finished.emit(result)

    def _on_failed(self, error: PledgeError) -> None:
        self.progress_dialog = None
        self._prompts.show_pledge_error(error, title=self.tr("The PDFs were not saved"))
        self.finished.emit(None)
