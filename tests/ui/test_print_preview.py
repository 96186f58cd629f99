"""Printing from the editor: preview pages, a real QPrinter, Save as PDF, unprintable text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge
from pledge_app.core.views import PledgeContent, TaskView
from pledge_app.settings import Settings
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
from pledge_app.ui.workspace import Workspace
from tests.ui.fakes import FakePrompts


class PdfPrinterChooser:
    """Stands in for the system print dialog: a QPrinter that writes a PDF file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.asked = 0

    def __call__(self, parent: QWidget) -> QPrinter | None:
        self.asked += 1
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.path))
        return printer


class SuggestionPrompts(FakePrompts):
    """Also keeps the paths the save dialog is opened on, as "suggested" messages."""

    def ask_save_path(
        self, title: str, *, directory: str = "", file_filter: str = ""
    ) -> Path | None:
        self.shown.append(("suggested", directory))
        return super().ask_save_path(title, directory=directory, file_filter=file_filter)


@pytest.fixture
def prompts() -> FakePrompts:
    return SuggestionPrompts()


@pytest.fixture
def chooser(tmp_path: Path) -> PdfPrinterChooser:
    return PdfPrinterChooser(tmp_path / "printed.pdf")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def editor(
    qtbot: QtBot,
    database: Database,
    prompts: FakePrompts,
    settings: Settings,
    chooser: PdfPrinterChooser,
    sample_content: PledgeContent,
) -> Iterator[PledgeEditorPage]:
    long_tasks = tuple(
        replace(sample_content.tasks[0], item=f"第{n}项改革任务", measures="推进措施。" * 30)
        for n in range(1, 25)
    )
    with database.begin() as session:
        pledge_id = create_pledge(session, replace(sample_content, tasks=long_tasks)).id
    workspace = Workspace()
    workspace.open(database, "pledges.sqlite3")
    runner = OperationRunner(workspace=workspace, prompts=prompts, parent=workspace)
    page = PledgeEditorPage(runner, settings=settings, choose_printer=chooser)
    qtbot.addWidget(page)
    page.open_pledge(pledge_id)
    yield page


def test_preview_shows_every_page_of_the_pdf(editor: PledgeEditorPage) -> None:
    editor.preview_action.trigger()
    dialog = editor.printing.preview_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.page_count() > 1
    assert str(dialog.page_count()) in dialog.pages_label.text()


def test_print_paints_each_page_onto_the_chosen_printer(
    editor: PledgeEditorPage, chooser: PdfPrinterChooser
) -> None:
    editor.preview_action.trigger()
    dialog = editor.printing.preview_dialog
    assert dialog is not None
    dialog.print_button.click()
    assert chooser.asked == 1
    assert len(PdfReader(chooser.path).pages) == dialog.page_count()


def test_save_as_pdf_writes_the_file_the_clerk_names(
    editor: PledgeEditorPage, prompts: FakePrompts, settings: Settings, tmp_path: Path
) -> None:
    prompts.paths.append(tmp_path / "out" / "责任书")
    (tmp_path / "out").mkdir()
    editor.pdf_action.trigger()
    written = tmp_path / "out" / "责任书.pdf"
    text = PdfReader(written).pages[0].extract_text()
    assert "全面深化改革目标责任书" in text
    assert settings.last_export_dir == str(tmp_path / "out")


def test_cancelled_save_as_pdf_writes_nothing(
    editor: PledgeEditorPage, prompts: FakePrompts, tmp_path: Path
) -> None:
    assert editor.printing.save_pdf() is None
    assert prompts.messages("path") == ["Save as PDF"]


def test_unprintable_characters_are_named_and_nothing_prints(
    editor: PledgeEditorPage, prompts: FakePrompts, chooser: PdfPrinterChooser
) -> None:
    editor.task_model.set_tasks((TaskView(item="联系人：王𠀀"),))
    editor.task_model.setData(editor.task_model.index(0, 1), "𠀀")
    editor.print_action.trigger()
    [warning] = prompts.messages("warning")
    assert "𠀀" in warning and "U+20000" in warning
    assert chooser.asked == 0


def test_save_as_pdf_suggests_a_name_safe_on_windows(
    editor: PledgeEditorPage,
    database: Database,
    prompts: FakePrompts,
    sample_content: PledgeContent,
) -> None:
    with database.begin() as session:
        pledge_id = create_pledge(session, replace(sample_content, number="", title="CON")).id
    editor.open_pledge(pledge_id)
    assert editor.printing.save_pdf() is None  # the clerk cancels
    [suggested] = prompts.messages("suggested")
    assert Path(suggested).name == f"CON_{pledge_id}.pdf"


def test_a_save_as_pdf_that_cannot_write_says_so(
    editor: PledgeEditorPage, prompts: FakePrompts, settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "a file").write_bytes(b"")
    prompts.paths.append(tmp_path / "a file" / "责任书.pdf")
    assert editor.printing.save_pdf() is None
    [error] = prompts.messages("error")
    assert "Cannot write" in error and "责任书.pdf" in error
    assert settings.last_export_dir == ""


def test_printing_a_signed_pledge_on_paper_registers_the_copy(
    editor: PledgeEditorPage, database: Database, chooser: PdfPrinterChooser
) -> None:
    from pledge_app.core.audit import list_entries
    from tests.signing_helpers import signed_pledge

    with database.begin() as session:
        pledge_id = signed_pledge(session).id
    editor.open_pledge(pledge_id)
    editor.printing.print_pledge()
    assert chooser.asked == 1
    with database.begin() as session:
        actions = [entry.action for entry in list_entries(session, pledge_id=pledge_id)]
    assert "printed" in actions


def test_printing_a_draft_on_paper_registers_nothing(
    editor: PledgeEditorPage, database: Database, chooser: PdfPrinterChooser
) -> None:
    from pledge_app.core.audit import list_entries

    editor.printing.print_pledge()
    assert chooser.asked == 1
    with database.begin() as session:
        assert "printed" not in [entry.action for entry in list_entries(session)]
