"""The main window: navigation on the left, the chosen page on the right, menus and toolbar.

It wires the parts together; the parts live beside it: `navigation` (pages and the list
that picks one), `actions` (actions, menus, toolbar), `editor_host` (the editor in the
stack), `app_commands` (open, back up, restore, settings, about), `integrity_watch`,
`pdf_tools`, `batch_pdf`, `exchange_actions` and `sample_data`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from pledge_app.operations.changes import Changes
from pledge_app.settings import Settings
from pledge_app.ui.main_window.actions import MainWindowActions
from pledge_app.ui.main_window.app_commands import ApplicationCommands, DatabaseOpener
from pledge_app.ui.main_window.batch_pdf import BatchPdfWriter
from pledge_app.ui.main_window.editor_host import EditorHost
from pledge_app.ui.main_window.exchange_actions import PledgeExchange
from pledge_app.ui.main_window.integrity_watch import IntegrityWatch
from pledge_app.ui.main_window.navigation import NavigationList, Page
from pledge_app.ui.main_window.page_stack import build_pages
from pledge_app.ui.main_window.pdf_tools import PdfTools
from pledge_app.ui.main_window.sample_data import SampleDataLoader
from pledge_app.ui.main_window.status_line import StatusLine
from pledge_app.ui.main_window.tracking_wiring import TrackingWiring
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.workspace import Workspace

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.ui.pages.pledge_editor.page import PledgeEditorPage
    from pledge_app.ui.pages.pledge_editor.printing import EditorPrinting

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Wires the pages together; everything it uses is handed in by app.py.

    The window can be shown before its database is open (`set_database` comes later),
    so it paints without waiting for SQLAlchemy and the schema check.
    """

    def __init__(
        self,
        *,
        settings: Settings,
        prompts: UserPrompts,
        workspace: Workspace,
        open_database: DatabaseOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.runner = OperationRunner(workspace=workspace, prompts=prompts, parent=self)
        self._settings = settings
        self._prompts = prompts
        self.pdf_tools = PdfTools(self, runner=self.runner, prompts=prompts)
        self.sample_data = SampleDataLoader(self, runner=self.runner, prompts=prompts)
        self.exchange = PledgeExchange(self, runner=self.runner, prompts=prompts)
        self.batch_pdf = BatchPdfWriter(self, runner=self.runner)
        self.commands = ApplicationCommands(
            self,
            runner=self.runner,
            settings=settings,
            prompts=prompts,
            open_database=open_database,
            close_editor=self._close_editor,
        )
        self._build_pages()
        self._build_actions()
        self._build_status_bar()
        self._connect_signals()
        self._show_database("")
        self._restore_state()
        self._update_delete_action()

    # -- construction ----------------------------------------------------

    def _build_pages(self) -> None:
        self.navigation = NavigationList(self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        built = build_pages(
            self.stack,
            self.navigation,
            workspace=self.workspace,
            runner=self.runner,
            settings=self._settings,
            prompts=self._prompts,
        )
        self.pledge_list = built.pledge_list
        self.units_page = built.units_page
        self.audit_page = built.audit_page
        self.tasks_page = built.tasks_page
        self.dashboard_page = built.dashboard_page
        self.editor_host = EditorHost(
            self.stack,
            runner=self.runner,
            settings=self._settings,
            prompts=self._prompts,
            pdf_tools=self.pdf_tools,
            window=self,
        )

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.navigation.minimumWidth(), 100_000])  # the page gets the room
        self.setCentralWidget(splitter)

    def _build_actions(self) -> None:
        self.main_actions = actions = MainWindowActions(self)
        actions.build_menus()
        actions.build_toolbar()
        # The window's own names for them, which app.py and the tests use.
        self.new_action = actions.new_action
        self.open_pledge_action = actions.open_pledge_action
        self.print_action = actions.print_action
        self.open_database_action = actions.open_database_action
        self.backup_action = actions.backup_action
        self.restore_action = actions.restore_action
        self.load_demo_action = actions.load_demo_action
        self.import_action = actions.import_action
        self.export_action = actions.export_action
        self.settings_action = actions.settings_action
        self.quit_action = actions.quit_action
        self.find_action = actions.find_action
        self.delete_action = actions.delete_action
        self.refresh_action = actions.refresh_action
        self.about_action = actions.about_action
        self.about_qt_action = actions.about_qt_action
        self.verify_pdf_action = actions.verify_pdf_action
        self.create_certificate_action = actions.create_certificate_action
        self.check_integrity_action = actions.check_integrity_action

    def _build_status_bar(self) -> None:
        self.integrity = IntegrityWatch(
            self,
            runner=self.runner,
            prompts=self._prompts,
            pledge_model=self.pledge_list.model,
        )
        self.status_line = StatusLine(self, badge=self.integrity.badge)
        # The window's own names for them, which the tests use.
        self.integrity_badge = self.integrity.badge
        self.database_label = self.status_line.database_label

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.new_action.triggered.connect(self.new_pledge)
        self.open_pledge_action.triggered.connect(self.pledge_list.open_current)
        self.print_action.triggered.connect(self.pledge_list.print_selected)
        self.open_database_action.triggered.connect(self.commands.open_database)
        self.backup_action.triggered.connect(self.commands.backups.back_up)
        self.restore_action.triggered.connect(self.commands.backups.restore)
        self.commands.database_opened.connect(self._on_commands_database_opened)
        self.commands.status_message.connect(self._show_status)
        self.settings_action.triggered.connect(self.commands.edit_settings)
        self.load_demo_action.triggered.connect(self.sample_data.load)
        self.sample_data.busy_changed.connect(self._on_sample_data_busy_changed)
        self.sample_data.status_message.connect(self._show_status)
        self.import_action.triggered.connect(self.exchange.import_file)
        self.export_action.triggered.connect(self.exchange.export_all)
        self.exchange.busy_changed.connect(self._on_exchange_busy_changed)
        self.exchange.status_message.connect(self._show_status)
        self.batch_pdf.status_message.connect(self._show_status)
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self._on_find_triggered)
        self.delete_action.triggered.connect(self.pledge_list.delete_selected)
        self.refresh_action.triggered.connect(self.refresh)
        self.about_action.triggered.connect(self.commands.show_about)
        self.about_qt_action.triggered.connect(self.commands.show_about_qt)
        self.main_actions.user_guide_action.triggered.connect(self.commands.show_user_guide)
        self.main_actions.open_logs_action.triggered.connect(self.commands.open_log_folder)
        self.verify_pdf_action.triggered.connect(self.pdf_tools.verify_pdf)
        self.create_certificate_action.triggered.connect(self.pdf_tools.create_certificate)
        self.check_integrity_action.triggered.connect(self._on_check_integrity_triggered)
        self.integrity.status_message.connect(self._show_status)
        self.pdf_tools.status_message.connect(self._show_status)
        self.pledge_list.open_requested.connect(self.open_pledge)
        self.pledge_list.new_requested.connect(self.new_pledge)
        self.pledge_list.print_requested.connect(self.print_pledges)
        self.pledge_list.save_pdfs_requested.connect(self.batch_pdf.save_pdfs)
        self.pledge_list.status_message.connect(self._show_status)
        self.tasks_page.status_message.connect(self._show_status)
        self.tracking = TrackingWiring(
            self, first_start=not self._settings.qsettings.contains("main_window/page")
        )
        self.pledge_list.delete_state_changed.connect(self._update_delete_action)
        self.audit_page.open_requested.connect(self.open_pledge)
        self.stack.currentChanged.connect(self._update_delete_action)
        self.editor_host.closed.connect(self._on_editor_closed)
        self.editor_host.saved.connect(self._on_editor_saved)
        self.editor_host.status_message.connect(self._show_status)
        self.editor_host.state_changed.connect(self._update_title)
        self.editor_host.serve_edit_menu(
            self.main_actions.undo_action, self.main_actions.redo_action
        )
        self.stack.currentChanged.connect(self._update_title)
        self.navigation.itemClicked.connect(self._on_navigation_item_clicked)

    def _restore_state(self) -> None:
        geometry = self._settings.window_geometry
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self._settings.window_state
        if state:
            self.restoreState(state)
        page = self._settings.current_page
        self.navigation.setCurrentRow(page if 0 <= page < len(Page) else Page.PLEDGES)

    # -- public ----------------------------------------------------------

    @property
    def editor(self) -> PledgeEditorPage | None:
        """The editor page (PledgeEditorPage), or None before the first pledge is opened."""
        return self.editor_host.editor

    @property
    def printing(self) -> EditorPrinting | None:
        """The print preview (EditorPrinting) of the pledge last printed from the list."""
        return self.editor_host.printing

    def current_page(self) -> QWidget | None:
        """The page on show."""
        return self.stack.currentWidget()

    def show_page(self, page: Page) -> bool:
        """Switch to a navigation page; False if the editor refused to close."""
        if not self._close_editor():
            self._select_navigation(Page.PLEDGES)
            return False
        self._select_navigation(page)
        self.stack.setCurrentIndex(page)
        return True

    @property
    def database(self) -> Database | None:
        """The open database (the workspace's), or None while it opens."""
        return self.workspace.database

    def set_database(self, database: Database, label: str) -> None:
        """Show `database` (named `label` to the user); a previous one is closed."""
        self.workspace.open(database, label)
        if self.editor_host.discard():
            self._select_navigation(Page.PLEDGES)
            self.stack.setCurrentWidget(self.pledge_list)
        self._show_database(label)
        self.integrity.reset()
        self.check_integrity(announce=False)
        from pledge_app.ui.main_window.autosave_recovery import offer_orphan_autosaves

        offer_orphan_autosaves(self, runner=self.runner, prompts=self._prompts)

    def check_integrity(self, *, announce: bool = True) -> None:
        """Run the integrity check off the GUI thread (see IntegrityWatch)."""
        self.integrity.check(announce=announce)

    @Slot()
    def show_integrity_findings(self) -> None:
        """Show what the last integrity check found."""
        self.integrity.show_findings()

    @Slot()
    def refresh(self) -> None:
        """Have every page read the database again (it may have changed behind our back)."""
        self.workspace.publish(Changes.of_everything())

    @Slot()
    def new_pledge(self) -> None:
        """Open the editor on a new, empty pledge."""
        self._edit(None)

    @Slot(str)
    def open_pledge(self, pledge_id: str) -> None:
        """Open that pledge in the editor."""
        self._edit(pledge_id)

    @Slot(list)
    def print_pledges(self, pledge_ids: list[str]) -> None:
        """Preview (then print or save as PDF) one pledge; several are saved as PDFs."""
        if self.database is None or not pledge_ids:
            return
        if len(pledge_ids) > 1:
            self.batch_pdf.save_pdfs(pledge_ids)
        else:
            self.editor_host.print_pledges(pledge_ids)

    # -- editor ----------------------------------------------------------

    def _edit(self, pledge_id: str | None) -> None:
        if not self._close_editor() or self.database is None:
            return
        if not self.editor_host.open(pledge_id):
            if pledge_id is not None:
                # Gone or changed behind the list's back: the pages showing it read again.
                self.workspace.publish(Changes.of_pledges([pledge_id], audit=False))
            return
        self._select_navigation(Page.PLEDGES)

    @Slot()
    def _on_editor_closed(self) -> None:
        self.stack.setCurrentWidget(self.pledge_list)

    @Slot(str)
    def _on_editor_saved(self, pledge_id: str) -> None:
        # The save was published to the workspace, so the list holds the pledge already.
        self.pledge_list.select_pledge(pledge_id)

    # -- slots -----------------------------------------------------------

    @Slot(int)
    def _on_navigation_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(Page) and self.stack.currentIndex() != row:
            self.show_page(Page(row))

    @Slot(QListWidgetItem)
    def _on_navigation_item_clicked(self, item: QListWidgetItem) -> None:
        # A click on the row already current (Pledges while the editor is open) changes no
        # row, so currentRowChanged never comes: leave the editor from here. A click that
        # changed the row was handled there (and, if the clerk cancelled, is not current).
        row = self.navigation.row(item)
        if row == self.navigation.currentRow() and self.stack.currentIndex() != row:
            self.show_page(Page(row))

    @Slot(bool)
    def _on_sample_data_busy_changed(self, busy: bool) -> None:
        self.load_demo_action.setEnabled(not busy)

    @Slot(bool)
    def _on_exchange_busy_changed(self, busy: bool) -> None:
        self.import_action.setEnabled(not busy)
        self.export_action.setEnabled(not busy)

    @Slot()
    def _on_check_integrity_triggered(self) -> None:
        self.check_integrity(announce=True)

    @Slot()
    def _on_find_triggered(self) -> None:
        if self.show_page(Page.PLEDGES):
            self.pledge_list.focus_search()

    @Slot(object, str)
    def _on_commands_database_opened(self, database: Database, label: str) -> None:
        self.show_page(Page.PLEDGES)
        self.set_database(database, label)

    @Slot(str)
    def _show_status(self, message: str) -> None:
        self.status_line.show_message(message)

    # -- helpers ---------------------------------------------------------

    def _select_navigation(self, page: Page) -> None:
        self.navigation.select_quietly(page)

    def _close_editor(self) -> bool:
        return self.editor_host.maybe_close()

    def _show_database(self, label: str) -> None:
        self.status_line.show_database(label)
        self._update_title()

    @Slot()
    def _update_delete_action(self, *_args: object) -> None:
        # Edit → Delete draft acts on the list: only there, and only on drafts.
        on_list = self.stack.currentWidget() is self.pledge_list
        self.delete_action.setEnabled(on_list and self.pledge_list.can_delete())
        self.delete_action.setToolTip(self.pledge_list.delete_button.toolTip())

    @Slot()
    def _update_title(self) -> None:
        name = self.status_line.database_name
        editing = self.editor_host.window_title(name)
        self.setWindowModified(editing is not None and self.editor_host.is_dirty())
        # Qt adds the application's name (its display name) after each title.
        if editing is not None:
            self.setWindowTitle(editing)
        else:
            self.setWindowTitle(name)

    # -- events ----------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_editor():
            event.ignore()
            return
        self._settings.window_geometry = bytes(self.saveGeometry().data())
        self._settings.window_state = bytes(self.saveState().data())
        page = self.navigation.currentRow()
        self._settings.current_page = page if page >= 0 else Page.PLEDGES
        self.pledge_list.save_state()
        self._settings.sync()
        event.accept()
