"""The deadline cell's editor: type a date as offices write it, or pick it from a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from pledge_app.core.editing import DateError, format_date, parse_date


class DeadlineEdit(QLineEdit):
    """A line edit for 2026-10-15, 2026/10/15 or 2026年10月15日; its calendar button opens
    on the date typed or, for an empty cell, in the pledge's year (`default_year`)."""

    #: A date was picked from the calendar (the editor then commits it).
    date_picked = Signal()

    def __init__(self, *, default_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_date_editor")
        self.setPlaceholderText(self.tr("e.g. 2026-12-31"))
        self._default_year = default_year
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, self.tr("Choose from a calendar"), self)
        self.calendar_action.setObjectName("task_date_calendar_action")
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.open_calendar)
        #: The calendar on show, if any (tests pick from it).
        self.calendar: QCalendarWidget | None = None

    def start_date(self) -> QDate:
        """Where the calendar opens: the date typed, else 1 January of the pledge's year
        (today when the pledge is for this year)."""
        try:
            typed = parse_date(self.text())
        except DateError:
            typed = None
        if typed is not None:
            return QDate(typed.year, typed.month, typed.day)
        today = date.today()
        if today.year == self._default_year:
            return QDate(today.year, today.month, today.day)
        return QDate(self._default_year, 1, 1)

    def open_calendar(self) -> None:
        """Show a calendar below the cell; a click on a day fills the cell in."""
        calendar = QCalendarWidget(self)
        calendar.setObjectName("task_date_calendar")
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        calendar.setSelectedDate(self.start_date())
        calendar.clicked.connect(self._on_calendar_clicked)
        calendar.activated.connect(self._on_calendar_clicked)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar = calendar
        calendar.show()

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.setText(format_date(date(day.year(), day.month(), day.day())))
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.date_picked.emit()
