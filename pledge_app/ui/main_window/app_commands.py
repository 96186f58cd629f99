"""The application's own commands: open another database, back up and restore it, settings,
About; the window connects its menu actions to them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from pledge_app import paths
from pledge_app.core.errors import PledgeError
from pledge_app.settings import Settings
from pledge_app.ui.main_window.backup_actions import DatabaseBackups
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.ui.dialogs.help_browser import HelpBrowser
    from pledge_app.ui.dialogs.settings_dialog import SettingsDialog

DatabaseOpener = Callable[[Path], "Database"]


class ApplicationCommands(QObject):
    """File → Open database, Back up, Restore, Settings; Help → User guide, Open log folder,
    About."""

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
        self._runner = runner
        #: Opens a folder in the file manager (a test puts a recorder here).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.settings_dialog: SettingsDialog | None = None
        self._language_before = settings.language
        self.help_browser: HelpBrowser | None = None
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
            directory=str(Path(self._settings.last_database).parent)
            if self._settings.last_database
            else "",
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
        """The settings dialog: the user's own values and, with a database open, the office's."""
        from pledge_app.operations.office_settings import office_settings

        office = self._runner.run_now(office_settings)
        # Imported when first asked for: its office page needs SQLAlchemy, which the window
        # must not wait for before it paints.
        from pledge_app.ui.dialogs.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self._settings, self._owner, office=office)
        self._language_before = self._settings.language
        self.settings_dialog.finished.connect(self._on_settings_dialog_finished)
        self.settings_dialog.open()

    def _on_settings_dialog_finished(self, result: int) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        values = dialog.office_values()
        if values is not None:
            from pledge_app.operations.office_settings import change_office_settings
            from pledge_app.operations.tracking import change_tracking_settings

            saved = self._runner.run_now(
                lambda database: change_office_settings(
                    database,
                    issuer_unit=values.issuer_unit,
                    issuer_signer=values.issuer_signer,
                    issuer_signer_title=values.issuer_signer_title,
                    numbering_pattern=values.numbering_pattern,
                    date_style=values.date_style,
                    task_table_landscape=values.task_table_landscape,
                ),
                failure_title=self.tr("The office settings were not saved"),
            )
            if saved is not None:
                self._runner.run_now(
                    lambda database: change_tracking_settings(
                        database,
                        light_due_days=values.light_due_days,
                        light_behind_points=values.light_behind_points,
                        light_stale_days=values.light_stale_days,
                        reporting_day=values.reporting_day,
                        done_needs_evidence=values.done_needs_evidence,
                    ),
                    failure_title=self.tr("The office settings were not saved"),
                )
        if self._settings.language != self._language_before:
            self._prompts.show_info(
                self.tr("Settings"),
                self.tr("The new language takes effect the next time you start Pledge Manager."),
            )

    @Slot()
    def show_about(self) -> None:
        """Help → About: the installed version, the open database and its schema."""
        from importlib.metadata import PackageNotFoundError, version

        from pledge_app.operations.database_info import database_info

        try:
            number = version("pledge-app")
        except PackageNotFoundError:
            number = ""
        info = self._runner.run_now(database_info)
        self._prompts.show_about(
            version=number,
            database=self._runner.workspace.label if info is not None else "",
            schema=info.schema_revision if info is not None else "",
            newest_schema=info.newest_revision if info is not None else "",
        )

    @Slot()
    def show_user_guide(self) -> None:
        """Help → User guide (F1): the guide in the interface's language, beside the window."""
        from pledge_app.ui.dialogs.help_browser import HelpBrowser, help_language
        from pledge_app.ui.translations import locale_for

        if self.help_browser is None:
            # The language chosen in Settings, else the one the interface speaks now.
            locale = locale_for(self._settings.language) if self._settings.language else QLocale()
            language = help_language(locale)
            self.help_browser = HelpBrowser(language=language, parent=self._owner)
        self.help_browser.show()
        self.help_browser.activateWindow()

    @Slot()
    def open_log_folder(self) -> None:
        """Help → Open log folder, in the system's file manager."""
        folder = paths.logs_dir()
        if not folder.is_dir() or not self.open_url(QUrl.fromLocalFile(str(folder))):
            self._prompts.show_info(
                self.tr("Open log folder"),
                self.tr("The log folder is {folder}").format(folder=str(folder)),
            )

    @Slot()
    def show_about_qt(self) -> None:
        """Help → About Qt."""
        from PySide6.QtWidgets import QApplication

        QApplication.aboutQt()
