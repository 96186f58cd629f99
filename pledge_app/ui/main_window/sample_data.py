"""File → Load sample data (demo): the command line's `demo`, off the GUI thread, after asking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from pledge_app.core.errors import PledgeError
from pledge_app.ui.background import BackgroundTask, run_in_background
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.demo.sample_year import DemoSummary


class SampleDataLoader(QObject):
    """Adds core.demo's sample year to the open database; `loaded` when it is in."""

    #: The sample pledges were added (or were all there already).
    loaded = Signal()
    #: Whether a load is under way (the menu command is off meanwhile).
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
        self.setObjectName("sampleDataLoader")
        self._database = database
        self._prompts = prompts
        self.task: BackgroundTask | None = None

    def load(self) -> None:
        """Ask, then build the sample year in its own session on a worker thread."""
        database = self._database()
        if database is None or (self.task is not None and self.task.running):
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

        def work() -> DemoSummary:
            from pledge_app.core.demo.sample_year import build_demo

            with database.begin() as session:
                return build_demo(session)

        self.busy_changed.emit(True)
        self.status_message.emit(self.tr("Loading sample data…"))
        self.task = run_in_background(
            self, work, on_success=self._on_built, on_failure=self._on_failed
        )
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
