"""A task's progress history as a timeline of cards, newest first, with its evidence files."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.tracking.states import TaskState, state_label
from pledge_app.ui import style
from pledge_app.ui.style import PALETTE

if TYPE_CHECKING:
    from pledge_app.core.tracking.reports import EvidenceView, ReportView

_STATE_TONES = {
    TaskState.DONE: PALETTE.light_done,
    TaskState.BLOCKED: PALETTE.danger,
    TaskState.BEHIND: PALETTE.warning_strong,
    TaskState.ON_TRACK: PALETTE.success,
    TaskState.NOT_STARTED: PALETTE.text_muted,
}


def period_text(start: date, end: date) -> str:
    """A whole month as 2026-04, any other period as its first and last day."""
    last_day = calendar.monthrange(start.year, start.month)[1]
    if start.day == 1 and end == start.replace(day=last_day):
        return f"{start.year}-{start.month:02d}"
    return f"{start.isoformat()} – {end.isoformat()}"


def size_text(size: int) -> str:
    """A file size as a clerk reads it."""
    if size >= 2**20:
        return f"{size / 2**20:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class ReportTimeline(QScrollArea):
    """The cards of a task's reports; each has Open and Export… for its files and
    "Correct this report". Reports that a later one corrects are marked as such."""

    #: Open an evidence file (its id) with the system's viewer.
    open_requested = Signal(str)
    #: Save an evidence file: (its id, its name).
    export_requested = Signal(str, str)
    #: Correct a report: its ReportView.
    correct_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTimeline")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget(self)
        self._body.setObjectName("reportTimelineBody")
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(0, 0, 4, 0)
        self._layout.setSpacing(8)
        self.setWidget(self._body)
        self.cards: list[QFrame] = []
        self.empty_label = QLabel(self.tr("No progress reported yet."), self._body)
        self.empty_label.setObjectName("noReportsLabel")
        style.muted(self.empty_label)
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)

    def set_reports(self, reports: Sequence[ReportView]) -> None:
        """Show these reports in the order given (newest first)."""
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        corrected = {report.corrects_id for report in reports if report.corrects_id}
        recorded_on = {report.id: report.reported_on for report in reports}
        self.cards = [
            self._card(report, report.id in corrected, recorded_on.get(report.corrects_id or ""))
            for report in reports
        ]
        for position, card in enumerate(self.cards):
            self._layout.insertWidget(position, card)
        self.empty_label.setVisible(not reports)

    def _card(self, report: ReportView, superseded: bool, corrects_on: date | None) -> QFrame:
        card = QFrame(self._body)
        card.setObjectName("reportCard")
        card.setProperty("reportId", report.id)
        card.setStyleSheet(
            f"#reportCard {{ background: {PALETTE.surface}; border: 1px solid {PALETTE.border};"
            f" border-left: 4px solid {_STATE_TONES[report.state]}; border-radius: 4px; }}"
        )
        heading = QLabel(
            self.tr("{period} · {state} · {percent}%").format(
                period=period_text(report.period_start, report.period_end),
                state=state_label(report.state),
                percent=report.percent,
            ),
            card,
        )
        heading.setObjectName("reportHeading")
        style.heading(heading)
        correct = QPushButton(self.tr("Correct this report…"), card)
        correct.setObjectName("correctReportButton")
        correct.setAutoDefault(False)
        correct.clicked.connect(lambda: self.correct_requested.emit(report))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(correct)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        if report.corrects_id:
            layout.addWidget(
                self._note(
                    card,
                    "correctionLabel",
                    self.tr("Correction of the report made on {date}.").format(
                        date=corrects_on.isoformat() if corrects_on else "?"
                    ),
                    PALETTE.info,
                )
            )
        if superseded:
            layout.addWidget(
                self._note(
                    card,
                    "supersededLabel",
                    self.tr("Corrected by a later report: this one no longer counts."),
                    PALETTE.warning_strong,
                )
            )
        if report.narrative:
            narrative = QLabel(report.narrative, card)
            narrative.setObjectName("reportNarrative")
            narrative.setWordWrap(True)
            narrative.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            narrative.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(narrative)
        by = QLabel(
            self.tr("Reported on {date} by {reporter}; recorded by {clerk} at {time}").format(
                date=report.reported_on.isoformat(),
                reporter=report.reporter or self.tr("(no name given)"),
                clerk=report.recorded_by,
                time=report.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            ),
            card,
        )
        by.setObjectName("reportByLabel")
        by.setWordWrap(True)
        by.setTextFormat(Qt.TextFormat.PlainText)
        style.muted(by)
        layout.addWidget(by)
        for evidence in report.evidence:
            layout.addLayout(self._evidence_row(card, evidence))
        return card

    def _note(self, card: QFrame, name: str, text: str, colour: str) -> QLabel:
        label = QLabel(text, card)
        label.setObjectName(name)
        label.setWordWrap(True)
        style.set_text_colour(label, colour)
        return label

    def _evidence_row(self, card: QFrame, evidence: EvidenceView) -> QHBoxLayout:
        name = QLabel(
            self.tr("📎 {name} ({size})").format(name=evidence.name, size=size_text(evidence.size)),
            card,
        )
        name.setObjectName("evidenceName")
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setToolTip(self.tr("SHA-256: {hash}").format(hash=evidence.sha256))
        open_button = QPushButton(self.tr("Open"), card)
        open_button.setObjectName("openEvidenceButton")
        open_button.setAutoDefault(False)
        open_button.clicked.connect(lambda: self.open_requested.emit(evidence.id))
        export = QPushButton(self.tr("Export…"), card)
        export.setObjectName("exportEvidenceButton")
        export.setAutoDefault(False)
        export.clicked.connect(lambda: self.export_requested.emit(evidence.id, evidence.name))
        row = QHBoxLayout()
        row.addWidget(name, 1)
        row.addWidget(open_button)
        row.addWidget(export)
        return row
