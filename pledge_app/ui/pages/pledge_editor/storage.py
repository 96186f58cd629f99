"""The editor's load/save flow: read a pledge to edit; save, finalise and reopen it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pledge_app.core.autosave import discard_autosave
from pledge_app.core.database import Database
from pledge_app.core.editing import new_pledge_content
from pledge_app.core.errors import ConcurrentEdit, PledgeError
from pledge_app.core.pledges import (
    create_pledge,
    finalise_pledge,
    get_pledge,
    pledge_exists,
    reopen_pledge,
    save_pledge,
)
from pledge_app.core.units import list_unit_names
from pledge_app.core.validation import check_draft, check_final
from pledge_app.core.views import PartyView, PledgeContent, PledgeView
from pledge_app.ui.prompts import UserPrompts


def new_blank_content() -> PledgeContent:
    """An empty pledge for the editor before anything is opened."""
    return PledgeContent(
        number="", title="", year=date.today().year, issuer=PartyView(""), responsible=PartyView("")
    )


@dataclass(frozen=True)
class LoadedPledge:
    """What the editor needs to show a pledge: its stored form (None for a new one)."""

    stored: PledgeView | None
    content: PledgeContent
    unit_names: list[str]


class EditorStorage(QObject):
    """Runs each read or write in its own transaction; problems are shown, not raised.

    `findings_found(heading, findings)` says why the content cannot be written yet;
    `changed(view)` hands back the pledge after each write.
    """

    changed = Signal(object)  # PledgeView
    findings_found = Signal(str, object)  # heading, list[Finding]
    status_message = Signal(str)

    def __init__(self, owner: QWidget, *, database: Database, prompts: UserPrompts) -> None:
        super().__init__(owner)
        self.setObjectName("editor_storage")
        self._database = database
        self._prompts = prompts

    def load(self, pledge_id: str | None) -> LoadedPledge:
        """The stored pledge `pledge_id`, or a new pledge's content when there is none."""
        stored: PledgeView | None = None
        with self._database.begin() as session:
            units = list_unit_names(session)
            if pledge_id is not None and pledge_exists(session, pledge_id):
                stored = get_pledge(session, pledge_id)
                content = stored.content
            else:
                content = new_pledge_content(session, year=date.today().year)
        return LoadedPledge(stored=stored, content=content, unit_names=units)

    def save(
        self, pledge_id: str, content: PledgeContent, stored: PledgeView | None
    ) -> PledgeView | None:
        """Write `content` (creating the pledge if it is not `stored` yet); None if it cannot."""
        findings = check_draft(content)
        if findings:
            self.findings_found.emit(self.tr("The pledge cannot be saved yet:"), findings)
            return None
        try:
            with self._database.begin() as session:
                if stored is None:
                    view = create_pledge(session, content, pledge_id=pledge_id)
                else:
                    view = save_pledge(session, pledge_id, content, expected_version=stored.version)
                discard_autosave(session, pledge_id)
        except ConcurrentEdit as error:
            self._prompts.show_error(self.tr("Not saved"), str(error))
            return None
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Not saved"))
            return None
        self.changed.emit(view)
        self.status_message.emit(self.tr("Saved “{title}”.").format(title=view.content.title))
        return view

    def is_final(self, content: PledgeContent) -> bool:
        """Whether `content` is complete enough to finalise; if not, the findings say why."""
        findings = check_final(content)
        if findings:
            self.findings_found.emit(self.tr("Complete these before finalising:"), findings)
        return not findings

    def finalise(self, stored: PledgeView) -> PledgeView | None:
        """Freeze the saved pledge as ready to sign; None if it cannot be."""
        try:
            with self._database.begin() as session:
                view = finalise_pledge(session, stored.id, expected_version=stored.version)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Not finalised"))
            return None
        self.changed.emit(view)
        self.status_message.emit(self.tr("Finalised: ready to sign."))
        return view

    def reopen(self, stored: PledgeView) -> PledgeView | None:
        """Return a pledge that is ready to sign to draft; None if it cannot be."""
        try:
            with self._database.begin() as session:
                view = reopen_pledge(session, stored.id, expected_version=stored.version)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Not reopened"))
            return None
        self.changed.emit(view)
        self.status_message.emit(self.tr("Reopened as a draft."))
        return view
