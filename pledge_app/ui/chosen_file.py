"""Files the clerk picks: how to ask for one, and reading it within a size limit."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate


class FileChooser(Protocol):
    """Asks for a file to open; `UserPrompts.ask_open_path` is one."""

    def __call__(self, title: str, *, file_filter: str = "") -> Path | None:
        """The chosen file, or None if the user cancelled."""


def file_dialog_chooser(parent: QWidget) -> FileChooser:
    """A FileChooser that shows Qt's own open-file dialog over `parent`."""

    def choose(title: str, *, file_filter: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return Path(name) if name else None

    return choose


def read_chosen_file(path: Path, *, max_bytes: int) -> tuple[bytes, str]:
    """The bytes of `path` and "", or b"" and why it cannot be used (too large, unreadable).

    The size is checked before reading, so a huge file is never loaded."""
    try:
        if path.stat().st_size > max_bytes:
            return b"", translate("ChosenFile", "{name} is larger than {size} MB.").format(
                name=path.name, size=max_bytes // (1024 * 1024)
            )
        return path.read_bytes(), ""
    except OSError as error:
        return b"", translate("ChosenFile", "{name} cannot be read: {reason}").format(
            name=path.name, reason=error.strerror or error
        )
