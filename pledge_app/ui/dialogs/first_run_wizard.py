"""The first-run wizard: who the office is, how it numbers pledges, its seal, the language,
and whether to load the sample year. Skip is possible on every page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pledge_app.core.office_settings import OfficeSettings, numbering_problems
from pledge_app.operations.office_setup import OfficeSetupAnswers
from pledge_app.settings import LANGUAGE_EN, LANGUAGE_SYSTEM, LANGUAGE_ZH_CN
from pledge_app.ui import style

#: Asks for a file: (title, file_filter=...) -> the path, or None if cancelled.
FileChooser = Callable[..., Path | None]


@dataclass(frozen=True)
class FirstRunChoices:
    """Everything the wizard asked: the office's answers and the clerk's own choices."""

    answers: OfficeSetupAnswers
    language: str
    load_sample: bool


def _note(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class _OfficePage(QWizardPage):
    """The issuing unit (甲方), its signer and the signer's title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officePage")
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(
            self.tr(
                "The unit that issues the pledges, and who signs for it. New pledges "
                "start with these as the issuing party."
            )
        )
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setObjectName("issuerUnitEdit")
        self.unit_edit.setPlaceholderText(self.tr("e.g. the County Reform Office"))
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setObjectName("issuerSignerEdit")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("issuerSignerTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("e.g. Director"))
        self.problem_label = _note("", self, "officeProblemLabel")
        style.error_text(self.problem_label)
        form = QFormLayout(self)
        form.addRow(self.tr("Issuing &unit:"), self.unit_edit)
        form.addRow(self.tr("&Signer:"), self.signer_edit)
        form.addRow(self.tr("Signer's &title:"), self.title_edit)
        form.addRow(self.problem_label)
        for edit in (self.unit_edit, self.signer_edit):
            edit.textChanged.connect(self._on_text_changed)

    def unit(self) -> str:
        """The issuing unit typed."""
        return self.unit_edit.text().strip()

    def problem(self) -> str:
        """Why the page cannot go on, or ""."""
        if self.signer_edit.text().strip() and not self.unit():
            return self.tr("Enter the issuing unit before its signer.")
        return ""

    def isComplete(self) -> bool:
        return not self.problem()

    def _on_text_changed(self, _text: str) -> None:
        self.problem_label.setText(self.problem())
        self.completeChanged.emit()


class _NumberingPage(QWizardPage):
    """The pattern new pledge numbers follow, with an example of the result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberingPage")
        self.setTitle(self.tr("Pledge numbers"))
        self.setSubTitle(
            self.tr("How new pledges are numbered: {year} is the year and {n} the running number.")
        )
        self.pattern_edit = QLineEdit(self)
        self.pattern_edit.setObjectName("numberingPatternEdit")
        self.example_label = _note("", self, "numberingExampleLabel")
        self.problem_label = _note("", self, "numberingProblemLabel")
        style.error_text(self.problem_label)
        form = QFormLayout(self)
        form.addRow(self.tr("Numbering &pattern:"), self.pattern_edit)
        form.addRow(self.tr("Example:"), self.example_label)
        form.addRow(self.problem_label)
        self.pattern_edit.textChanged.connect(self._on_pattern_edit_text_changed)

    def problems(self) -> list[str]:
        """What is wrong with the pattern typed."""
        return numbering_problems(self.pattern_edit.text().strip())

    def isComplete(self) -> bool:
        return not self.problems()

    def _on_pattern_edit_text_changed(self, text: str) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.example_label.setText("" if problems else text.strip().format(year=2026, n=1))
        self.completeChanged.emit()


class _SealPage(QWizardPage):
    """The office's seal image (optional): a PNG or JPEG printed on signed pledges."""

    def __init__(self, choose_file: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealPage")
        self.setTitle(self.tr("Seal (optional)"))
        self.setSubTitle(
            self.tr(
                "A scanned seal as a PNG or JPEG image, printed with the issuer's signature. "
                "You can add it later on the Units page."
            )
        )
        self._choose_file = choose_file
        self.seal_path: Path | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName("sealPreview")
        self.preview.setFixedSize(160, 160)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px dashed palette(mid);")
        self.path_label = _note(self.tr("No seal chosen."), self, "sealPathLabel")
        self.problem_label = _note("", self, "sealProblemLabel")
        style.error_text(self.problem_label)
        self.choose_button = QPushButton(self.tr("&Choose image…"), self)
        self.choose_button.setObjectName("chooseSealButton")
        self.clear_button = QPushButton(self.tr("&No seal"), self)
        self.clear_button.setObjectName("clearSealButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(self.path_label)
        layout.addLayout(buttons)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def problem(self) -> str:
        """Why the page cannot go on, or "": a seal belongs to the issuing unit."""
        wizard = self.wizard()
        office = wizard.office_page if isinstance(wizard, FirstRunWizard) else None
        if self.seal_path is not None and office is not None and not office.unit():
            return self.tr("A seal needs the issuing unit: enter it on the first page.")
        return ""

    def isComplete(self) -> bool:
        return not self.problem()

    def initializePage(self) -> None:
        self._show_problem()

    def _show_problem(self) -> None:
        self.problem_label.setText(self.problem())
        self.completeChanged.emit()

    def _on_choose_button_clicked(self) -> None:
        path = self._choose_file(
            self.tr("Choose the seal image"),
            file_filter=self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path is None:
            return
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.path_label.setText(self.tr("“{name}” is not an image.").format(name=path.name))
            return
        self.seal_path = path
        self.path_label.setText(str(path))
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self._show_problem()

    def _on_clear_button_clicked(self) -> None:
        self.seal_path = None
        self.preview.clear()
        self.path_label.setText(self.tr("No seal chosen."))
        self._show_problem()


class _FinishPage(QWizardPage):
    """The clerk's language, and whether to try the program on a sample year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishPage")
        self.setTitle(self.tr("Language and sample data"))
        self.setSubTitle(self.tr("Your own language, and whether to start with sample data."))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("wizardLanguageCombo")
        self.language_combo.addItem(self.tr("Follow the system"), LANGUAGE_SYSTEM)
        # Each language is named in itself so a user can always find their own.
        self.language_combo.addItem("简体中文", LANGUAGE_ZH_CN)
        self.language_combo.addItem("English", LANGUAGE_EN)
        self.language_note = _note(
            self.tr("A new language takes effect the next time you start Pledge Manager."),
            self,
            "wizardLanguageNote",
        )
        self.sample_check = QCheckBox(self.tr("Load a &sample year to try things out"), self)
        self.sample_check.setObjectName("loadSampleCheck")
        self.sample_note = _note(
            self.tr(
                "Adds sample units and pledges (signed, drafts, an amendment). They can be "
                "deleted or amended like any other."
            ),
            self,
            "loadSampleNote",
        )
        self.later_note = _note(
            self.tr("Everything here can be changed later in File → Settings."),
            self,
            "laterNote",
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.language_note)
        form.addRow(self.sample_check)
        form.addRow(self.sample_note)
        form.addRow(self.later_note)


class FirstRunWizard(QWizard):
    """Asks the first-run questions; `choices()` after accept. Cancel is labelled Skip."""

    def __init__(
        self,
        *,
        current: OfficeSettings,
        language: str,
        choose_file: FileChooser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up your office"))
        # One look on every platform, and small enough for a 1366×768 laptop screen.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Qt's own Back, Next and Finish come translated by qtbase; Cancel here means Skip.
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Skip"))
        self.office_page = _OfficePage(self)
        self.numbering_page = _NumberingPage(self)
        self.seal_page = _SealPage(choose_file, self)
        self.finish_page = _FinishPage(self)
        for page in (self.office_page, self.numbering_page, self.seal_page, self.finish_page):
            self.addPage(page)
        self.resize(620, 440)
        self._load(current, language)

    def _load(self, current: OfficeSettings, language: str) -> None:
        self.office_page.unit_edit.setText(current.issuer_unit)
        self.office_page.signer_edit.setText(current.issuer_signer)
        self.office_page.title_edit.setText(current.issuer_signer_title)
        self.numbering_page.pattern_edit.setText(current.numbering_pattern)
        index = self.finish_page.language_combo.findData(language)
        self.finish_page.language_combo.setCurrentIndex(max(index, 0))

    def choices(self) -> FirstRunChoices:
        """The answers shown now."""
        answers = OfficeSetupAnswers(
            issuer_unit=self.office_page.unit_edit.text().strip(),
            issuer_signer=self.office_page.signer_edit.text().strip(),
            issuer_signer_title=self.office_page.title_edit.text().strip(),
            numbering_pattern=self.numbering_page.pattern_edit.text().strip(),
            seal_path=self.seal_page.seal_path,
        )
        return FirstRunChoices(
            answers=answers,
            language=str(self.finish_page.language_combo.currentData()),
            load_sample=self.finish_page.sample_check.isChecked(),
        )
