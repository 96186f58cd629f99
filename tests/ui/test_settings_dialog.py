"""File → Settings: the user's own values go to QSettings, the office's to the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.office_settings import DateStyle
from pledge_app.operations.office_settings import change_office_settings, office_settings
from pledge_app.settings import LANGUAGE_EN, LANGUAGE_ZH_CN, Settings
from pledge_app.ui.dialogs.settings_dialog import SettingsDialog
from pledge_app.ui.main_window.window import MainWindow
from tests.ui.fakes import FakePrompts, type_text


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, settings: Settings, prompts: FakePrompts
) -> Iterator[MainWindow]:
    change_office_settings(database, issuer_unit="市委深改委", issuer_signer="张国华")
    main = build_main_window(database, settings, prompts, database_label="office.sqlite3")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.commands.settings_dialog is not None:
        main.commands.settings_dialog.reject()
    main.close()


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.commands.settings_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def ok_button(dialog: SettingsDialog) -> QPushButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_it_shows_the_office_settings_of_the_database(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(qtbot, window)
    assert dialog.issuer_unit_edit.text() == "市委深改委"
    assert dialog.issuer_signer_edit.text() == "张国华"
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    assert tabs is not None
    assert [tabs.widget(i) for i in range(tabs.count())] == [
        dialog.general_page,
        dialog.office_page,
        dialog.printing_page,
        dialog.tracking_page,
    ]


def test_each_page_says_where_its_settings_live(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(qtbot, window)
    assert "this computer" in dialog.general_where.text()
    assert "database" in dialog.office_where.text()
    assert "database" in dialog.printing_where.text()
    assert "database" in dialog.tracking_where.text()


def test_ok_saves_office_values_to_the_database_and_yours_to_qsettings(
    qtbot: QtBot, window: MainWindow, database: Database, settings: Settings, prompts: FakePrompts
) -> None:
    dialog = open_settings(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(LANGUAGE_EN))
    dialog.autosave_spin.setValue(10)
    dialog.issuer_signer_edit.clear()
    type_text(dialog.issuer_signer_edit, "李明")
    dialog.numbering_edit.setText("深改办〔{year}〕{n}号")
    dialog.date_style_combo.setCurrentIndex(dialog.date_style_combo.findData(DateStyle.CHINESE))
    check = dialog.landscape_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    stored = office_settings(database).value
    assert stored.issuer_signer == "李明"
    assert stored.numbering_pattern == "深改办〔{year}〕{n}号"
    assert stored.date_style == DateStyle.CHINESE
    assert stored.task_table_landscape
    again = Settings(settings.path)
    assert again.language == LANGUAGE_EN
    assert again.autosave_seconds == 10
    assert prompts.messages("info")  # the new language applies at the next start


def test_ok_saves_the_tracking_settings_for_the_whole_office(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    dialog = open_settings(qtbot, window)
    assert dialog.stale_days_spin.value() == 45  # the defaults until the office sets them
    assert dialog.done_evidence_check.isChecked()
    dialog.due_days_spin.setValue(14)
    dialog.behind_points_spin.setValue(15)
    dialog.stale_days_spin.setValue(40)
    dialog.reporting_day_spin.setValue(10)
    check = dialog.done_evidence_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    stored = office_settings(database).value
    assert (stored.light_due_days, stored.light_behind_points, stored.light_stale_days) == (
        14,
        15,
        40,
    )
    assert stored.reporting_day == 10
    assert not stored.done_needs_evidence


def test_cancel_stores_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, settings: Settings
) -> None:
    dialog = open_settings(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(LANGUAGE_ZH_CN))
    dialog.issuer_unit_edit.setText("别的单位")
    dialog.reject()
    assert office_settings(database).value.issuer_unit == "市委深改委"
    assert Settings(settings.path).language == ""


@pytest.mark.parametrize(
    ("field", "text"),
    [("numbering_edit", "改革办〔{year}〕号"), ("issuer_unit_edit", "")],
)
def test_values_the_database_would_refuse_disable_ok(
    qtbot: QtBot, window: MainWindow, field: str, text: str
) -> None:
    dialog = open_settings(qtbot, window)
    getattr(dialog, field).setText(text)
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem_label.text()


def test_without_a_database_only_the_general_page_shows(qtbot: QtBot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    assert tabs is not None and tabs.count() == 1
    assert dialog.office_values() is None


def test_the_dialog_fits_a_small_laptop_screen(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(qtbot, window)
    assert dialog.width() <= 1366 and dialog.height() <= 728
    assert dialog.sizeHint().height() <= 728
