"""The five sections of a pledge as tabs: four paragraph lists and the task table."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from pledge_app.core.enums import Section
from pledge_app.core.views import PledgeContent
from pledge_app.ui.models.task_table_model import TaskTableModel
from pledge_app.ui.widgets.findings_panel import FindingPlaces
from pledge_app.ui.widgets.paragraph_list_editor import ParagraphListEditor
from pledge_app.ui.widgets.task_section import TaskSection

#: Tab order of the five sections; tasks are the fourth.
TAB_ORDER = ("goals", "duties", "measures", "tasks", "outcomes")


class PledgeSections(QTabWidget):
    """Sections 1–5; emits `edited(key)` for every change, as the header form does."""

    edited = Signal(str)
    #: A paste into a section's paragraph was refused; the message names the paragraph.
    paste_refused = Signal(str)

    def __init__(self, *, key_filter: QObject | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("section_tabs")
        self.task_model = TaskTableModel(self)
        self.tasks = TaskSection(self.task_model, self)
        self.paragraphs: dict[str, ParagraphListEditor] = {
            section.value: ParagraphListEditor(section.value, key_filter=key_filter)
            for section in Section
        }
        titles = {
            "goals": self.tr("1 · Goals"),
            "duties": self.tr("2 · Duties"),
            "measures": self.tr("3 · Measures"),
            "tasks": self.tr("4 · Tasks"),
            "outcomes": self.tr("5 · Outcomes"),
        }
        for key in TAB_ORDER:
            self.addTab(self.tasks if key == "tasks" else self.paragraphs[key], titles[key])
        for editor in self.paragraphs.values():
            editor.edited.connect(self.edited)
            editor.paste_refused.connect(self.paste_refused)
        self.task_model.edited.connect(self.edited)

    def apply_to(self, content: PledgeContent) -> PledgeContent:
        """`content` with the sections replaced by what the tabs show."""
        texts = {key: editor.paragraphs() for key, editor in self.paragraphs.items()}
        return replace(
            content,
            goals=texts["goals"],
            duties=texts["duties"],
            measures=texts["measures"],
            outcomes=texts["outcomes"],
            tasks=self.task_model.tasks(),
        )

    def show_content(self, content: PledgeContent) -> None:
        """Show the sections of `content`, touching only what differs, without `edited`."""
        for key, editor in self.paragraphs.items():
            editor.set_paragraphs(getattr(content, key))
        self.task_model.set_tasks(content.tasks)

    def set_read_only(self, read_only: bool) -> None:
        """Show the sections without letting them change."""
        for editor in self.paragraphs.values():
            editor.set_read_only(read_only)
        self.task_model.set_read_only(read_only)
        self.tasks.set_read_only(read_only)

    def mark(self, places: FindingPlaces) -> None:
        """Highlight the task cells and sections validation findings point at."""
        self.task_model.set_problems(places.cells)
        for key, editor in self.paragraphs.items():
            editor.set_invalid(places.sections.get(key))

    def go_to(self, field: str) -> bool:
        """Show the tab and focus the place a field key names; False if it is not a section."""
        parts = field.split(".")
        if parts[0] not in TAB_ORDER:
            return False
        self.setCurrentIndex(TAB_ORDER.index(parts[0]))
        index = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
        if parts[0] == "tasks":
            self.tasks.view.go_to_cell(index, parts[2] if len(parts) > 2 else None)
        else:
            self.paragraphs[parts[0]].focus_paragraph(index)
        return True
