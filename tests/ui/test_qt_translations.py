"""Qt's own dialogs speak the clerk's language: qtbase's catalogue is installed with ours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from pledge_app.ui.translations import Translations, locale_for


@pytest.fixture
def chinese() -> Iterator[None]:
    translations = Translations()
    translations.install(locale_for("zh_CN"))
    yield
    translations.remove()


def test_the_file_dialog_is_translated_in_chinese(qapp: object, chinese: None) -> None:
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
