"""The Settings dialog: the user's own preferences (QSettings, this computer) and the office's
settings (in the database, shared by everyone who opens it), on separate pages."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.office_settings import (
    NUMBER_RANGES,
    DateStyle,
    OfficeSettings,
    numbering_problems,
)
from pledge_app.settings import LANGUAGE_EN, LANGUAGE_SYSTEM, LANGUAGE_ZH_CN, Settings
from pledge_app.ui import style
from pledge_app.ui.style import PALETTE


@dataclass(frozen=True)
class OfficeValues:
    """The office's settings as the dialog shows them, for `change_office_settings`."""

    issuer_unit: str
    issuer_signer: str
    issuer_signer_title: str
    numbering_pattern: str
    date_style: DateStyle
    task_table_landscape: bool
    # Tracking: the lights' N, M and K, the monthly reporting day, evidence to mark done.
    light_due_days: int = 30
    light_behind_points: int = 20
    light_stale_days: int = 45
    reporting_day: int = 5
    done_needs_evidence: bool = True


def _where(text: str, parent: QWidget, name: str) -> QLabel:
    # Where a page's values live matters (only you, or the whole office): shown as a banner.
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(
        f"background: {PALETTE.accent_surface}; border: 1px solid {PALETTE.accent_border};"
        " padding: 6px;"
    )
    return label


