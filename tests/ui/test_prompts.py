"""Where the file dialogs open: a folder the clerk knows, never the program's own folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from pledge_app.ui.prompts import starting_place


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
