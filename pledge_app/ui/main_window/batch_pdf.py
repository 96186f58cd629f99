"""Save as PDFs: one PDF file per selected pledge, on a worker thread with a progress dialog.

The worker renders one pledge after another, each read in its own short session; the copy of
a signed (or superseded) pledge is registered in the same transaction that writes its file,
so a file that could not be written leaves no registration behind. Progress and the result
come back through signals; only the GUI thread touches the dialog.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from pledge_app.core.errors import PledgeError
from pledge_app.ui.background import BackgroundTask, run_in_background
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database


@dataclass
class BatchPdfResult:
    """What a batch wrote: file names, the pledges skipped and why, whether it was cut short."""

    folder: Path
    total: int
    written: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


class BatchPdfWriter(QObject):
    """Writes the PDFs of several pledges into a folder the clerk chooses; can be cancelled."""

    #: A pledge was done (written or skipped): how many so far, and which one. Emitted on
    #: the worker thread; receivers on the GUI thread get it queued.
    progressed = Signal(int, str)
    #: The batch ended, after the summary was shown: its BatchPdfResult (None if it failed).
    finished = Signal(object)
    status_message = Signal(str)

    def __init__(
        self,
        owner: QWidget,
        *,
        database: Callable[[], Database | None],
        prompts: UserPrompts,
    ) -> None:
        super().__init__(owner)
        self.setObjectName("batchPdfWriter")
        self._owner = owner
        self._database = database
        self._prompts = prompts
        self._stop = threading.Event()
        self.task: BackgroundTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.progressed.connect(self._on_progressed)

    def is_busy(self) -> bool:
        """Whether a batch is running."""
        return self.task is not None and self.task.running

    @Slot()
    def cancel(self) -> None:
        """Stop once the pledge being written is done (safe to call from any thread)."""
        self._stop.set()

    def save_pdfs(self, pledge_ids: list[str]) -> None:
        """Ask for a folder, then write one PDF per pledge into it off the GUI thread."""
        database = self._database()
        if database is None or not pledge_ids or self.is_busy():
            return
        folder = self._prompts.ask_directory(self.tr("Save the PDFs into"))
        if folder is None:
            return
        self._stop = stop = threading.Event()
        ids = list(dict.fromkeys(pledge_ids))

        def work() -> BatchPdfResult:
            return self._write_all(database, ids, folder, stop)

        self._show_progress(len(ids))
        self.status_message.emit(
            self.tr("Saving {count} PDF files to {folder}…").format(count=len(ids), folder=folder)
        )
        self.task = run_in_background(
            self, work, on_success=self._on_written, on_failure=self._on_failed
        )
        self.task.finished.connect(self._close_progress)

    # -- worker thread: no widgets ------------------------------------------------------

    def _write_all(
        self, database: Database, ids: list[str], folder: Path, stop: threading.Event
    ) -> BatchPdfResult:
        from pledge_app.core.atomic_write import write_atomically
        from pledge_app.core.pdf_file_names import PdfFileNamer
        from pledge_app.core.pledges import get_pledge
        from pledge_app.core.printed_copies import register_printed_copy
        from pledge_app.reports.pledge_pdf import render_pledge_pdf

        result = BatchPdfResult(folder=folder, total=len(ids))
        namer = PdfFileNamer()
        for done, pledge_id in enumerate(ids, start=1):
            if stop.is_set():
                result.cancelled = True
                break
            label = pledge_id
            try:
                with database.begin() as session:
                    view = get_pledge(session, pledge_id)
                label = f"{view.content.number} “{view.content.title}”"
                name = namer.name_for(view)
                buffer = io.BytesIO()  # a failure half-way must not leave a broken file
                render_pledge_pdf(view, buffer)
                data = buffer.getvalue()
                with database.begin() as session:
                    # The very bytes written are the ones registered; a failed write rolls back.
                    register_printed_copy(session, view.id, data)
                    write_atomically(folder / name, data)
            except PledgeError as error:  # unprintable characters, a damaged image, a gone pledge
                result.skipped.append((label, str(error)))
            else:
                result.written.append(name)
            self.progressed.emit(done, label)
        return result

    # -- GUI thread ------------------------------------------------------------------------

    def _show_progress(self, total: int) -> None:
        dialog = QProgressDialog(
            self.tr("Saving the PDFs…"), self.tr("Cancel"), 0, total, self._owner
        )
        dialog.setObjectName("batchPdfProgress")
        dialog.setWindowTitle(self.tr("Save as PDFs"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog
        dialog.show()

    @Slot(int, str)
    def _on_progressed(self, done: int, label: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or dialog.wasCanceled():
            return
        dialog.setValue(done)
        dialog.setLabelText(
            self.tr("Saved {done} of {total}: {pledge}").format(
                done=done, total=dialog.maximum(), pledge=label
            )
        )

    @Slot()
    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_written(self, result: BatchPdfResult) -> None:
        lines = [
            self.tr("Wrote {count} PDF files to {folder}.").format(
                count=len(result.written), folder=result.folder
            )
        ]
        if result.cancelled:
            left = result.total - len(result.written) - len(result.skipped)
            lines.append(self.tr("Cancelled: {count} pledges were not saved.").format(count=left))
        if result.skipped:
            lines.append("")
            lines.append(self.tr("Not saved:"))
            lines += [
                self.tr("{pledge}: {reason}").format(pledge=label, reason=reason)
                for label, reason in result.skipped
            ]
        self._close_progress()
        self.status_message.emit(lines[0])
        title = self.tr("Save as PDFs")
        if result.skipped:
            self._prompts.show_warning(title, "\n".join(lines))
        else:
            self._prompts.show_info(title, "\n".join(lines))
        self.finished.emit(result)

    def _on_failed(self, error: PledgeError) -> None:
        self._close_progress()
        self._prompts.show_pledge_error(error, title=self.tr("The PDFs were not saved"))
        self.finished.emit(None)
