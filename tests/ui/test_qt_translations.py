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


def test_the_real_file_dialog_shows_chinese_labels(qapp: object, chinese: None) -> None:
    # Qt 6.11 asks for "&Look in:", which qtbase's catalogue lacks (the clerk trial saw
    # English); ours fills the gap.
    from PySide6.QtWidgets import QFileDialog, QLabel

    from pledge_app.ui.qt_catalogue_gaps import file_dialog_labels

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Look in:" not in labels and "Files of &type:" not in labels
    assert file_dialog_labels() == ("查找范围(&L)：", "文件类型(&T)：")
    assert set(file_dialog_labels()) <= set(labels)
