"""Starting an amendment: what it means, and the reason for the change (修改原因)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.views import PledgeView
from pledge_app.ui import style


class AmendDialog(QDialog):
    """Asks for the reason to amend `pledge`; `reason()` after accept. OK needs a reason."""

    def __init__(self, pledge: PledgeView, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amendDialog")
        self._pledge = pledge
        self._build_ui()
        self.reason_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Amend"))
        self.setMinimumWidth(460)
        pledge = self._pledge
        question = QLabel(
            self.tr(
                "Start version {revision} of “{title}” as a new draft? Version {current} stays "
                "signed and in force until the new version is signed by both parties."
            ).format(
                revision=pledge.revision + 1,
                title=pledge.content.title,
                current=pledge.revision,
            ),
            self,
        )
        question.setObjectName("amendQuestion")
        question.setWordWrap(True)
        caption = QLabel(self.tr("&Reason for the change (修改原因):"), self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. The deadline of task 3 moves to the end of the year.")
        )
        self.reason_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        caption.setBuddy(self.reason_edit)
        note = QLabel(self.tr("The reason is kept in the audit log with the new version."), self)
        style.muted(note)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(
            self.tr("Start &version {revision}").format(revision=pledge.revision + 1)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(caption)
        layout.addWidget(self.reason_edit)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        """The reason as typed, trimmed."""
        return self.reason_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        """Close only with a reason."""
        if self.reason():
            super().accept()
