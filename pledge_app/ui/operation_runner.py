"""Runs operations for the window: on the pool when slow, errors to the prompts, changes
published to the workspace, progress in a dialog with Cancel, reads tried again while the
database is busy."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from pledge_app.core.errors import PledgeError
from pledge_app.operations.busy_retry import RETRY_PAUSES, run_retrying_reads
from pledge_app.operations.changes import Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.ui.prompts import UserPrompts
    from pledge_app.ui.workspace import Workspace

log = logging.getLogger(__name__)

T = TypeVar("T")

#: An operation as the window runs it: given the open database, it does the whole action.
Operation = Callable[["Database"], Done[T]]


class DialogProgress(QObject):
    """The operations' Progress protocol over a QProgressDialog; callable from any thread."""

    _began = Signal(int, str)
    _advanced = Signal(int, str)

    def __init__(self, parent: QWidget, title: str) -> None:
        # Owned by the application: the worker may report after the page is gone.
        super().__init__(QCoreApplication.instance())
        self._stop = threading.Event()
        self.dialog: QProgressDialog | None = QProgressDialog(parent)
        self.dialog.setObjectName("operationProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick work shows no dialog at all
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setRange(0, 0)
        self.dialog.canceled.connect(self.cancel)
        queued = Qt.ConnectionType.QueuedConnection
        self._began.connect(self._on_began, queued)
        self._advanced.connect(self._on_advanced, queued)
        parent.destroyed.connect(self._on_owner_destroyed)

    def begin(self, total: int, label: str) -> None:
        """The work has `total` steps (0 if unknown)."""
        self._began.emit(total, label)

    def advance(self, done: int, label: str) -> None:
        """`done` steps are finished."""
        self._advanced.emit(done, label)

    @Slot()
    def cancel(self) -> None:
        """Ask the operation to stop at its next safe point."""
        self._stop.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping after the current step…"))

    def cancelled(self) -> bool:
        """Whether the clerk pressed Cancel."""
        return self._stop.is_set()

    def close(self) -> None:
        """Hide the dialog; the work is over."""
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()

    @Slot()
    def _on_owner_destroyed(self) -> None:
        # The dialog went with its owner; the work stops at its next safe point.
        self.dialog = None
        self._stop.set()

    @Slot(int, str)
    def _on_began(self, total: int, label: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setRange(0, max(total, 0))
        self.dialog.setValue(0)
        # setValue on a modal dialog processes events: the work may have ended meanwhile.
        if self.dialog is not None and not self._stop.is_set():
            self.dialog.setLabelText(label)

    @Slot(int, str)
    def _on_advanced(self, done: int, label: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setValue(done)
        if self.dialog is not None and not self._stop.is_set():
            self.dialog.setLabelText(label)


class OpTask(QObject, Generic[T]):
    """One operation on a pool thread; its outcome is handled on the GUI thread.

    Expected errors (`PledgeError`) go to the failure handler; anything else is logged and
    re-raised on the GUI thread, so it reaches the crash handler like any other bug.
    `finished` is emitted last (tests wait on it). A task whose owner is destroyed while it
    runs is `abandoned`: its result is dropped, but its changes are still published.
    """

    finished = Signal()
    _done = Signal(object, object)  # Done[T] | None, BaseException | None

    def __init__(
        self,
        work: Callable[[], Done[T]],
        *,
        on_done: Callable[[Done[T]], None],
        on_failure: Callable[[PledgeError], None],
    ) -> None:
        # Parented to the application, not to the page: the worker may still signal the
        # task after the page is gone, and must never signal a deleted object.
        super().__init__(QCoreApplication.instance())
        self._work = work
        self._on_done_callback = on_done
        self._on_failure = on_failure
        self.running = False
        self.abandoned = False
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(self.deleteLater)

    def start(self) -> None:
        """Queue the work on the global pool."""
        self.running = True
        QThreadPool.globalInstance().start(_Runnable(self._run))

    def _run(self) -> None:
        # On the pool thread: no widgets here.
        try:
            done = self._work()
        except BaseException as error:  # handed back to the GUI thread, never lost
            self._done.emit(None, error)
        else:
            self._done.emit(done, None)

    @Slot()
    def abandon(self) -> None:
        """Drop the result when it comes: whoever wanted it is gone."""
        self.abandoned = True

    @Slot(object, object)
    def _on_done(self, done: Done[T] | None, error: BaseException | None) -> None:
        self.running = False
        try:
            if error is None:
                assert done is not None
                self._on_done_callback(done)
            elif isinstance(error, PledgeError):
                self._on_failure(error)
            else:
                log.error("Background work failed", exc_info=error)
                raise error
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, run: Callable[[], None]) -> None:
        super().__init__()
        self._run = run

    def run(self) -> None:
        self._run()


def wait_painting(seconds: float) -> None:
    """Wait on the GUI thread with the window still painting; the clerk's input waits too."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


class OperationRunner(QObject):
    """Runs operations on the workspace's database for the pages and controllers.

    A try that met a busy database (another program's long write) and wrote nothing is
    run again after short pauses (`retry_pauses`), so every read in the window waits out
    a moment's lock before the clerk is told the database is busy.
    """

    #: A short line for the status bar, after an operation that says something.
    status_message = Signal(str)

    def __init__(self, *, workspace: Workspace, prompts: UserPrompts, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("operationRunner")
        self.workspace = workspace
        self.prompts = prompts
        self._running: set[QObject] = set()
        self.retry_pauses = RETRY_PAUSES
        #: How a try on the pool waits before the next (tests pass their own).
        self.pool_wait: Callable[[float], None] = time.sleep

    def is_busy(self) -> bool:
        """Whether an operation is still running on the pool."""
        return bool(self._running)

    def run_now(self, operation: Operation[T], *, failure_title: str = "") -> T | None:
        """Run a quick operation on the GUI thread; its value, or None after showing why not."""
        database = self.workspace.database
        if database is None:
            return None
        try:
            done = run_retrying_reads(
                operation, database, wait=wait_painting, pauses=self.retry_pauses
            )
        except PledgeError as error:
            self.prompts.show_pledge_error(error, title=failure_title)
            return None
        self.workspace.publish(done.changes)
        return done.value

    def start(
        self,
        owner: QObject,
        operation: Operation[T],
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[PledgeError], None] | None = None,
        failure_title: str = "",
    ) -> OpTask[T] | None:
        """Run a slow operation on the pool; `on_success` gets its value on the GUI thread,
        unless `owner` was destroyed meanwhile. None when no database is open."""
        database = self.workspace.database
        if database is None:
            return None

        def done(result: Done[T]) -> None:
            self.workspace.publish(result.changes)
            if not task.abandoned:
                on_success(result.value)

        def failed(error: PledgeError) -> None:
            if task.abandoned:
                log.info("Background work failed after its owner was closed: %s", error)
            elif on_failure is not None:
                on_failure(error)
            else:
                self.prompts.show_pledge_error(error, title=failure_title)

        pauses, wait = self.retry_pauses, self.pool_wait

        def work() -> Done[T]:
            # On the pool: a plain sleep holds up nothing the clerk sees.
            return run_retrying_reads(operation, database, wait=wait, pauses=pauses)

        task: OpTask[T] = OpTask(work, on_done=done, on_failure=failed)
        owner.destroyed.connect(task.abandon)
        self._running.add(task)
        task.finished.connect(lambda: self._running.discard(task))
        task.start()
        return task

    def start_with_progress(
        self,
        owner: QWidget,
        operation: Callable[[Database, DialogProgress], Done[T]],
        *,
        title: str,
        on_success: Callable[[T], None],
        on_failure: Callable[[PledgeError], None] | None = None,
    ) -> tuple[OpTask[T], DialogProgress] | None:
        """Like `start`, with a progress dialog whose Cancel the operation heeds."""
        progress = DialogProgress(owner, title)

        def success(value: T) -> None:
            progress.close()
            on_success(value)

        def failure(error: PledgeError) -> None:
            progress.close()
            if on_failure is not None:
                on_failure(error)
            else:
                self.prompts.show_pledge_error(error, title=title)

        task = self.start(
            owner,
            lambda database: operation(database, progress),
            on_success=success,
            on_failure=failure,
        )
        if task is None:
            progress.close()
            return None
        return task, progress
