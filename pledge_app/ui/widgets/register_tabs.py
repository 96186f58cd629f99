"""The five registers (年度要点 / 重点 / 基层探索 / 试点示范 / 问题) as tabs with their counts,
each one click away, with "All tasks" first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTabBar, QWidget

from pledge_app.core.enums import TaskList
from pledge_app.ui.labels import list_class_label

if TYPE_CHECKING:
    from pledge_app.core.tracking.ledger import TrackedTask

#: The registers in tab order after "All tasks" (tab 0).
REGISTERS: tuple[TaskList, ...] = tuple(TaskList)


class RegisterTabs(QTabBar):
    """Tabs "All tasks (N)", "Priorities (12)" …; `chosen` says a register was clicked (the
    page then shows that saved filter), `current_register()` which one is current."""

    #: The clerk clicked a register's tab (also the current one): show that register.
    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerTabs")
        self.setDrawBase(False)
        self.setExpanding(False)
        self.setUsesScrollButtons(True)  # a narrow window scrolls the tabs, it never widens
        self.setDocumentMode(True)
        for _tab in range(len(REGISTERS) + 1):
            self.addTab("")
        self._counts: dict[TaskList | None, int] = {}
        self.set_counts({}, total=0, year=None)
        self.tabBarClicked.connect(self._on_tab_bar_clicked)

    def set_counts(self, counts: Mapping[TaskList, int], *, total: int, year: int | None) -> None:
        """Show each register's count (of `year`, across all units) on its tab."""
        self.setTabText(0, self.tr("All tasks ({count})").format(count=total))
        self.setTabToolTip(
            0,
            self.tr("Every task in force, all units")
            if year is None
            else self.tr("Every task of {year} in force, all units").format(year=year),
        )
        for position, register in enumerate(REGISTERS, start=1):
            name = list_class_label(register)
            self.setTabText(
                position,
                self.tr("{register} ({count})").format(
                    register=name, count=counts.get(register, 0)
                ),
            )
            self.setTabToolTip(
                position,
                self.tr("The {register} register: its tasks in force, all units").format(
                    register=name
                )
                if year is None
                else self.tr("The {register} register of {year}: its tasks, all units").format(
                    register=name, year=year
                ),
            )
        self._counts = {None: total}
        for register, count in counts.items():
            self._counts[register] = count

    def count_tasks(self, tasks: Sequence[TrackedTask], *, year: int | None) -> None:
        """Count the tasks of `year` (all years for None) on each register's tab."""
        of_year = tasks if year is None else [task for task in tasks if task.year == year]
        counts = Counter(task.list_class for task in of_year)
        self.set_counts(counts, total=len(of_year), year=year)

    def count_of(self, register: TaskList | None) -> int:
        """The count on that register's tab (None: all tasks)."""
        return self._counts.get(register, 0)

    def current_register(self) -> TaskList | None:
        """The register of the current tab; None on "All tasks"."""
        index = self.currentIndex()
        return REGISTERS[index - 1] if index > 0 else None

    def set_register(self, register: TaskList | None) -> None:
        """Make that register's tab current, without a signal."""
        self.blockSignals(True)
        self.setCurrentIndex(0 if register is None else REGISTERS.index(register) + 1)
        self.blockSignals(False)

    def tab_of(self, register: TaskList | None) -> int:
        """The tab index of a register (0: all tasks)."""
        return 0 if register is None else REGISTERS.index(register) + 1

    @Slot(int)
    def _on_tab_bar_clicked(self, index: int) -> None:
        if index < 0:
            return
        self.set_register(REGISTERS[index - 1] if index > 0 else None)
        self.chosen.emit()
