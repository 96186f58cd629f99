"""The units register's actions on the Units & signatories page: add, change, rename, merge
and import units, and signatories' terms, each through its dialog and an operation run by
the runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pledge_app.operations.units import (
    add_unit,
    change_unit,
    import_units,
    merge_units,
    rename_unit,
    set_signatory_term,
)
from pledge_app.ui.dialogs.merge_units_dialog import MergeUnitsDialog
from pledge_app.ui.dialogs.rename_unit_dialog import RenameUnitDialog
from pledge_app.ui.dialogs.signatory_term_dialog import SignatoryTermDialog
from pledge_app.ui.dialogs.unit_dialog import UnitDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pledge_app.core.unit_history import UnitMove
    from pledge_app.core.unit_register import RegisterEntry, SignatoryTerm
    from pledge_app.ui.operation_runner import OperationRunner
    from pledge_app.ui.prompts import UserPrompts


class UnitRegisterActions(QObject):
    """Opens the register's dialogs over `page` and runs what they ask for.

    `select` is called with the name of the unit to show after an action; the page reads the
    units again itself, from the workspace's `changed` signal.
    """

    def __init__(
        self,
        page: QWidget,
        runner: OperationRunner,
        *,
        prompts: UserPrompts,
        select: Callable[[str], object],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._runner = runner
        self._prompts = prompts
        self._select = select
        self.unit_dialog: UnitDialog | None = None
        self.rename_dialog: RenameUnitDialog | None = None
        self.merge_dialog: MergeUnitsDialog | None = None
        self.term_dialog: SignatoryTermDialog | None = None

    # -- add and change ----------------------------------------------------------

    def add(self, *, next_order: int) -> None:
        """Ask for a new unit."""
        self._replace(self.unit_dialog)
        self.unit_dialog = UnitDialog(next_order=next_order, parent=self._page)
        self.unit_dialog.accepted.connect(self._on_unit_dialog_accepted)
        self.unit_dialog.open()

    def change(self, entry: RegisterEntry) -> None:
        """Ask for a unit's new type, print order and active flag."""
        self._replace(self.unit_dialog)
        self.unit_dialog = UnitDialog(entry=entry, parent=self._page)
        self.unit_dialog.accepted.connect(self._on_unit_dialog_accepted)
        self.unit_dialog.open()

    def _on_unit_dialog_accepted(self) -> None:
        dialog = self.unit_dialog
        request = dialog.request if dialog else None
        if dialog is None or request is None:
            return
        if dialog.name_edit.isReadOnly():
            done = self._runner.run_now(
                lambda database: change_unit(
                    database,
                    request.name,
                    kind=request.kind,
                    print_order=request.print_order,
                    active=request.active,
                ),
                failure_title=self.tr("Unit not changed"),
            )
        else:
            done = self._runner.run_now(
                lambda database: add_unit(
                    database,
                    request.name,
                    kind=request.kind,
                    print_order=request.print_order,
                    active=request.active,
                ),
                failure_title=self.tr("Unit not added"),
            )
        if done is not None:
            self._select(done.name)

    # -- rename and merge ------------------------------------------------------

    def rename(self, unit: str) -> None:
        """Ask for the unit's new name."""
        self._replace(self.rename_dialog)
        self.rename_dialog = RenameUnitDialog(unit, parent=self._page)
        self.rename_dialog.accepted.connect(lambda name=unit: self._on_rename_accepted(name))
        self.rename_dialog.open()

    def merge(self, unit: str, targets: list[str]) -> None:
        """Ask which unit `unit` is merged into."""
        self._replace(self.merge_dialog)
        self.merge_dialog = MergeUnitsDialog(unit, targets, parent=self._page)
        self.merge_dialog.accepted.connect(lambda name=unit: self._on_merge_accepted(name))
        self.merge_dialog.open()

    def _on_rename_accepted(self, unit: str) -> None:
        new_name = self.rename_dialog.new_name if self.rename_dialog else None
        if new_name is None:
            return
        move = self._runner.run_now(
            lambda database: rename_unit(database, unit, to=new_name),
            failure_title=self.tr("Unit not renamed"),
        )
        if move is not None:
            self._select(move.new_name)
            self._prompts.show_info(self.tr("Unit renamed"), self._summary(move))

    def _on_merge_accepted(self, unit: str) -> None:
        target = self.merge_dialog.target if self.merge_dialog else None
        if target is None:
            return
        question = self.tr(
            "Merge {unit} into {target}? Its drafts move to {target}; this cannot be undone."
        ).format(unit=unit, target=target)
        if not self._prompts.confirm(self.tr("Merge units"), question, destructive=True):
            return
        move = self._runner.run_now(
            lambda database: merge_units(database, unit, into=target),
            failure_title=self.tr("Units not merged"),
        )
        if move is not None:
            self._select(move.new_name)
            self._prompts.show_info(self.tr("Units merged"), self._summary(move))

    def _summary(self, move: UnitMove) -> str:
        lines = [
            self.tr("{old} → {new}: {drafts} drafts moved, {kept} pledges kept as signed.").format(
                old=move.old_name,
                new=move.new_name,
                drafts=len(move.moved_drafts),
                kept=len(move.kept_pledges),
            )
        ]
        lines += [
            self.tr("Moved: {number} “{title}”").format(number=m.number or "—", title=m.title)
            for m in move.moved_drafts
        ]
        lines += [
            self.tr("Kept under {unit}: {number} “{title}”").format(
                unit=move.old_name, number=m.number or "—", title=m.title
            )
            for m in move.kept_pledges
        ]
        lines += [
            self.tr("Choose the signer again: {number} “{title}”").format(
                number=m.number or "—", title=m.title
            )
            for m in move.unlinked_signers
        ]
        return "\n".join(lines)

    # -- signatories' terms ------------------------------------------------------

    def set_term(self, unit: str, term: SignatoryTerm) -> None:
        """Ask from when to when the signatory held the post."""
        self._replace(self.term_dialog)
        self.term_dialog = SignatoryTermDialog(
            term.name, unit, held_from=term.held_from, held_to=term.held_to, parent=self._page
        )
        self.term_dialog.accepted.connect(lambda: self._on_term_accepted(unit, term.id))
        self.term_dialog.open()

    def _on_term_accepted(self, unit: str, signatory_id: str) -> None:
        request = self.term_dialog.request if self.term_dialog else None
        if request is None:
            return
        done = self._runner.run_now(
            lambda database: set_signatory_term(
                database, signatory_id, held_from=request.held_from, held_to=request.held_to
            ),
            failure_title=self.tr("Term not changed"),
        )
        if done is not None:
            self._select(unit)

    # -- import ---------------------------------------------------------------

    def import_sheet(self) -> None:
        """Ask for an .xlsx sheet of units and import it, all or nothing."""
        path = self._prompts.ask_open_path(
            self.tr("Import units"), file_filter=self.tr("Excel workbooks (*.xlsx)")
        )
        if path is None:
            return
        result = self._runner.run_now(
            lambda database: import_units(database, path),
            failure_title=self.tr("Units not imported"),
        )
        if result is not None:
            self._prompts.show_info(
                self.tr("Units imported"),
                self.tr("{file}: {added} added, {updated} updated, {same} unchanged.").format(
                    file=path.name,
                    added=len(result.added),
                    updated=len(result.updated),
                    same=len(result.unchanged),
                ),
            )

    @staticmethod
    def _replace(dialog: QObject | None) -> None:
        if dialog is not None:
            dialog.deleteLater()
