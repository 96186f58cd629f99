"""The audit log page: who did what to which pledge, filtered, with a check of the chain."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pledge_app.operations.audit_log import audit_log
from pledge_app.operations.integrity import CheckReport, check_database
from pledge_app.ui import style
from pledge_app.ui.labels import action_label
from pledge_app.ui.models.audit_table_model import AuditColumn, AuditTableModel
from pledge_app.ui.page_refresh import RefreshOnChange
from pledge_app.ui.style import Tone

if TYPE_CHECKING:
    from pledge_app.core.audit import AuditView
    from pledge_app.core.integrity import IntegrityFinding
    from pledge_app.ui.dialogs.integrity_warning_dialog import IntegrityWarningDialog
    from pledge_app.ui.operation_runner import OperationRunner, OpTask
    from pledge_app.ui.workspace import Workspace

_PLEDGE_ROLE = Qt.ItemDataRole.UserRole + 1

_SOUND_STYLE = style.alert_panel("verifyPanel", Tone.SUCCESS, heading="verifyHeading")
_FINDINGS_STYLE = style.alert_panel(
    "verifyPanel", Tone.DANGER, heading="verifyHeading", items="findingsList"
)


class AuditLogPage(QWidget):
    """Lists the audit log and checks the database on demand; `refresh()` reloads it.

    It reads the workspace's database again when `changed` brings audit entries, at once if
    it is on show, else the next time it shows; with no database open yet it stays empty.
    """

    #: A pledge id the user asked to open (double-click on an entry or a finding).
    open_requested = Signal(str)
    #: A check of the chain finished; its findings are in `findings` and on show.
    verified = Signal()

    def __init__(
        self, workspace: Workspace, runner: OperationRunner, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogPage")
        self._workspace = workspace
        self._runner = runner
        # Read when shown, and again whenever an operation changes what it shows.
        self.reload = RefreshOnChange(
            self,
            workspace,
            concerns=lambda changes: changes.audit or changes.everything,
            refresh=self.refresh,
        )
        self._pledge_names: dict[str, str] = {}
        #: What the last check found; None before the first check.
        self.findings: list[IntegrityFinding] | None = None
        self.warning_dialog: IntegrityWarningDialog | None = None
        self.task: OpTask[CheckReport] | None = None
        self.model = AuditTableModel(self)
        self._build_ui()
        self._connect_signals()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.pledge_filter = QComboBox(self)
        self.pledge_filter.setObjectName("pledgeFilter")
        self.pledge_filter.setMinimumContentsLength(24)
        self.pledge_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action_filter = QComboBox(self)
        self.action_filter.setObjectName("actionFilter")
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setToolTip(
            self.tr(
                "Check the database file, the content of every signed pledge "
                "and the chain of audit entries"
            )
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        style.muted(self.count_label)

        filters = QHBoxLayout()
        for caption, combo in (
            (self.tr("&Pledge:"), self.pledge_filter),
            (self.tr("&Action:"), self.action_filter),
        ):
            label = QLabel(caption, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        filters.addSpacing(12)
        filters.addWidget(self.verify_button)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AuditColumn.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        em = self.table.fontMetrics().horizontalAdvance("中")
        # The time is always as wide as this; the cell's margins and the grid need ~24 px.
        time_width = self.table.fontMetrics().horizontalAdvance("2026-12-31 23:59:59") + 24
        header.resizeSection(AuditColumn.TIME, max(time_width, self._heading_width(header, 0)))
        for column, width in (
            (AuditColumn.OS_USER, 7),
            (AuditColumn.ACTOR, 7),
            (AuditColumn.ACTION, 11),
            (AuditColumn.PLEDGE, 18),
        ):
            # Never narrower than its heading, which would be cut off.
            self.table.setColumnWidth(column, max(em * width, self._heading_width(header, column)))

        self.verify_panel = QFrame(self)
        self.verify_panel.setObjectName("verifyPanel")
        self.verify_heading = QLabel(self.verify_panel)
        self.verify_heading.setObjectName("verifyHeading")
        self.verify_heading.setWordWrap(True)
        self.findings_list = QListWidget(self.verify_panel)
        self.findings_list.setObjectName("findingsList")
        self.findings_list.setWordWrap(True)
        self.explain_button = QPushButton(self.tr("What does this &mean?"), self.verify_panel)
        self.explain_button.setObjectName("explainButton")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.verify_heading, 1)
        heading_row.addWidget(self.explain_button)
        panel_layout = QVBoxLayout(self.verify_panel)
        panel_layout.setContentsMargins(10, 6, 10, 6)
        panel_layout.addLayout(heading_row)
        panel_layout.addWidget(self.findings_list)
        self.verify_panel.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.verify_panel)

    def _heading_width(self, header: QHeaderView, column: int) -> int:
        text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
        # The text, the header's margins and the sort indicator's room.
        return header.fontMetrics().horizontalAdvance(text) + 28

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.explain_button.clicked.connect(self._on_explain_button_clicked)
        self.pledge_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.action_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.findings_list.itemActivated.connect(self._on_findings_list_item_activated)
        self.findings_list.itemDoubleClicked.connect(self._on_findings_list_item_activated)

    # -- public ------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the log and the pledges' names, keeping the filters where possible; shows
        no entries while no database is open."""
        if self._workspace.database is None:
            entries: Sequence[AuditView] = ()
            self._pledge_names = {}
        else:
            log = self._runner.run_now(audit_log)
            if log is None:
                return  # the reason was shown; what is on show stays
            entries = log.entries
            self._pledge_names = dict(log.pledge_names)
        self.reload.fresh()
        self.model.set_entries(entries, self._pledge_names)
        self._fill_filters()
        self._on_filter_changed()

    def verify(self) -> None:
        """Start the integrity check off the GUI thread; `verified` says when its findings
        are on show. A click while a check runs is ignored."""
        if self.task is not None and self.task.running:
            return
        task = self._runner.start(self, check_database, on_success=self._on_checked)
        if task is None:
            return  # no database open yet
        self.verify_button.setEnabled(False)
        self.task = task
        self.task.finished.connect(self._on_task_finished)

    def _on_checked(self, report: CheckReport) -> None:
        self.findings = list(report.findings)
        self._show_findings(self.findings)

    def _on_task_finished(self) -> None:
        self.verify_button.setEnabled(True)
        self.verified.emit()

    # -- helpers -----------------------------------------------------------

    def _fill_filters(self) -> None:
        pledge = self.pledge_filter.currentData()
        action = self.action_filter.currentData()
        for combo in (self.pledge_filter, self.action_filter):
            combo.blockSignals(True)
            combo.clear()
        self.pledge_filter.addItem(self.tr("All pledges"), None)
        names = sorted(
            (self.model.pledge_name_of(pledge_id), pledge_id)
            for pledge_id in self.model.pledge_ids()
        )
        for name, pledge_id in names:
            self.pledge_filter.addItem(name, pledge_id)
        self.action_filter.addItem(self.tr("All actions"), None)
        for name in self.model.actions():
            self.action_filter.addItem(action_label(name), name)
        for combo, value in ((self.pledge_filter, pledge), (self.action_filter, action)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def _show_findings(self, findings: list[IntegrityFinding]) -> None:
        self.findings_list.clear()
        if findings:
            self.verify_panel.setStyleSheet(_FINDINGS_STYLE)
            self.verify_heading.setText(
                self.tr(
                    "Problems found ({count}): something was changed outside Pledge Manager."
                ).format(count=len(findings))
            )
            for finding in findings:
                item = QListWidgetItem(f"• {finding.message}", self.findings_list)
                item.setData(_PLEDGE_ROLE, finding.pledge_id)
        else:
            self.verify_panel.setStyleSheet(_SOUND_STYLE)
            self.verify_heading.setText(
                self.tr(
                    "No problems found: the database, the signed pledges and the audit "
                    "chain are intact."
                )
            )
        # Findings wrap over several lines: room for a few, the rest scroll.
        self.findings_list.setFixedHeight(self.fontMetrics().lineSpacing() * 7)
        self.findings_list.setVisible(bool(findings))
        self.explain_button.setVisible(bool(findings))
        self.verify_panel.show()

    # -- slots -------------------------------------------------------------

    def _on_filter_changed(self, *_args: object) -> None:
        self.model.set_filter(
            pledge_id=self.pledge_filter.currentData(), action=self.action_filter.currentData()
        )
        self.count_label.setText(
            self.tr("{shown} of {total} entries").format(
                shown=self.model.rowCount(), total=self.model.total_count()
            )
        )

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        pledge_id = self.model.entry(index.row()).pledge_id
        if pledge_id is not None and pledge_id in self._pledge_names:
            self.open_requested.emit(pledge_id)

    def _on_findings_list_item_activated(self, item: QListWidgetItem) -> None:
        pledge_id = item.data(_PLEDGE_ROLE)
        if pledge_id and pledge_id in self._pledge_names:
            self.open_requested.emit(str(pledge_id))

    def _on_explain_button_clicked(self) -> None:
        # Imported on first use: it loads core's integrity check (and SQLAlchemy with it).
        from pledge_app.ui.dialogs.integrity_warning_dialog import IntegrityWarningDialog

        if self.warning_dialog is not None:
            self.warning_dialog.close()
            self.warning_dialog.deleteLater()
        self.warning_dialog = IntegrityWarningDialog(
            self.findings or [], pledge_names=self._pledge_names, parent=self
        )
        self.warning_dialog.open()

    # -- events ------------------------------------------------------------
