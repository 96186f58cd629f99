"""The first run on a new database: offer the office-setup wizard once and store its answers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from pledge_app.settings import Settings
from pledge_app.ui.dialogs.first_run_wizard import FirstRunChoices, FirstRunWizard
from pledge_app.ui.operation_runner import OperationRunner, OpTask
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.operations.changes import Done
    from pledge_app.operations.demo import DemoSummary


def _load_sample_year(database: Database) -> Done[DemoSummary]:
    from pledge_app.operations.demo import load_sample_year

    return load_sample_year(database)


class OfficeSetup(QObject):
    """Shows the wizard when the open database has no office settings, no pledges and was
    never set up or skipped; the answers go to the database (office) and QSettings (user)."""

    #: The wizard closed: True when its answers were stored, False when skipped.
    finished = Signal(bool)
    status_message = Signal(str)

    def __init__(
        self,
        owner: QWidget,
        *,
        runner: OperationRunner,
        settings: Settings,
        prompts: UserPrompts,
    ) -> None:
        super().__init__(owner)
        self.setObjectName("officeSetup")
        self._owner = owner
        self._runner = runner
        self._settings = settings
        self._prompts = prompts
        self.wizard: FirstRunWizard | None = None
        self.sample_task: OpTask[DemoSummary] | None = None

    def needed(self) -> bool:
        """Whether the open database waits for its office setup."""
        from pledge_app.operations.office_setup import office_setup_needed

        needed: bool | None = self._runner.run_now(office_setup_needed)
        return needed is True

    def offer(self) -> bool:
        """Open the wizard (window-modal, not blocking) if the database needs it."""
        if self.wizard is not None or not self.needed():
            return False
        from pledge_app.operations.office_settings import office_settings

        current = self._runner.run_now(office_settings)
        if current is None:
            return False
        self.wizard = FirstRunWizard(
            current=current,
            language=self._settings.language,
            choose_file=self._choose_file,
            parent=self._owner,
        )
        self.wizard.finished.connect(self._on_wizard_finished)
        self.wizard.open()
        return True

    def _choose_file(self, title: str, *, file_filter: str = "") -> Path | None:
        return self._prompts.ask_open_path(title, file_filter=file_filter)

    def _on_wizard_finished(self, result: int) -> None:
        wizard = self.wizard
        if wizard is None:
            return
        if result != QDialog.DialogCode.Accepted:
            self._skip()
            self._close_wizard()
            self.finished.emit(False)
            return
        if not self._store(wizard.choices()):
            wizard.open()  # the answers stay, so the clerk can correct them
            return
        self._close_wizard()
        self.finished.emit(True)

    def _skip(self) -> None:
        from pledge_app.operations.office_setup import skip_office_setup

        self._runner.run_now(skip_office_setup)

    def _store(self, choices: FirstRunChoices) -> bool:
        from pledge_app.operations.office_setup import set_up_office

        stored = self._runner.run_now(
            lambda database: set_up_office(database, choices.answers),
            failure_title=self.tr("The office settings were not saved"),
        )
        if stored is None:
            return False
        self._settings.language = choices.language
        self._settings.sync()
        self.status_message.emit(self.tr("The office settings were saved."))
        if choices.load_sample:
            self._load_sample()
        return True

    def _load_sample(self) -> None:
        self.sample_task = self._runner.start(
            self,
            _load_sample_year,
            on_success=self._on_sample_loaded,
            failure_title=self.tr("Sample data not loaded"),
        )
        if self.sample_task is not None:
            self.status_message.emit(self.tr("Loading sample data…"))

    def _on_sample_loaded(self, summary: DemoSummary) -> None:
        self.status_message.emit(
            self.tr("Added {count} sample pledges.").format(count=summary.created)
        )

    def _close_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
