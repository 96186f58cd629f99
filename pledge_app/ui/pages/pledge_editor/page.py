"""The pledge editor: header, the five sections, signatures, undo, autosave, finalise, print.

The page holds the pledge on show and its state; the rest sits beside it in this package:
`layout` (the widgets), `storage` (load and save), `autosave`, `signing`, `printing`
and `actions` (actions and toolbar). Every read and write runs as an operation through
the window's runner, which tells the other pages what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from pledge_app.core.enums import EDITABLE_STATUSES, Party, PledgeStatus
from pledge_app.core.models import new_id
from pledge_app.core.validation import Finding
from pledge_app.core.views import PledgeContent, PledgeView
from pledge_app.settings import Settings
from pledge_app.ui.chosen_file import FileChooser
from pledge_app.ui.main_window.pdf_tools import PdfTools
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.pages.pledge_editor.autosave import EditorAutosave
from pledge_app.ui.pages.pledge_editor.findings import Check
from pledge_app.ui.pages.pledge_editor.layout import EditorLayout, document_title
from pledge_app.ui.pages.pledge_editor.printing import (
    EditorPrinting,
    PrinterChooser,
    choose_printer_with_dialog,
)
from pledge_app.ui.pages.pledge_editor.signing import EditorSigning
from pledge_app.ui.pages.pledge_editor.storage import EditorStorage, new_blank_content
from pledge_app.ui.pages.pledge_editor.task_questions import (
    answer_paragraph_pastes,
    answer_task_table,
)
from pledge_app.ui.prompts import SaveChoice
from pledge_app.ui.undo.content_command import ContentCommand
from pledge_app.ui.undo.undo_keys import UndoKeyFilter


class PledgeEditorPage(QWidget):
    """Edits one pledge at a time inside the main window's stack."""

    #: The clerk closed the editor (after saving or discarding).
    closed = Signal()
    #: The pledge with this id was written to the database.
    saved = Signal(str)
    #: A short message for the status bar.
    status_message = Signal(str)
    #: The pledge on show, its status or its unsaved state changed (see document_title).
    state_changed = Signal()

    def __init__(
        self,
        runner: OperationRunner,
        *,
        settings: Settings,
        autosave_ms: int | None = None,
        choose_printer: PrinterChooser = choose_printer_with_dialog,
        choose_file: FileChooser | None = None,
        pdf_tools: PdfTools | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pledge_editor_page")
        self._prompts = prompts = runner.prompts
        self._settings = settings
        self._today = today
        self._pledge_id = ""
        self._stored: PledgeView | None = None
        self._saved_content = new_blank_content()
        self._shown_content = self._saved_content
        self._status = PledgeStatus.DRAFT
        self._applying = False
        self.undo_stack = QUndoStack(self)
        self._key_filter = UndoKeyFilter(self)
        interval = autosave_ms if autosave_ms is not None else settings.autosave_seconds * 1000
        self.autosave = EditorAutosave(
            runner, interval_ms=interval, source=self._autosave_source, parent=self
        )
        self.storage = EditorStorage(self, runner=runner)
        self.pdf_tools = pdf_tools or PdfTools(self, runner=runner, prompts=prompts)
        self.printing = EditorPrinting(
            self,
            current_view=self.current_view,
            runner=runner,
            settings=settings,
            choose_printer=choose_printer,
            pdf_tools=self.pdf_tools,
        )
        self.signing = EditorSigning(
            self,
            runner=runner,
            stored=lambda: self._stored,
            unsaved=lambda: self.current_view() if self.is_dirty() else None,
            choose_file=choose_file,
            today=today,
        )
        self._build_ui()
        self._connect_signals()
        self._update_state()

    # -- building ----------------------------------------------------------------

    def _build_ui(self) -> None:
        self.parts = parts = EditorLayout(
            self, undo_stack=self.undo_stack, key_filter=self._key_filter
        )
        self.editor_actions = actions = parts.actions
        self.save_action, self.undo_action = actions.save, actions.undo
        self.redo_action, self.preview_action = actions.redo, actions.preview
        self.print_action, self.pdf_action = actions.print, actions.pdf
        self.banner, self.findings, self.header = parts.banner, parts.findings, parts.header
        self.sections = self.tabs = parts.sections
        self.tasks, self.task_model = parts.sections.tasks, parts.sections.task_model
        self.finding_marks, self.signing_tab = parts.finding_marks, parts.signing_tab
        self.signatures_tab_index = parts.signatures_tab_index

    def _connect_signals(self) -> None:
        self.header.edited.connect(self._on_content_edited)
        self.sections.edited.connect(self._on_content_edited)
        answer_task_table(
            self.tasks.view,
            self.task_model,
            prompts=self._prompts,
            pledge_year=lambda: self.current_content().year,
        )
        answer_paragraph_pastes(self.sections, prompts=self._prompts)
        self.findings.finding_activated.connect(self.go_to_field)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.autosave.status_message.connect(self.status_message)
        self.editor_actions.save.triggered.connect(self.save)
        self.editor_actions.finalise.triggered.connect(self.finalise)
        self.editor_actions.reopen.triggered.connect(self.reopen)
        self.editor_actions.preview.triggered.connect(self.printing.preview)
        self.editor_actions.print.triggered.connect(self.printing.print_pledge)
        self.editor_actions.pdf.triggered.connect(self.printing.save_pdf)
        self.editor_actions.close.triggered.connect(self._on_close_action_triggered)
        self.editor_actions.signed_pdf.triggered.connect(self.printing.sign_pdf)
        self.editor_actions.amend.triggered.connect(self.signing.amend)
        self.editor_actions.compare.triggered.connect(self._on_compare_action_triggered)
        self.storage.changed.connect(self._on_pledge_changed)
        self.storage.findings_found.connect(self._on_storage_findings_found)
        self.storage.status_message.connect(self.status_message)
        self.printing.status_message.connect(self.status_message)
        self.pdf_tools.status_message.connect(self.status_message)
        self.signing.status_message.connect(self.status_message)
        self.signing.changed.connect(self._on_pledge_changed)
        self.signing.open_requested.connect(self._on_signing_open_requested)
        self.signing.answer_tab(self.signing_tab)
        self.banner.button_clicked.connect(self.signing.follow_banner)

    # -- what the editor holds ---------------------------------------------------

    @property
    def pledge_id(self) -> str:
        """The pledge being edited (pre-generated for a pledge not yet saved)."""
        return self._pledge_id

    @property
    def status(self) -> PledgeStatus:
        """The status of the pledge being edited."""
        return self._status

    def current_content(self) -> PledgeContent:
        """What the widgets show now."""
        return self.sections.apply_to(self.header.apply_to(self._shown_content))

    def current_view(self) -> PledgeView:
        """The pledge as it would print now, unsaved changes included (signatures too)."""
        stored = self._stored
        if stored is not None and self.is_read_only():
            return stored
        return PledgeView(
            id=self._pledge_id,
            status=self._status,
            content=self._shown_content,
            revision=stored.revision if stored else 1,
            version=stored.version if stored else 1,
            content_hash=stored.content_hash if stored else None,
        )

    def is_dirty(self) -> bool:
        """Whether there are changes not saved to the database."""
        return self._shown_content != self._saved_content

    def is_read_only(self) -> bool:
        """Whether the pledge's status forbids editing."""
        return self._status not in EDITABLE_STATUSES

    # -- opening and closing -------------------------------------------------------

    def open_pledge(self, pledge_id: str | None, *, stored_only: bool = True) -> bool:
        """Show a stored pledge, or a new one for None; offers a newer autosave if there is one.
        False, with the reason shown, when it cannot be read (or, `stored_only`, is gone)."""
        must_exist = pledge_id is not None and stored_only
        opened = self.storage.load(
            pledge_id or new_id(), year=self._today().year, must_exist=must_exist
        )
        if opened is None:
            return False
        stored, content, snapshot = opened.stored, opened.content, opened.autosave
        self.autosave.stop()
        self._pledge_id = opened.pledge_id
        self._stored = stored
        self._status = stored.status if stored else PledgeStatus.DRAFT
        self._saved_content = content
        self.signing.show_chain(opened.versions)
        self.header.set_unit_names(list(opened.unit_names))
        self._apply_content(content)
        self.undo_stack.clear()
        self.finding_marks.clear()
        signed = stored is not None and stored.status is not PledgeStatus.DRAFT
        self.tabs.setCurrentIndex(self.signatures_tab_index if signed else 0)
        self._update_state()
        if snapshot is not None:
            self.autosave.offer_restore(
                snapshot,
                stored=stored,
                content=content,
                editable=not self.is_read_only(),
                restore=self.restore_content,
            )
        return True

    def recover_autosave(self, pledge_id: str) -> None:
        """Open the autosave of a pledge that was never saved (see list_orphan_autosaves)."""
        snapshot = self.autosave.recover(pledge_id)
        if snapshot is None:
            self.open_pledge(None)
        elif self.open_pledge(pledge_id, stored_only=False):  # it was never saved
            self.restore_content(snapshot.content)

    def restore_content(self, content: PledgeContent) -> None:
        """Show `content` as an undoable change, e.g. an autosave the clerk restores."""
        before = self._shown_content
        self._apply_content(content)
        self.undo_stack.push(
            ContentCommand(
                self._apply_content, before, content, merge_key="", text=self.tr("Restore")
            )
        )
        self._after_change()

    def maybe_close(self) -> bool:
        """Ask to save unsaved changes; False when the clerk cancels."""
        if self.is_dirty() and not self.is_read_only():
            choice = self._prompts.ask_save_changes(
                self._shown_content.title or self.tr("new pledge")
            )
            if choice is SaveChoice.CANCEL:
                return False
            if choice is SaveChoice.SAVE and not self.save():
                return False
            if choice is SaveChoice.DISCARD:
                self.autosave.discard(self._pledge_id)
                self._apply_content(self._saved_content)
                self.undo_stack.clear()
                # Replaces "Draft kept automatically.": nothing unsaved is kept any more.
                self.status_message.emit(self.tr("Unsaved changes discarded."))
        self.autosave.stop()
        return True

    def _on_close_action_triggered(self) -> None:
        if self.maybe_close():
            self.closed.emit()

    # -- editing and undo --------------------------------------------------------

    def _on_content_edited(self, merge_key: str) -> None:
        if self._applying:
            return
        content = self.current_content()
        if content == self._shown_content:
            return
        before, self._shown_content = self._shown_content, content
        self.undo_stack.push(
            ContentCommand(
                self._apply_content, before, content, merge_key=merge_key, text=self.tr("Edit")
            )
        )
        self._after_change()

    def _apply_content(self, content: PledgeContent) -> None:
        self._applying = True
        try:
            self.header.show_content(content)
            self.sections.show_content(content)
        finally:
            self._applying = False
        self._shown_content = content
        self._after_change()

    def _after_change(self) -> None:
        self.finding_marks.recheck(self._shown_content)
        if self.is_dirty():
            self.autosave.schedule()
        self._update_state()

    def _autosave_source(self) -> tuple[str, PledgeContent | None] | None:
        if self.is_read_only():
            return None
        return self._pledge_id, (self._shown_content if self.is_dirty() else None)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self._update_state()

    # -- save, finalise, reopen -----------------------------------------------

    def save(self) -> bool:
        """Write the content to the database; False (with the reason shown) when it cannot."""
        if self.is_read_only():
            return False
        if self.storage.save(self._pledge_id, self._shown_content, self._stored) is None:
            return False
        self.autosave.stop()
        self.undo_stack.setClean()
        self.finding_marks.clear()
        return True

    def finalise(self) -> bool:
        """Save, validate completely and freeze the pledge as ready to sign."""
        if self.is_read_only() or not self.storage.is_final(self._shown_content):
            return False
        question = self.tr(
            "Finalise “{title}”? Its content is frozen for signing; to change it afterwards "
            "it has to be reopened, and signatures already given then lapse."
        ).format(title=self._shown_content.title)
        if not self._prompts.confirm(self.tr("Finalise"), question):
            return False
        if (self.is_dirty() or self._stored is None) and not self.save():
            return False
        assert self._stored is not None
        if self.storage.finalise(self._stored) is None:
            return False
        self.undo_stack.clear()
        self.tabs.setCurrentIndex(self.signatures_tab_index)
        return True

    def reopen(self) -> bool:
        """Return a pledge that is ready to sign to draft."""
        if self._stored is None or self._status is not PledgeStatus.READY_TO_SIGN:
            return False
        return self.storage.reopen(self._stored) is not None

    # -- signing -------------------------------------------------------------------

    def sign(self, party: Party) -> None:
        """Open the signing dialog for `party` (what its Sign… button does)."""
        self.signing.sign(party)

    def _on_pledge_changed(self, view: PledgeView) -> None:
        # The Versions list and the comparison show this version as it is now.
        self.signing.update_chain(view)
        self._accept_stored(view)
        self.saved.emit(view.id)

    def _on_signing_open_requested(self, pledge_id: str) -> None:
        if pledge_id == self._pledge_id or not self.maybe_close():
            return
        self.open_pledge(pledge_id)
        self.saved.emit(pledge_id)

    def _on_compare_action_triggered(self) -> None:
        self.signing.compare()

    def _accept_stored(self, view: PledgeView) -> None:
        self._stored = view
        self._status = view.status
        self._saved_content = view.content
        # Saving trims whitespace; show the stored form so the editor is not left dirty.
        if view.content != self._shown_content:
            self._apply_content(view.content)
        self._update_state()

    # -- findings ------------------------------------------------------------------

    def _on_storage_findings_found(
        self, heading: str, findings: list[Finding], check: Check | None = None
    ) -> None:
        self.finding_marks.show(heading, findings, check=check)
        self.status_message.emit(
            self.tr("%n item(s) to complete first, listed above the form.", "", len(findings))
        )

    def go_to_field(self, field: str) -> None:
        """Show and focus the input a finding's field key names ("title", "tasks.2.deadline")."""
        self.finding_marks.go_to(field)

    # -- state -------------------------------------------------------------------

    def _update_state(self) -> None:
        self.parts.show_state(
            self._status,
            stored=self._stored,
            versions=self.signing.chain,
            newer=self.signing.newer_version(),
            older=self.signing.older_version(),
            can_sign_pdf=self.printing.can_sign_digitally(),
        )
        self.setWindowTitle(self.document_title())
        self.state_changed.emit()

    def document_title(self) -> str:
        """Number and title of the pledge on show (and its version past the first)."""
        return document_title(self._shown_content, self._stored)
