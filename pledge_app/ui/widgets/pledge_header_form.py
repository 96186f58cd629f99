"""The header of a pledge: number, title, year, both parties and the status badge."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.validation import MAX_YEAR, MIN_YEAR
from pledge_app.core.views import PartyView, PledgeContent
from pledge_app.ui import style


class PledgeHeaderForm(QWidget):
    """Edits the header fields; emits `edited(key)` with keys like "title" or "issuer.signatory"."""

    edited = Signal(str)

    def __init__(self, *, key_filter: QObject | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pledge_header_form")
        self._loading = False
        self.number_edit = self._line("number_edit", "number", self.tr("e.g. 改革办〔2026〕1号"))
        self.title_edit = self._line("title_edit", "title", self.tr("Title of the pledge"))
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("year_spin")
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.valueChanged.connect(lambda _value: self._emit("year"))
        self.issuer_combo = self._combo("issuer_combo", "issuer")
        self.issuer_signatory_edit = self._line(
            "issuer_signatory_edit", "issuer.signatory", self.tr("Signatory")
        )
        self.issuer_title_edit = self._line(
            "issuer_title_edit", "issuer.signatory_title", self.tr("Signatory's title")
        )
        self.responsible_combo = self._combo("responsible_combo", "responsible")
        self.responsible_signatory_edit = self._line(
            "responsible_signatory_edit", "responsible.signatory", self.tr("Signatory")
        )
        self.responsible_title_edit = self._line(
            "responsible_title_edit", "responsible.signatory_title", self.tr("Signatory's title")
        )
        self.status_badge = QLabel(self)
        self.status_badge.setObjectName("status_badge")
        self.status_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if key_filter is not None:
            for widget in self._inputs():
                widget.installEventFilter(key_filter)
        self._build_layout()
        # Read-only inputs (a pledge past draft) look like the greyed unit boxes beside
        # them, not like white fields waiting for text; their text can still be copied.
        self.setStyleSheet(
            "QLineEdit:read-only, QAbstractSpinBox:read-only"
            " { background: palette(window); color: palette(text); }"
        )

    def _line(self, name: str, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda _text: self._emit(key))
        return edit

    def _combo(self, name: str, key: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(16)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        line = combo.lineEdit()
        assert line is not None
        line.setObjectName(f"{name}_edit")
        line.setPlaceholderText(self.tr("Unit name"))
        combo.currentTextChanged.connect(lambda _text: self._emit(key))
        return combo

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        return label

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._label("number_label", self.tr("Number")), 0, 0)
        grid.addWidget(self.number_edit, 0, 1)
        grid.addWidget(self._label("year_label", self.tr("Year")), 0, 2)
        grid.addWidget(self.year_spin, 0, 3)
        grid.addWidget(self._label("status_label", self.tr("Status")), 0, 4)
        grid.addWidget(self.status_badge, 0, 5, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self._label("title_label", self.tr("Title")), 1, 0)
        grid.addWidget(self.title_edit, 1, 1, 1, 5)
        rows = (
            (self.tr("Issuer"), self.issuer_combo, self.issuer_signatory_edit,
             self.issuer_title_edit, "issuer"),
            (self.tr("Responsible unit"), self.responsible_combo, self.responsible_signatory_edit,
             self.responsible_title_edit, "responsible"),
        )  # fmt: skip
        for row, (text, combo, signatory, title, role) in enumerate(rows, start=2):
            grid.addWidget(self._label(f"{role}_label", text), row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(self._label(f"{role}_signatory_label", self.tr("Signed by")), row, 2)
            grid.addWidget(signatory, row, 3)
            grid.addWidget(title, row, 4, 1, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 1)

    def _inputs(self) -> list[QWidget]:
        issuer_line, responsible_line = (
            self.issuer_combo.lineEdit(),
            self.responsible_combo.lineEdit(),
        )
        assert issuer_line is not None and responsible_line is not None
        return [
            self.number_edit,
            self.title_edit,
            self.year_spin,
            issuer_line,
            self.issuer_signatory_edit,
            self.issuer_title_edit,
            responsible_line,
            self.responsible_signatory_edit,
            self.responsible_title_edit,
        ]

    def _emit(self, key: str) -> None:
        if not self._loading:
            self.edited.emit(key)

    # -- content ---------------------------------------------------------------

    def set_unit_names(self, names: list[str]) -> None:
        """Offer these units in both party combos, keeping what is typed."""
        self._loading = True
        try:
            for combo in (self.issuer_combo, self.responsible_combo):
                text = combo.currentText()
                combo.clear()
                combo.addItems(names)
                combo.setEditText(text)
        finally:
            self._loading = False

    def show_content(self, content: PledgeContent) -> None:
        """Show the header of `content` without emitting `edited`."""
        self._loading = True
        try:
            pairs = (
                (self.number_edit, content.number),
                (self.title_edit, content.title),
                (self.issuer_signatory_edit, content.issuer.signatory),
                (self.issuer_title_edit, content.issuer.signatory_title),
                (self.responsible_signatory_edit, content.responsible.signatory),
                (self.responsible_title_edit, content.responsible.signatory_title),
            )
            for edit, text in pairs:
                if edit.text() != text:
                    edit.setText(text)
            for combo, text in (
                (self.issuer_combo, content.issuer.unit),
                (self.responsible_combo, content.responsible.unit),
            ):
                if combo.currentText() != text:
                    combo.setEditText(text)
            if self.year_spin.value() != content.year:
                self.year_spin.setValue(content.year)
        finally:
            self._loading = False

    def apply_to(self, content: PledgeContent) -> PledgeContent:
        """`content` with the header replaced by what the form shows."""
        return replace(
            content,
            number=self.number_edit.text(),
            title=self.title_edit.text(),
            year=self.year_spin.value(),
            issuer=PartyView(
                self.issuer_combo.currentText(),
                self.issuer_signatory_edit.text(),
                self.issuer_title_edit.text(),
            ),
            responsible=PartyView(
                self.responsible_combo.currentText(),
                self.responsible_signatory_edit.text(),
                self.responsible_title_edit.text(),
            ),
        )

    def set_status(self, status: PledgeStatus) -> None:
        """Show the pledge's status as a coloured badge."""
        names = {
            PledgeStatus.DRAFT: self.tr("Draft"),
            PledgeStatus.READY_TO_SIGN: self.tr("Ready to sign"),
            PledgeStatus.SIGNED: self.tr("Signed"),
            PledgeStatus.SUPERSEDED: self.tr("Superseded"),
        }
        foreground, background = style.status_badge_colours(status)
        self.status_badge.setText(names[status])
        self.status_badge.setStyleSheet(
            f"color: {foreground}; background: {background}; border: 1px solid {foreground};"
            "border-radius: 9px; padding: 2px 10px; font-weight: bold;"
        )

    def set_read_only(self, read_only: bool) -> None:
        """Show the header without letting it change."""
        for widget in self._inputs():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
        self.year_spin.setReadOnly(read_only)
        for combo in (self.issuer_combo, self.responsible_combo):
            combo.setEnabled(not read_only)

    def field_widget(self, key: str) -> QWidget | None:
        """The input a validation finding's field key points at."""
        widgets: dict[str, QWidget] = {
            "number": self.number_edit,
            "title": self.title_edit,
            "year": self.year_spin,
            "issuer": self.issuer_combo,
            "responsible": self.responsible_combo,
        }
        return widgets.get(key.split(".")[0])

    def mark_invalid(self, problems: dict[str, str]) -> None:
        """Outline the inputs named by field keys in red, the message as their tooltip."""
        for key in ("number", "title", "year", "issuer", "responsible"):
            widget = self.field_widget(key)
            assert widget is not None
            message = problems.get(key)
            widget.setToolTip(message or "")
            widget.setStyleSheet(style.invalid_input() if message else "")
