"""The Tasks page's filters: year, unit, lead official, light, due window and free text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from pledge_app.core.tracking.states import Light, light_label
from pledge_app.ui.models.pledge_table_model import chinese_collator
from pledge_app.ui.widgets.light_icon import light_icon

if TYPE_CHECKING:
    from pledge_app.core.tracking.filters import TaskFilter
    from pledge_app.core.tracking.ledger import TrackedTask

#: How long typing may pause before the search runs.
SEARCH_DELAY_MS = 250

_LIGHTS = (Light.RED, Light.YELLOW, Light.GREEN, Light.DONE)


class TaskFilterBar(QWidget):
    """The filter widgets in two rows; `changed` when the filter they describe may have (the
    search text once typing pauses)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskFilterBar")
        self.year_filter = self._combo("taskYearFilter", 4)
        self.unit_filter = self._combo("taskUnitFilter", 14)
        self.lead_filter = self._combo("taskLeadFilter", 12)
        self.light_filter = self._combo("taskLightFilter", 6)
        self.light_filter.addItem(self.tr("All lights"), None)
        for light in _LIGHTS:
            self.light_filter.addItem(light_icon(light), light_label(light), light)
        self.due_filter = self._combo("taskDueFilter", 14)
        self.due_filter.addItem(self.tr("Any deadline"), None)
        self._due_filled = False  # the windows' names load SQLAlchemy: filled on first use
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("taskSearchEdit")
        self.search_edit.setPlaceholderText(
            self.tr("Search every task field and the latest report")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("taskSearchTimer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        rows = (
            (
                (self.tr("&Year:"), self.year_filter),
                (self.tr("&Unit:"), self.unit_filter),
                (self.tr("Lead &official:"), self.lead_filter),
            ),
            (
                (self.tr("&Light:"), self.light_filter),
                (self.tr("D&ue:"), self.due_filter),
                (self.tr("Searc&h:"), self.search_edit),
            ),
        )
        for row, pairs in enumerate(rows):
            for position, (caption, widget) in enumerate(pairs):
                label = QLabel(caption, self)
                label.setBuddy(widget)
                layout.addWidget(label, row, position * 2)
                if widget is self.search_edit:
                    layout.addWidget(widget, row, position * 2 + 1, 1, 2)
                else:  # a combo is as wide as its choices need, the search box takes the rest
                    layout.addWidget(widget, row, position * 2 + 1, Qt.AlignmentFlag.AlignLeft)
        layout.setColumnStretch(6, 1)
        self._fill([], [], [])

        for combo in self._combos():
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_timer.timeout.connect(self._on_filter_changed)
        self.search_edit.returnPressed.connect(self.search_now)

    def _combo(self, name: str, length: int) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(length)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.year_filter,
            self.unit_filter,
            self.lead_filter,
            self.light_filter,
            self.due_filter,
        )

    def _fill_due_windows(self) -> None:
        if self._due_filled:
            return
        from pledge_app.core.tracking.filters import DueWindow, due_window_label

        self.due_filter.blockSignals(True)
        for window in DueWindow:
            self.due_filter.addItem(due_window_label(window), window)
        self.due_filter.blockSignals(False)
        self._due_filled = True

    # -- public ----------------------------------------------------------

    def current_filter(self) -> TaskFilter:
        """The filter the widgets describe (no register, no keys: the page adds those)."""
        from pledge_app.core.tracking.filters import DueWindow, TaskFilter

        # A combo hands enum values back as plain strings.
        year = self.year_filter.currentData()
        light = self.light_filter.currentData()
        due = self.due_filter.currentData()
        return TaskFilter(
            year=int(year) if year else None,
            unit=self.unit_filter.currentData() or None,
            light=Light(light) if light else None,
            due=DueWindow(due) if due else None,
            lead_official=self.lead_filter.currentData() or None,
            text=self.search_edit.text().strip(),
        )

    def fill_choices(
        self, years: Iterable[int], units: Iterable[str], leads: Iterable[str]
    ) -> None:
        """Offer these years, units and lead officials (in this order), keeping each choice
        made (offered even when nothing has it any more); says nothing through `changed`."""
        self._fill_due_windows()
        self._fill(years, units, leads)

    def _fill(self, years: Iterable[int], units: Iterable[str], leads: Iterable[str]) -> None:
        for combo, everything, values in (
            (self.year_filter, self.tr("All years"), list(years)),
            (self.unit_filter, self.tr("All units"), list(units)),
            (self.lead_filter, self.tr("All lead officials"), list(leads)),
        ):
            chosen = combo.currentData()
            if chosen is not None and chosen not in values:
                values.insert(0, chosen)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def offer_choices_of(self, tasks: Sequence[TrackedTask]) -> None:
        """Offer the years (newest first), units and lead officials (pinyin order) of these
        tasks, as `fill_choices` does."""
        key = chinese_collator().sortKey
        self.fill_choices(
            sorted({task.year for task in tasks}, reverse=True),
            sorted({task.unit for task in tasks}, key=key),
            sorted({task.lead_official for task in tasks if task.lead_official}, key=key),
        )

    def set_filter(self, wanted: TaskFilter) -> None:
        """Show `wanted` in the widgets (a value not offered is added); no `changed`."""
        self._fill_due_windows()
        for combo, value in (
            (self.year_filter, wanted.year),
            (self.unit_filter, wanted.unit or None),
            (self.lead_filter, wanted.lead_official or None),
            (self.light_filter, wanted.light),
            (self.due_filter, wanted.due),
        ):
            combo.blockSignals(True)
            if value is not None and combo.findData(value) < 0:
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search_timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.setText(wanted.text)
        self.search_edit.blockSignals(False)

    def clear(self, *, keep_year: bool = False) -> None:
        """Every choice back to "all" and no search text (the year kept if asked); no
        `changed`: the caller filters once afterwards."""
        for combo in self._combos():
            if keep_year and combo is self.year_filter:
                continue
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)

    def search_now(self) -> None:
        """Run a pending search at once (Enter in the box does the same)."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.changed.emit()

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- slots -----------------------------------------------------------

    @Slot()
    def _on_filter_changed(self, *_args: object) -> None:
        self.search_timer.stop()
        self.changed.emit()

    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.search_timer.start()
