"""The integrity check run on a worker thread when a database opens (and on demand)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QPushButton, QStyle, QWidget

from pledge_app.core.errors import PledgeError
from pledge_app.ui.background import BackgroundTask, run_in_background
from pledge_app.ui.models.pledge_table_model import PledgeTableModel
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.integrity import IntegrityFinding
    from pledge_app.ui.dialogs.integrity_warning_dialog import IntegrityWarningDialog


def check_in_background(
    owner: QObject,
    database: Database,
    *,
    on_success: Callable[[list[IntegrityFinding]], None],
    on_failure: Callable[[PledgeError], None] | None = None,
) -> BackgroundTask:
    """Run `check_database` in its own session on a pool thread; findings come back to
    `on_success` on the GUI thread."""

    def work() -> list[IntegrityFinding]:
        from pledge_app.core.integrity import check_database

        with database.begin() as session:
            return check_database(session)

    return run_in_background(owner, work, on_success=on_success, on_failure=on_failure)


class IntegrityWatch(QObject):
    """Runs `check_database` in its own session off the GUI thread and shows what it found.

    Findings light a red badge (`badge`, for the status bar), mark the pledges in the
    list and, the first time, open the warning dialog without blocking the window.
    """

    #: A check finished; its findings are in `findings`.
    checked = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        database: Callable[[], Database | None],
        prompts: UserPrompts,
        pledge_model: PledgeTableModel,
    ) -> None:
        super().__init__(window)
        self.setObjectName("integrity_watch")
        self._window = window
        self._database = database
        self._prompts = prompts
        self._model = pledge_model
        #: What the last check found; None before the first check has finished.
        self.findings: list[IntegrityFinding] | None = None
        self.task: BackgroundTask | None = None
        self.dialog: IntegrityWarningDialog | None = None
        self.badge = QPushButton(window)
        self.badge.setObjectName("integrityBadge")
        self.badge.setFlat(True)
        self.badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge.setStyleSheet(
            "QPushButton#integrityBadge { color: white; background: #d92d20; border: none;"
            " border-radius: 8px; padding: 2px 10px; font-weight: bold; }"
        )
        self.badge.setToolTip(self.tr("Show what the integrity check found"))
        self.badge.hide()
        self.badge.clicked.connect(self.show_findings)

    def reset(self) -> None:
        """Forget the last result (another database was opened)."""
        self.findings = None
        self._show_badge([])

    def check(self, *, announce: bool = True) -> None:
        """Start a check; with `announce`, a sound database is reported too."""
        database = self._database()
        if database is None or (self.task is not None and self.task.running):
            return

        def done(findings: list[IntegrityFinding]) -> None:
            if database is not self._database():
                return  # another database was opened meanwhile
            first = self.findings is None
            self.findings = findings
            self._show_badge(findings)
            self.status_message.emit(
                self.tr("Integrity check: %n problem(s) found.", "", len(findings))
                if findings
                else self.tr("Integrity check: no problems found.")
            )
            if findings and (announce or first):
                self.show_findings()
            elif not findings and announce:
                self._prompts.show_info(
                    self.tr("Integrity check"),
                    self.tr(
                        "No problems found: the database, the signed pledges and the audit "
                        "chain are intact."
                    ),
                )

        def failed(error: PledgeError) -> None:
            self._prompts.show_pledge_error(error, title=self.tr("Integrity check"))

        self.status_message.emit(self.tr("Checking the database…"))
        self.task = check_in_background(self, database, on_success=done, on_failure=failed)
        self.task.finished.connect(self.checked)

    @Slot()
    def show_findings(self) -> None:
        """Show the last findings in the warning dialog (not modal)."""
        if not self.findings:
            return
        from pledge_app.ui.dialogs.integrity_warning_dialog import IntegrityWarningDialog

        names = {
            row.id: self.tr("{number} “{title}” (version {n})").format(
                number=row.number, title=row.title, n=row.revision
            )
            for row in self._model.all_rows
        }
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = IntegrityWarningDialog(self.findings, pledge_names=names, parent=self._window)
        self.dialog.show()

    def _show_badge(self, findings: list[IntegrityFinding]) -> None:
        flags: dict[str, list[str]] = {}
        for finding in findings:
            if finding.pledge_id is not None:
                flags.setdefault(finding.pledge_id, []).append(finding.message)
        icon = self._window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._model.set_flags(flags, icon)
        self.badge.setText(
            self.tr("⚠ %n integrity problem(s)", "", len(findings)) if findings else ""
        )
        self.badge.setVisible(bool(findings))
