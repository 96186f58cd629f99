"""File → Import pledges / Export all pledges: the command line's import and export, off the GUI
thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from pledge_app.core.errors import PledgeError
from pledge_app.ui.background import BackgroundTask, run_in_background
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.exchange.files import ImportSummary


class PledgeExchange(QObject):
    """Imports an exchange file into the open database and exports every pledge to one."""

    #: Pledges were imported: the list should be read again.
    imported = Signal()
    #: An import or export finished (successfully or not); tests wait on it.
    done = Signal()
    #: Whether an import or export is under way (the menu commands are off meanwhile).
    busy_changed = Signal(bool)
    status_message = Signal(str)

    def __init__(
        self,
        owner: QObject,
        *,
        database: Callable[[], Database | None],
        prompts: UserPrompts,
    ) -> None:
        super().__init__(owner)
        self.setObjectName("pledgeExchange")
        self._database = database
        self._prompts = prompts
        self.task: BackgroundTask | None = None

    def is_busy(self) -> bool:
        """Whether an import or export is running."""
        return self.task is not None and self.task.running

    def import_file(self) -> None:
        """Ask for an exchange file and import it in one transaction on a worker thread."""
        database = self._database()
        if database is None or self.is_busy():
            return
        path = self._prompts.ask_open_path(
            self.tr("Import pledges"),
            file_filter=self.tr("Pledge exchange files (*.json);;All files (*)"),
        )
        if path is None:
            return

        def work() -> ImportSummary:
            from pledge_app.core.exchange.files import import_pledges, read_exchange_file

            pledges = read_exchange_file(path)  # before the database: a bad file touches nothing
            with database.begin() as session:
                return import_pledges(session, pledges, source=path.name)

        def succeeded(summary: ImportSummary) -> None:
            text = self.tr("Imported {count} pledges from {file}.").format(
                count=summary.created, file=path.name
            )
            self.imported.emit()
            self.status_message.emit(text)
            self._prompts.show_info(self.tr("Import pledges"), text)

        def failed(error: PledgeError) -> None:
            problems: list[str] = list(getattr(error, "problems", None) or [str(error)])
            self._prompts.show_error(
                self.tr("Nothing was imported"),
                self.tr("{file} was not imported; the database is unchanged.\n\n{problems}").format(
                    file=path.name, problems="\n".join(problems[:5])
                ),
                details="\n".join(problems),
            )

        self._start(work, succeeded, failed)
        self.status_message.emit(self.tr("Importing {file}…").format(file=path.name))

    def export_all(self) -> None:
        """Ask where, then write every pledge to an exchange file on a worker thread."""
        database = self._database()
        if database is None or self.is_busy():
            return
        path = self._prompts.ask_save_path(
            self.tr("Export all pledges"),
            directory=self.tr("pledges-{date}.json").format(date=date.today().isoformat()),
            file_filter=self.tr("Pledge exchange files (*.json)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")

        def work() -> int:
            from pledge_app.core.exchange.files import export_pledges, write_exchange_file

            with database.begin() as session:
                pledges = export_pledges(session)
            write_exchange_file(pledges, path)
            return len(pledges)

        def succeeded(count: int) -> None:
            text = self.tr("Exported {count} pledges to {file}.").format(count=count, file=path)
            self.status_message.emit(text)
            self._prompts.show_info(self.tr("Export all pledges"), text)

        def failed(error: PledgeError) -> None:
            self._prompts.show_pledge_error(error, title=self.tr("Nothing was exported"))

        self._start(work, succeeded, failed)
        self.status_message.emit(self.tr("Exporting to {file}…").format(file=Path(path).name))

    def _start(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[PledgeError], None],
    ) -> None:
        self.busy_changed.emit(True)
        self.task = run_in_background(self, work, on_success=on_success, on_failure=on_failure)
        self.task.finished.connect(self._on_task_finished)

    def _on_task_finished(self) -> None:
        self.busy_changed.emit(False)
        self.done.emit()
