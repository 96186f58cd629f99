"""Asks from when to when a signatory held the post; either end may be left open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pledge_app.ui import style


@dataclass(frozen=True)
class TermRequest:
    """A term of office; None is an open end."""

    held_from: date | None
    held_to: date | None


class SignatoryTermDialog(QDialog):
    """Two dates, each switched on by its check box; read `request` after accept()."""

    def __init__(
        self,
        signatory: str,
        unit: str,
        *,
        held_from: date | None = None,
        held_to: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatoryTermDialog")
        self.request: TermRequest | None = None
        self.setWindowTitle(self.tr("Term of office"))
        self.setMinimumWidth(420)
        heading = QLabel(
            self.tr("When {name} held the post at {unit}.").format(name=signatory, unit=unit), self
        )
        heading.setWordWrap(True)
        self.from_check = QCheckBox(self.tr("From:"), self)
        self.from_check.setObjectName("fromCheck")
        self.to_check = QCheckBox(self.tr("Until:"), self)
        self.to_check.setObjectName("toCheck")
        self.from_edit = self._date_edit("fromEdit", held_from)
        self.to_edit = self._date_edit("toEdit", held_to)
        self.from_check.setChecked(held_from is not None)
        self.to_check.setChecked(held_to is not None)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        style.error_text(self.problem_label)
        grid = QGridLayout()
        grid.addWidget(self.from_check, 0, 0)
        grid.addWidget(self.from_edit, 0, 1)
        grid.addWidget(self.to_check, 1, 0)
        grid.addWidget(self.to_edit, 1, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._update)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _date_edit(self, name: str, value: date | None) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        start = value or date.today()
        edit.setDate(QDate(start.year, start.month, start.day))
        return edit

    def term(self) -> TermRequest:
        """The term as entered."""
        start = _day(self.from_edit.date()) if self.from_check.isChecked() else None
        end = _day(self.to_edit.date()) if self.to_check.isChecked() else None
        return TermRequest(start, end)

    def problem(self) -> str:
        """Why OK is disabled ("" when it is not)."""
        term = self.term()
        if term.held_from and term.held_to and term.held_to < term.held_from:
            return self.tr("The term ends before it starts.")
        return ""

    def _update(self) -> None:
        self.from_edit.setEnabled(self.from_check.isChecked())
        self.to_edit.setEnabled(self.to_check.isChecked())
        problem = self.problem()
        self.problem_label.setText(problem)
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        """Keep the term and close, if it is one."""
        if self.problem():
            return
        self.request = self.term()
        super().accept()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
