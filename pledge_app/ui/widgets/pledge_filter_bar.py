"""The pledge list's filters: year, status and unit choices and the search box."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from pledge_app.core.enums import PledgeStatus
from pledge_app.ui.labels import status_label
from pledge_app.ui.models.pledge_filter import PledgeFilter

# lupdate extracts calls to a function named `translate`; the strings keep the list page's
# context, where their translations already are.
translate = QCoreApplication.translate


class PledgeFilterBar(QWidget):
    """The filter widgets in one row; `changed` whenever the filter they describe may have."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pledgeFilterBar")
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("yearFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(translate("PledgeListPage", "All statuses"), "")
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
        self.search_edit.setPlaceholderText(
            translate("PledgeListPage", "Search number, title or unit")
        )
        self.search_edit.setClearButtonEnabled(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, combo in (
            (translate("PledgeListPage", "&Year:"), self.year_filter),
            (translate("PledgeListPage", "&Status:"), self.status_filter),
            (translate("PledgeListPage", "&Unit:"), self.unit_filter),
        ):
            label = QLabel(caption, self)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
        search_label = QLabel(translate("PledgeListPage", "Searc&h:"), self)
        search_label.setBuddy(self.search_edit)
        layout.addWidget(search_label)
        layout.addWidget(self.search_edit, 1)
        self.fill_choices([], [], year=None, unit=None)  # "All years" / "All units" at once

        for combo in (self.year_filter, self.status_filter, self.unit_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_filter_changed)

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

    def fill_choices(
        self, years: Iterable[int], units: Iterable[str], *, year: int | None, unit: str | None
    ) -> None:
        """Offer these years and units (in this order), choosing `year` and `unit` if offered;
        says nothing through `changed` (the caller filters once afterwards)."""
        for combo, everything, values in (
            (self.year_filter, translate("PledgeListPage", "All years"), list(years)),
            (self.unit_filter, translate("PledgeListPage", "All units"), list(units)),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(str(value), value)
            combo.blockSignals(False)
        for combo, wanted in ((self.year_filter, year), (self.unit_filter, unit)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            combo.blockSignals(False)

    def choose_status(self, value: str) -> None:
        """Choose the status whose value is `value` ("" for all statuses)."""
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(value), 0))

    def clear(self) -> None:
        """All years, statuses and units, no search text; `changed` comes once."""
        for combo in (self.year_filter, self.status_filter, self.unit_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.changed.emit()

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot()
    def _on_filter_changed(self, *_args: object) -> None:
        self.changed.emit()
