"""The pledge editor: header, the five sections, signatures, undo, autosave, finalise, print.

The page holds the pledge on show and its widgets; the work is done beside it:
`pledge_editor_storage` (load and save), `pledge_editor_autosave`, `pledge_editor_signing`,
`pledge_editor_printing` and `pledge_editor_actions` (actions and toolbar).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pledge_app.core.database import Database
from pledge_app.core.enums import EDITABLE_STATUSES, Party, PledgeStatus
from pledge_app.core.models import new_id
from pledge_app.core.validation import Finding
from pledge_app.core.views import PledgeContent, PledgeView
from pledge_app.settings import Settings
from pledge_app.ui.chosen_file import FileChooser
from pledge_app.ui.main_window.pdf_tools import PdfTools
from pledge_app.ui.pages.pledge_editor.actions import EditorActions
from pledge_app.ui.pages.pledge_editor.autosave import EditorAutosave
from pledge_app.ui.pages.pledge_editor.findings import EditorFindings
from pledge_app.ui.pages.pledge_editor.printing import (
    EditorPrinting,
    PrinterChooser,
    choose_printer_with_dialog,
)
from pledge_app.ui.pages.pledge_editor.signing import EditorSigning
from pledge_app.ui.pages.pledge_editor.storage import EditorStorage, new_blank_content
from pledge_app.ui.prompts import SaveChoice, UserPrompts
from pledge_app.ui.undo.content_command import ContentCommand
from pledge_app.ui.undo.undo_keys import UndoKeyFilter
from pledge_app.ui.widgets.editor_banner import EditorBanner
from pledge_app.ui.widgets.findings_panel import FindingsPanel
from pledge_app.ui.widgets.pledge_header_form import PledgeHeaderForm
from pledge_app.ui.widgets.pledge_sections import PledgeSections
from pledge_app.ui.widgets.signing_tab import SigningTab


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
        database: Database,
        *,
        prompts: UserPrompts,
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
        self._database = database
        self._prompts = prompts
        self._settings = settings
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
            database,
            interval_ms=interval,
            source=self._autosave_source,
            prompts=prompts,
            parent=self,
        )
        self.storage = EditorStorage(self, database=database, prompts=prompts)
        self.pdf_tools = pdf_tools or PdfTools(self, database=lambda: database, prompts=prompts)
        self.printing = EditorPrinting(
            self,
            current_view=self.current_view,
            prompts=prompts,
            settings=settings,
            choose_printer=choose_printer,
            pdf_tools=self.pdf_tools,
        )
        self.signing = EditorSigning(
            self,
            database=database,
            prompts=prompts,
            stored=lambda: self._stored,
            choose_file=choose_file,
            today=today,
        )
        self._build_ui()
        self._connect_signals()
        self._update_state()

    # -- building ----------------------------------------------------------------

    def _build_ui(self) -> None:
        self.editor_actions = EditorActions(self, self.undo_stack)
        actions = self.editor_actions
        self.save_action, self.undo_action = actions.save, actions.undo
        self.redo_action, self.preview_action = actions.redo, actions.preview
        self.print_action, self.pdf_action = actions.print, actions.pdf
        toolbar = self.editor_actions.toolbar(self)
        self.banner = EditorBanner(self)
        self.findings = FindingsPanel(self)
        self.header = PledgeHeaderForm(key_filter=self._key_filter, parent=self)

        self.sections = PledgeSections(key_filter=self._key_filter, parent=self)
        self.finding_marks = EditorFindings(
            self.findings, header=self.header, sections=self.sections
        )
        self.tabs, self.tasks = self.sections, self.sections.tasks
        self.task_model = self.sections.task_model
        self.signing_tab = SigningTab(self.sections)
        self.signatures_tab_index = self.sections.addTab(self.signing_tab, self.tr("Signatures"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.findings)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.header.edited.connect(self._on_content_edited)
        self.sections.edited.connect(self._on_content_edited)
        self.task_model.edit_rejected.connect(self._on_task_edit_rejected)
        self.tasks.view.paste_failed.connect(self._on_task_paste_failed)
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

    def open_pledge(self, pledge_id: str | None) -> None:
        """Show a stored pledge, or a new one for None; offers a newer autosave if there is one."""
        loaded = self.storage.load(pledge_id)
        stored, content = loaded.stored, loaded.content
        snapshot = self.autosave.load(pledge_id) if pledge_id else None
        self.autosave.stop()
        self._pledge_id = pledge_id or new_id()
        self._stored = stored
        self._status = stored.status if stored else PledgeStatus.DRAFT
        self._saved_content = content
        self.signing.load_chain(stored.id if stored else None)
        self.header.set_unit_names(loaded.unit_names)
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

    def recover_autosave(self, pledge_id: str) -> None:
        """Open the autosave of a pledge that was never saved (see list_orphan_autosaves)."""
        snapshot = self.autosave.load(pledge_id)
        if snapshot is None:
            self.open_pledge(None)
            return
        self.autosave.discard(pledge_id)
        self.open_pledge(pledge_id)
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
        if self.is_dirty():
            self.autosave.schedule()
        self._update_state()

    def _autosave_source(self) -> tuple[str, PledgeContent | None] | None:
        if self.is_read_only():
            return None
        return self._pledge_id, (self._shown_content if self.is_dirty() else None)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self._update_state()

    def _on_task_edit_rejected(self, message: str) -> None:
        self._prompts.show_warning(self.tr("Cannot change the task"), message)

    def _on_task_paste_failed(self, message: str) -> None:
        self._prompts.show_error(self.tr("Nothing was pasted"), message)

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

    def _on_storage_findings_found(self, heading: str, findings: list[Finding]) -> None:
        self.finding_marks.show(heading, findings)
        self.status_message.emit(heading)

    def go_to_field(self, field: str) -> None:
        """Show and focus the input a finding's field key names ("title", "tasks.2.deadline")."""
        self.finding_marks.go_to(field)

    # -- state -------------------------------------------------------------------

    def _update_state(self) -> None:
        read_only = self.is_read_only()
        self.header.set_status(self._status)
        self.header.set_read_only(read_only)
        self.sections.set_read_only(read_only)
        newer = self.signing.newer_version()
        self.editor_actions.enable_for(
            self._status,
            amended=newer is not None,
            versions=len(self.signing.chain),
            can_sign_pdf=self.printing.can_sign_digitally(),
        )
        self.signing_tab.set_pledge(self._stored, self.signing.chain)
        self.banner.show_for(self._status, newer, self.signing.older_version())
        self.setWindowTitle(self.document_title())
        self.state_changed.emit()

    def document_title(self) -> str:
        """Number and title of the pledge on show (and its version past the first)."""
        content = self._shown_content
        name = " ".join(part for part in (content.number, content.title) if part)
        name = name or self.tr("New pledge")
        if self._stored is not None and self._stored.revision > 1:
            return self.tr("{pledge} (version {n})").format(pledge=name, n=self._stored.revision)
        return name
