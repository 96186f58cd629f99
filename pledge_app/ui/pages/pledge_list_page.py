"""The Pledges page: every pledge in a sortable table, filtered by year, status, unit and text."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.enums import PledgeStatus
from pledge_app.operations.changes import Changes
from pledge_app.operations.pledge_list import delete_drafts, pledge_rows
from pledge_app.settings import Settings
from pledge_app.ui.labels import status_label
from pledge_app.ui.models.pledge_filter import PledgeFilter
from pledge_app.ui.models.pledge_table_model import PledgeTableModel, chinese_collator
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.widgets.no_match_panel import NoMatchPanel
from pledge_app.ui.widgets.pledge_filter_bar import PledgeFilterBar
from pledge_app.ui.widgets.pledge_table_view import PledgeTableView

if TYPE_CHECKING:
    from pledge_app.ui.operation_runner import OperationRunner
    from pledge_app.ui.workspace import Workspace

log = logging.getLogger(__name__)


class PledgeListPage(QWidget):
    """The list of pledges with its filters and actions; opening is left to the main window.

    It reads the workspace's database again whenever `changed` says pledges changed.
    """

    open_requested = Signal(str)
    new_requested = Signal()
    #: The ids of the pledges to print (the print preview is wired by the main window).
    print_requested = Signal(list)
    #: The ids of the pledges to save as one PDF file each (wired by the main window).
    save_pdfs_requested = Signal(list)
    status_message = Signal(str)
    #: Whether Delete applies to the selection (drafts only) changed or was re-checked.
    delete_state_changed = Signal(bool)

    def __init__(
        self,
        workspace: Workspace,
        runner: OperationRunner,
        *,
        settings: Settings,
        prompts: UserPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pledgeListPage")
        self._workspace = workspace
        self._runner = runner
        self._settings = settings
        self._prompts = prompts
        self._collator = chinese_collator()
        self._loaded = False
        self.model = PledgeTableModel(self)
        self._build_ui()
        self._connect_signals()
        self._restore_view()
        self._update_actions()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.filter_bar = PledgeFilterBar(self)
        # The page's own names for the filter widgets, which the tests and the window use.
        self.year_filter = self.filter_bar.year_filter
        self.status_filter = self.filter_bar.status_filter
        self.unit_filter = self.filter_bar.unit_filter
        self.search_edit = self.filter_bar.search_edit

        self.new_button = self._button("newButton", self.tr("&New pledge"))
        self.open_button = self._button("openButton", self.tr("&Open"))
        self.delete_button = self._button("deleteButton", self.tr("&Delete"))
        self.print_button = self._button("printButton", self.tr("&Print / PDF…"))
        self.save_pdfs_button = self._button("savePdfsButton", self.tr("Sa&ve as PDFs…"))
        self.refresh_button = self._button("refreshButton", self.tr("&Refresh"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.open_button,
            self.delete_button,
            self.print_button,
            self.save_pdfs_button,
            self.refresh_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.table = PledgeTableView(self.model, self)

        self.empty_label = QLabel(self._empty_text(), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 14pt;")
        self.no_match = NoMatchPanel(self)
        self.clear_filters_button = self.no_match.clear_button
        self.content = QStackedWidget(self)
        self.content.setObjectName("pledgeListContent")
        self.content.addWidget(self.table)
        self.content.addWidget(self.empty_label)
        self.content.addWidget(self.no_match)
        # Del deletes from the list (only there: the editor has its own uses for the key).
        self.delete_key_action = QAction(self.tr("Delete"), self)
        self.delete_key_action.setObjectName("deleteKeyAction")
        self.delete_key_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_key_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_key_action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addLayout(buttons)
        layout.addWidget(self.content, 1)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.filter_bar.changed.connect(self._on_filter_changed)
        self._workspace.changed.connect(self._on_workspace_changed)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.save_pdfs_button.clicked.connect(self.save_selected_as_pdfs)
        self.refresh_button.clicked.connect(self.reload)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.delete_key_action.triggered.connect(self.delete_selected)
        self.table.activated.connect(self._on_table_activated)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._update_counts)

    def _restore_view(self) -> None:
        header = self.table.horizontalHeader()
        state = self._settings.pledge_list_header
        if state:
            header.restoreState(state)
        column = self._settings.pledge_list_sort_column
        order = Qt.SortOrder(self._settings.pledge_list_sort_order)
        header.setSortIndicator(column, order)  # sorts the (still empty) model too
        self.filter_bar.choose_status(self._settings.pledge_list_status)

    # -- public ----------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the rows again from the database, keeping filters and the selection."""
        if self._workspace.database is None:
            self._update_counts()
            return
        rows = self._runner.run_now(pledge_rows)
        if rows is None:
            return
        keep = self.selected_ids()
        current = self.table.current_pledge_id()
        self.model.set_rows(rows)
        self._fill_choice_filters()
        self._loaded = True
        self._apply_filter()
        self.table.select_pledges(keep, current=current)
        self._update_actions()

    def current_filter(self) -> PledgeFilter:
        """The filter the widgets describe."""
        return self.filter_bar.current_filter()

    def selected_ids(self) -> list[str]:
        """The ids of the selected pledges, top to bottom."""
        return [row.id for row in self.table.selected_pledges()]

    def select_pledge(self, pledge_id: str) -> bool:
        """Select and show that pledge's line alone; False if it is filtered out or gone."""
        if self.model.row_of(pledge_id) is None:
            return False
        self.table.select_pledges([pledge_id], current=pledge_id)
        return True

    def select_pledges(self, pledge_ids: Iterable[str]) -> None:
        """Select exactly these pledges' lines (those shown), in one step however many."""
        self.table.select_pledges(pledge_ids)

    @Slot()
    def clear_filters(self) -> None:
        """Show every pledge again: all years, statuses and units, no search text."""
        self.filter_bar.clear()  # filters once, through `changed`

    def can_delete(self) -> bool:
        """Whether the selection is one or more drafts (only drafts can be deleted)."""
        return self.delete_button.isEnabled()

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.filter_bar.focus_search()

    def save_state(self) -> None:
        """Remember the columns, sort order and filters for the next start."""
        header = self.table.horizontalHeader()
        self._settings.pledge_list_header = bytes(header.saveState().data())
        self._settings.pledge_list_sort_column = header.sortIndicatorSection()
        self._settings.pledge_list_sort_order = header.sortIndicatorOrder().value
        wanted = self.current_filter()
        self._settings.pledge_list_year = wanted.year or 0
        self._settings.pledge_list_status = wanted.status.value if wanted.status else ""
        self._settings.pledge_list_unit = wanted.unit

    @Slot()
    def open_current(self) -> None:
        """Ask for the current pledge to be opened in the editor."""
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(self.model.pledge_row(index.row()).id)

    @Slot()
    def print_selected(self) -> None:
        """Ask for the selected pledges to be printed."""
        ids = self.selected_ids()
        if ids:
            self.print_requested.emit(ids)

    @Slot()
    def save_selected_as_pdfs(self) -> None:
        """Ask for the selected pledges to be saved as one PDF file each."""
        ids = self.selected_ids()
        if ids:
            self.save_pdfs_requested.emit(ids)

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected drafts after the user confirms."""
        rows = self.table.selected_pledges()
        if not rows:
            return
        kept = [row for row in rows if row.status != PledgeStatus.DRAFT]
        if kept:
            self._prompts.show_info(
                self.tr("Cannot delete"),
                self.tr(
                    "Only drafts can be deleted. “{title}” is {status}: a signed pledge is "
                    "changed by amending it, and one ready to sign can be reopened as a draft."
                ).format(title=kept[0].title, status=status_label(kept[0].status)),
            )
            return
        if self._workspace.database is None or not self._prompts.confirm_delete_pledges(
            [row.title for row in rows]
        ):
            return
        ids = [row.id for row in rows]
        deleted = self._runner.run_now(
            lambda database: delete_drafts(database, ids), failure_title=self.tr("Cannot delete")
        )
        if deleted is None:
            self.reload()  # the list was out of date: show what the database holds now
            return
        self.status_message.emit(self.tr("Deleted {count} draft(s).").format(count=deleted.count))

    # -- slots -----------------------------------------------------------

    @Slot()
    def _on_filter_changed(self) -> None:
        if self._loaded:
            self._apply_filter()

    @Slot(object)
    def _on_workspace_changed(self, changes: Changes) -> None:
        if changes.touches_pledges():
            self.reload()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.pledge_row(index.row()).id)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    @Slot(QPoint)
    def _on_table_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("pledgeListContextMenu")
        has_selection = bool(self.selected_ids())
        menu.addAction(self.tr("Open"), self.open_current).setEnabled(has_selection)
        menu.addAction(self.tr("Print / PDF…"), self.print_selected).setEnabled(has_selection)
        menu.addAction(self.tr("Save as PDFs…"), self.save_selected_as_pdfs).setEnabled(
            has_selection
        )
        menu.addSeparator()
        menu.addAction(self.tr("New pledge"), self.new_requested.emit)
        delete = menu.addAction(self.tr("Delete"), self.delete_selected)
        delete.setEnabled(self.delete_button.isEnabled())
        menu.addSeparator()
        menu.addAction(self.tr("Refresh"), self.reload)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # -- helpers ---------------------------------------------------------

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_counts()
        self._update_actions()

    def _fill_choice_filters(self) -> None:
        rows = self.model.all_rows
        if self._loaded:
            year, unit = self.year_filter.currentData(), self.unit_filter.currentData()
        else:  # the first rows: the choices remembered from the last time
            year = self._settings.pledge_list_year or None
            unit = self._settings.pledge_list_unit or None
        self.filter_bar.fill_choices(
            sorted({row.year for row in rows}, reverse=True),
            sorted(
                {row.issuer for row in rows} | {row.responsible for row in rows},
                key=self._collator.sortKey,
            ),
            year=year,
            unit=unit,
        )

    def _update_counts(self) -> None:
        total = self.model.total_count
        self.count_label.setText(
            self.tr("{shown} of {total} pledges").format(shown=self.model.shown_count, total=total)
        )
        self.empty_label.setText(self._empty_text())
        if total == 0:
            self.content.setCurrentWidget(self.empty_label)
        elif self.model.shown_count == 0:
            self.content.setCurrentWidget(self.no_match)
        else:
            self.content.setCurrentWidget(self.table)

    def _empty_text(self) -> str:
        if self._workspace.database is None:
            return self.tr("Opening the database…")
        return self.tr(
            "No pledges yet — create one with New pledge, or fill the database with a "
            "sample year through File → Load sample data (demo)."
        )

    def _update_actions(self) -> None:
        rows = self.table.selected_pledges()
        self.open_button.setEnabled(len(rows) >= 1)
        self.print_button.setEnabled(bool(rows))
        self.save_pdfs_button.setEnabled(bool(rows))
        drafts_only = bool(rows) and all(row.status == PledgeStatus.DRAFT for row in rows)
        self.delete_button.setEnabled(drafts_only)
        self.delete_button.setToolTip(
            self.tr("Delete the selected drafts (Del)")
            if drafts_only or not rows
            else self.tr(
                "Only drafts can be deleted: amend a signed pledge, reopen one ready to sign."
            )
        )
        self.delete_state_changed.emit(drafts_only)
