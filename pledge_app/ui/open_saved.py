"""Opening what was just saved, as the clerk chose: the file, or the folder it is in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl

from pledge_app.ui.prompts import OpenChoice, UserPrompts

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate

#: Opens a local file or folder with the system's own program (QDesktopServices.openUrl;
#: tests pass a fake). False when nothing could open it.
OpenUrl = Callable[[QUrl], object]


def open_saved(choice: OpenChoice, path: Path, *, open_url: OpenUrl, prompts: UserPrompts) -> None:
    """Open the saved file `path`, or the folder it is in (`path` itself when a folder)."""
    if choice is OpenChoice.NOTHING:
        return
    target = path if choice is OpenChoice.FILE or path.is_dir() else path.parent
    if open_url(QUrl.fromLocalFile(str(target))) is False:
        prompts.show_warning(
            translate("OpenSaved", "Not opened"),
            translate("OpenSaved", "No program on this computer opened {path}.").format(
                path=target
            ),
        )
