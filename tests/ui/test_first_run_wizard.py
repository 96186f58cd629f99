"""The first-run wizard, page by page, and the office setup that offers it on a new database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QWizard
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.images import PNG, sniff_type
from pledge_app.core.office_settings import OfficeSettings
from pledge_app.core.pledges import create_pledge
from pledge_app.core.units import find_unit
from pledge_app.operations.office_settings import office_settings
from pledge_app.operations.office_setup import office_setup_needed, set_up_office
from pledge_app.operations.pledge_list import pledge_rows
from pledge_app.settings import LANGUAGE_ZH_CN, Settings
from pledge_app.ui.dialogs.first_run_wizard import FirstRunWizard
from pledge_app.ui.main_window.office_setup import OfficeSetup
from pledge_app.ui.main_window.window import MainWindow
from tests.conftest import make_content
from tests.signing_helpers import seal_jpeg, seal_png
from tests.ui.fakes import FakeChooser, FakePrompts, type_text

OFFICE = "县委全面深化改革委员会办公室"


@pytest.fixture
def seal_file(tmp_path: Path) -> Path:
    path = tmp_path / "seal.png"
    path.write_bytes(seal_png())
    return path


def button(wizard: QWizard, which: QWizard.WizardButton) -> QAbstractButton:
    found = wizard.button(which)
    assert found is not None
    return found


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(button(wizard, which), Qt.MouseButton.LeftButton)


def fill_every_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    """Answer every page as a clerk would, ending on the last page."""
    type_text(wizard.office_page.unit_edit, OFFICE)
    type_text(wizard.office_page.signer_edit, "王建国")
    type_text(wizard.office_page.title_edit, "主任")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.numbering_page
    wizard.numbering_page.pattern_edit.clear()
    type_text(wizard.numbering_page.pattern_edit, "深改办〔{year}〕{n}号")
    assert wizard.numbering_page.example_label.text() == "深改办〔2026〕1号"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.seal_page
    qtbot.mouseClick(wizard.seal_page.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.seal_page.preview.pixmap() is not None
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.finish_page
    finish = wizard.finish_page
    finish.language_combo.setCurrentIndex(finish.language_combo.findData(LANGUAGE_ZH_CN))
    check = finish.sample_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    assert check.isChecked()


# -- the wizard on its own -------------------------------------------------------


@pytest.fixture
def wizard(qtbot: QtBot, seal_file: Path) -> Iterator[FirstRunWizard]:
    dialog = FirstRunWizard(
        current=OfficeSettings(), language="", choose_file=FakeChooser(seal_file)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


def test_every_page_is_answered_and_returned(
    qtbot: QtBot, wizard: FirstRunWizard, seal_file: Path
) -> None:
    fill_every_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    choices = wizard.choices()
    assert choices.answers.issuer_unit == OFFICE
    assert choices.answers.issuer_signer == "王建国"
    assert choices.answers.issuer_signer_title == "主任"
    assert choices.answers.numbering_pattern == "深改办〔{year}〕{n}号"
    assert choices.answers.seal_path == seal_file
    assert choices.language == LANGUAGE_ZH_CN
    assert choices.load_sample


def test_it_starts_with_the_default_numbering_pattern(wizard: FirstRunWizard) -> None:
    assert wizard.numbering_page.pattern_edit.text() == OfficeSettings().numbering_pattern


@pytest.mark.parametrize("page_name", ["office_page", "numbering_page", "seal_page", "finish_page"])
def test_skip_is_offered_on_every_page(
    qtbot: QtBot, wizard: FirstRunWizard, page_name: str
) -> None:
    while wizard.currentPage() is not getattr(wizard, page_name):
        wizard.next()
    skip = button(wizard, QWizard.WizardButton.CancelButton)
    assert skip.isVisible() and skip.isEnabled()
    assert "Skip" in skip.text()
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Rejected


def test_a_signer_without_a_unit_cannot_go_on(wizard: FirstRunWizard) -> None:
    type_text(wizard.office_page.signer_edit, "王建国")
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.office_page.problem_label.text()


@pytest.mark.parametrize("pattern", ["改革办〔{year}〕号", "{year}-{n", "{unit}{n}"])
def test_a_bad_numbering_pattern_cannot_go_on(wizard: FirstRunWizard, pattern: str) -> None:
    wizard.next()
    wizard.numbering_page.pattern_edit.setText(pattern)
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.numbering_page.problem_label.text()


def test_the_wizard_fits_a_small_laptop_screen(wizard: FirstRunWizard) -> None:
    for _page in range(3):
        wizard.next()
    hint = wizard.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    assert wizard.width() <= 1366 and wizard.height() <= 728


# -- offered on a new database ---------------------------------------------------


@pytest.fixture
def prompts(seal_file: Path) -> FakePrompts:
    return FakePrompts(paths=[seal_file])


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, settings: Settings, prompts: FakePrompts
) -> Iterator[MainWindow]:
    main = build_main_window(database, settings, prompts, database_label="new.sqlite3")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def setup(window: MainWindow, settings: Settings, prompts: FakePrompts) -> Iterator[OfficeSetup]:
    office_setup = OfficeSetup(window, runner=window.runner, settings=settings, prompts=prompts)
    yield office_setup
    if office_setup.wizard is not None:
        office_setup.wizard.hide()  # not reject(): that would record a skip after the test


def test_a_new_database_is_offered_the_wizard(qtbot: QtBot, setup: OfficeSetup) -> None:
    assert setup.offer()
    assert setup.wizard is not None
    qtbot.waitExposed(setup.wizard)


def test_the_answers_go_to_the_database_and_the_language_to_the_user(
    qtbot: QtBot, setup: OfficeSetup, database: Database, settings: Settings
) -> None:
    setup.offer()
    wizard = setup.wizard
    assert wizard is not None
    fill_every_page(qtbot, wizard)
    with qtbot.waitSignal(setup.finished) as finished:
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert finished.args == [True]
    stored = office_settings(database).value
    assert (stored.issuer_unit, stored.issuer_signer) == (OFFICE, "王建国")
    assert stored.numbering_pattern == "深改办〔{year}〕{n}号"
    with database.begin() as session:
        assert find_unit(session, OFFICE).seal_image == seal_png()
    assert Settings(settings.path).language == LANGUAGE_ZH_CN
    assert setup.sample_task is not None
    qtbot.waitUntil(lambda: len(pledge_rows(database).value) > 0, timeout=20_000)
    assert not office_setup_needed(database).value


def test_skipping_stores_nothing_and_is_not_offered_again(
    qtbot: QtBot, setup: OfficeSetup, database: Database
) -> None:
    setup.offer()
    wizard = setup.wizard
    assert wizard is not None
    with qtbot.waitSignal(setup.finished) as finished:
        click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert finished.args == [False]
    assert office_settings(database).value == OfficeSettings()
    assert not setup.offer()


def test_a_database_with_pledges_is_not_offered_the_wizard(
    setup: OfficeSetup, database: Database
) -> None:
    with database.begin() as session:
        create_pledge(session, make_content())
    assert not setup.offer()
    assert setup.wizard is None


def test_a_seal_without_an_issuing_unit_cannot_go_on(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.seal_page
    qtbot.mouseClick(wizard.seal_page.choose_button, Qt.MouseButton.LeftButton)
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.seal_page.problem_label.text()
    qtbot.mouseClick(wizard.seal_page.clear_button, Qt.MouseButton.LeftButton)
    assert button(wizard, QWizard.WizardButton.NextButton).isEnabled()


def test_a_seal_scanned_as_jpeg_is_offered_and_stored_as_png(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    # Issue 7 item 15: seal images may be JPEG as well as PNG.
    seal = tmp_path / "seal.jpg"
    seal.write_bytes(seal_jpeg())
    chooser = FakeChooser(seal)
    wizard = FirstRunWizard(current=OfficeSettings(), language="", choose_file=chooser)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_every_page(qtbot, wizard)  # chooses the seal on the way
    assert "*.jpg" in chooser.filters[0] and "*.png" in chooser.filters[0]
    answers = wizard.choices().answers
    assert answers.seal_path == seal
    set_up_office(database, answers)
    with database.begin() as session:
        stored = find_unit(session, OFFICE).seal_image
    assert stored is not None and sniff_type(stored) == PNG
