"""Units & signatories: the units register (type, print order, active; add, change, rename,
merge, import) and each unit's seal and the people who sign for it, with their signatures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pledge_app.operations.changes import Changes
from pledge_app.operations.units import (
    add_signatory,
    set_seal,
    store_signature,
    units_in_use,
)
from pledge_app.ui import style
from pledge_app.ui.chosen_file import read_chosen_file
from pledge_app.ui.dialogs.signatory_dialog import SignatoryDialog
from pledge_app.ui.dialogs.signature_image_dialog import SignatureImageDialog
from pledge_app.ui.models.pledge_table_model import chinese_collator
from pledge_app.ui.pages.unit_register_actions import UnitRegisterActions
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.widgets.unit_details_panel import UnitDetailsPanel
from pledge_app.ui.widgets.units_table import UnitsTable

if TYPE_CHECKING:
    from pledge_app.core.unit_register import RegisterEntry
    from pledge_app.core.views import UnitView
    from pledge_app.ui.operation_runner import OperationRunner
    from pledge_app.ui.workspace import Workspace

#: A seal image larger than this is refused before it is read.
MAX_SEAL_BYTES = 5 * 1024 * 1024


class UnitsPage(QWidget):
    """Units in print order on the left (former names last, greyed); the chosen unit's seal
    and signatories on the right.

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
        self._entries: list[RegisterEntry] = []
        self._stale = True  # nothing read yet
        self.signatory_dialog: SignatoryDialog | None = None
        self.signature_dialog: SignatureImageDialog | None = None
        self._build_ui()
        self.register_actions = UnitRegisterActions(
            self, runner, prompts=prompts, select=self.select_unit
        )
        self._connect_signals()
        self._show_unit(None)

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        heading = QLabel(self.tr("Units & signatories"), self)
        heading.setObjectName("unitsTitle")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        note = QLabel(
            self.tr(
                "Add the units the office signs pledges with, in the order they are printed; "
                "a pledge naming a new unit adds it too. Give each unit its official seal "
                "and store the signatures of the people who sign for it."
            ),
            self,
        )
        note.setObjectName("unitsNote")
        note.setWordWrap(True)
        style.explanatory(note)

        self.table = UnitsTable(self)

        self.details = UnitDetailsPanel(self)
        # The page's own names for the panel's widgets, which the tests use.
        self.unit_heading = self.details.unit_heading
        self.seal_preview = self.details.seal_preview
        self.set_seal_button = self.details.set_seal_button
        self.remove_seal_button = self.details.remove_seal_button
        self.signatories = self.details.signatories
        self.add_signatory_button = self.details.add_signatory_button
        self.store_signature_button = self.details.store_signature_button

        self.add_unit_button = self._button("addUnitButton", self.tr("Add unit…"))
        self.change_unit_button = self._button("changeUnitButton", self.tr("Change…"))
        self.rename_unit_button = self._button("renameUnitButton", self.tr("Rename…"))
        self.merge_unit_button = self._button("mergeUnitButton", self.tr("Merge into…"))
        self.import_units_button = self._button("importUnitsButton", self.tr("Import from Excel…"))
        register_buttons = QHBoxLayout()
        for button in (
            self.add_unit_button,
            self.change_unit_button,
            self.rename_unit_button,
            self.merge_unit_button,
        ):
            register_buttons.addWidget(button)
        register_buttons.addStretch(1)
        register_buttons.addWidget(self.import_units_button)

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
        layout.addLayout(register_buttons)
        layout.addWidget(splitter, 1)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.set_seal_button.clicked.connect(self.choose_seal)
        self.remove_seal_button.clicked.connect(self.remove_seal)
        self.add_signatory_button.clicked.connect(self.add_signatory)
        self.store_signature_button.clicked.connect(self.store_signature)
        self.add_unit_button.clicked.connect(self.add_unit)
        self.change_unit_button.clicked.connect(self.change_unit)
        self.rename_unit_button.clicked.connect(self.rename_unit)
        self.merge_unit_button.clicked.connect(self.merge_unit)
        self.import_units_button.clicked.connect(self.register_actions.import_sheet)
        self.details.term_button.clicked.connect(self._on_term_button_clicked)
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
        # Print order first; units renamed or merged away after every current one.
        ordered = sorted(
            uses,
            key=lambda use: (
                not use.entry.current,
                use.entry.print_order,
                collator.sortKey(use.unit.name),
            ),
        )
        self._units = [use.unit for use in ordered]
        self._entries = [use.entry for use in ordered]
        self.table.fill(ordered)
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

    def current_entry(self) -> RegisterEntry | None:
        """The register entry of the unit chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._entries):
            return None
        return self._entries[rows[0].row()]

    def select_signatory(self, name: str) -> bool:
        """Choose the chosen unit's signatory called `name`; False if there is none."""
        return self.details.select_signatory(name)

    # -- actions -----------------------------------------------------------

    @Slot()
    def add_unit(self) -> None:
        """Ask for a new unit, last in print order by default."""
        orders = [entry.print_order for entry in self._entries]
        self.register_actions.add(next_order=max(orders, default=0) + 1)

    @Slot()
    def change_unit(self) -> None:
        """Ask for the chosen unit's type, print order and active flag."""
        entry = self.current_entry()
        if entry is not None and entry.current:
            self.register_actions.change(entry)

    @Slot()
    def rename_unit(self) -> None:
        """Ask for the chosen unit's new name."""
        entry = self.current_entry()
        if entry is not None and entry.current:
            self.register_actions.rename(entry.name)

    @Slot()
    def merge_unit(self) -> None:
        """Ask which unit the chosen one is merged into."""
        entry = self.current_entry()
        if entry is not None and entry.current:
            targets = [other.name for other in self._entries if other.current]
            self.register_actions.merge(entry.name, targets)

    @Slot()
    def choose_seal(self) -> None:
        """Ask for a PNG or JPEG of the unit's seal and store it (as PNG)."""
        unit = self.current_unit()
        if unit is None:
            return
        path = self._prompts.ask_open_path(
            self.tr("Seal image of {unit}").format(unit=unit.name),
            file_filter=self.tr("Seal images (*.png *.jpg *.jpeg)"),
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

    def _on_term_button_clicked(self) -> None:
        unit, term = self.current_unit(), self.details.chosen_term()
        if unit is not None and term is not None:
            self.register_actions.set_term(unit.name, term)

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
        from pledge_app.core.images import as_png

        data, problem = read_chosen_file(path, max_bytes=MAX_SEAL_BYTES)
        if not problem and as_png(data) is None:
            problem = self.tr(
                "{name} is neither a PNG nor a JPEG image that can be read. A PNG with a "
                "transparent background prints best."
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
        entry = self.current_entry()
        if unit is None or (entry is not None and entry.id != unit.id):
            entry = None
        self.details.show_unit(unit, entry=entry)
        current = entry is not None and entry.current
        self.change_unit_button.setEnabled(current)
        self.rename_unit_button.setEnabled(current)
        self.merge_unit_button.setEnabled(current and len(self._entries) > 1)

    # -- events ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
