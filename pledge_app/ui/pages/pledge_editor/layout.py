"""The editor's widgets and where they sit: toolbar, banner, findings, header and the tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from pledge_app.core.enums import EDITABLE_STATUSES, PledgeStatus
from pledge_app.core.views import PledgeContent, PledgeView
from pledge_app.ui.pages.pledge_editor.actions import EditorActions
from pledge_app.ui.pages.pledge_editor.findings import EditorFindings
from pledge_app.ui.undo.undo_keys import UndoKeyFilter
from pledge_app.ui.widgets.editor_banner import EditorBanner
from pledge_app.ui.widgets.findings_panel import FindingsPanel
from pledge_app.ui.widgets.pledge_header_form import PledgeHeaderForm
from pledge_app.ui.widgets.pledge_sections import PledgeSections
from pledge_app.ui.widgets.signing_tab import SigningTab

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate


def document_title(content: PledgeContent, stored: PledgeView | None) -> str:
    """Number and title of the pledge on show (and its version past the first)."""
    name = " ".join(part for part in (content.number, content.title) if part)
    name = name or translate("PledgeEditorPage", "New pledge")
    if stored is not None and stored.revision > 1:
        return translate("PledgeEditorPage", "{pledge} (version {n})").format(
            pledge=name, n=stored.revision
        )
    return name


class EditorLayout:
    """Builds the editor's widgets inside `page` and lays them out; the page does the work.

    The five sections and the Signatures tab share one tab widget (`sections`).
    """

    def __init__(self, page: QWidget, *, undo_stack: QUndoStack, key_filter: UndoKeyFilter) -> None:
        self.actions = EditorActions(page, undo_stack)
        toolbar = self.actions.toolbar(page)
        self.banner = EditorBanner(page)
        self.findings = FindingsPanel(page)
        self.header = PledgeHeaderForm(key_filter=key_filter, parent=page)
        self.sections = PledgeSections(key_filter=key_filter, parent=page)
        self.finding_marks = EditorFindings(
            self.findings, header=self.header, sections=self.sections
        )
        self.signing_tab = SigningTab(self.sections)
        # The page's own context keeps the translation this caption always had.
        self.signatures_tab_index = self.sections.addTab(
            self.signing_tab, translate("PledgeEditorPage", "Signatures")
        )

        # Below the toolbar the form scrolls rather than grow the window: with the banner
        # and a list of findings it is taller than a 1366×768 screen has room for.
        self.scroll_area = QScrollArea(page)
        self.scroll_area.setObjectName("editor_scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        form = QWidget(self.scroll_area)
        form.setObjectName("editor_form")
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(6)
        for widget in (self.banner, self.findings, self.header):
            widget.setParent(form)
            form_layout.addWidget(widget)
        self.sections.setParent(form)
        form_layout.addWidget(self.sections, 1)
        self.scroll_area.setWidget(form)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(toolbar)
        layout.addWidget(self.scroll_area, 1)

    def show_state(
        self,
        status: PledgeStatus,
        *,
        stored: PledgeView | None,
        versions: list[PledgeView],
        newer: PledgeView | None,
        older: PledgeView | None,
        can_sign_pdf: bool,
    ) -> None:
        """Show a pledge with `status` among its `versions`: what may be edited and done."""
        read_only = status not in EDITABLE_STATUSES
        self.header.set_status(status)
        self.header.set_read_only(read_only)
        self.sections.set_read_only(read_only)
        self.actions.enable_for(
            status, amended=newer is not None, versions=len(versions), can_sign_pdf=can_sign_pdf
        )
        self.signing_tab.set_pledge(stored, versions)
        self.banner.show_for(status, newer, older)
