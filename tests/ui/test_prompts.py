"""Where the file dialogs open (a folder the clerk knows, never the program's own folder),
and the message after saving a PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pledge_app.ui.prompts import OpenChoice, UserPrompts, starting_place


@pytest.fixture
def documents() -> Iterator[Path]:
    QStandardPaths.setTestModeEnabled(True)
    yield Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    QStandardPaths.setTestModeEnabled(False)


def test_a_known_folder_is_kept(tmp_path: Path) -> None:
    assert starting_place(str(tmp_path)) == str(tmp_path)
    assert starting_place(str(tmp_path / "a.pdf")) == str(tmp_path / "a.pdf")


def test_a_bare_file_name_opens_in_documents(documents: Path) -> None:
    assert starting_place("pledges-2026-12-02.json") == str(documents / "pledges-2026-12-02.json")


@pytest.mark.parametrize("directory", ["", ".", "relative/folder"])
def test_the_working_folder_is_never_offered(directory: str, documents: Path) -> None:
    place = Path(starting_place(directory))
    assert place == documents or place.parent == documents
    assert place.resolve() != Path.cwd()


def test_a_folder_that_is_gone_falls_back_to_documents(tmp_path: Path, documents: Path) -> None:
    assert starting_place(str(tmp_path / "gone" / "x.pdf")) == str(documents / "x.pdf")


def click_in_message_box(qtbot: QtBot, label: str) -> None:
    """Once the message box shows, click its button labelled `label`."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == label]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(
    ("label", "choice"),
    [
        ("Open the PDF", OpenChoice.FILE),
        ("Open the folder", OpenChoice.FOLDER),
        ("Close", OpenChoice.NOTHING),
    ],
)
def test_a_saved_pdf_can_be_opened_or_its_folder(
    qtbot: QtBot, label: str, choice: OpenChoice
) -> None:
    # Issue 7 item 18: after Save as PDF, offer to open the file or its folder.
    click_in_message_box(qtbot, label)
    assert UserPrompts().show_saved_pdf("PDF saved", "Saved “a.pdf” in /tmp.") is choice


def test_a_saved_batch_offers_only_its_folder(qtbot: QtBot) -> None:
    seen: list[str] = []

    def close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(button.text() for button in box.buttons())
        box.reject()

    QTimer.singleShot(0, close)
    choice = UserPrompts().show_saved_pdf("Save as PDFs", "Wrote 3 PDF files.", file=False)
    assert choice is OpenChoice.NOTHING
    assert sorted(seen) == ["Close", "Open the folder"]
