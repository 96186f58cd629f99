"""Every message box and file chooser behind one typed service, with a fake for tests."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from pledge_app.core.errors import PledgeError

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate


def starting_place(directory: str) -> str:
    """Where a file dialog opens: `directory` when it names an existing folder (or a file in
    one), else the user's Documents folder with any file name kept. Never the program's
    working folder, which on Windows is where it was installed or launched from."""
    path = Path(directory) if directory else None
    if path is not None and path.is_absolute() and (path.is_dir() or path.parent.is_dir()):
        return directory
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    if path is None or path.name in ("", "."):
        return documents
    return str(Path(documents) / path.name)


class SaveChoice(Enum):
    """The answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class OpenChoice(Enum):
    """What to open after a file was saved: the file, the folder it is in, or nothing."""

    FILE = "file"
    FOLDER = "folder"
    NOTHING = "nothing"


class UserPrompts:
    """Asks the user things and tells them things; the one place that opens QMessageBox."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def set_parent(self, parent: QWidget | None) -> None:
        """The window the boxes are centred on (the main window once it exists)."""
        self._parent = parent

    def _owner(self) -> QWidget | None:
        return QApplication.activeWindow() or self._parent

    # -- questions -------------------------------------------------------

    def confirm(self, title: str, text: str, *, destructive: bool = False) -> bool:
        """Yes/No question; the safe answer (No) is the default for destructive ones."""
        default = QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            self._owner(),
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            default,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_delete_pledges(self, titles: list[str]) -> bool:
        """Ask before deleting drafts for good."""
        if len(titles) == 1:
            text = translate(
                "UserPrompts", "Delete the draft “{title}”? This cannot be undone."
            ).format(title=titles[0])
        else:
            text = translate("UserPrompts", "Delete {count} drafts? This cannot be undone.").format(
                count=len(titles)
            )
        return self.confirm(translate("UserPrompts", "Delete pledge"), text, destructive=True)

    def ask_save_changes(self, title: str) -> SaveChoice:
        """Save, discard or cancel when unsaved changes would be lost."""
        box = QMessageBox(self._owner())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("UserPrompts", "Unsaved changes"))
        box.setText(translate("UserPrompts", "Save the changes to “{title}”?").format(title=title))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    # -- information -----------------------------------------------------

    def show_info(self, title: str, text: str) -> None:
        """Tell the user something worth a click."""
        QMessageBox.information(self._owner(), title, text)

    def show_warning(self, title: str, text: str) -> None:
        """Warn about something the user should look at."""
        QMessageBox.warning(self._owner(), title, text)

    def show_saved_pdf(
        self, title: str, text: str, *, file: bool = True, warning: bool = False
    ) -> OpenChoice:
        """Say where PDFs were saved, with buttons to open the file (when `file`) or its folder."""
        box = QMessageBox(self._owner())
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        role = QMessageBox.ButtonRole.ActionRole
        open_file = box.addButton(translate("UserPrompts", "Open the PDF"), role) if file else None
        open_folder = box.addButton(translate("UserPrompts", "Open the folder"), role)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.exec()
        clicked = box.clickedButton()
        if open_file is not None and clicked is open_file:
            return OpenChoice.FILE
        return OpenChoice.FOLDER if clicked is open_folder else OpenChoice.NOTHING

    def show_error(self, title: str, text: str, *, details: str = "") -> None:
        """An error the user can act on; `details` goes behind a button."""
        box = QMessageBox(self._owner())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setDetailedText(details)
        box.exec()

    def show_pledge_error(self, error: PledgeError, *, title: str = "") -> None:
        """An expected error from core, shown with its own message."""
        self.show_error(title or translate("UserPrompts", "Cannot do that"), str(error))

    def show_about(
        self, *, version: str, database: str = "", schema: str = "", newest_schema: str = ""
    ) -> None:
        """The About box: version, database and schema, licences."""
        from pledge_app.ui.dialogs.about_dialog import AboutDialog, AboutFacts

        facts = AboutFacts(version, database, schema, newest_schema)
        AboutDialog(facts, self._owner()).exec()

    # -- files -----------------------------------------------------------

    def ask_open_path(
        self, title: str, *, directory: str = "", file_filter: str = ""
    ) -> Path | None:
        """A file to open, or None if the user cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            self._owner(), title, starting_place(directory), file_filter
        )
        return Path(name) if name else None

    def ask_open_paths(
        self, title: str, *, directory: str = "", file_filter: str = ""
    ) -> list[Path]:
        """Files to open (several may be chosen); none if the user cancelled."""
        names, _ = QFileDialog.getOpenFileNames(
            self._owner(), title, starting_place(directory), file_filter
        )
        return [Path(name) for name in names]

    def ask_save_path(
        self, title: str, *, directory: str = "", file_filter: str = ""
    ) -> Path | None:
        """A file to write, or None if the user cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            self._owner(), title, starting_place(directory), file_filter
        )
        return Path(name) if name else None

    def ask_directory(self, title: str, *, directory: str = "") -> Path | None:
        """A folder, or None if the user cancelled."""
        name = QFileDialog.getExistingDirectory(self._owner(), title, starting_place(directory))
        return Path(name) if name else None
