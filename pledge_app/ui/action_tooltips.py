"""Tooltips that name an action's keyboard shortcut, e.g. "Save (Ctrl+S)"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate


def shortcut_tooltip(action: QAction) -> str:
    """The action's text without its "&" accelerator or "…", and its first shortcut."""
    text = action.iconText() or action.text()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    shortcut = action.shortcut()
    if shortcut.isEmpty():
        return text
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    return translate("ActionTooltips", "{action} ({shortcut})").format(action=text, shortcut=keys)


def show_shortcuts_in_tooltips(actions: Iterable[QAction]) -> None:
    """Give each action a tooltip naming its shortcut (toolbar buttons show it on hover)."""
    for action in actions:
        action.setToolTip(shortcut_tooltip(action))