def _note(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    return label


class SettingsDialog(QDialog):
    """Edits `Settings` (load()/save(), saved on accept) and shows the office's settings;
    `office_values()` after accept holds them for the database. No office page without one."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        office: OfficeSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._office = office
        self._build_ui()
        self._connect_signals()
        self.load()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.general_page = self._build_general_page()
        self.tabs.addTab(self.general_page, self.tr("&General"))
        self.office_page = self._build_office_page()
        self.printing_page = self._build_printing_page()
        self.tracking_page = self._build_tracking_page()
        if self._office is not None:
            self.tabs.addTab(self.office_page, self.tr("&Office"))
            self.tabs.addTab(self.printing_page, self.tr("&Printing"))
            self.tabs.addTab(self.tracking_page, self.tr("&Tracking"))
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("settingsProblemLabel")
        self.problem_label.setWordWrap(True)
        style.error_text(self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
            self,
        )
        self.buttons.setObjectName("settingsButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def _build_general_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("generalPage")
        self.general_where = _where(
            self.tr("These settings are yours, on this computer only."), page, "generalWhere"
        )
        self.language_combo = QComboBox(page)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("Follow the system"), LANGUAGE_SYSTEM)
        # Each language is named in itself so a user can always find their own.
        self.language_combo.addItem("简体中文", LANGUAGE_ZH_CN)
        self.language_combo.addItem("English", LANGUAGE_EN)
        self.restart_note = _note(
            self.tr("A new language takes effect the next time you start Pledge Manager."),
            page,
            "restartNote",
        )
        self.autosave_spin = QSpinBox(page)
        self.autosave_spin.setObjectName("autosaveSpin")
        self.autosave_spin.setRange(0, 600)
        self.autosave_spin.setSuffix(self.tr(" s"))
        self.autosave_spin.setSpecialValueText(self.tr("Off"))
        form = QFormLayout(page)
        form.addRow(self.general_where)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.restart_note)
        form.addRow(self.tr("&Autosave drafts every:"), self.autosave_spin)
        return page

    def _build_office_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("officePage")
        self.office_where = _where(
            self.tr(
                "These settings are stored in the database and shared by everyone who opens it."
            ),
            page,
            "officeWhere",
        )
        self.issuer_unit_edit = QLineEdit(page)
        self.issuer_unit_edit.setObjectName("issuerUnitEdit")
        self.issuer_signer_edit = QLineEdit(page)
        self.issuer_signer_edit.setObjectName("issuerSignerEdit")
        self.issuer_title_edit = QLineEdit(page)
        self.issuer_title_edit.setObjectName("issuerSignerTitleEdit")
        self.numbering_edit = QLineEdit(page)
        self.numbering_edit.setObjectName("numberingPatternEdit")
        self.numbering_edit.setToolTip(self.tr("{year} is the year and {n} the running number."))
        self.numbering_reset = QPushButton(self.tr("De&fault"), page)
        self.numbering_reset.setObjectName("numberingResetButton")
        form = QFormLayout(page)
        form.addRow(self.office_where)
        form.addRow(self.tr("Issuing &unit:"), self.issuer_unit_edit)
        form.addRow(self.tr("&Signer:"), self.issuer_signer_edit)
        form.addRow(self.tr("Signer's &title:"), self.issuer_title_edit)
        numbering = QHBoxLayout()
        numbering.addWidget(self.numbering_edit, 1)
        numbering.addWidget(self.numbering_reset)
        # A row holding a layout gets no buddy by itself, so its label's & would show.
        numbering_label = QLabel(self.tr("Numbering &pattern:"), page)
        numbering_label.setBuddy(self.numbering_edit)
        form.addRow(numbering_label, numbering)
        return page

    def _build_printing_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("printingPage")
        self.printing_where = _where(
            self.tr(
                "These settings are stored in the database and shared by everyone who opens it."
            ),
            page,
            "printingWhere",
        )
        self.date_style_combo = QComboBox(page)
        self.date_style_combo.setObjectName("dateStyleCombo")
        self.date_style_combo.addItem(self.tr("2026年3月1日 (Arabic numerals)"), DateStyle.ARABIC)
        self.date_style_combo.addItem(
            self.tr("二〇二六年三月一日 (Chinese numerals)"), DateStyle.CHINESE
        )
        self.landscape_check = QCheckBox(self.tr("Print the task table &landscape"), page)
        self.landscape_check.setObjectName("landscapeCheck")
        form = QFormLayout(page)
        form.addRow(self.printing_where)
        form.addRow(self.tr("&Dates:"), self.date_style_combo)
        form.addRow(self.landscape_check)
        return page

    def _build_tracking_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("trackingPage")
        self.tracking_where = _where(
            self.tr(
                "These settings are stored in the database and shared by everyone who opens it, "
                "so everyone sees the same lights."
            ),
            page,
            "trackingWhere",
        )

        def spin(name: str, key: str, suffix: str) -> QSpinBox:
            box = QSpinBox(page)
            box.setObjectName(name)
            box.setRange(*NUMBER_RANGES[key])
            box.setSuffix(suffix)
            return box

        self.due_days_spin = spin("lightDueDaysSpin", "light_due_days", self.tr(" days"))
        self.due_days_spin.setToolTip(
            self.tr("Yellow when the deadline or next milestone is this near and work is behind")
        )
        self.behind_points_spin = spin(
            "lightBehindPointsSpin", "light_behind_points", self.tr(" points")
        )
        self.behind_points_spin.setToolTip(
            self.tr(
                "Yellow when progress is this far below a straight line from signing to deadline"
            )
        )
        self.stale_days_spin = spin("lightStaleDaysSpin", "light_stale_days", self.tr(" days"))
        self.stale_days_spin.setToolTip(self.tr("Yellow when a task has had no report this long"))
        self.reporting_day_spin = spin("reportingDaySpin", "reporting_day", "")
        self.reporting_day_spin.setToolTip(
            self.tr("Units report the previous month's progress by this day of each month")
        )
        self.done_evidence_check = QCheckBox(
            self.tr("Marking a task &done needs an evidence file"), page
        )
        self.done_evidence_check.setObjectName("doneNeedsEvidenceCheck")
        form = QFormLayout(page)
        form.addRow(self.tracking_where)
        form.addRow(self.tr("Yellow &near a due date:"), self.due_days_spin)
        form.addRow(self.tr("Yellow when &behind by:"), self.behind_points_spin)
        form.addRow(self.tr("Yellow with &no report for:"), self.stale_days_spin)
        form.addRow(self.tr("Monthly &reporting day:"), self.reporting_day_spin)
        form.addRow(self.done_evidence_check)
        return page

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.issuer_unit_edit, self.issuer_signer_edit, self.numbering_edit):
            edit.textChanged.connect(self._on_office_text_changed)
        self.numbering_reset.clicked.connect(self._on_numbering_reset_clicked)

    # -- load and save ---------------------------------------------------

    def load(self) -> None:
        """Show the stored values."""
        index = self.language_combo.findData(self._settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.autosave_spin.setValue(self._settings.autosave_seconds)
        office = self._office or OfficeSettings()
        self.issuer_unit_edit.setText(office.issuer_unit)
        self.issuer_signer_edit.setText(office.issuer_signer)
        self.issuer_title_edit.setText(office.issuer_signer_title)
        self.numbering_edit.setText(office.numbering_pattern)
        self.date_style_combo.setCurrentIndex(
            max(self.date_style_combo.findData(office.date_style), 0)
        )
        self.landscape_check.setChecked(office.task_table_landscape)
        self.due_days_spin.setValue(office.light_due_days)
        self.behind_points_spin.setValue(office.light_behind_points)
        self.stale_days_spin.setValue(office.light_stale_days)
        self.reporting_day_spin.setValue(office.reporting_day)
        self.done_evidence_check.setChecked(office.done_needs_evidence)

    def save(self) -> None:
        """Store the user's own values (the office's are read with `office_values`)."""
        self._settings.language = str(self.language_combo.currentData())
        self._settings.autosave_seconds = self.autosave_spin.value()
        self._settings.sync()

    def office_values(self) -> OfficeValues | None:
        """The office's settings shown, or None when no database is open."""
        if self._office is None:
            return None
        return OfficeValues(
            issuer_unit=self.issuer_unit_edit.text().strip(),
            issuer_signer=self.issuer_signer_edit.text().strip(),
            issuer_signer_title=self.issuer_title_edit.text().strip(),
            numbering_pattern=self.numbering_edit.text().strip(),
            date_style=DateStyle(self.date_style_combo.currentData()),
            task_table_landscape=self.landscape_check.isChecked(),
            light_due_days=self.due_days_spin.value(),
            light_behind_points=self.behind_points_spin.value(),
            light_stale_days=self.stale_days_spin.value(),
            reporting_day=self.reporting_day_spin.value(),
            done_needs_evidence=self.done_evidence_check.isChecked(),
        )

    def problems(self) -> list[str]:
        """Why the office's values cannot be stored, if they cannot."""
        if self._office is None:
            return []
        problems = numbering_problems(self.numbering_edit.text().strip())
        if self.issuer_signer_edit.text().strip() and not self.issuer_unit_edit.text().strip():
            problems.append(self.tr("Enter the issuing unit before its signer."))
        return problems

    def accept(self) -> None:
        if self.problems():
            return
        self.save()
        super().accept()

    # -- slots -----------------------------------------------------------

    def _on_office_text_changed(self, _text: str) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)

    def _on_numbering_reset_clicked(self) -> None:
        self.numbering_edit.setText(OfficeSettings().numbering_pattern)
