"""Help: F1 opens the user guide in the interface's language; its pages and pictures are all
there; Help → Open log folder opens the logs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from pledge_app import paths
from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.settings import LANGUAGE_EN, LANGUAGE_ZH_CN, Settings
from pledge_app.ui.dialogs.help_browser import HELP_LANGUAGES, HelpBrowser, help_language
from pledge_app.ui.main_window.window import MainWindow
from tests.ui.fakes import FakePrompts

PAGES = (
    "index.html",
    "create.html",
    "paste_tasks.html",
    "finalise_print_sign.html",
    "amend.html",
    "verify.html",
    "backup.html",
    "settings.html",
)


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
    main = build_main_window(database, settings, prompts, database_label="help.sqlite3")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    main.close()


def press_f1(qtbot: QtBot, window: MainWindow) -> HelpBrowser:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    browser = window.commands.help_browser
    assert browser is not None
    qtbot.waitExposed(browser)
    return browser


def test_f1_opens_the_guide_in_chinese(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    settings.language = LANGUAGE_ZH_CN
    browser = press_f1(qtbot, window)
    assert browser.language == "zh_CN"
    assert browser.current_page() == "index.html"
    assert "用户指南" in browser.text.toPlainText()
    assert "从 Excel 粘贴任务" in browser.text.toPlainText()


def test_the_guide_follows_an_english_interface(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    settings.language = LANGUAGE_EN
    browser = press_f1(qtbot, window)
    assert browser.language == "en"
    assert "Paste tasks from Excel" in browser.text.toPlainText()


def test_the_help_menu_offers_the_guide_with_f1(window: MainWindow) -> None:
    action = window.main_actions.user_guide_action
    help_menu = window.findChild(QMenu, "helpMenu")
    assert help_menu is not None
    assert action in help_menu.actions()
    assert window.main_actions.open_logs_action in help_menu.actions()
    assert action.shortcut().toString() == "F1"


def test_a_link_opens_its_page_and_back_returns(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    settings.language = LANGUAGE_ZH_CN
    browser = press_f1(qtbot, window)
    link = browser.text.document().find("从 Excel 粘贴任务")
    assert not link.isNull()
    link.setPosition(link.selectionStart() + 2)
    where = browser.text.cursorRect(link).center()
    qtbot.mouseClick(browser.text.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: browser.current_page() == "paste_tasks.html")
    assert browser.back_button.isEnabled()
    qtbot.mouseClick(browser.back_button, Qt.MouseButton.LeftButton)
    assert browser.current_page() == "index.html"


def test_f1_again_reuses_the_open_guide(qtbot: QtBot, window: MainWindow) -> None:
    first = press_f1(qtbot, window)
    window.activateWindow()
    assert press_f1(qtbot, window) is first


@pytest.mark.parametrize("language", HELP_LANGUAGES)
def test_every_page_is_there_and_its_links_and_pictures_resolve(language: str) -> None:
    folder = paths.help_dir(language)
    assert sorted(path.name for path in folder.glob("*.html")) == sorted(PAGES)
    for page in PAGES:
        html = (folder / page).read_text(encoding="utf-8")
        for target in re.findall(r'(?:href|src)="([^"#:]+)"', html):
            assert (folder / target).is_file(), f"{language}/{page} links to missing {target}"
        for picture in re.findall(r'src="([^"]+\.png)"', html):
            assert not QImage(str(folder / picture)).isNull()


def test_the_language_of_the_guide_follows_the_locale() -> None:
    assert help_language(QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert help_language(QLocale(QLocale.Language.English)) == "en"
    assert help_language(QLocale(QLocale.Language.French)) == "en"


def test_the_guide_fits_a_small_laptop_screen(qtbot: QtBot, window: MainWindow) -> None:
    browser = press_f1(qtbot, window)
    assert browser.width() <= 1366 and browser.height() <= 728


def test_open_log_folder_opens_the_logs(window: MainWindow) -> None:
    opened: list[QUrl] = []
    paths.logs_dir().mkdir(parents=True)
    window.commands.open_url = lambda url: opened.append(url) or True
    window.main_actions.open_logs_action.trigger()
    assert [Path(url.toLocalFile()) for url in opened] == [paths.logs_dir()]


def test_without_a_log_folder_its_place_is_told(window: MainWindow, prompts: FakePrompts) -> None:
    window.main_actions.open_logs_action.trigger()
    assert str(paths.logs_dir()) in prompts.messages("info")[0]
