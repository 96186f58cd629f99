"""Section 4 as a page: the task table with its row buttons and a hint on pasting."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pledge_app.ui import style
from pledge_app.ui.models.task_table_model import TaskTableModel
from pledge_app.ui.widgets.task_table_view import TaskTableView


class TaskSection(QWidget):
    """Buttons to add, delete, move, copy and paste rows above the task table."""

    def __init__(self, model: TaskTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_section")
        self.view = TaskTableView(model, self)
        self.add_button = self._button("add_task_button", self.tr("Add task"))
        self.delete_button = self._button("delete_tasks_button", self.tr("Delete rows"))
        self.up_button = self._button("move_task_up_button", self.tr("Move up"))
        self.down_button = self._button("move_task_down_button", self.tr("Move down"))
        self.copy_button = self._button("copy_tasks_button", self.tr("Copy rows"))
        self.paste_button = self._button("paste_tasks_button", self.tr("Paste from Excel"))
        hint = QLabel(
            self.tr(
                "Double-click a cell to edit it; Alt+Enter starts a new line. Ctrl+V adds "
                "rows copied from Excel or WPS at the end, or pastes them at the selected cell."
            ),
            self,
        )
        hint.setObjectName("tasks_hint")
        style.muted(hint)
        hint.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

        self.add_button.clicked.connect(self.view.add_row)
        self.delete_button.clicked.connect(self.view.delete_rows)
        self.up_button.clicked.connect(lambda: self.view.move_current_row(-1))
        self.down_button.clicked.connect(lambda: self.view.move_current_row(1))
        self.copy_button.clicked.connect(self.view.copy_selected_rows)
        self.paste_button.clicked.connect(self.view.paste_from_clipboard)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def set_read_only(self, read_only: bool) -> None:
        """Hide nothing, but let nothing change."""
        for button in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.paste_button,
        ):
            button.setEnabled(not read_only)
