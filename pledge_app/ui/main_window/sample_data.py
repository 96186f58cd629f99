"""File → Load sample data (demo): the sample-year operation, off the GUI thread, after asking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from pledge_app.core.errors import PledgeError
from pledge_app.ui.operation_runner import OperationRunner, OpTask
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.operations.changes import Done
    from pledge_app.operations.demo import DemoSummary


def _load_sample_year(database: Database) -> Done[DemoSummary]:
    from pledge_app.operations.demo import load_sample_year

    return load_sample_year(database)


class SampleDataLoader(QObject):
    """Adds the sample year to the open database; `loaded` when it is in."""

    #: The sample pledges were added (or were all there already).
    loaded = Signal()
    #: Whether a load is under way (the menu command is off meanwhile).
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
        self.setObjectName("sampleDataLoader")
        self._runner = runner
        self._prompts = prompts
        self.task: OpTask[DemoSummary] | None = None

    def load(self) -> None:
        """Ask, then build the sample year in its own transaction on a worker thread."""
        if self._runner.workspace.database is None or (self.task is not None and self.task.running):
            return
        if not self._prompts.confirm(
            self.tr("Load sample data"),
            self.tr(
                "Add a sample year to this database: units, signed and draft pledges, "
                "an amendment in progress? Pledges already there are left as they are; "
                "the sample pledges can be deleted or amended like any other."
            ),
        ):
            return
        self.task = self._runner.start(
            self, _load_sample_year, on_success=self._on_built, on_failure=self._on_failed
        )
        if self.task is None:  # the database was closed meanwhile
            return
        self.busy_changed.emit(True)
        self.status_message.emit(self.tr("Loading sample data…"))
        self.task.finished.connect(self._on_task_finished)

    def _on_built(self, summary: DemoSummary) -> None:
        if summary.created == 0:
            text = self.tr("The sample pledges are already in this database; nothing was added.")
        else:
            text = self.tr("Added {count} sample pledges.").format(count=summary.created)
        pins = "\n".join(
            self.tr("PIN of the stored signature of {name}: {pin}").format(name=name, pin=pin)
            for name, pin in summary.pins
        )
        self.loaded.emit()
        self.status_message.emit(text)
        self._prompts.show_info(self.tr("Load sample data"), f"{text}\n\n{pins}")

    def _on_failed(self, error: PledgeError) -> None:
        self._prompts.show_pledge_error(error, title=self.tr("Sample data not loaded"))

    def _on_task_finished(self) -> None:
        self.busy_changed.emit(False)
