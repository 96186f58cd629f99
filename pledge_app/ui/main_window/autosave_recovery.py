"""When a database opens, offer back the typing of new pledges that were never saved."""

from __future__ import annotations

from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from pledge_app.operations.autosaves import (
    OrphanAutosave,
    discard_orphan_autosave,
    orphan_autosaves,
)
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.prompts import UserPrompts


class _Editor(Protocol):
    def recover_autosave(self, pledge_id: str) -> None: ...


class RecoveryWindow(Protocol):
    """What the offer needs of the main window: open the editor and reach it."""

    def new_pledge(self) -> None: ...

    @property
    def editor(self) -> _Editor | None: ...


def _describe(orphan: OrphanAutosave) -> str:
    title = (
        orphan.title.strip()
        or orphan.number.strip()
        or QCoreApplication.translate("AutosaveRecovery", "(no title yet)")
    )
    return QCoreApplication.translate(
        "AutosaveRecovery",
        "A new pledge, “{title}” ({tasks} tasks), was being typed at {time} but was never "
        "saved. Pledge Manager kept the text.",
    ).format(title=title, tasks=orphan.tasks, time=f"{orphan.saved_at.astimezone():%Y-%m-%d %H:%M}")


def offer_orphan_autosaves(
    window: RecoveryWindow, *, runner: OperationRunner, prompts: UserPrompts
) -> str | None:
    """Offer each never-saved pledge, newest first: open one in the editor, discard it, or
    keep it to be offered next time. Returns the id of the one opened, if any."""
    orphans = runner.run_now(orphan_autosaves) or ()
    for orphan in orphans:
        text = _describe(orphan)
        if prompts.confirm(
            QCoreApplication.translate("AutosaveRecovery", "Unsaved new pledge"),
            text
            + "\n\n"
            + QCoreApplication.translate("AutosaveRecovery", "Open it in the editor now?"),
        ):
            # Only one pledge is edited at a time: the others wait for the next start.
            window.new_pledge()
            editor = window.editor
            if editor is not None:
                editor.recover_autosave(orphan.pledge_id)
                return orphan.pledge_id
            return None
        if prompts.confirm(
            QCoreApplication.translate("AutosaveRecovery", "Unsaved new pledge"),
            text
            + "\n\n"
            + QCoreApplication.translate(
                "AutosaveRecovery", "Discard it for good? (No keeps it to be offered next time.)"
            ),
            destructive=True,
        ):
            runner.run_now(partial(discard_orphan_autosave, pledge_id=orphan.pledge_id))
    return None
