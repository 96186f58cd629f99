"""Keeps the editor's unsaved content in the database every few seconds (not a real save)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from pledge_app.core.autosave import (
    AutosaveSnapshot,
    discard_autosave,
    load_autosave,
    store_autosave,
)
from pledge_app.core.database import Database
from pledge_app.core.views import PledgeContent

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
        database: Database,
        *,
        interval_ms: int,
        source: SnapshotSource,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editor_autosave")
        self._database = database
        self._source = source
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

    def load(self, pledge_id: str) -> AutosaveSnapshot | None:
        """The snapshot kept for `pledge_id`, if any."""
        with self._database.begin() as session:
            return load_autosave(session, pledge_id)

    def discard(self, pledge_id: str) -> None:
        """Forget the snapshot of `pledge_id` and stop the timer."""
        self.timer.stop()
        with self._database.begin() as session:
            discard_autosave(session, pledge_id)

    def _on_timer_timeout(self) -> None:
        answer = self._source()
        if answer is None:
            return
        pledge_id, content = answer
        try:
            with self._database.begin() as session:
                if content is None:
                    discard_autosave(session, pledge_id)
                else:
                    store_autosave(session, pledge_id, content)
        except SQLAlchemyError:
            # Autosave is a safety net: report it, keep the clerk typing.
            log.exception("Autosave of %s failed", pledge_id)
            self.status_message.emit(self.tr("Autosave failed; save your work with Ctrl+S."))
            return
        if content is not None:
            self.status_message.emit(self.tr("Draft kept automatically."))
