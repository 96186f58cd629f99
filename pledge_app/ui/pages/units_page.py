"""Units & signatories: each unit's seal and the people who sign for it, with their signatures."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.errors import PledgeError
from pledge_app.ui.chosen_file import read_chosen_file
from pledge_app.ui.dialogs.signatory_dialog import SignatoryDialog
from pledge_app.ui.dialogs.signature_image_dialog import SignatureImageDialog
from pledge_app.ui.models.pledge_table_model import chinese_collator
from pledge_app.ui.prompts import UserPrompts

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.views import UnitView

#: A seal image larger than this is refused before it is read.
MAX_SEAL_BYTES = 5 * 1024 * 1024
_SEAL_PREVIEW = 120


class UnitsPage(QWidget):
    """Units on the left; the chosen unit's seal and signatories on the right."""

    def __init__(
        self,
        database: Database | None,
        *,
        prompts: UserPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitsPage")
        self._database = database
        self._prompts = prompts
        self._units: list[UnitView] = []
        self.signatory_dialog: SignatoryDialog | None = None
        self.signature_dialog: SignatureImageDialog | None = None
        self._build_ui()
        self._connect_signals()
        self._show_unit(None)

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        heading = QLabel(self.tr("Units & signatories"), self)
        heading.setObjectName("unitsTitle")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        note = QLabel(
            self.tr(
                "Units are added when a pledge names them. Give each unit its official seal "
                "and store the signatures of the people who sign for it."
            ),
            self,
        )
        note.setObjectName("unitsNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #475467;")

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("unitsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Seal"),
                self.tr("Signatories"),
                self.tr("As issuer"),
                self.tr("As responsible unit"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.details = QFrame(self)
        self.details.setObjectName("unitDetails")
        self.details.setStyleSheet(
            "#unitDetails { background: white; border: 1px solid #d0d5dd; border-radius: 6px; }"
        )
        self.unit_heading = QLabel(self.details)
        self.unit_heading.setObjectName("unitHeading")
        self.unit_heading.setWordWrap(True)
        self.unit_heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        seal_caption = QLabel(self.tr("Official seal"), self.details)
        seal_caption.setStyleSheet("font-weight: bold; color: #344054;")
        self.seal_preview = QLabel(self.details)
        self.seal_preview.setObjectName("sealPreview")
        self.seal_preview.setFixedSize(_SEAL_PREVIEW + 8, _SEAL_PREVIEW + 8)
        self.seal_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_preview.setStyleSheet(
            "#sealPreview { border: 1px dashed #d0d5dd; border-radius: 4px; color: #98a2b3; }"
        )
        self.set_seal_button = self._button("setSealButton", self.tr("Set seal image…"))
        self.remove_seal_button = self._button("removeSealButton", self.tr("Remove seal"))
        seal_buttons = QVBoxLayout()
        seal_buttons.addWidget(self.set_seal_button)
        seal_buttons.addWidget(self.remove_seal_button)
        seal_buttons.addStretch(1)

        signatories_caption = QLabel(self.tr("Signatories"), self.details)
        signatories_caption.setStyleSheet("font-weight: bold; color: #344054;")
        self.signatories = QTableWidget(0, 3, self.details)
        self.signatories.setObjectName("signatoriesTable")
        self.signatories.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Stored signature")]
        )
        self.signatories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signatories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signatories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signatories.verticalHeader().setVisible(False)
        people_header = self.signatories.horizontalHeader()
        people_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_signatory_button = self._button("addSignatoryButton", self.tr("Add signatory…"))
        self.store_signature_button = self._button(
            "storeSignatureButton", self.tr("Store signature image…")
        )
        people_buttons = QHBoxLayout()
        people_buttons.addStretch(1)
        people_buttons.addWidget(self.add_signatory_button)
        people_buttons.addWidget(self.store_signature_button)

        grid = QGridLayout(self.details)
        grid.setContentsMargins(14, 12, 14, 12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.unit_heading, 0, 0, 1, 3)
        grid.addWidget(seal_caption, 1, 0, 1, 3)
        grid.addWidget(self.seal_preview, 2, 0)
        grid.addLayout(seal_buttons, 2, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(signatories_caption, 3, 0, 1, 3)
        grid.addWidget(self.signatories, 4, 0, 1, 3)
        grid.addLayout(people_buttons, 5, 0, 1, 3)
        grid.setRowStretch(4, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("unitsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self.details)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.signatories.itemSelectionChanged.connect(self._update_buttons)
        self.set_seal_button.clicked.connect(self.choose_seal)
        self.remove_seal_button.clicked.connect(self.remove_seal)
        self.add_signatory_button.clicked.connect(self.add_signatory)
        self.store_signature_button.clicked.connect(self.store_signature)

    # -- public ------------------------------------------------------------

    def set_database(self, database: Database | None) -> None:
        """Show the units of another database (read when the page is next shown)."""
        self._database = database
        if self.isVisible():
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the units again, keeping the chosen one."""
        if self._database is None:
            return
        # Imported here so the window paints before SQLAlchemy is loaded (start-up time).
        from pledge_app.core.pledges import list_pledges
        from pledge_app.core.units import list_units

        keep = self.current_unit()
        with self._database.begin() as session:
            units = list_units(session)
            rows = list_pledges(session)
        as_issuer = Counter(row.issuer for row in rows)
        as_responsible = Counter(row.responsible for row in rows)
        collator = chinese_collator()
        self._units = sorted(units, key=lambda unit: collator.sortKey(unit.name))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._units))
        for row, unit in enumerate(self._units):
            values: list[str | int] = [
                unit.name,
                "✔" if unit.has_seal else "—",
                len(unit.signatories),
                as_issuer[unit.name],
                as_responsible[unit.name],
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem()
                cell.setData(Qt.ItemDataRole.DisplayRole, value)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        names = [unit.name for unit in self._units]
        if keep is not None and keep.name in names:
            self.table.selectRow(names.index(keep.name))
        elif self._units:
            self.table.selectRow(0)
        self._show_unit(self.current_unit())

    def current_unit(self) -> UnitView | None:
        """The unit chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._units):
            return None
        return self._units[rows[0].row()]

    def select_unit(self, name: str) -> bool:
        """Choose the unit called `name`; False if there is none."""
        for row, unit in enumerate(self._units):
            if unit.name == name:
                self.table.selectRow(row)
                return True
        return False

    def select_signatory(self, name: str) -> bool:
        """Choose the chosen unit's signatory called `name`; False if there is none."""
        unit = self.current_unit()
        names = [s.name for s in unit.signatories] if unit else []
        if name not in names:
            return False
        self.signatories.selectRow(names.index(name))
        return True

    # -- actions -----------------------------------------------------------

    @Slot()
    def choose_seal(self) -> None:
        """Ask for a PNG of the unit's seal and store it."""
        unit = self.current_unit()
        if unit is None:
            return
        path = self._prompts.ask_open_path(
            self.tr("Seal image of {unit}").format(unit=unit.name),
            file_filter=self.tr("PNG images (*.png)"),
        )
        if path is None:
            return
        data = self._read_image(path)
        if data is not None:
            self._set_seal(unit.name, data)

    @Slot()
    def remove_seal(self) -> None:
        """Remove the unit's seal after the clerk confirms."""
        unit = self.current_unit()
        if unit is None or not unit.has_seal:
            return
        question = self.tr(
            "Remove the seal of {unit}? Pledges already signed keep the seal they were signed with."
        ).format(unit=unit.name)
        if self._prompts.confirm(self.tr("Remove seal"), question, destructive=True):
            self._set_seal(unit.name, None)

    @Slot()
    def add_signatory(self) -> None:
        """Ask for a new signatory's name and title (the dialog is not modal to the app)."""
        unit = self.current_unit()
        if unit is None:
            return
        if self.signatory_dialog is not None:
            self.signatory_dialog.deleteLater()
        self.signatory_dialog = SignatoryDialog(unit.name, parent=self)
        self.signatory_dialog.accepted.connect(
            lambda name=unit.name: self._on_signatory_dialog_accepted(name)
        )
        self.signatory_dialog.open()

    @Slot()
    def store_signature(self) -> None:
        """Ask for the chosen signatory's signature image and PIN, then store them."""
        unit = self.current_unit()
        rows = self.signatories.selectionModel().selectedRows()
        if unit is None or not rows:
            return
        signatory = unit.signatories[rows[0].row()]
        if self.signature_dialog is not None:
            self.signature_dialog.deleteLater()
        self.signature_dialog = SignatureImageDialog(
            signatory.name, unit.name, choose_file=self._prompts.ask_open_path, parent=self
        )
        self.signature_dialog.accepted.connect(
            lambda signatory_id=signatory.id: self._on_signature_dialog_accepted(signatory_id)
        )
        self.signature_dialog.open()

    # -- slots -------------------------------------------------------------

    def _on_table_item_selection_changed(self) -> None:
        self._show_unit(self.current_unit())

    def _on_signatory_dialog_accepted(self, unit_name: str) -> None:
        request = self.signatory_dialog.request if self.signatory_dialog else None
        if request is None or self._database is None:
            return
        from pledge_app.core.units import add_signatory

        try:
            with self._database.begin() as session:
                add_signatory(session, unit_name, name=request.name, title=request.title)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Signatory not added"))
            return
        self.reload()
        self.select_signatory(request.name)

    def _on_signature_dialog_accepted(self, signatory_id: str) -> None:
        request = self.signature_dialog.request if self.signature_dialog else None
        if request is None or self._database is None:
            return
        from pledge_app.core.signing import store_signature_image

        try:
            with self._database.begin() as session:
                store_signature_image(session, signatory_id, image=request.image, pin=request.pin)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Signature not stored"))
            return
        self.reload()

    # -- helpers -----------------------------------------------------------

    def _read_image(self, path: Path) -> bytes | None:
        from pledge_app.core.images import PNG, sniff_type

        data, problem = read_chosen_file(path, max_bytes=MAX_SEAL_BYTES)
        if not problem and sniff_type(data) != PNG:
            problem = self.tr(
                "{name} is not a PNG image. Save the seal as a PNG with a transparent background."
            ).format(name=path.name)
        if problem:
            self._prompts.show_error(self.tr("Seal not changed"), problem)
            return None
        return data

    def _set_seal(self, unit_name: str, data: bytes | None) -> None:
        if self._database is None:
            return
        from pledge_app.core.signing import set_unit_seal

        try:
            with self._database.begin() as session:
                set_unit_seal(session, unit_name, data)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Seal not changed"))
            return
        self.reload()

    def _show_unit(self, unit: UnitView | None) -> None:
        self.details.setEnabled(unit is not None)
        self.unit_heading.setText(unit.name if unit else self.tr("No unit chosen"))
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
            self.seal_preview.setText(self.tr("No seal"))
        people = unit.signatories if unit else ()
        self.signatories.setRowCount(len(people))
        for row, person in enumerate(people):
            stored = self.tr("✔ stored") if person.has_stored_signature else "—"
            for column, text in enumerate((person.name, person.title, stored)):
                self.signatories.setItem(row, column, QTableWidgetItem(text))
        if people:
            self.signatories.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        unit = self.current_unit()
        self.set_seal_button.setEnabled(unit is not None)
        self.remove_seal_button.setEnabled(unit is not None and unit.has_seal)
        self.add_signatory_button.setEnabled(unit is not None)
        self.store_signature_button.setEnabled(
            bool(self.signatories.selectionModel().selectedRows())
        )
