"""Help → About: the version, the open database and its schema, and the licences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database, head_revision
from pledge_app.settings import Settings
from pledge_app.ui.dialogs.about_dialog import AboutDialog, AboutFacts, licences_text
from pledge_app.ui.main_window.window import MainWindow
from tests.ui.fakes import FakePrompts


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, tmp_path: Path, prompts: FakePrompts
) -> Iterator[MainWindow]:
    settings = Settings(tmp_path / "settings.ini")
    main = build_main_window(database, settings, prompts, database_label="/data/office.sqlite3")
    qtbot.addWidget(main)
    yield main
    main.close()


def about(qtbot: QtBot, facts: AboutFacts) -> AboutDialog:
    dialog = AboutDialog(facts)
    qtbot.addWidget(dialog)
    return dialog


def test_about_names_the_database_and_its_schema(window: MainWindow, prompts: FakePrompts) -> None:
    window.about_action.trigger()
    [shown] = prompts.messages("about")
    assert "/data/office.sqlite3" in shown
    assert str(head_revision()) in shown


def test_the_dialog_shows_version_database_and_schema(qtbot: QtBot) -> None:
    dialog = about(qtbot, AboutFacts("1.2.3", "/data/office.sqlite3", "abc123", "abc123"))
    heading = dialog.findChild(QLabel, "aboutHeading")
    assert heading is not None and "1.2.3" in heading.text()
    assert dialog.database_label.text() == "/data/office.sqlite3"
    assert dialog.schema_label.text() == "abc123"


def test_an_older_schema_says_which_one_this_version_expects(qtbot: QtBot) -> None:
    dialog = about(qtbot, AboutFacts("1.2.3", "x.sqlite3", "old1", "new2"))
    assert "old1" in dialog.schema_label.text() and "new2" in dialog.schema_label.text()


def test_the_licences_name_the_font_and_the_libraries(qtbot: QtBot) -> None:
    dialog = about(qtbot, AboutFacts("1.2.3"))
    text = dialog.licences.toPlainText()
    assert text == licences_text()
    for name in ("WenQuanYi Micro Hei", "pyside6-essentials", "sqlalchemy", "reportlab"):
        assert name in text


def test_the_licence_file_is_up_to_date_with_the_lock_file() -> None:
    from tools.licences import render

    assert licences_text() == render()


def test_the_dialog_fits_a_small_laptop_screen(qtbot: QtBot) -> None:
    dialog = about(qtbot, AboutFacts("1.2.3", "x" * 300))
    dialog.show()
    assert dialog.width() <= 1366 and dialog.height() <= 728
