"""The task table of section 4: edited in place, rows grow with their text, Excel copy/paste."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

from pledge_app.core.editing import (
    TASK_FIELDS,
    PasteError,
    format_tsv,
    parse_tsv,
    refuse_headings,
    refuse_oversized_paste,
    refuse_unfit_text,
    task_cells,
    task_from_cells,
)
from pledge_app.core.views import TaskView
from pledge_app.ui.models.task_table_model import TaskTableModel
from pledge_app.ui.widgets.task_delegates import (
    DateDelegate,
    ListClassDelegate,
    MultiLineDelegate,
    WeightDelegate,
)

#: Share of the free width for each wide column (item and measures widest).
_SHARES = {
    "item": 3.0,
    "lead_official": 1.0,
    "responsible_body": 1.6,
    "measures": 4.0,
    "deliverable": 1.4,
    "cooperating_units": 1.6,
}
#: Sample text a compact column must fit, besides its heading.
_COMPACT_SAMPLES = {"deadline": "2026-12-31", "list_class": "基层探索", "weight": "100.0"}
#: The narrowest a wide column gets, in characters ("中" widths).
_MIN_CHARS = 3
#: A row grows with its text up to this many lines; the rest is in the tooltip and editor.
MAX_ROW_LINES = 6


class TaskTableView(QTableView):
    """Shows a TaskTableModel; row operations keep the current cell where the clerk expects."""

    #: Pasting failed; the message names the pasted row and column. Nothing was pasted.
    paste_failed = Signal(str)

    def __init__(self, model: TaskTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_table")
        self._model = model
        #: Asked (first row, rows) before a paste overwrites tasks; the page asks the clerk.
        self.confirm_overwrite: Callable[[int, int], bool] = lambda _row, _count: False
        #: The pledge's year, where the deadline calendar opens; the page tells it.
        self.pledge_year: Callable[[], int] = lambda: date.today().year
        self.setModel(model)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMaximumSectionSize(self.max_row_height())
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("中") * 2)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Columns share the width until the clerk drags one; from then on theirs stand.
        self._auto_fit = True
        self._fitting = False
        self._chosen_widths: list[int] = []
        header.sectionResized.connect(self._on_header_section_resized)
        model.modelReset.connect(self._on_model_reset)
        self.fit_columns()
        self._delegates = {
            "text": MultiLineDelegate(self),
            "deadline": DateDelegate(self, year=lambda: self.pledge_year()),
            "list_class": ListClassDelegate(self),
            "weight": WeightDelegate(self),
        }
        for column, field in enumerate(TASK_FIELDS):
            self.setItemDelegateForColumn(
                column, self._delegates.get(field, self._delegates["text"])
            )
        self.copy_action = self._shortcut_action("copy_rows_action", QKeySequence.StandardKey.Copy)
        self.copy_action.setText(self.tr("Copy rows"))
        self.copy_action.triggered.connect(self.copy_selected_rows)
        self.paste_action = self._shortcut_action(
            "paste_rows_action", QKeySequence.StandardKey.Paste
        )
        self.paste_action.setText(self.tr("Paste from Excel"))
        self.paste_action.triggered.connect(self.paste_from_clipboard)

    # -- column widths ---------------------------------------------------------

    def max_row_height(self) -> int:
        """The tallest a row grows: MAX_ROW_LINES lines of text and the cell's margins."""
        return self.fontMetrics().lineSpacing() * MAX_ROW_LINES + 8

    def _heading_width(self, field: str) -> int:
        heading = self._model.headerData(
            TASK_FIELDS.index(field), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        return self.horizontalHeader().fontMetrics().horizontalAdvance(str(heading)) + 20

    def compact_width(self, field: str) -> int:
        """The width of a short column: its heading or its widest usual value."""
        # The five lists' names are four characters in Chinese; a longer translation
        # is elided, with the whole name in the tooltip.
        widest = self.fontMetrics().horizontalAdvance(_COMPACT_SAMPLES[field])
        if field == "deadline":
            # While editing, the calendar button sits inside the cell beside the date
            # (the clerk trial saw "26-12-31"): room for it too.
            widest += self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 12
        return max(widest + 16, self._heading_width(field))

    def fit_columns(self) -> None:
        """Share the visible width: compact columns fit their content; the others share
        the rest by _SHARES, none narrower than its heading (when there is room)."""
        if not self._auto_fit:
            return
        least = self.fontMetrics().horizontalAdvance("中") * _MIN_CHARS + 12
        widths = {field: self.compact_width(field) for field in _COMPACT_SAMPLES}
        floors = {field: max(least, self._heading_width(field)) for field in _SHARES}
        sharing = dict(_SHARES)
        while sharing:
            free = self.viewport().width() - sum(widths.values())
            total = sum(sharing.values())
            shares = {field: int(free * share / total) for field, share in sharing.items()}
            short = [field for field, width in shares.items() if width < floors[field]]
            if not short:
                widths.update(shares)
                break
            for field in short:  # raised to its floor; the others share what is left
                widths[field] = floors[field]
                del sharing[field]
        self._fitting = True
        try:
            for column, field in enumerate(TASK_FIELDS):
                self.setColumnWidth(column, widths[field])
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def _on_header_section_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._auto_fit = False
            self._chosen_widths = [self.columnWidth(c) for c in range(len(TASK_FIELDS))]

    def _on_model_reset(self) -> None:
        # A reset gives every section the default width again: put the widths back.
        if self._auto_fit:
            self.fit_columns()
            return
        self._fitting = True
        try:
            for column, width in enumerate(self._chosen_widths):
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _shortcut_action(self, name: str, key: QKeySequence.StandardKey) -> QAction:
        # WidgetShortcut: while a cell editor has focus, Ctrl+C/V stay the editor's own.
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.addAction(action)
        return action

    # -- rows ----------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Rows with a selected cell, else the current row; sorted."""
        rows = {index.row() for index in self.selectionModel().selectedIndexes()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def add_row(self) -> None:
        """Insert an empty task below the current row (or at the end) and start typing in it."""
        current = self.currentIndex()
        row = current.row() + 1 if current.isValid() else self._model.rowCount()
        self._model.insert_tasks(row, [TaskView(item="")])
        self.setCurrentIndex(self._model.index(row, 0))
        self.edit(self._model.index(row, 0))

    def _at_last_cell(self) -> bool:
        current = self.currentIndex()
        return (
            current.isValid()
            and current.row() == self._model.rowCount() - 1
            and current.column() == self._model.columnCount() - 1
        )

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Tab from the last cell starts a new task rather than wrapping to the first row.
        if (
            hint is QAbstractItemDelegate.EndEditHint.EditNextItem
            and self._at_last_cell()
            and not self._model.is_read_only()
        ):
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.add_row()
            return
        super().closeEditor(editor, hint)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab edits the next cell (Shift+Tab the previous), as in a spreadsheet; past the
        # last cell it adds a task.
        current = self.currentIndex()
        if (
            not self.tabKeyNavigation()
            or not current.isValid()
            or self._model.is_read_only()
            or self.state() is QAbstractItemView.State.EditingState
        ):
            return super().focusNextPrevChild(next)
        if next and self._at_last_cell():
            self.add_row()
            return True
        cursor = (
            QAbstractItemView.CursorAction.MoveNext
            if next
            else QAbstractItemView.CursorAction.MovePrevious
        )
        index = self.moveCursor(cursor, Qt.KeyboardModifier.NoModifier)
        if not index.isValid():
            return super().focusNextPrevChild(next)
        self.setCurrentIndex(index)
        self.edit(index)
        return True

    def delete_rows(self) -> None:
        """Remove the selected rows."""
        rows = self.selected_rows()
        if not rows:
            return
        self._model.remove_rows(rows)
        if self._model.rowCount():
            row = min(rows[0], self._model.rowCount() - 1)
            self.setCurrentIndex(self._model.index(row, max(0, self.currentIndex().column())))

    def move_current_row(self, delta: int) -> None:
        """Move the current row one up (-1) or down (+1), keeping it current."""
        current = self.currentIndex()
        if not current.isValid():
            return
        target = current.row() + delta
        if self._model.move_row(current.row(), target):
            self.setCurrentIndex(self._model.index(target, current.column()))

    def go_to_cell(self, row: int, field: str | None) -> None:
        """Make a cell current and visible, e.g. the one a validation finding names."""
        if not 0 <= row < self._model.rowCount():
            return
        column = TASK_FIELDS.index(field) if field in TASK_FIELDS else 0
        index = self._model.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- clipboard -----------------------------------------------------------

    def copy_selected_rows(self) -> None:
        """Put the selected rows on the clipboard as TSV that Excel and WPS paste cell for cell."""
        tasks = self._model.tasks()
        rows = [task_cells(tasks[row]) for row in self.selected_rows()]
        if rows:
            QGuiApplication.clipboard().setText(format_tsv(rows))

    def paste_from_clipboard(self) -> None:
        """Paste the clipboard's TSV at the current cell; nothing on an error."""
        if self._model.is_read_only():
            return
        try:
            self.paste_tsv(QGuiApplication.clipboard().text())
        except PasteError as error:
            self.paste_failed.emit(str(error))

    def paste_target(self) -> tuple[int, int]:
        """Where a paste goes, as (row, column): the selected cell the clerk placed the
        cursor on, else new rows at the end (a current cell without a selection, e.g.
        after a click below the rows, is not a place the clerk chose)."""
        current = self.currentIndex()
        if current.isValid() and self.selectionModel().isSelected(current):
            return current.row(), current.column()
        existing = self._model.tasks()
        end = len(existing)
        while end > 0 and existing[end - 1] == TaskView(item=""):
            end -= 1  # blank rows at the end (e.g. just added) are filled first
        return end, 0

    def paste_tsv(self, text: str) -> int:
        """Paste rows of TSV at `paste_target`, appending rows; returns rows pasted.

        Overwriting tasks is asked first (`confirm_overwrite`); 0 when the clerk declines.
        Raises PasteError (naming the pasted row and column) before changing anything, also
        for a broken character or more text than a task or pledge may hold.
        """
        refuse_oversized_paste(text)
        rows = [cells for cells in parse_tsv(text) if any(cell.strip() for cell in cells)]
        if not rows:
            return 0
        refuse_headings(rows)
        start, first_field = self.paste_target()
        existing = self._model.tasks()
        tasks_after = max(len(existing), start + len(rows))
        refuse_unfit_text(rows, first_field=first_field, tasks_after=tasks_after)
        tasks = [
            task_from_cells(
                cells,
                row=number,
                base=existing[start + offset] if start + offset < len(existing) else None,
                first_field=first_field,
            )
            for offset, (number, cells) in enumerate(enumerate(rows, start=1))
        ]
        overwritten = [
            task for task in existing[start : start + len(tasks)] if task != TaskView(item="")
        ]
        if overwritten and not self.confirm_overwrite(start, len(overwritten)):
            return 0
        self._model.replace_from(start, tasks)
        self.setCurrentIndex(self._model.index(start, first_field))
        return len(tasks)
