"""The editor's load/save flow: read a pledge to edit; save, finalise and reopen it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pledge_app.core.validation import check_draft, check_final
from pledge_app.core.views import PartyView, PledgeContent, PledgeView
from pledge_app.operations import pledges
from pledge_app.operations.pledges import OpenedPledge
from pledge_app.ui.operation_runner import OperationRunner


def new_blank_content() -> PledgeContent:
    """An empty pledge for the editor before anything is opened."""
    return PledgeContent(
        number="", title="", year=date.today().year, issuer=PartyView(""), responsible=PartyView("")
    )


class EditorStorage(QObject):
    """Runs each read or write as an operation; problems are shown, not raised.

    `findings_found(heading, findings, check)` says why the content cannot be written yet
    (`check` finds them again);
    `changed(view)` hands back the pledge after each write.
    """

    changed = Signal(object)  # PledgeView
    findings_found = Signal(str, object, object)  # heading, list[Finding], the check
    status_message = Signal(str)

    def __init__(self, owner: QWidget, *, runner: OperationRunner) -> None:
        super().__init__(owner)
        self.setObjectName("editor_storage")
        self._runner = runner

    def load(self, pledge_id: str, *, year: int, must_exist: bool) -> OpenedPledge | None:
        """The stored pledge `pledge_id`, or (unless `must_exist`) a new pledge's content in
        `year` under that id; None, with the reason shown, when it cannot be read."""
        return self._runner.run_now(
            lambda db: pledges.open_pledge(db, pledge_id, year=year, must_exist=must_exist),
            failure_title=self.tr("Cannot open the pledge"),
        )

    def save(
        self, pledge_id: str, content: PledgeContent, stored: PledgeView | None
    ) -> PledgeView | None:
        """Write `content` (creating the pledge if it is not `stored` yet); None if it cannot."""
        findings = check_draft(content)
        if findings:
            self.findings_found.emit(
                self.tr("The pledge cannot be saved yet:"), findings, check_draft
            )
            return None
        if stored is None:
            view = self._runner.run_now(
                lambda db: pledges.create_pledge(db, content, pledge_id=pledge_id),
                failure_title=self.tr("Not saved"),
            )
        else:
            version = stored.version
            view = self._runner.run_now(
                lambda db: pledges.save_pledge(
                    db, pledge_id, content=content, expected_version=version
                ),
                failure_title=self.tr("Not saved"),
            )
        if view is None:
            return None
        self.changed.emit(view)
        self.status_message.emit(self.tr("Saved “{title}”.").format(title=view.content.title))
        return view

    def is_final(self, content: PledgeContent) -> bool:
        """Whether `content` is complete enough to finalise; if not, the findings say why."""
        findings = check_final(content)
        if findings:
            self.findings_found.emit(
                self.tr("Complete these before finalising:"), findings, check_final
            )
        return not findings

    def finalise(self, stored: PledgeView) -> PledgeView | None:
        """Freeze the saved pledge as ready to sign; None if it cannot be."""
        view = self._runner.run_now(
            lambda db: pledges.finalise_pledge(db, stored.id, expected_version=stored.version),
            failure_title=self.tr("Not finalised"),
        )
        if view is None:
            return None
        self.changed.emit(view)
        self.status_message.emit(self.tr("Finalised: ready to sign."))
        return view

    def reopen(self, stored: PledgeView) -> PledgeView | None:
        """Return a pledge that is ready to sign to draft; None if it cannot be."""
        view = self._runner.run_now(
            lambda db: pledges.reopen_pledge(db, stored.id, expected_version=stored.version),
            failure_title=self.tr("Not reopened"),
        )
        if view is None:
            return None
        self.changed.emit(view)
        self.status_message.emit(self.tr("Reopened as a draft."))
        return view
