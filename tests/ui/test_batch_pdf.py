"""Save as PDFs: one file per selected pledge, on a worker thread, with progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.models import PrintedCopy
from pledge_app.core.pdf_file_names import pdf_file_names
from pledge_app.core.pledges import get_pledge
from pledge_app.operations.printing import PrintedBatch
from pledge_app.settings import Settings
from pledge_app.ui.main_window.window import MainWindow
from pledge_app.ui.prompts import OpenChoice
from tests.conftest import make_content
from tests.signing_helpers import signed_pledge
from tests.ui.fakes import FakePrompts
from tests.ui.test_main_window import add_pledges


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def pledge_ids(database: Database) -> list[str]:
    """Two drafts and one signed pledge."""
    ids = add_pledges(database, 2)
    with database.begin() as session:
        signed = signed_pledge(session, make_content(number="改革办〔2026〕9号", title="已签"))
    return [*ids, signed.id]


@pytest.fixture
def window(
    qtbot: QtBot,
    database: Database,
    pledge_ids: list[str],
    tmp_path: Path,
    prompts: FakePrompts,
) -> Iterator[MainWindow]:
    main = build_main_window(
        database, Settings(tmp_path / "settings.ini"), prompts, database_label="pledges.sqlite3"
    )
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.pledge_list.model.total_count == len(pledge_ids))
    main.pledge_list.table.selectAll()
    yield main
    main.close()


def _copies(database: Database) -> list[PrintedCopy]:
    with database.begin() as session:
        return list(session.scalars(select(PrintedCopy)).all())


def test_saving_three_pledges_writes_three_files_and_registers_the_signed_one(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    pledge_ids: list[str],
    prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    prompts.paths = [folder]
    with qtbot.waitSignal(window.batch_pdf.finished, timeout=120_000) as finished:
        qtbot.mouseClick(window.pledge_list.save_pdfs_button, Qt.MouseButton.LeftButton)
    result: PrintedBatch = finished.args[0]
    assert not result.cancelled and result.skipped == ()
    assert len(list(folder.glob("*.pdf"))) == 3
    [copy] = _copies(database)
    assert copy.pledge_id == pledge_ids[2]
    with database.begin() as session:
        signed_name = pdf_file_names([get_pledge(session, pledge_ids[2])])[0]
    assert (folder / signed_name).read_bytes().startswith(b"%PDF")
    assert prompts.messages("info") == [f"Wrote 3 PDF files to {folder}."]
    assert window.batch_pdf.progress_dialog is None


def test_print_with_several_selected_saves_them_as_pdfs(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    prompts.paths = [tmp_path]
    with qtbot.waitSignal(window.batch_pdf.finished, timeout=120_000):
        window.print_action.trigger()
    assert len(list(tmp_path.glob("*.pdf"))) == 3


def test_cancel_after_the_first_pledge_stops_early(
    qtbot: QtBot, window: MainWindow, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    prompts.paths = [tmp_path]
    writer = window.batch_pdf
    # Direct: runs on the worker as the first pledge is done, before it takes the next.
    writer.progressed.connect(writer.cancel, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(writer.finished, timeout=120_000) as finished:
        window.pledge_list.save_selected_as_pdfs()
    result: PrintedBatch = finished.args[0]
    assert result.cancelled
    assert len(result.written) == 1
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    assert _copies(database) == []  # the signed pledge, last, was never printed
    [summary] = prompts.messages("info")
    assert "Cancelled: 2 pledges were not saved." in summary


def test_the_progress_dialog_cancel_button_stops_the_batch(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    prompts.paths = [tmp_path]
    writer = window.batch_pdf
    first_done, go_on = threading.Event(), threading.Event()

    def hold_after_the_first(done: int, _label: str) -> None:
        if done == 1:  # on the worker: wait until the clerk has pressed Cancel
            first_done.set()
            go_on.wait(timeout=60)

    writer.progressed.connect(hold_after_the_first, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(writer.finished, timeout=120_000) as finished:
        window.pledge_list.save_selected_as_pdfs()
        dialog = writer.progress_dialog
        assert dialog is not None
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        qtbot.waitUntil(first_done.is_set)
        cancel_button = dialog.findChild(QPushButton)
        assert cancel_button is not None
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
        go_on.set()
    result: PrintedBatch = finished.args[0]
    assert result.cancelled
    assert len(result.written) == 1


def test_an_unprintable_pledge_is_skipped_and_named(
    qtbot: QtBot, window: MainWindow, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    from pledge_app.core.pledges import create_pledge

    with database.begin() as session:
        odd = create_pledge(session, make_content(number="怪字", title="含\U000f0001字"))
    window.pledge_list.reload()
    window.pledge_list.table.clearSelection()
    window.pledge_list.select_pledge(odd.id)
    prompts.paths = [tmp_path]
    with qtbot.waitSignal(window.batch_pdf.finished, timeout=120_000) as finished:
        window.pledge_list.save_selected_as_pdfs()
    result: PrintedBatch = finished.args[0]
    assert result.written == () and len(result.skipped) == 1
    [warning] = prompts.messages("warning")
    assert "Wrote 0 PDF files" in warning and "怪字" in warning


@pytest.mark.parametrize("choice", [OpenChoice.FOLDER, OpenChoice.NOTHING])
def test_the_summary_offers_to_open_the_folder(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path, choice: OpenChoice
) -> None:
    # Issue 7 item 18: after Save as PDF, offer to open what was written.
    opened: list[QUrl] = []
    window.batch_pdf.open_url = opened.append
    prompts.open_choice = choice
    folder = tmp_path / "pdfs"
    prompts.paths = [folder]
    with qtbot.waitSignal(window.batch_pdf.finished, timeout=120_000):
        qtbot.mouseClick(window.pledge_list.save_pdfs_button, Qt.MouseButton.LeftButton)
    assert prompts.offers == [(OpenChoice.FOLDER,)]
    assert opened == ([QUrl.fromLocalFile(str(folder))] if choice is OpenChoice.FOLDER else [])
