"""The dashboard's lists: deadlines soon, units that owe a report, and the five registers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.enums import TaskList
from pledge_app.core.tracking.dashboard import DueTask, RegisterCount, UnitNotReported
from pledge_app.core.tracking.states import Light
from pledge_app.ui.labels import list_class_label
from pledge_app.ui.style import PALETTE
from pledge_app.ui.widgets.light_icon import light_icon

_ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class DueList(QTreeWidget):
    """The tasks due in the next 30 days, soonest first; `task_chosen(row)` on a click."""

    task_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueList")
        self.setHeaderLabels([self.tr("Deadline"), self.tr("Unit"), self.tr("Task")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        em = self.fontMetrics().horizontalAdvance("中")
        header.resizeSection(1, em * 12)
        self.itemClicked.connect(self._on_item)
        self.itemActivated.connect(self._on_item)

    #: The soonest this many are listed; the "next 30 days" number opens them all (at ten
    #: times an office's size, 10,000 rows here took seconds to lay out).
    MAX_SHOWN = 200

    def set_tasks(self, tasks: Sequence[DueTask]) -> None:
        """Show the soonest of `tasks`, in their order, and how many more there are."""
        self.clear()
        for row, task in enumerate(tasks[: self.MAX_SHOWN]):
            item = QTreeWidgetItem(self, [task.deadline.isoformat(), task.unit, task.item])
            item.setIcon(0, light_icon(task.light))
            item.setToolTip(2, task.item)
            item.setData(0, _ROW_ROLE, row)
        if len(tasks) > self.MAX_SHOWN:
            more = QTreeWidgetItem(
                self,
                [
                    "",
                    "",
                    self.tr("… and {n} more: the number above opens them all").format(
                        n=len(tasks) - self.MAX_SHOWN
                    ),
                ],
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
        self.header().resizeSection(0, self.header().sectionSizeHint(0))

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = item.data(0, _ROW_ROLE)
        if row is not None:  # not the "… and N more" line
            self.task_chosen.emit(int(row))


class NotReportedList(QListWidget):
    """Units that owe a report, with the number of tasks they owe it on; `unit_chosen(row)`."""

    unit_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notReportedList")
        self.setIconSize(QSize(12, 12))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAlternatingRowColors(True)
        self.itemClicked.connect(self._on_item)
        self.itemActivated.connect(self._on_item)

    def set_units(self, units: Sequence[UnitNotReported]) -> None:
        """Show `units`, in their order."""
        self.clear()
        for row, unit in enumerate(units):
            item = QListWidgetItem(
                self.tr("{unit} — tasks owed: {count}").format(
                    unit=unit.unit, count=len(unit.keys)
                ),
                self,
            )
            item.setData(_ROW_ROLE, row)
            item.setIcon(light_icon(Light.RED))

    def _on_item(self, item: QListWidgetItem) -> None:
        self.unit_chosen.emit(int(item.data(_ROW_ROLE)))


class RegisterPanel(QWidget):
    """One button per register (list) with its count; `register_chosen(list)` on a click."""

    register_chosen = Signal(object)  # TaskList

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerPanel")
        self.buttons: dict[TaskList, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        p = PALETTE
        for entry in TaskList:
            button = QPushButton(self)
            button.setObjectName(f"register_{entry.value}")
            button.setFlat(True)
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(
                f"QPushButton {{ text-align: left; padding: 3px 6px; color: {p.info};"
                " border: none; }"
                f"QPushButton:hover {{ background: {p.accent_surface}; }}"
                f"QPushButton:disabled {{ color: {p.text_faint}; }}"
            )
            button.clicked.connect(lambda _checked=False, chosen=entry: self._on_clicked(chosen))
            layout.addWidget(button)
            self.buttons[entry] = button
        layout.addStretch(1)

    def set_counts(self, registers: Sequence[RegisterCount]) -> None:
        """Show each register's count; one with no task cannot be clicked."""
        for entry in registers:
            button = self.buttons[entry.list_class]
            button.setText(
                self.tr("{register}: {count}").format(
                    register=list_class_label(entry.list_class), count=len(entry.keys)
                )
            )
            button.setEnabled(bool(entry.keys))

    def _on_clicked(self, chosen: TaskList) -> None:
        self.register_chosen.emit(chosen)
