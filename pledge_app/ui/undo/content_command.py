"""One undoable change to a pledge's content, kept as the content before and after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from pledge_app.core.views import PledgeContent

_MERGE_ID = 4242


class ContentCommand(QUndoCommand):
    """Content before and after one edit; typing into the same field merges into one step.

    Whole-content snapshots keep every kind of edit (a header field, a paragraph, a task
    cell, a paste of fifty rows) undoable the same way; a pledge is small enough for it.
    """

    def __init__(
        self,
        apply: Callable[[PledgeContent], None],
        before: PledgeContent,
        after: PledgeContent,
        *,
        merge_key: str,
        text: str,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self._done = True  # pushed after the widgets already show `after`

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ContentCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
