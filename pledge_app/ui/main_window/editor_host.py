"""The pledge editor inside the main window's page stack, and printing pledges from the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QDesktopServices, QUndoStack
from PySide6.QtWidgets import QStackedWidget, QWidget

from pledge_app.settings import Settings
from pledge_app.ui.main_window.pdf_tools import PdfTools
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
    from pledge_app.ui.pages.pledge_editor.printing import EditorPrinting


class EditorHost(QObject):
    """Builds the editor page on first use and puts it in the stack; forwards what it says.

    The editor, printing and operations modules are imported on first use: they pull in
    ReportLab and SQLAlchemy, which start-up can skip.
    """

    #: The clerk closed the editor (after saving or discarding).
    closed = Signal()
    #: The editor wrote the pledge with this id.
    saved = Signal(str)
    #: A short message for the status bar.
    status_message = Signal(str)
    #: The editor's pledge, status or unsaved state changed.
    state_changed = Signal()

    def __init__(
        self,
        stack: QStackedWidget,
        *,
        runner: OperationRunner,
        settings: Settings,
        prompts: UserPrompts,
        pdf_tools: PdfTools,
        window: QWidget,
    ) -> None:
        super().__init__(stack)
        self.setObjectName("editorHost")
        self._stack = stack
        self._runner = runner
        self._settings = settings
        self._prompts = prompts
        self._pdf_tools = pdf_tools
        self._window = window
        #: Built on first use.
        self.editor: PledgeEditorPage | None = None
        #: The print preview of the pledge printed from the list.
        self.printing: EditorPrinting | None = None

    def is_showing(self) -> bool:
        """Whether the editor is the page on show."""
        return self.editor is not None and self._stack.currentWidget() is self.editor

    def window_title(self, database_name: str) -> str | None:
        """The main window's title while the editor shows, with Qt's "[*]" marker where
        unsaved changes are flagged (setWindowModified); None when it does not show."""
        if self.editor is None or not self.is_showing():
            return None
        pledge = self.editor.document_title()
        # Qt adds the application's name after the title itself: it is not repeated here.
        if not database_name:
            return f"{pledge}[*]"
        return self.tr("{pledge} — {name}[*]").format(pledge=pledge, name=database_name)

    def undo_stack(self) -> QUndoStack | None:
        """The undo history of the editor while it shows, else None."""
        return self.editor.undo_stack if self.editor is not None and self.is_showing() else None

    def serve_edit_menu(self, undo: QAction, redo: QAction) -> None:
        """Let the Edit menu's Undo and Redo act on the editor on show (disabled elsewhere)."""

        def update(*_args: object) -> None:
            stack = self.undo_stack()
            undo.setEnabled(stack is not None and stack.canUndo())
            redo.setEnabled(stack is not None and stack.canRedo())

        def step(back: bool) -> None:
            stack = self.undo_stack()
            if stack is not None and back:
                stack.undo()
            elif stack is not None:
                stack.redo()

        undo.triggered.connect(lambda: step(True))
        redo.triggered.connect(lambda: step(False))
        self.state_changed.connect(update)
        self._stack.currentChanged.connect(update)
        update()

    def maybe_close(self) -> bool:
        """False only when the editor is showing and the clerk cancels closing it."""
        return self.editor is None or not self.is_showing() or self.editor.maybe_close()

    def is_dirty(self) -> bool:
        """Whether the editor holds changes not saved yet."""
        return self.editor is not None and self.editor.is_dirty()

    def open(self, pledge_id: str | None) -> bool:
        """Show the pledge (a new one for None) in the editor; False, with the reason shown,
        when it cannot be opened."""
        editor = self._ensure_editor()
        if not editor.open_pledge(pledge_id):
            return False
        self._stack.setCurrentWidget(editor)
        self.state_changed.emit()
        return True

    def discard(self) -> bool:
        """Drop the editor (another database was opened); True if there was one."""
        if self.editor is None:
            return False
        self._stack.removeWidget(self.editor)
        self.editor.deleteLater()
        self.editor = None
        self.state_changed.emit()
        return True

    def print_pledges(self, pledge_ids: list[str]) -> None:
        """Preview (then print or save as PDF) the first chosen pledge.

        Several at once are the main window's batch PDF (BatchPdfWriter), not a preview.
        """
        if not pledge_ids:
            return
        from pledge_app.operations import pledges
        from pledge_app.ui.pages.pledge_editor.printing import (
            EditorPrinting,
            choose_printer_with_dialog,
        )

        first = pledge_ids[0]
        pledge = self._runner.run_now(lambda db: pledges.load_pledge(db, first))
        if pledge is None:
            return
        if self.printing is not None:
            self.printing.deleteLater()
        self.printing = EditorPrinting(
            self._window,
            current_view=lambda: pledge,
            runner=self._runner,
            settings=self._settings,
            choose_printer=choose_printer_with_dialog,
            pdf_tools=self._pdf_tools,
        )
        self.printing.open_url = QDesktopServices.openUrl  # offered after Save as PDF
        self.printing.status_message.connect(self.status_message)
        self.printing.preview()

    def _ensure_editor(self) -> PledgeEditorPage:
        if self.editor is None:
            from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage

            self.editor = PledgeEditorPage(
                self._runner,
                settings=self._settings,
                pdf_tools=self._pdf_tools,
                parent=self._stack,
            )
            self._stack.addWidget(self.editor)
            self.editor.printing.open_url = QDesktopServices.openUrl  # offered after Save as PDF
            self.editor.closed.connect(self.closed)
            self.editor.saved.connect(self.saved)
            self.editor.status_message.connect(self.status_message)
            self.editor.state_changed.connect(self.state_changed)
        return self.editor
