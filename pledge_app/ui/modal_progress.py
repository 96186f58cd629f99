"""Progress of work done on the GUI thread itself: a dialog with Cancel once it takes long."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

#: Work shorter than this shows no dialog at all.
SHOW_AFTER_MS = 500


class ModalProgress(QObject):
    """The operations' Progress protocol for work on the GUI thread, such as printing one
    pledge: nothing shows for quick work; after `delay_ms` a window-modal dialog does, and
    each step lets the window paint and Cancel be pressed."""

    def __init__(self, parent: QWidget, title: str, *, delay_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self._parent = parent
        self._title = title
        self._delay_ms = delay_ms
        self._clock = QElapsedTimer()
        self._clock.start()
        self._total = 0
        self._label = ""
        self._cancelled = False
        self.dialog: QProgressDialog | None = None

    def begin(self, total: int, label: str) -> None:
        """The work has `total` steps (0 if unknown)."""
        self._total, self._label = max(total, 0), label
        self._step(0)

    def advance(self, done: int, label: str) -> None:
        """`done` steps are finished."""
        self._label = label
        self._step(done)

    def cancelled(self) -> bool:
        """Whether the clerk pressed Cancel."""
        return self._cancelled

    def close(self) -> None:
        """Hide the dialog; the work is over."""
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _step(self, done: int) -> None:
        if self.dialog is None and self._clock.elapsed() >= self._delay_ms:
            self.dialog = self._make_dialog()
        if self.dialog is None:
            return
        self.dialog.setRange(0, self._total)
        if self._total:
            self.dialog.setValue(min(done, self._total))
        self.dialog.setLabelText(self._label)
        # The work holds the GUI thread: between its steps, paint and take the Cancel click.
        QCoreApplication.processEvents()

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._parent)
        dialog.setObjectName("modalProgress")
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.canceled.connect(self._on_dialog_canceled)
        dialog.show()
        return dialog

    def _on_dialog_canceled(self) -> None:
        self._cancelled = True
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping…"))
