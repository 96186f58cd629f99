"""Pages of the navigation that a later release fills: they say so plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate


class PlaceholderPage(QWidget):
    """A titled page explaining what will live here and that it is not built yet."""

    def __init__(
        self, *, name: str, title: str, description: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        heading = QLabel(title, self)
        heading.setObjectName(f"{name}Title")
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        body = QLabel(description, self)
        body.setObjectName(f"{name}Description")
        body.setWordWrap(True)
        notice = QLabel(
            translate("PlaceholderPage", "This page comes in a later release of Pledge Manager."),
            self,
        )
        notice.setObjectName(f"{name}Notice")
        notice.setWordWrap(True)
        notice.setStyleSheet("color: palette(mid); font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(notice)
        layout.addStretch(1)
        for label in (heading, body, notice):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def problems_page(parent: QWidget | None = None) -> PlaceholderPage:
    """The Problems page, still to come."""
    return PlaceholderPage(
        name="problemsPage",
        title=translate("PlaceholderPage", "Problems"),
        description=translate(
            "PlaceholderPage",
            "The problem register: problems collected during the work, sorted, escalated "
            "and followed until they are resolved.",
        ),
        parent=parent,
    )


def assessments_page(parent: QWidget | None = None) -> PlaceholderPage:
    """The Assessments page, still to come."""
    return PlaceholderPage(
        name="assessmentsPage",
        title=translate("PlaceholderPage", "Assessments"),
        description=translate(
            "PlaceholderPage",
            "End-of-period assessment: score every task, total and grade each pledge, "
            "and rank the units.",
        ),
        parent=parent,
    )


def templates_page(parent: QWidget | None = None) -> PlaceholderPage:
    """The Templates page, still to come."""
    return PlaceholderPage(
        name="templatesPage",
        title=translate("PlaceholderPage", "Templates"),
        description=translate(
            "PlaceholderPage",
            "Reusable pledge templates: standard goals, duties, measures and task lists "
            "to start a new pledge from.",
        ),
        parent=parent,
    )
