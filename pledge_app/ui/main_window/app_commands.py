"""The application's own commands: open another database, back up and restore it, settings,
About; the window connects its menu actions to them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from pledge_app.core.errors import PledgeError
from pledge_app.settings import Settings
from pledge_app.ui.dialogs.settings_dialog import SettingsDialog
from pledge_app.ui.main_window.backup_actions import DatabaseBackups
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database

DatabaseOpener = Callable[[Path], "Database"]


class ApplicationCommands(QObject):
    """File → Open database, Back up, Restore, Settings and Help → About."""

    #: Another database was opened: (the database, the name to show for it).
    database_opened = Signal(object, str)
    status_message = Signal(str)

    def __init__(
        self,
        owner: QWidget,
        *,
        runner: OperationRunner,
        settings: Settings,
        prompts: UserPrompts,
        open_database: DatabaseOpener | None,
        close_editor: Callable[[], bool],
    ) -> None:
        super().__init__(owner)
        self.setObjectName("applicationCommands")
        self._owner = owner
        self._settings = settings
        self._prompts = prompts
        self._open_database = open_database
        self._close_editor = close_editor
        self.backups = DatabaseBackups(
            owner,
            runner=runner,
            prompts=prompts,
            reopen=self._reopen,
            close_editor=close_editor,
        )
        self.backups.status_message.connect(self.status_message)

    @Slot()
    def open_database(self) -> None:
        """Ask for a database file and show it instead of the one open now."""
        if self._open_database is None:
            return
        path = self._prompts.ask_open_path(
            self.tr("Open database"),
            directory=str(Path(self._settings.last_database or ".").parent),
            file_filter=self.tr("Pledge databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path is None or not self._close_editor():
            return
        if self._open(path, failure_title=self.tr("Cannot open the database")):
            self._settings.last_database = str(path)

    def _reopen(self, path: Path) -> None:
        self._open(path, failure_title=self.tr("Cannot open the database"))

    def _open(self, path: Path, *, failure_title: str) -> bool:
        if self._open_database is None:
            return False
        try:
            database = self._open_database(path)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=failure_title)
            return False
        self.database_opened.emit(database, str(path))
        return True

    @Slot()
    def edit_settings(self) -> None:
        """The settings dialog; a new language applies at the next start."""
        before = self._settings.language
        dialog = SettingsDialog(self._settings, self._owner)
        if dialog.exec() and self._settings.language != before:
            self._prompts.show_info(
                self.tr("Settings"),
                self.tr("The new language takes effect the next time you start Pledge Manager."),
            )

    @Slot()
    def show_about(self) -> None:
        """Help → About, with the installed version."""
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("pledge-app")
        except PackageNotFoundError:
            number = ""
        self._prompts.show_about(version=number)

    @Slot()
    def show_about_qt(self) -> None:
        """Help → About Qt."""
        from PySide6.QtWidgets import QApplication

        QApplication.aboutQt()
