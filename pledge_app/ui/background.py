"""Slow work (pyHanko, integrity check) on the thread pool; results come back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from pledge_app.core.errors import PledgeError

log = logging.getLogger(__name__)


class BackgroundTask(QObject):
    """One piece of work: `run` on a pool thread, then `on_success`/`on_failure` on the GUI thread.

    Expected errors (`PledgeError`) go to `on_failure`; anything else is logged and
    re-raised on the GUI thread, so it reaches the crash handler like any other bug.
    `finished` is emitted last, after the callback ran (tests wait on it).

    A task whose owner is destroyed while it runs (a page replaced when another
    database opens) is `abandoned`: its result is dropped instead of reaching a page
    that is gone. The task itself belongs to the application until it is done, so the
    worker thread never signals a deleted object.
    """

    finished = Signal()
    _done = Signal(object, object)  # result, error

    def __init__(
        self,
        run: Callable[[], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[PledgeError], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._on_success = on_success
        self._on_failure = on_failure
        self.running = False
        self.abandoned = False
        # Queued: the slot runs on the thread this object lives on (the GUI thread).
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the work on `pool` (the global pool by default)."""
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def _work(self) -> None:
        # On the pool thread: no widgets here.
        try:
            result = self._run()
        except BaseException as error:  # handed back to the GUI thread, never lost
            self._done.emit(None, error)
        else:
            self._done.emit(result, None)

    @Slot()
    def abandon(self) -> None:
        """Drop the result when it comes: whoever wanted it is gone."""
        self.abandoned = True

    @Slot(object, object)
    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        try:
            if self.abandoned:
                log.info("Background work finished after its owner was closed; result dropped")
            elif error is None:
                self._on_success(result)
            elif isinstance(error, PledgeError) and self._on_failure is not None:
                self._on_failure(error)
            else:
                log.error("Background work failed", exc_info=error)
                raise error
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._work()


def run_in_background(
    owner: QObject,
    run: Callable[[], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[PledgeError], None] | None = None,
) -> BackgroundTask:
    """Start `run` off the GUI thread for `owner`; the callbacks are skipped if `owner` is
    destroyed first. The task is deleted when done."""
    # Parented to the application, not to `owner`: the worker may still signal the task
    # after `owner` is gone, and must never signal a deleted object.
    task = BackgroundTask(
        run, on_success=on_success, on_failure=on_failure, parent=QCoreApplication.instance()
    )
    owner.destroyed.connect(task.abandon)
    task.finished.connect(task.deleteLater)
    task.start()
    return task
