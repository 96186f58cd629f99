"""The red panel listing validation findings; clicking one jumps to its field."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pledge_app.core.validation import Finding
from pledge_app.ui import style
from pledge_app.ui.style import Tone

_FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
#: Lines of findings shown before the list scrolls.
MAX_LINES = 8


@dataclass
class FindingPlaces:
    """Findings sorted by where they point: header inputs, task cells, whole sections."""

    header: dict[str, str] = field(default_factory=dict)
    cells: dict[tuple[int, str], str] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, findings: list[Finding], *, sections: tuple[str, ...]) -> FindingPlaces:
        """Sort by field key: "tasks.2.deadline" is a cell, "goals"/"tasks" a section."""
        places = cls()
        for finding in findings:
            parts = finding.field.split(".")
            if parts[0] == "tasks" and len(parts) == 3:
                places.cells[(int(parts[1]), parts[2])] = finding.message
            elif parts[0] in sections or parts[0] == "tasks":
                places.sections[parts[0]] = finding.message
            else:
                places.header[parts[0]] = finding.message
        return places


class FindingsPanel(QFrame):
    """Lists what must be fixed; emits `finding_activated(field)` when one is clicked."""

    finding_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self.setStyleSheet(
            style.alert_panel(
                "findings_panel", Tone.DANGER, heading="findings_heading", items="findings_list"
            )
        )
        self.heading = QLabel(self)
        self.heading.setObjectName("findings_heading")
        self.list = QListWidget(self)
        self.list.setObjectName("findings_list")
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        # Long findings wrap; the list grows with them up to MAX_LINES, then scrolls.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self.list.itemActivated.connect(self._on_list_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.hide()

    def show_findings(self, heading: str, findings: list[Finding]) -> None:
        """List `findings` under `heading`; the panel hides itself when there are none."""
        self.list.clear()
        for finding in findings:
            item = QListWidgetItem(f"• {finding.message}", self.list)
            item.setData(_FIELD_ROLE, finding.field)
            item.setToolTip(self.tr("Click to go to this field"))
        self.heading.setText(heading)
        self.setVisible(bool(findings))
        self._fit_height()

    def max_list_height(self) -> int:
        """The tallest the list gets before it scrolls."""
        return self.list.fontMetrics().lineSpacing() * MAX_LINES + 2 * self.list.frameWidth()

    def _fit_height(self) -> None:
        # As tall as the findings (wrapped at the current width), at most max_list_height.
        self.list.doItemsLayout()
        content = sum(self.list.sizeHintForRow(row) for row in range(self.list.count()))
        wanted = content + 2 * self.list.frameWidth() + 2 if content else 0
        self.list.setFixedHeight(min(wanted, self.max_list_height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def clear(self) -> None:
        """Remove every finding and hide."""
        self.show_findings("", [])

    def fields(self) -> list[str]:
        """The field keys listed, in order."""
        return [str(self.list.item(i).data(_FIELD_ROLE)) for i in range(self.list.count())]

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.finding_activated.emit(str(item.data(_FIELD_ROLE)))
