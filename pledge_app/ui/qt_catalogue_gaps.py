"""Strings of Qt's own dialogs that Qt's zh_CN catalogue misses, translated in ours.

Qt 6.11's file dialog asks for "&Look in:" and "Files of &type:"; qtbase_zh_CN.qm has them
only without the "&", so the clerk saw English labels. Our catalogue is installed beside
Qt's, and a lookup in the QFileDialog context finds these. lupdate extracts the calls
below; nothing needs to call them at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate


def file_dialog_labels() -> tuple[str, str]:
    """The two labels, in the installed language (for tests and for lupdate)."""
    return (
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
    )
