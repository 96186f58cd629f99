"""Units & signatories: each unit's seal and the people who sign for it, with their signatures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_app.operations.changes import Changes
from pledge_app.operations.units import (
    UnitUse,
    add_signatory,
    set_seal,
    store_signature,
    units_in_use,
)
from pledge_app.ui.chosen_file import read_chosen_file
from pledge_app.ui.dialogs.signatory_dialog import SignatoryDialog
from pledge_app.ui.dialogs.signature_image_dialog import SignatureImageDialog
from pledge_app.ui.models.pledge_table_model import chinese_collator
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.widgets.unit_details_panel import UnitDetailsPanel

if TYPE_CHECKING:
    from pledge_app.core.views import UnitView
    from pledge_app.ui.operation_runner import OperationRunner
    from pledge_app.ui.workspace import Workspace

#: A seal image larger than this is refused before it is read.
MAX_SEAL_BYTES = 5 * 1024 * 1024


class UnitsPage(QWidget):
    """Units on the left; the chosen unit's seal and signatories on the right.

    It reads the workspace's database again when `changed` touches units, at once if it is
    on show, else the next time it shows.
    """

    def __init__(
        self,
        workspace: Workspace,
        runner: OperationRunner,
        *,
        prompts: UserPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitsPage")
        self._workspace = workspace
        self._runner = runner
        self._prompts = prompts
        self._units: list[UnitView] = []
        self._stale = True  # nothing read yet
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

        self.details = UnitDetailsPanel(self)
        # The page's own names for the panel's widgets, which the tests use.
        self.unit_heading = self.details.unit_heading
        self.seal_preview = self.details.seal_preview
        self.set_seal_button = self.details.set_seal_button
        self.remove_seal_button = self.details.remove_seal_button
        self.signatories = self.details.signatories
        self.add_signatory_button = self.details.add_signatory_button
        self.store_signature_button = self.details.store_signature_button

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

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.set_seal_button.clicked.connect(self.choose_seal)
        self.remove_seal_button.clicked.connect(self.remove_seal)
        self.add_signatory_button.clicked.connect(self.add_signatory)
        self.store_signature_button.clicked.connect(self.store_signature)
        self._workspace.changed.connect(self._on_workspace_changed)

    # -- public ------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the units again, keeping the chosen one."""
        if self._workspace.database is None:
            return
        uses = self._runner.run_now(units_in_use)
        if uses is None:
            return
        self._stale = False
        keep = self.current_unit()
        collator = chinese_collator()
        ordered = sorted(uses, key=lambda use: collator.sortKey(use.unit.name))
        self._units = [use.unit for use in ordered]
        self.table.blockSignals(True)
        self.table.setRowCount(len(ordered))
        for row, use in enumerate(ordered):
            self._fill_row(row, use)
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
        return self.details.select_signatory(name)

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
        signatory = self.details.chosen_signatory()
        if unit is None or signatory is None:
            return
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

    @Slot(object)
    def _on_workspace_changed(self, changes: Changes) -> None:
        if not changes.touches_units():
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def _on_signatory_dialog_accepted(self, unit_name: str) -> None:
        request = self.signatory_dialog.request if self.signatory_dialog else None
        if request is None:
            return
        added = self._runner.run_now(
            lambda database: add_signatory(
                database, unit_name, name=request.name, title=request.title
            ),
            failure_title=self.tr("Signatory not added"),
        )
        if added is not None:
            self.select_signatory(added.name)

    def _on_signature_dialog_accepted(self, signatory_id: str) -> None:
        request = self.signature_dialog.request if self.signature_dialog else None
        if request is None:
            return
        self._runner.run_now(
            lambda database: store_signature(
                database, signatory_id, image=request.image, pin=request.pin
            ),
            failure_title=self.tr("Signature not stored"),
        )

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
        self._runner.run_now(
            lambda database: set_seal(database, unit_name, image=data),
            failure_title=self.tr("Seal not changed"),
        )

    def _show_unit(self, unit: UnitView | None) -> None:
        self.details.show_unit(unit)

    def _fill_row(self, row: int, use: UnitUse) -> None:
        values: list[str | int] = [
            use.unit.name,
            "✔" if use.unit.has_seal else "—",
            len(use.unit.signatories),
            use.as_issuer,
            use.as_responsible,
        ]
        for column, value in enumerate(values):
            cell = QTableWidgetItem()
            cell.setData(Qt.ItemDataRole.DisplayRole, value)
            if column:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, cell)

    # -- events ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
