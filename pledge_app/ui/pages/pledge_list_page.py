"""The Pledges page: every pledge in a sortable table, filtered by year, status, unit and text."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import PledgeError
from pledge_app.settings import Settings
from pledge_app.ui.models.pledge_filter import PledgeFilter
from pledge_app.ui.models.pledge_table_model import (
    PledgeTableModel,
    chinese_collator,
    status_label,
)
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.widgets.no_match_panel import NoMatchPanel
from pledge_app.ui.widgets.pledge_table_view import PledgeTableView

if TYPE_CHECKING:
    from pledge_app.core.database import Database

log = logging.getLogger(__name__)


class PledgeListPage(QWidget):
    """The list of pledges with its filters and actions; opening is left to the main window."""

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
        database: Database | None,
        *,
        settings: Settings,
        prompts: UserPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pledgeListPage")
        self._database = database
        self._settings = settings
        self._prompts = prompts
        self._collator = chinese_collator()
        self._loaded = False
        self.model = PledgeTableModel(self)
        self._build_ui()
        self._fill_choice_filters()  # "All years" / "All units" before any row is read
        self._connect_signals()
        self._restore_view()
        self._update_actions()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("yearFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in PledgeStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.unit_filter = QComboBox(self)
        self.unit_filter.setObjectName("unitFilter")
        self.unit_filter.setMinimumContentsLength(16)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search number, title or unit"))
        self.search_edit.setClearButtonEnabled(True)

        filters = QHBoxLayout()
        for caption, combo in (
            (self.tr("&Year:"), self.year_filter),
            (self.tr("&Status:"), self.status_filter),
            (self.tr("&Unit:"), self.unit_filter),
        ):
            label = QLabel(caption, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        search_label = QLabel(self.tr("Searc&h:"), self)
        search_label.setBuddy(self.search_edit)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)

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
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.content, 1)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.year_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.unit_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_filter_changed)
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
        status_index = self.status_filter.findData(self._settings.pledge_list_status)
        self.status_filter.setCurrentIndex(max(status_index, 0))

    # -- public ----------------------------------------------------------

    def set_database(self, database: Database | None) -> None:
        """Show the pledges of another database."""
        self._database = database
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the rows again from the database, keeping filters and the selection."""
        if self._database is None:
            self._update_counts()
            return
        # Imported here so the window paints before SQLAlchemy is loaded (start-up time).
        from pledge_app.core.pledges import list_pledges

        keep = self.selected_ids()
        with self._database.begin() as session:
            rows = list_pledges(session)
        self.model.set_rows(rows)
        self._fill_choice_filters()
        self._loaded = True
        self._apply_filter()
        for pledge_id in keep:
            self.select_pledge(pledge_id, clear=False)
        self._update_actions()

    def current_filter(self) -> PledgeFilter:
        """The filter the widgets describe."""
        year = self.year_filter.currentData()
        status = self.status_filter.currentData()
        unit = self.unit_filter.currentData()
        return PledgeFilter(
            year=int(year) if year else None,
            status=PledgeStatus(status) if status else None,
            unit=str(unit or ""),
            text=self.search_edit.text(),
        )

    def selected_ids(self) -> list[str]:
        """The ids of the selected pledges, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.pledge_row(row).id for row in rows]

    def select_pledge(self, pledge_id: str, *, clear: bool = True) -> bool:
        """Select and show that pledge's line; False if it is filtered out or gone."""
        line = self.model.row_of(pledge_id)
        if line is None:
            return False
        index = self.model.index(line, 0)
        flag = QItemSelectionModel.SelectionFlag
        flags = flag.Select | flag.Rows | (flag.Clear if clear else flag.NoUpdate)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    @Slot()
    def clear_filters(self) -> None:
        """Show every pledge again: all years, statuses and units, no search text."""
        for combo in (self.year_filter, self.status_filter, self.unit_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.clear()  # filters once, through textChanged
        self._on_filter_changed()

    def can_delete(self) -> bool:
        """Whether the selection is one or more drafts (only drafts can be deleted)."""
        return self.delete_button.isEnabled()

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

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
        rows = [
            self.model.pledge_row(index.row())
            for index in self.table.selectionModel().selectedRows()
        ]
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
        if self._database is None or not self._prompts.confirm_delete_pledges(
            [row.title for row in rows]
        ):
            return
        from pledge_app.core.pledges import delete_pledge

        try:
            with self._database.begin() as session:
                for row in rows:
                    delete_pledge(session, row.id)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Cannot delete"))
        else:
            self.status_message.emit(self.tr("Deleted {count} draft(s).").format(count=len(rows)))
        self.reload()

    # -- slots -----------------------------------------------------------

    @Slot()
    def _on_filter_changed(self) -> None:
        if self._loaded:
            self._apply_filter()

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
        wanted_year = self.year_filter.currentData() if self._loaded else None
        if wanted_year is None and not self._loaded:
            wanted_year = self._settings.pledge_list_year or None
        wanted_unit = self.unit_filter.currentData() if self._loaded else None
        if wanted_unit is None and not self._loaded:
            wanted_unit = self._settings.pledge_list_unit or None

        years = sorted({row.year for row in rows}, reverse=True)
        units = sorted(
            {row.issuer for row in rows} | {row.responsible for row in rows},
            key=self._collator.sortKey,
        )
        for combo, everything, values in (
            (self.year_filter, self.tr("All years"), years),
            (self.unit_filter, self.tr("All units"), units),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(str(value), value)
            combo.blockSignals(False)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(wanted_year), 0))
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(wanted_unit), 0))

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
        if self._database is None:
            return self.tr("Opening the database…")
        return self.tr(
            "No pledges yet — create one with New pledge, or fill the database with a "
            "sample year through File → Load sample data (demo)."
        )

    def _update_actions(self) -> None:
        rows = [
            self.model.pledge_row(index.row())
            for index in self.table.selectionModel().selectedRows()
        ]
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
