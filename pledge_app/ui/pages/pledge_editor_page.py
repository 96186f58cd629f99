"""The pledge editor: header, the five sections, signatures, undo, autosave, finalise, print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pledge_app.core.autosave import discard_autosave
from pledge_app.core.database import Database
from pledge_app.core.editing import new_pledge_content
from pledge_app.core.enums import EDITABLE_STATUSES, Party, PledgeStatus
from pledge_app.core.errors import ConcurrentEdit, PledgeError
from pledge_app.core.models import new_id
from pledge_app.core.pledges import (
    create_pledge,
    finalise_pledge,
    get_pledge,
    pledge_exists,
    reopen_pledge,
    save_pledge,
)
from pledge_app.core.units import list_unit_names
from pledge_app.core.validation import Finding, check_draft, check_final
from pledge_app.core.views import PartyView, PledgeContent, PledgeView
from pledge_app.settings import Settings
from pledge_app.ui.dialogs.signing_dialog import FileChooser
from pledge_app.ui.pages.pledge_editor_actions import EditorActions
from pledge_app.ui.pages.pledge_editor_autosave import EditorAutosave
from pledge_app.ui.pages.pledge_editor_printing import (
    EditorPrinting,
    PrinterChooser,
    choose_printer_with_dialog,
)
from pledge_app.ui.pages.pledge_editor_signing import EditorSigning
from pledge_app.ui.pdf_tools import PdfTools
from pledge_app.ui.prompts import SaveChoice, UserPrompts
from pledge_app.ui.undo.content_command import ContentCommand
from pledge_app.ui.undo.undo_keys import UndoKeyFilter
from pledge_app.ui.widgets.editor_banner import EditorBanner
from pledge_app.ui.widgets.findings_panel import FindingPlaces, FindingsPanel
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
            database, interval_ms=interval, source=self._autosave_source, parent=self
        )
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
        self.printing.status_message.connect(self.status_message)
        self.pdf_tools.status_message.connect(self.status_message)
        self.signing.status_message.connect(self.status_message)
        self.signing.changed.connect(self._on_signing_changed)
        self.signing.open_requested.connect(self._on_signing_open_requested)
        self.signing_tab.sign_requested.connect(self.signing.sign)
        self.signing_tab.order_chosen.connect(self.signing.set_order)
        self.signing_tab.amend_requested.connect(self.signing.amend)
        self.signing_tab.compare_requested.connect(self._on_compare_action_triggered)
        self.signing_tab.open_version_requested.connect(self._on_signing_open_requested)
        self.banner.button_clicked.connect(self._on_banner_button_clicked)

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
        stored: PledgeView | None = None
        with self._database.begin() as session:
            units = list_unit_names(session)
            if pledge_id is not None and pledge_exists(session, pledge_id):
                stored = get_pledge(session, pledge_id)
                content = stored.content
            else:
                content = new_pledge_content(session, year=date.today().year)
        snapshot = self.autosave.load(pledge_id) if pledge_id else None
        self.autosave.stop()
        self._pledge_id = pledge_id or new_id()
        self._stored = stored
        self._status = stored.status if stored else PledgeStatus.DRAFT
        self._saved_content = content
        self.signing.load_chain(stored.id if stored else None)
        self.header.set_unit_names(units)
        self._apply_content(content)
        self.undo_stack.clear()
        self.findings.clear()
        self._mark_findings([])
        signed = stored is not None and stored.status is not PledgeStatus.DRAFT
        self.tabs.setCurrentIndex(self.signatures_tab_index if signed else 0)
        self._update_state()
        if snapshot is not None:
            newer = (
                stored is None
                or stored.updated_at is None
                or (snapshot.saved_at > stored.updated_at)
            )
            if newer and snapshot.content != content and not self.is_read_only():
                self._offer_restore(snapshot.content, snapshot.saved_at.astimezone())
            elif not newer or snapshot.content == content:
                self.autosave.discard(self._pledge_id)

    def _offer_restore(self, content: PledgeContent, saved_at: object) -> None:
        title = content.title or self.tr("new pledge")
        question = self.tr(
            "Changes to “{title}” that were not saved (kept automatically at {time}) "
            "were found. Restore them?"
        ).format(title=title, time=f"{saved_at:%Y-%m-%d %H:%M}")
        if self._prompts.confirm(self.tr("Restore unsaved changes"), question):
            self.restore_content(content)
            self.status_message.emit(self.tr("Unsaved changes restored."))
        else:
            self.autosave.discard(self._pledge_id)

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
        content = self._shown_content
        findings = check_draft(content)
        if findings:
            self._show_findings(self.tr("The pledge cannot be saved yet:"), findings)
            return False
        try:
            with self._database.begin() as session:
                if self._stored is None:
                    view = create_pledge(session, content, pledge_id=self._pledge_id)
                else:
                    view = save_pledge(
                        session, self._pledge_id, content, expected_version=self._stored.version
                    )
                discard_autosave(session, self._pledge_id)
        except ConcurrentEdit as error:
            self._prompts.show_error(self.tr("Not saved"), str(error))
            return False
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Not saved"))
            return False
        self.autosave.stop()
        self._accept_stored(view)
        self.undo_stack.setClean()
        self.findings.clear()
        self._mark_findings([])
        self.saved.emit(view.id)
        self.status_message.emit(self.tr("Saved “{title}”.").format(title=view.content.title))
        return True

    def finalise(self) -> bool:
        """Save, validate completely and freeze the pledge as ready to sign."""
        if self.is_read_only():
            return False
        findings = check_final(self._shown_content)
        if findings:
            self._show_findings(self.tr("Complete these before finalising:"), findings)
            return False
        if (self.is_dirty() or self._stored is None) and not self.save():
            return False
        assert self._stored is not None
        try:
            with self._database.begin() as session:
                view = finalise_pledge(
                    session, self._pledge_id, expected_version=self._stored.version
                )
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Not finalised"))
            return False
        self._accept_stored(view)
        self.undo_stack.clear()
        self.tabs.setCurrentIndex(self.signatures_tab_index)
        self.saved.emit(view.id)
        self.status_message.emit(self.tr("Finalised: ready to sign."))
        return True

    def reopen(self) -> bool:
        """Return a pledge that is ready to sign to draft."""
        if self._stored is None or self._status is not PledgeStatus.READY_TO_SIGN:
            return False
        try:
            with self._database.begin() as session:
                view = reopen_pledge(
                    session, self._pledge_id, expected_version=self._stored.version
                )
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Not reopened"))
            return False
        self._accept_stored(view)
        self.saved.emit(view.id)
        self.status_message.emit(self.tr("Reopened as a draft."))
        return True

    # -- signing -------------------------------------------------------------------

    def sign(self, party: Party) -> None:
        """Open the signing dialog for `party` (what its Sign… button does)."""
        self.signing.sign(party)

    def _on_signing_changed(self, view: PledgeView) -> None:
        self._accept_stored(view)
        self.saved.emit(view.id)

    def _on_signing_open_requested(self, pledge_id: str) -> None:
        if pledge_id == self._pledge_id or not self.maybe_close():
            return
        self.open_pledge(pledge_id)
        self.saved.emit(pledge_id)

    def _on_compare_action_triggered(self) -> None:
        self.signing.compare()

    def _on_banner_button_clicked(self) -> None:
        newer = self.signing.newer_version()
        if newer is not None:
            self._on_signing_open_requested(newer.id)
        elif self._status is PledgeStatus.SIGNED:
            self.signing.amend()

    def _accept_stored(self, view: PledgeView) -> None:
        self._stored = view
        self._status = view.status
        self._saved_content = view.content
        # Saving trims whitespace; show the stored form so the editor is not left dirty.
        if view.content != self._shown_content:
            self._apply_content(view.content)
        self._update_state()

    # -- findings ------------------------------------------------------------------

    def _show_findings(self, heading: str, findings: list[Finding]) -> None:
        self.findings.show_findings(heading, findings)
        self._mark_findings(findings)
        self.status_message.emit(heading)

    def _mark_findings(self, findings: list[Finding]) -> None:
        places = FindingPlaces.of(findings, sections=tuple(self.sections.paragraphs))
        self.header.mark_invalid(places.header)
        self.sections.mark(places)

    def go_to_field(self, field: str) -> None:
        """Show and focus the input a finding's field key names ("title", "tasks.2.deadline")."""
        if self.sections.go_to(field):
            return
        widget = self.header.field_widget(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- state -------------------------------------------------------------------

    def _update_state(self) -> None:
        read_only = self.is_read_only()
        self.header.set_status(self._status)
        self.header.set_read_only(read_only)
        self.sections.set_read_only(read_only)
        self.editor_actions.save.setEnabled(not read_only)
        self.editor_actions.finalise.setEnabled(not read_only)
        self.editor_actions.reopen.setEnabled(self._status is PledgeStatus.READY_TO_SIGN)
        self.editor_actions.amend.setEnabled(
            self._status is PledgeStatus.SIGNED and self.signing.newer_version() is None
        )
        self.editor_actions.compare.setEnabled(len(self.signing.chain) > 1)
        self.editor_actions.signed_pdf.setEnabled(self.printing.can_sign_digitally())
        self.signing_tab.set_pledge(self._stored, self.signing.chain)
        self._show_banner()
        marker = " *" if self.is_dirty() else ""
        if self._stored is not None and self._stored.revision > 1:
            marker = self.tr(" (version {n})").format(n=self._stored.revision) + marker
        self.setWindowTitle((self._shown_content.title or self.tr("New pledge")) + marker)

    def _show_banner(self) -> None:
        status = self._status
        if status is PledgeStatus.READY_TO_SIGN:
            self.banner.show_message(self.tr("Ready to sign — reopen to edit."))
        elif status is PledgeStatus.SIGNED and self.signing.newer_version() is not None:
            newer = self.signing.newer_version()
            assert newer is not None
            self.banner.show_message(
                self.tr("Signed — version {n} is being prepared as its amendment.").format(
                    n=newer.revision
                ),
                kind="signed",
                button=self.tr("Open version {n}").format(n=newer.revision),
            )
        elif status is PledgeStatus.SIGNED:
            self.banner.show_message(
                self.tr("Signed — amend to change."), kind="signed", button=self.tr("Amend…")
            )
        elif status is PledgeStatus.SUPERSEDED:
            newer = self.signing.newer_version()
            text = (
                self.tr("Superseded by version {n}; this version is read only.").format(
                    n=newer.revision
                )
                if newer is not None
                else self.tr("Superseded by a newer version; read only.")
            )
            button = (
                self.tr("Open version {n}").format(n=newer.revision) if newer is not None else ""
            )
            self.banner.show_message(text, kind="superseded", button=button)
        else:
            self.banner.hide()


def new_blank_content() -> PledgeContent:
    """An empty pledge for the editor before anything is opened."""
    return PledgeContent(
        number="", title="", year=date.today().year, issuer=PartyView(""), responsible=PartyView("")
    )
