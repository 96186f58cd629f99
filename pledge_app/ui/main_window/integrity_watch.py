"""The integrity check run on a worker thread when a database opens (and on demand)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QPushButton, QStyle, QWidget

from pledge_app.operations.integrity import CheckReport, check_database
from pledge_app.ui.models.pledge_table_model import PledgeTableModel
from pledge_app.ui.operation_runner import OperationRunner, OpTask
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.style import PALETTE

if TYPE_CHECKING:
    from pledge_app.core.integrity import IntegrityFinding
    from pledge_app.ui.dialogs.integrity_warning_dialog import IntegrityWarningDialog


class IntegrityWatch(QObject):
    """Runs the check operation off the GUI thread and shows what it found.

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
        runner: OperationRunner,
        prompts: UserPrompts,
        pledge_model: PledgeTableModel,
    ) -> None:
        super().__init__(window)
        self.setObjectName("integrity_watch")
        self._window = window
        self._runner = runner
        self._prompts = prompts
        self._model = pledge_model
        #: What the last check found; None before the first check has finished.
        self.findings: list[IntegrityFinding] | None = None
        self.task: OpTask[CheckReport] | None = None
        self.dialog: IntegrityWarningDialog | None = None
        self.badge = QPushButton(window)
        self.badge.setObjectName("integrityBadge")
        self.badge.setFlat(True)
        self.badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge.setStyleSheet(
            f"QPushButton#integrityBadge {{ color: {PALETTE.surface};"
            f" background: {PALETTE.danger_strong}; border: none;"
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
        """Start a check; with `announce` (the clerk asked) a full one, and a sound database
        is reported too; otherwise (on opening) only what changed since the last sound check."""
        database = self._runner.workspace.database
        if database is None or (self.task is not None and self.task.running):
            return

        def done(report: CheckReport) -> None:
            if database is not self._runner.workspace.database:
                return  # another database was opened meanwhile
            findings = list(report.findings)
            first = self.findings is None
            self.findings = findings
            self._show_badge(findings)
            if findings:
                status = self.tr("Integrity check: %n problem(s) found.", "", len(findings))
            elif report.full:
                status = self.tr("Integrity check: no problems found.")
            else:
                status = self.tr(
                    "Integrity check of the changes since the last sound check: no problems found."
                )
            self.status_message.emit(status)
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

        self.status_message.emit(self.tr("Checking the database…"))
        # Off the GUI thread; a full check also hashes in worker processes, so the window's
        # interpreter is never the one busy with ten thousand pledges.
        self.task = self._runner.start(
            self,
            lambda db: check_database(db, full=announce),
            on_success=done,
            failure_title=self.tr("Integrity check"),
        )
        if self.task is not None:
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
