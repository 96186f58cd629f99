"""One unit on the Units & signatories page: its seal, its former names and the people who
sign for it, with their terms of office."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_app.ui import style
from pledge_app.ui.style import PALETTE

if TYPE_CHECKING:
    from pledge_app.core.unit_register import RegisterEntry, SignatoryTerm
    from pledge_app.core.views import SignatoryView, UnitView

# lupdate extracts calls to a function named `translate`; the strings keep the page's
# context, where their translations already are.
translate = QCoreApplication.translate

_SEAL_PREVIEW = 120


class UnitDetailsPanel(QFrame):
    """Shows a unit (`show_unit`) with its seal preview, its signatories and the buttons
    that change them; what the buttons do is the page's business."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitDetails")
        self.setStyleSheet(style.card("unitDetails"))
        self._unit: UnitView | None = None
        self._terms: dict[str, SignatoryTerm] = {}
        self._build_ui()
        self.signatories.itemSelectionChanged.connect(self._update_buttons)
        self.show_unit(None)

    def _build_ui(self) -> None:
        self.unit_heading = QLabel(self)
        self.unit_heading.setObjectName("unitHeading")
        self.unit_heading.setWordWrap(True)
        self.unit_heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.history_label = QLabel(self)
        self.history_label.setObjectName("unitHistory")
        self.history_label.setWordWrap(True)
        style.explanatory(self.history_label)
        seal_caption = QLabel(translate("UnitsPage", "Official seal"), self)
        style.caption(seal_caption)
        self.seal_preview = QLabel(self)
        self.seal_preview.setObjectName("sealPreview")
        self.seal_preview.setFixedSize(_SEAL_PREVIEW + 8, _SEAL_PREVIEW + 8)
        self.seal_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_preview.setStyleSheet(
            f"#sealPreview {{ border: 1px dashed {PALETTE.border}; border-radius: 4px;"
            f" color: {PALETTE.text_faint}; }}"
        )
        self.set_seal_button = self._button(
            "setSealButton", translate("UnitsPage", "Set seal image…")
        )
        self.remove_seal_button = self._button(
            "removeSealButton", translate("UnitsPage", "Remove seal")
        )
        seal_buttons = QVBoxLayout()
        seal_buttons.addWidget(self.set_seal_button)
        seal_buttons.addWidget(self.remove_seal_button)
        seal_buttons.addStretch(1)

        signatories_caption = QLabel(translate("UnitsPage", "Signatories"), self)
        style.caption(signatories_caption)
        self.signatories = QTableWidget(0, 4, self)
        self.signatories.setObjectName("signatoriesTable")
        self.signatories.setHorizontalHeaderLabels(
            [
                translate("UnitsPage", "Name"),
                translate("UnitsPage", "Title"),
                translate("UnitsPage", "Stored signature"),
                translate("UnitsPage", "In office"),
            ]
        )
        self.signatories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signatories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signatories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signatories.verticalHeader().setVisible(False)
        self.signatories.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_signatory_button = self._button(
            "addSignatoryButton", translate("UnitsPage", "Add signatory…")
        )
        self.store_signature_button = self._button(
            "storeSignatureButton", translate("UnitsPage", "Store signature image…")
        )
        self.term_button = self._button("termButton", translate("UnitsPage", "Term of office…"))
        people_buttons = QHBoxLayout()
        people_buttons.addStretch(1)
        people_buttons.addWidget(self.add_signatory_button)
        people_buttons.addWidget(self.term_button)
        people_buttons.addWidget(self.store_signature_button)

        grid = QGridLayout(self)
        grid.setContentsMargins(14, 12, 14, 12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.unit_heading, 0, 0, 1, 3)
        grid.addWidget(self.history_label, 1, 0, 1, 3)
        grid.addWidget(seal_caption, 2, 0, 1, 3)
        grid.addWidget(self.seal_preview, 3, 0)
        grid.addLayout(seal_buttons, 3, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(signatories_caption, 4, 0, 1, 3)
        grid.addWidget(self.signatories, 5, 0, 1, 3)
        grid.addLayout(people_buttons, 6, 0, 1, 3)
        grid.setRowStretch(5, 1)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # -- public ------------------------------------------------------------

    def show_unit(self, unit: UnitView | None, *, entry: RegisterEntry | None = None) -> None:
        """Show `unit` (nothing chosen for None), its first signatory chosen; `entry` adds its
        former names and its signatories' terms."""
        self._unit = unit
        self.history_label.setText(_history(entry))
        self.history_label.setVisible(bool(self.history_label.text()))
        terms = {term.id: term for term in entry.signatories} if entry else {}
        self._terms = terms
        self.setEnabled(unit is not None)
        self.unit_heading.setText(unit.name if unit else translate("UnitsPage", "No unit chosen"))
        pixmap = QPixmap()
        if unit is not None and unit.seal_image and pixmap.loadFromData(unit.seal_image):
            self.seal_preview.setPixmap(
                pixmap.scaled(
                    _SEAL_PREVIEW,
                    _SEAL_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.seal_preview.clear()
            self.seal_preview.setText(translate("UnitsPage", "No seal"))
        people = unit.signatories if unit else ()
        self.signatories.setRowCount(len(people))
        for row, person in enumerate(people):
            stored = translate("UnitsPage", "✔ stored") if person.has_stored_signature else "—"
            term = _term(terms.get(person.id))
            for column, text in enumerate((person.name, person.title, stored, term)):
                self.signatories.setItem(row, column, QTableWidgetItem(text))
        if people:
            self.signatories.selectRow(0)
        self._update_buttons()

    def select_signatory(self, name: str) -> bool:
        """Choose the signatory called `name`; False if the unit has none."""
        names = [person.name for person in self._unit.signatories] if self._unit else []
        if name not in names:
            return False
        self.signatories.selectRow(names.index(name))
        return True

    def chosen_signatory(self) -> SignatoryView | None:
        """The signatory chosen in the table."""
        rows = self.signatories.selectionModel().selectedRows()
        if self._unit is None or not rows or rows[0].row() >= len(self._unit.signatories):
            return None
        return self._unit.signatories[rows[0].row()]

    def chosen_term(self) -> SignatoryTerm | None:
        """The chosen signatory's term of office, when the unit's register entry is shown."""
        chosen = self.chosen_signatory()
        return self._terms.get(chosen.id) if chosen is not None else None

    def _update_buttons(self) -> None:
        unit = self._unit
        self.set_seal_button.setEnabled(unit is not None)
        self.remove_seal_button.setEnabled(unit is not None and unit.has_seal)
        self.add_signatory_button.setEnabled(unit is not None)
        self.store_signature_button.setEnabled(self.chosen_signatory() is not None)
        self.term_button.setEnabled(self.chosen_term() is not None)


def _history(entry: RegisterEntry | None) -> str:
    if entry is None:
        return ""
    lines = []
    if entry.former_names:
        lines.append(
            translate("UnitsPage", "Formerly: {names}").format(names="、".join(entry.former_names))
        )
    if entry.merged_from:
        lines.append(
            translate("UnitsPage", "Merged into it: {names}").format(
                names="、".join(entry.merged_from)
            )
        )
    if entry.successor is not None:
        lines.append(
            translate(
                "UnitsPage", "Kept under this name for the pledges signed with it; now {unit}."
            ).format(unit=entry.successor)
        )
    return "\n".join(lines)


def _term(term: SignatoryTerm | None) -> str:
    if term is None or (term.held_from is None and term.held_to is None):
        return "—"
    start = term.held_from.isoformat() if term.held_from else "…"
    end = term.held_to.isoformat() if term.held_to else "…"
    return f"{start} – {end}"
