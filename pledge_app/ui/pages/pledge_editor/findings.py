"""The editor's validation findings: listed in the panel and marked on the inputs they name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pledge_app.core.validation import Finding
from pledge_app.ui.widgets.findings_panel import FindingPlaces, FindingsPanel
from pledge_app.ui.widgets.pledge_header_form import PledgeHeaderForm
from pledge_app.ui.widgets.pledge_sections import PledgeSections


class EditorFindings:
    """Shows findings on the panel, the header and the sections; clears them all at once."""

    def __init__(
        self, panel: FindingsPanel, *, header: PledgeHeaderForm, sections: PledgeSections
    ) -> None:
        self._panel = panel
        self._header = header
        self._sections = sections

    def show(self, heading: str, findings: list[Finding]) -> None:
        """List `findings` under `heading` and mark the inputs they name."""
        self._panel.show_findings(heading, findings)
        self._mark(findings)

    def clear(self) -> None:
        """Hide the panel and unmark every input."""
        self._panel.clear()
        self._mark([])

    def go_to(self, field: str) -> None:
        """Show and focus the input a finding's field key names ("title", "tasks.2.deadline")."""
        if self._sections.go_to(field):
            return
        widget = self._header.field_widget(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark(self, findings: list[Finding]) -> None:
        places = FindingPlaces.of(findings, sections=tuple(self._sections.paragraphs))
        self._header.mark_invalid(places.header)
        self._sections.mark(places)
