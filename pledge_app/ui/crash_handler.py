"""The one place unexpected exceptions end up: logged, faulthandler armed, a dialog shown."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashHandler(QObject):
    """Installs sys.excepthook/threading.excepthook and faulthandler; dialog optional."""

    _crashed = Signal(str, str)

    def __init__(self, *, log_dir: Path, show_dialog: bool = True) -> None:
        super().__init__()
        self._log_dir = log_dir
        self._show_dialog = show_dialog
        self._fault_file: IO[str] | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._dialog_open = False
        # Crashes in worker threads reach the dialog through a queued signal.
        self._crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)

    @property
    def fault_log(self) -> Path:
        """Where faulthandler writes a native crash's traceback."""
        return self._log_dir / "faulthandler.log"

    def install(self) -> None:
        """Take over the exception hooks and arm faulthandler."""
        self._log_dir.mkdir(parents=True, exist_ok=True)
        self._fault_file = self.fault_log.open("a", encoding="utf-8")
        faulthandler.enable(file=self._fault_file, all_threads=True)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Give the hooks back (tests, and at exit)."""
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log an uncaught exception and, outside tests, tell the user."""
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.critical("Uncaught exception:\n%s", text)
        if self._show_dialog:
            self._crashed.emit(str(error) or kind.__name__, text)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def message(self) -> str:
        """The dialog's main text: what happened and where the log is, in plain words."""
        return self.tr(
            "Pledge Manager ran into a problem it did not expect.\n\n"
            "Pledges you saved are safe. The pledge you were editing was kept as a draft "
            "every few seconds; it is offered back when you open it again.\n\n"
            "A report was written to the log folder:\n{folder}"
        ).format(folder=str(self._log_dir))

    def advice(self) -> str:
        """What the clerk can do next."""
        return self.tr(
            "Restart Pledge Manager to carry on. If this happens again, send the file "
            "pledge-app.log from the log folder to whoever supports you."
        )

    @Slot(str, str)
    def _on_crashed(self, summary: str, details: str) -> None:
        if self._dialog_open or QApplication.instance() is None:
            return
        self._dialog_open = True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setObjectName("crashDialog")
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Unexpected error"))
            box.setText(self.message())
            box.setInformativeText(self.advice())
            # The technical part only behind "Show Details…", for whoever reads the log.
            box.setDetailedText(f"{summary}\n\n{details}")
            open_folder = box.addButton(
                self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole
            )
            open_folder.setObjectName("openLogFolderButton")
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_dir)))
        finally:
            self._dialog_open = False
