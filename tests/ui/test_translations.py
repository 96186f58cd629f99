"""The Chinese catalogue is complete, current and actually shown."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.i18n import translate
from pledge_app.core.pledges import create_pledge
from pledge_app.settings import Settings
from pledge_app.ui.translations import (
    Translations,
    compiled_catalogue,
    locale_for,
    qt_tool,
    translations_dir,
)
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = translations_dir() / "pledge_app_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


def translation_text(message: ET.Element) -> str:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return ""
    forms = translation.findall("numerusform")
    if forms:
        return "" if any(not (form.text or "").strip() for form in forms) else forms[0].text or ""
    return (translation.text or "").strip()


@pytest.fixture(scope="module")
def committed() -> dict[tuple[str, str], ET.Element]:
    return ts_messages(TS_FILE)


def test_every_message_is_translated(committed: dict[tuple[str, str], ET.Element]) -> None:
    unfinished = [key for key, message in committed.items() if not translation_text(message)]
    assert unfinished == []


def test_translations_keep_the_placeholders(committed: dict[tuple[str, str], ET.Element]) -> None:
    broken = [
        key
        for key, message in committed.items()
        if sorted(PLACEHOLDER.findall(key[1]))
        != sorted(PLACEHOLDER.findall(translation_text(message)))
    ]
    assert broken == []


def test_lupdate_finds_no_string_missing_from_the_catalogue(
    tmp_path: Path, committed: dict[tuple[str, str], ET.Element]
) -> None:
    lupdate = qt_tool("lupdate")
    assert lupdate is not None
    files = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "pledge_app").rglob("*.py")
        if "__pycache__" not in path.parts
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *files, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    missing = sorted(set(ts_messages(fresh)) - set(committed))
    assert missing == [], "run: uv run python tools/update_translations.py, then translate"


def test_the_catalogue_compiles_into_the_cache() -> None:
    catalogue = compiled_catalogue("zh_CN")
    assert catalogue is not None
    assert catalogue.is_file()
    assert QTranslator().load(str(catalogue))
    assert compiled_catalogue("zh_CN") == catalogue  # built once, then reused


@pytest.fixture
def chinese() -> Iterator[Translations]:
    translations = Translations()
    assert translations.install(locale_for("zh_CN"))
    yield translations
    translations.remove()


def test_chinese_main_window(
    qtbot: QtBot, chinese: Translations, database: Database, tmp_path: Path
) -> None:
    with database.begin() as session:
        create_pledge(session, make_content())
    window = build_main_window(database, Settings(tmp_path / "s.ini"), FakePrompts())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.pledge_list.model.total_count == 1)
    assert window.navigation.item(1).text() == "责任书"
    assert window.pledge_list.model.index(0, 3).data() == "草稿"
    assert window.pledge_list.count_label.text() == "共 1 份责任书，显示 1 份"
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    window.close()


def test_core_messages_are_translated_too(chinese: Translations) -> None:
    assert translate("validation", "Goals") == "总体目标"


def test_english_needs_no_catalogue(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    translations = Translations()
    try:
        assert not translations.install(locale_for("en"))
        window = build_main_window(database, Settings(tmp_path / "s.ini"), FakePrompts())
        qtbot.addWidget(window)
        assert window.navigation.item(1).text() == "Pledges"
    finally:
        translations.remove()
