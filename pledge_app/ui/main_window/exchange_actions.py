"""File → Import pledges / Export all pledges: the import and export operations, off the GUI
thread."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from pledge_app.core.errors import PledgeError
from pledge_app.ui.operation_runner import OperationRunner, OpTask
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pathlib import Path

    from pledge_app.core.database import Database
    from pledge_app.operations.changes import Done
    from pledge_app.operations.exchange import ExportResult, ImportSummary

T = TypeVar("T")


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
        runner: OperationRunner,
        prompts: UserPrompts,
    ) -> None:
        super().__init__(owner)
        self.setObjectName("pledgeExchange")
        self._runner = runner
        self._prompts = prompts
        self.task: OpTask[ImportSummary] | OpTask[ExportResult] | None = None

    def is_busy(self) -> bool:
        """Whether an import or export is running."""
        return self.task is not None and self.task.running

    def import_file(self) -> None:
        """Ask for an exchange file and import it in one transaction on a worker thread."""
        if self._runner.workspace.database is None or self.is_busy():
            return
        path = self._prompts.ask_open_path(
            self.tr("Import pledges"),
            file_filter=self.tr("Pledge exchange files (*.pledges *.json);;All files (*)"),
        )
        if path is None:
            return
        self.import_path(path)

    def import_opened_file(self, path: Path) -> None:
        """Import a file the clerk opened from outside (a double-click on a .pledges file),
        after asking: opening a file must never change the database unasked."""
        if self._runner.workspace.database is None or self.is_busy():
            return
        if self._prompts.confirm(
            self.tr("Import pledges"),
            self.tr("Import the pledges in {file} into this database?").format(file=path.name),
        ):
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Import the exchange file `path` in one transaction on a worker thread."""
        if self._runner.workspace.database is None or self.is_busy():
            return

        def work(database: Database) -> Done[ImportSummary]:
            from pledge_app.operations.exchange import import_file

            return import_file(database, path)

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

        task = self._runner.start(self, work, on_success=succeeded, on_failure=failed)
        self.task = task
        if self._watch(task):
            self.status_message.emit(self.tr("Importing {file}…").format(file=path.name))

    def export_all(self) -> None:
        """Ask where, then write every pledge to an exchange file on a worker thread."""
        if self._runner.workspace.database is None or self.is_busy():
            return
        path = self._prompts.ask_save_path(
            self.tr("Export all pledges"),
            directory=self.tr("pledges-{date}.pledges").format(date=date.today().isoformat()),
            file_filter=self.tr("Pledge exchange files (*.pledges *.json)"),
        )
        if path is None:
            return
        # .pledges opens in Pledge Manager on a double-click; .json is the same content.
        if path.suffix.lower() not in (".pledges", ".json"):
            path = path.with_name(path.name + ".pledges")
        target: Path = path

        def work(database: Database) -> Done[ExportResult]:
            from pledge_app.operations.exchange import export_file

            return export_file(database, target)

        def succeeded(result: ExportResult) -> None:
            text = self.tr("Exported {count} pledges to {file}.").format(
                count=result.count, file=result.path
            )
            self.status_message.emit(text)
            self._prompts.show_info(self.tr("Export all pledges"), text)

        def failed(error: PledgeError) -> None:
            self._prompts.show_pledge_error(error, title=self.tr("Nothing was exported"))

        task = self._runner.start(self, work, on_success=succeeded, on_failure=failed)
        self.task = task
        if self._watch(task):
            self.status_message.emit(self.tr("Exporting to {file}…").format(file=target.name))

    def _watch(self, task: OpTask[T] | None) -> bool:
        # The task reports on the GUI thread, after this returns: nothing is missed.
        if task is None:  # the database was closed meanwhile
            return False
        self.busy_changed.emit(True)
        task.finished.connect(self._on_task_finished)
        return True

    def _on_task_finished(self) -> None:
        self.busy_changed.emit(False)
        self.done.emit()
