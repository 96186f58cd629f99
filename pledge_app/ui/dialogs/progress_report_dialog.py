"""The report dialog: a month's progress on one task or on several at once, with evidence."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.errors import PledgeError
from pledge_app.core.tracking.reports import MAX_EVIDENCE_BYTES, EvidenceFile, previous_month
from pledge_app.core.tracking.states import TaskState, state_label
from pledge_app.operations.tracking import evidence_from_files
from pledge_app.ui import style
from pledge_app.ui.widgets.report_timeline import size_text
from pledge_app.ui.widgets.screen_fit import resize_to_fit

if TYPE_CHECKING:
    from pledge_app.core.tracking.reports import ReportView
    from pledge_app.ui.prompts import UserPrompts

#: The states in the order a clerk meets them.
STATES = (
    TaskState.NOT_STARTED,
    TaskState.ON_TRACK,
    TaskState.BEHIND,
    TaskState.BLOCKED,
    TaskState.DONE,
)


@dataclass(frozen=True)
class ReportEntry:
    """What the clerk entered, the same for every task it is recorded on."""

    period_start: date
    period_end: date
    percent: int | None  # None: each task keeps the percent it has (a report on several)
    state: TaskState
    narrative: str
    reporter: str
    evidence: tuple[EvidenceFile, ...] = ()


class ProgressReportDialog(QDialog):
    """Enter a report; OK hands it to `submit`, and the dialog closes only when that says it
    was recorded (a refusal keeps everything typed)."""

    def __init__(
        self,
        *,
        task_names: Sequence[str],
        prompts: UserPrompts,
        submit: Callable[[ReportEntry], bool],
        today: date,
        percent: int = 0,
        state: TaskState = TaskState.ON_TRACK,
        corrects: ReportView | None = None,
        keep_percent: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressReportDialog")
        self._names = list(task_names)
        self._prompts = prompts
        self._submit = submit
        self._today = today
        self._corrects = corrects
        self._evidence: list[EvidenceFile] = []
        self._build_ui()
        self._connect_signals()
        self._load(percent, state)
        if keep_percent:
            # Several tasks at once: one percent would overwrite each task's own progress,
            # so by default every task keeps what it has; the clerk may still set one.
            self.percent_spin.setRange(-1, 100)
            self.percent_spin.setSpecialValueText(self.tr("Each task keeps its percent"))
            self.percent_spin.setValue(-1)

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        many = len(self._names) > 1
        if self._corrects is not None:
            self.setWindowTitle(self.tr("Correct a report"))
        elif many:
            self.setWindowTitle(self.tr("Report on {n} tasks").format(n=len(self._names)))
        else:
            self.setWindowTitle(self.tr("Add a progress report"))
        self.tasks_label = QLabel(self)
        self.tasks_label.setObjectName("reportTasksLabel")
        self.tasks_label.setWordWrap(True)
        style.heading(self.tasks_label)
        if many:
            shown = "、".join(self._names[:3])
            more = len(self._names) - 3
            text = (
                self.tr("The same report on {n} tasks: {names} and {more} more")
                if more > 0
                else self.tr("The same report on {n} tasks: {names}")
            )
            self.tasks_label.setText(text.format(n=len(self._names), names=shown, more=more))
        else:
            self.tasks_label.setText(self._names[0] if self._names else "")
        self.corrects_label = QLabel(self)
        self.corrects_label.setObjectName("correctsLabel")
        self.corrects_label.setWordWrap(True)
        style.explanatory(self.corrects_label)
        if self._corrects is not None:
            self.corrects_label.setText(
                self.tr(
                    "This corrects the report for {start} – {end}. Both are kept; the "
                    "correction counts from now on."
                ).format(
                    start=self._corrects.period_start.isoformat(),
                    end=self._corrects.period_end.isoformat(),
                )
            )
        self.corrects_label.setVisible(self._corrects is not None)

        self.period_edit = QDateEdit(self)
        self.period_edit.setObjectName("periodEdit")
        self.period_edit.setDisplayFormat("yyyy-MM")
        self.period_edit.setToolTip(self.tr("The month this report is about"))
        self.percent_spin = QSpinBox(self)
        self.percent_spin.setObjectName("percentSpin")
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSuffix("%")
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("stateCombo")
        for state in STATES:
            self.state_combo.addItem(state_label(state), state)
        self.reporter_edit = QLineEdit(self)
        self.reporter_edit.setObjectName("reporterEdit")
        self.reporter_edit.setPlaceholderText(self.tr("The unit's contact who reported"))
        self.narrative_edit = QPlainTextEdit(self)
        self.narrative_edit.setObjectName("narrativeEdit")
        self.narrative_edit.setPlaceholderText(self.tr("What was done this period, what is next"))
        self.narrative_edit.setTabChangesFocus(True)
        self.narrative_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)

        self.evidence_list = QListWidget(self)
        self.evidence_list.setObjectName("evidenceList")
        self.evidence_list.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.add_files_button = QPushButton(self.tr("Add &files…"), self)
        self.add_files_button.setObjectName("addEvidenceButton")
        self.add_files_button.setAutoDefault(False)
        self.remove_file_button = QPushButton(self.tr("&Remove"), self)
        self.remove_file_button.setObjectName("removeEvidenceButton")
        self.remove_file_button.setAutoDefault(False)
        self.evidence_note = QLabel(
            self.tr("Evidence (佐证材料): any kind of file, up to {limit} MB each.").format(
                limit=MAX_EVIDENCE_BYTES // 2**20
            ),
            self,
        )
        self.evidence_note.setObjectName("evidenceNote")
        self.evidence_note.setWordWrap(True)
        style.muted(self.evidence_note)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_files_button)
        file_buttons.addWidget(self.remove_file_button)
        file_buttons.setAlignment(Qt.AlignmentFlag.AlignTop)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_list, 1, Qt.AlignmentFlag.AlignTop)
        evidence_row.addLayout(file_buttons)

        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.period_edit)
        form.addRow(self.tr("&State:"), self.state_combo)
        form.addRow(self.tr("Per&cent complete:"), self.percent_spin)
        form.addRow(self.tr("Re&porter:"), self.reporter_edit)
        form.addRow(self.tr("&Narrative:"), self.narrative_edit)
        evidence_label = QLabel(self.tr("&Evidence:"), self)
        evidence_label.setBuddy(self.evidence_list)
        form.addRow(evidence_label, evidence_row)
        form.addRow(self.evidence_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
            self,
        )
        self.buttons.setObjectName("reportButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record report"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.tasks_label)
        layout.addWidget(self.corrects_label)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        resize_to_fit(self, 620, 560)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.state_combo.currentIndexChanged.connect(self._on_state_combo_changed)
        self.add_files_button.clicked.connect(self._on_add_files_button_clicked)
        self.remove_file_button.clicked.connect(self._on_remove_file_button_clicked)
        self.evidence_list.itemSelectionChanged.connect(self._update_buttons)

    def _load(self, percent: int, state: TaskState) -> None:
        corrected = self._corrects
        if corrected is not None:
            start, percent, state = corrected.period_start, corrected.percent, corrected.state
            self.narrative_edit.setPlainText(corrected.narrative)
            self.reporter_edit.setText(corrected.reporter)
        else:
            start, _end = previous_month(self._today)
        self.period_edit.setDate(QDate(start.year, start.month, 1))
        self.percent_spin.setValue(percent)
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(state), 0))
        self._on_state_combo_changed()
        self._update_buttons()

    # -- result ----------------------------------------------------------

    def entry(self) -> ReportEntry:
        """The report as entered: the whole chosen month, done meaning 100 %."""
        month = self.period_edit.date()
        year, number = month.year(), month.month()
        state = TaskState(self.state_combo.currentData())
        return ReportEntry(
            period_start=date(year, number, 1),
            period_end=date(year, number, calendar.monthrange(year, number)[1]),
            percent=100
            if state is TaskState.DONE
            else (None if self.percent_spin.value() < 0 else self.percent_spin.value()),
            state=state,
            narrative=self.narrative_edit.toPlainText().strip(),
            reporter=self.reporter_edit.text().strip(),
            evidence=tuple(self._evidence),
        )

    def evidence_names(self) -> list[str]:
        """The names of the files attached so far."""
        return [file.name for file in self._evidence]

    # -- slots -----------------------------------------------------------

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self._submit(self.entry()):
            self.accept()

    @Slot()
    def _on_state_combo_changed(self, *_args: object) -> None:
        done = self.state_combo.currentData() == TaskState.DONE
        if done:
            self.percent_spin.setValue(100)
        self.percent_spin.setEnabled(not done)

    @Slot()
    def _on_add_files_button_clicked(self) -> None:
        paths = self._prompts.ask_open_paths(self.tr("Attach evidence files"))
        if not paths:
            return
        try:
            files = evidence_from_files(paths)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Cannot attach the file"))
            return
        for file in files:
            self._evidence.append(file)
            self.evidence_list.addItem(f"{file.name}  ({size_text(len(file.data))})")
        self._update_buttons()

    @Slot()
    def _on_remove_file_button_clicked(self) -> None:
        row = self.evidence_list.currentRow()
        if 0 <= row < len(self._evidence):
            del self._evidence[row]
            self.evidence_list.takeItem(row)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.remove_file_button.setEnabled(bool(self.evidence_list.selectedItems()))
