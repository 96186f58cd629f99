"""The task table of section 4: edited in place, rows grow with their text, Excel copy/paste."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pledge_app.core.editing import (
    TASK_FIELDS,
    PasteError,
    format_tsv,
    parse_tsv,
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

#: Starting widths, in pixels, so that long Chinese text wraps in the wide columns.
_WIDTHS = {
    "item": 200,
    "lead_official": 80,
    "responsible_body": 140,
    "measures": 260,
    "deliverable": 110,
    "deadline": 96,
    "list_class": 110,
    "cooperating_units": 150,
    "weight": 56,
}


class TaskTableView(QTableView):
    """Shows a TaskTableModel; row operations keep the current cell where the clerk expects."""

    #: Pasting failed; the message names the pasted row and column. Nothing was pasted.
    paste_failed = Signal(str)

    def __init__(self, model: TaskTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_table")
        self._model = model
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
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, field in enumerate(TASK_FIELDS):
            self.setColumnWidth(column, _WIDTHS[field])
        header.setSectionResizeMode(TASK_FIELDS.index("measures"), QHeaderView.ResizeMode.Stretch)
        self._delegates = {
            "text": MultiLineDelegate(self),
            "deadline": DateDelegate(self),
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

    def paste_tsv(self, text: str) -> int:
        """Paste rows of TSV from the current cell on, appending rows; returns rows pasted.

        Raises PasteError (naming the pasted row and column) before changing anything.
        """
        rows = [cells for cells in parse_tsv(text) if any(cell.strip() for cell in cells)]
        if not rows:
            return 0
        current = self.currentIndex()
        start = current.row() if current.isValid() else self._model.rowCount()
        first_field = current.column() if current.isValid() else 0
        existing = self._model.tasks()
        tasks = [
            task_from_cells(
                cells,
                row=number,
                base=existing[start + offset] if start + offset < len(existing) else None,
                first_field=first_field,
            )
            for offset, (number, cells) in enumerate(enumerate(rows, start=1))
        ]
        self._model.replace_from(start, tasks)
        self.setCurrentIndex(self._model.index(start, first_field))
        return len(tasks)
