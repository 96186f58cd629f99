"""Keeps the editor's unsaved content in the database every few seconds (not a real save),
and offers it back when the pledge is opened again."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from pledge_app.core.autosave import AutosaveSnapshot
from pledge_app.core.views import PledgeContent, PledgeView
from pledge_app.operations import pledges
from pledge_app.ui.operation_runner import OperationRunner

log = logging.getLogger(__name__)

#: What to keep when the timer fires: (pledge id, content), content None when nothing is
#: unsaved; the whole answer None when nothing should be written (e.g. read-only).
SnapshotSource = Callable[[], tuple[str, PledgeContent | None] | None]


class EditorAutosave(QObject):
    """A single-shot timer started by the first unsaved change; each firing writes one snapshot.

    The timer is not restarted on every key, so a crash loses at most one interval of typing.
    """

    status_message = Signal(str)

    def __init__(
        self,
        runner: OperationRunner,
        *,
        interval_ms: int,
        source: SnapshotSource,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editor_autosave")
        self._runner = runner
        self._source = source
        self._prompts = runner.prompts
        self.timer = QTimer(self)
        self.timer.setObjectName("autosave_timer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(0, interval_ms))
        self._enabled = interval_ms > 0
        self.timer.timeout.connect(self._on_timer_timeout)

    def schedule(self) -> None:
        """Make sure a snapshot is written within one interval."""
        if self._enabled and not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        """Write nothing until the next `schedule`."""
        self.timer.stop()

    def recover(self, pledge_id: str) -> AutosaveSnapshot | None:
        """The snapshot kept for `pledge_id`, if any, which is forgotten as it is handed back."""
        self.timer.stop()
        return self._runner.run_now(lambda db: pledges.recover_autosave(db, pledge_id))

    def discard(self, pledge_id: str) -> None:
        """Forget the snapshot of `pledge_id` and stop the timer."""
        self.timer.stop()
        self._runner.run_now(lambda db: pledges.discard_autosave(db, pledge_id))

    def offer_restore(
        self,
        snapshot: AutosaveSnapshot,
        *,
        stored: PledgeView | None,
        content: PledgeContent,
        editable: bool,
        restore: Callable[[PledgeContent], None],
    ) -> None:
        """Offer to `restore` a snapshot kept after the pledge's `content` was stored;
        forget one that is older or the same."""
        newer = (
            stored is None or stored.updated_at is None or (snapshot.saved_at > stored.updated_at)
        )
        if newer and snapshot.content != content and editable:
            title = snapshot.content.title or self.tr("new pledge")
            question = self.tr(
                "Changes to “{title}” that were not saved (kept automatically at {time}) "
                "were found. Restore them?"
            ).format(title=title, time=f"{snapshot.saved_at.astimezone():%Y-%m-%d %H:%M}")
            if self._prompts.confirm(self.tr("Restore unsaved changes"), question):
                restore(snapshot.content)
                self.status_message.emit(self.tr("Unsaved changes restored."))
            else:
                self.discard(snapshot.pledge_id)
        elif not newer or snapshot.content == content:
            self.discard(snapshot.pledge_id)

    def _on_timer_timeout(self) -> None:
        answer = self._source()
        if answer is None:
            return
        pledge_id, content = answer
        try:
            if content is None:
                self._runner.run_now(lambda db: pledges.discard_autosave(db, pledge_id))
            else:
                self._runner.run_now(
                    lambda db: pledges.store_autosave(db, pledge_id, content=content)
                )
        except SQLAlchemyError:
            # Autosave is a safety net: report it, keep the clerk typing.
            log.exception("Autosave of %s failed", pledge_id)
            self.status_message.emit(self.tr("Autosave failed; save your work with Ctrl+S."))
            return
        if content is not None:
            self.status_message.emit(self.tr("Draft kept automatically."))
