"""A task's milestones (节点) as an editable table: name, due date, and the date reached."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.tracking.milestones import MilestoneView

NAME, DUE, REACHED = 0, 1, 2


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(value: date, parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(value), parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


class ReachedCell(QWidget):
    """ "Reached" ticked with the date it was, or not reached yet."""

    def __init__(self, reached_on: date | None, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Reached"), self)
        self.check.setObjectName("milestoneReachedCheck")
        self.check.setChecked(reached_on is not None)
        self.date_edit = _date_edit(reached_on or today, self, "milestoneReachedEdit")
        self.date_edit.setEnabled(reached_on is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit)
        self.check.toggled.connect(self.date_edit.setEnabled)

    def reached_on(self) -> date | None:
        """The date reached, or None."""
        return _date(self.date_edit.date()) if self.check.isChecked() else None

    def set_reached(self, reached_on: date | None) -> None:
        """Tick it with that date, or untick it for None."""
        self.check.setChecked(reached_on is not None)
        if reached_on is not None:
            self.date_edit.setDate(_qdate(reached_on))


class MilestoneEditor(QWidget):
    """Add, remove and edit milestones; `save_requested` asks for them to be stored."""

    #: Store the milestones now shown (read them with `milestones()`).
    save_requested = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestoneEditor")
        self._today = today
        self._saved: list[tuple[str, date, date | None]] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("milestoneTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Milestone"), self.tr("Due"), self.tr("Reached")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # The date columns hold widgets, which ResizeToContents does not measure (the clerk
        # trial saw "2026" of a date): they are as wide as the widgets they hold.
        sample = ReachedCell(today, today, self)
        sample.hide()  # only measured
        for column, width in (
            (DUE, sample.date_edit.sizeHint().width() + 12),
            (REACHED, sample.sizeHint().width() + 12),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(sample.sizeHint().height() + 6)
        sample.deleteLater()
        self.add_button = self._button("addMilestoneButton", self.tr("&Add milestone"))
        self.remove_button = self._button("removeMilestoneButton", self.tr("Re&move"))
        self.save_button = self._button("saveMilestonesButton", self.tr("&Save milestones"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button.clicked.connect(self.save_requested)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # -- public ----------------------------------------------------------

    def set_milestones(self, milestones: Sequence[MilestoneView]) -> None:
        """Show these milestones, replacing any being edited."""
        self._saved = [(m.name, m.due_on, m.reached_on) for m in milestones]
        self.table.setRowCount(0)
        for milestone in milestones:
            self.add_row(milestone.name, milestone.due_on, milestone.reached_on)
        self._update_buttons()

    def add_row(self, name: str, due_on: date, reached_on: date | None = None) -> int:
        """Add a milestone row; its row number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        self.table.setCellWidget(row, DUE, _date_edit(due_on, self.table, "milestoneDueEdit"))
        self.table.setCellWidget(row, REACHED, ReachedCell(reached_on, self._today, self.table))
        return row

    def milestones(self) -> list[MilestoneView]:
        """The milestones as shown, top to bottom."""
        found: list[MilestoneView] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            found.append(
                MilestoneView(
                    name=item.text().strip() if item is not None else "",
                    due_on=_date(self.due_edit(row).date()),
                    reached_on=self.reached_cell(row).reached_on(),
                )
            )
        return found

    def has_unsaved_changes(self) -> bool:
        """Whether the milestones shown differ from those last stored."""
        shown = [(m.name, m.due_on, m.reached_on) for m in self.milestones()]
        return shown != self._saved

    def due_edit(self, row: int) -> QDateEdit:
        """The due-date box of a row."""
        widget = self.table.cellWidget(row, DUE)
        assert isinstance(widget, QDateEdit)
        return widget

    def reached_cell(self, row: int) -> ReachedCell:
        """The reached tick and date of a row."""
        widget = self.table.cellWidget(row, REACHED)
        assert isinstance(widget, ReachedCell)
        return widget

    # -- slots -----------------------------------------------------------

    @Slot()
    def _on_add_button_clicked(self) -> None:
        row = self.add_row(self.tr("New milestone"), self._today)
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
