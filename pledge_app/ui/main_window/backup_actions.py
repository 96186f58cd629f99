"""File → Back up and File → Restore: verified copies of the embedded database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pledge_app.core.errors import PledgeError
from pledge_app.operations.backups import (
    BackupInfo,
    back_up,
    backups_folder,
    restore,
    sqlite_file_of,
)
from pledge_app.ui.operation_runner import OperationRunner, OpTask
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database

#: Opens the database file again after a restore (the window's own way of opening one).
Reopen = Callable[[Path], None]


class DatabaseBackups(QObject):
    """Makes a verified backup the clerk names, and restores one in place of the database."""

    status_message = Signal(str)

    def __init__(
        self,
        owner: QWidget,
        *,
        runner: OperationRunner,
        prompts: UserPrompts,
        reopen: Reopen,
        close_editor: Callable[[], bool],
    ) -> None:
        super().__init__(owner)
        self.setObjectName("databaseBackups")
        self._owner = owner
        self._runner = runner
        self._prompts = prompts
        self._reopen = reopen
        self._close_editor = close_editor
        self.task: OpTask[BackupInfo] | None = None

    def _database_file(self) -> Path | None:
        database = self._runner.workspace.database
        if database is None:
            return None
        try:
            return sqlite_file_of(database)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Back up"))
            return None

    def back_up(self) -> None:
        """Ask where, then write a verified copy of the open database off the GUI thread."""
        source = self._database_file()
        if source is None or (self.task is not None and self.task.running):
            return
        stamp = datetime.now().strftime("%Y-%m-%d")
        suggested = backups_folder(source) / f"{source.stem}-{stamp}.sqlite3"
        target = self._prompts.ask_save_path(
            self.tr("Back up the database"),
            directory=str(suggested),
            file_filter=self.tr("Pledge databases (*.sqlite3)"),
        )
        if target is None:
            return
        self.status_message.emit(self.tr("Backing up the database to {file}…").format(file=target))
        self.task = self._runner.start(
            self._owner,
            lambda database: back_up(database, target),
            on_success=self._on_backed_up,
            failure_title=self.tr("No backup was made"),
        )

    def _on_backed_up(self, info: BackupInfo) -> None:
        if info.findings:
            message = self.tr(
                "Backed up {count} pledges to {file}. The integrity check found this in the "
                "copy, as in the database; the backup is kept as evidence:\n{findings}"
            ).format(count=info.pledges, file=info.path, findings="\n".join(info.findings))
            self.status_message.emit(message.splitlines()[0])
            self._prompts.show_warning(self.tr("Back up"), message)
            return
        text = self.tr("Backed up {count} pledges to {file}; the copy was checked and is sound.")
        message = text.format(count=info.pledges, file=info.path)
        self.status_message.emit(message)
        self._prompts.show_info(self.tr("Back up"), message)

    def restore(self) -> None:
        """Ask which backup, confirm, then put it in place; the current file is kept aside."""
        target = self._database_file()
        if target is None:
            return
        if self._runner.is_busy():
            # Work still running would write into the file that is about to be replaced.
            self._prompts.show_info(
                self.tr("Restore a backup"),
                self.tr("Wait until the work under way (printing, importing…) has finished."),
            )
            return
        folder = backups_folder(target)
        backup = self._prompts.ask_open_path(
            self.tr("Restore a backup"),
            directory=str(folder if folder.is_dir() else target.parent),
            file_filter=self.tr("Pledge databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if backup is None:
            return
        if not self._prompts.confirm(
            self.tr("Restore a backup"),
            self.tr(
                "Replace the database with the backup “{backup}”? Work saved since that "
                "backup will no longer show; the current database is kept beside it under "
                "a dated name, so nothing is deleted."
            ).format(backup=backup.name),
            destructive=True,
        ):
            return
        if not self._close_editor():
            return
        database: Database | None = self._runner.workspace.database
        if database is not None:
            database.dispose()  # SQLite cannot replace a file that a connection holds open
        try:
            result = restore(target, backup).value
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Nothing was restored"))
            self._reopen(target)
            return
        self._reopen(target)
        kept = result.kept_aside.name if result.kept_aside else ""
        message = self.tr("Restored {backup}. The database as it was is kept as {kept}.").format(
            backup=backup.name, kept=kept
        )
        self.status_message.emit(message)
        self._prompts.show_info(self.tr("Restore a backup"), message)
