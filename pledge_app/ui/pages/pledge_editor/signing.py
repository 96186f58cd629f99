"""The editor's signing work: sign a party, change the order, amend, compare versions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pledge_app.core.enums import Party, PledgeStatus, SigningOrder
from pledge_app.core.signature_scans import ScanCopy
from pledge_app.core.views import PledgeView
from pledge_app.operations import pledges, signing
from pledge_app.ui.chosen_file import FileChooser
from pledge_app.ui.dialogs.amend_dialog import AmendDialog
from pledge_app.ui.dialogs.scan_view_dialog import ScanViewDialog
from pledge_app.ui.dialogs.signing_dialog import SigningDialog
from pledge_app.ui.dialogs.version_compare_dialog import VersionCompareDialog
from pledge_app.ui.labels import party_caption
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.widgets.signing_tab import SigningTab


class EditorSigning(QObject):
    """Runs each signing action as an operation and reports the new state back.

    `stored()` is the pledge as last read; `changed(view)` hands back the pledge after
    a change; `open_requested(id)` asks the editor to show another version.
    """

    changed = Signal(object)  # PledgeView
    open_requested = Signal(str)
    status_message = Signal(str)

    def __init__(
        self,
        owner: QWidget,
        *,
        runner: OperationRunner,
        stored: Callable[[], PledgeView | None],
        unsaved: Callable[[], PledgeView | None] = lambda: None,
        choose_file: FileChooser | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(owner)
        self.setObjectName("editor_signing")
        self._owner = owner
        self._runner = runner
        self._prompts = runner.prompts
        self._stored = stored
        self._unsaved = unsaved
        self._choose_file: FileChooser = choose_file or runner.prompts.ask_open_path
        self._today = today
        #: Every version of the pledge shown, oldest first (empty for an unsaved one).
        self.chain: list[PledgeView] = []
        #: The signing dialog on show, if any (tests drive it).
        self.dialog: SigningDialog | None = None
        #: The comparison on show, if any.
        self.compare_dialog: VersionCompareDialog | None = None
        #: The question "amend, and why?" on show, if any.
        self.amend_dialog: AmendDialog | None = None
        #: The scan of a paper signature on show, if any.
        self.scan_dialog: ScanViewDialog | None = None

    def answer_tab(self, tab: SigningTab) -> None:
        """Do what the Signatures tab's buttons ask; opening a version goes to `open_requested`."""
        tab.sign_requested.connect(self.sign)
        tab.order_chosen.connect(self.set_order)
        tab.amend_requested.connect(self.amend)
        tab.compare_requested.connect(self.compare)
        tab.open_version_requested.connect(self.open_requested)
        tab.panel.scan_requested.connect(self.view_scan)
        tab.panel.load_scan = self._scan_bytes

    # -- versions ----------------------------------------------------------------

    def show_chain(self, versions: tuple[PledgeView, ...]) -> None:
        """Take `versions` (oldest first) as the versions of the pledge shown."""
        self.chain = list(versions)

    def load_chain(self, pledge_id: str) -> list[PledgeView]:
        """Read the versions of `pledge_id` again (kept as they were if they cannot be read)."""
        versions = self._runner.run_now(lambda db: pledges.pledge_versions(db, pledge_id))
        if versions is not None:
            self.chain = list(versions)
        return self.chain

    def update_chain(self, view: PledgeView) -> None:
        """Take `view` as the latest state of its version (after a save, finalise or signature)."""
        self.chain = [view if version.id == view.id else version for version in self.chain]

    def newer_version(self) -> PledgeView | None:
        """The version that follows the one shown, if there is one."""
        current = self._stored()
        if current is None:
            return None
        ids = [view.id for view in self.chain]
        if current.id in ids and ids.index(current.id) + 1 < len(ids):
            return self.chain[ids.index(current.id) + 1]
        return None

    def older_version(self) -> PledgeView | None:
        """The version the one shown amends, if it is an amendment."""
        current = self._stored()
        ids = [view.id for view in self.chain]
        if current is None or current.id not in ids or ids.index(current.id) == 0:
            return None
        return self.chain[ids.index(current.id) - 1]

    def default_pair(self) -> tuple[PledgeView, PledgeView] | None:
        """Previous against this one; for the first version, this one against the next."""
        current = self._stored()
        ids = [view.id for view in self.chain]
        if current is None or current.id not in ids or len(ids) < 2:
            return None
        position = ids.index(current.id)
        if position > 0:
            return self.chain[position - 1], self.chain[position]
        return self.chain[0], self.chain[1]

    def compare(self, pair: tuple[PledgeView, PledgeView] | None = None) -> None:
        """Show what changed between two versions (by default, the previous one and this).

        The versions are read again, so the comparison shows what is saved now; the
        version on show carries the editor's unsaved changes, and the dialog says so."""
        current = self._stored()
        if pair is None and current is not None:
            self.load_chain(current.id)
        pair = pair or self.default_pair()
        if pair is None:
            self._prompts.show_info(
                self.tr("Compare versions"), self.tr("This pledge has only one version.")
            )
            return
        unsaved = self._unsaved()
        with_unsaved = tuple(
            unsaved if unsaved is not None and view.id == unsaved.id else view for view in pair
        )
        old, new = sorted(with_unsaved, key=lambda view: view.revision)
        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        shows_unsaved = unsaved is not None and any(view is unsaved for view in (old, new))
        self.compare_dialog = VersionCompareDialog(
            old, new, unsaved=shows_unsaved, parent=self._owner
        )
        self.compare_dialog.show()

    def follow_banner(self) -> None:
        """The banner's way forward: open the next version, amend a signed pledge, or
        compare an amendment in draft with the version it amends."""
        newer = self.newer_version()
        pledge = self._stored()
        if newer is not None:
            self.open_requested.emit(newer.id)
        elif pledge is not None and pledge.status is PledgeStatus.SIGNED:
            self.amend()
        elif pledge is not None and pledge.status is PledgeStatus.DRAFT:
            self.compare()

    # -- scans of paper signed in ink ------------------------------------------------

    def _read_scan(self, party: Party) -> ScanCopy | None:
        pledge = self._stored()
        if pledge is None:
            return None
        return self._runner.run_now(lambda db: signing.signature_scan(db, pledge.id, party=party))

    def _scan_bytes(self, party: Party) -> bytes | None:
        scan = self._read_scan(party)
        return scan.data if scan is not None else None

    def view_scan(self, party: Party) -> None:
        """Show the scan `party` attached when it signed in ink, with Save as…."""
        scan = self._read_scan(party)
        if scan is None:
            return
        if self.scan_dialog is not None:
            self.scan_dialog.close()
            self.scan_dialog.deleteLater()
        self.scan_dialog = ScanViewDialog(
            scan, on_save=lambda: self.export_scan(scan), parent=self._owner
        )
        self.scan_dialog.show()

    def export_scan(self, scan: ScanCopy) -> Path | None:
        """Save `scan` as a file the clerk names; the path, or None."""
        pledge = self._stored()
        chosen = self._prompts.ask_save_path(
            self.tr("Save the scan"),
            directory=str(Path.home() / scan.file_name),
            file_filter=self.tr("Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if chosen is None or pledge is None:
            return None
        path = self._runner.run_now(
            lambda db: signing.export_scan(db, pledge.id, party=scan.party, path=chosen),
            failure_title=self.tr("Scan not saved"),
        )
        if path is not None:
            self.status_message.emit(self.tr("Saved the scan to {path}.").format(path=path))
        return path

    # -- signing -------------------------------------------------------------------

    def sign(self, party: Party) -> None:
        """Open the signing dialog for `party`; the signature is recorded when it is accepted."""
        pledge = self._stored()
        if pledge is None:
            return
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        stored = self._runner.run_now(lambda db: signing.stored_signers(db, pledge.id, party=party))
        self.dialog = SigningDialog(
            pledge,
            party,
            choose_file=self._choose_file,
            today=self._today(),
            stored_signers=stored,
            parent=self._owner,
        )
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        dialog, pledge = self.dialog, self._stored()
        request = dialog.request if dialog is not None else None
        if request is None or pledge is None:
            return
        view = self._runner.run_now(
            lambda db: signing.record_signature(
                db, pledge.id, request=request, expected_version=pledge.version
            ),
            failure_title=self.tr("Not signed"),
        )
        if view is None and dialog is not None:
            # The reason was shown (e.g. a wrong PIN): the clerk corrects it in the dialog.
            dialog.request = None
            dialog.open()
            return
        if view is None:
            return
        self.load_chain(view.id)
        self.changed.emit(view)
        self.status_message.emit(
            self.tr("{party} signed “{title}”.").format(
                party=party_caption(request.party), title=view.content.title
            )
        )

    def set_order(self, order: SigningOrder) -> None:
        """Let the other party sign first (only before anyone has signed)."""
        pledge = self._stored()
        if pledge is None:
            return
        view = self._runner.run_now(
            lambda db: signing.set_signing_order(
                db, pledge.id, order=order, expected_version=pledge.version
            ),
            failure_title=self.tr("Signing order not changed"),
        )
        # After a refusal the pledge as it was puts the combo box back.
        self.changed.emit(view or pledge)

    def amend(self) -> None:
        """Ask for the reason, then start a new draft version of the signed pledge and open it."""
        pledge = self._stored()
        if pledge is None:
            return
        if self.amend_dialog is not None:
            self.amend_dialog.close()
            self.amend_dialog.deleteLater()
        self.amend_dialog = AmendDialog(pledge, parent=self._owner)
        self.amend_dialog.accepted.connect(self._on_amend_dialog_accepted)
        self.amend_dialog.open()

    def _on_amend_dialog_accepted(self) -> None:
        pledge, dialog = self._stored(), self.amend_dialog
        if pledge is None or dialog is None:
            return
        reason = dialog.reason()
        draft = self._runner.run_now(
            lambda db: pledges.amend_pledge(db, pledge.id, reason=reason),
            failure_title=self.tr("Not amended"),
        )
        if draft is None:
            return
        self.status_message.emit(
            self.tr("Version {revision} started as a draft.").format(revision=draft.revision)
        )
        self.open_requested.emit(draft.id)
