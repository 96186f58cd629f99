"""The editor's validation findings: listed in the panel and marked on the inputs they name,
in the order of the form, and checked again as the clerk fixes them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from pledge_app.core.editing import TASK_FIELDS
from pledge_app.core.validation import Finding
from pledge_app.core.views import PledgeContent
from pledge_app.ui.widgets.findings_panel import FindingPlaces, FindingsPanel
from pledge_app.ui.widgets.pledge_header_form import PledgeHeaderForm
from pledge_app.ui.widgets.pledge_sections import TAB_ORDER, PledgeSections

#: The header's inputs in the order Tab visits them.
HEADER_ORDER = ("number", "title", "year", "issuer", "responsible")

#: The check that found the findings on show; run again after each edit.
Check = Callable[[PledgeContent], list[Finding]]


def form_position(field: str) -> tuple[int, int, int]:
    """Where a finding's field key sits in the form, for sorting findings as the form reads."""
    parts = field.split(".")
    if parts[0] in HEADER_ORDER:
        return (0, HEADER_ORDER.index(parts[0]), 0)
    if parts[0] in TAB_ORDER:
        row = int(parts[1]) + 1 if len(parts) > 1 and parts[1].isdigit() else 0
        column = TASK_FIELDS.index(parts[2]) if len(parts) > 2 and parts[2] in TASK_FIELDS else 0
        return (1 + TAB_ORDER.index(parts[0]), row, column)
    return (0, len(HEADER_ORDER), 0)  # another header input: after the named ones


class EditorFindings:
    """Shows findings on the panel, the header and the sections; clears them all at once."""

    def __init__(
        self, panel: FindingsPanel, *, header: PledgeHeaderForm, sections: PledgeSections
    ) -> None:
        self._panel = panel
        self._header = header
        self._sections = sections
        self._heading = ""
        self._check: Check | None = None

    def show(self, heading: str, findings: list[Finding], *, check: Check | None = None) -> None:
        """List `findings` under `heading` in form order and mark the inputs they name;
        `check` finds them again after each edit (see recheck)."""
        self._heading, self._check = heading, check
        ordered = sorted(findings, key=lambda finding: form_position(finding.field))
        self._panel.show_findings(heading, ordered)
        self._mark(ordered)

    def recheck(self, content: PledgeContent) -> None:
        """Update the findings on show for `content`: fixed ones go, the panel hides at none."""
        if self._check is None or self._panel.isHidden():
            return
        findings = self._check(content)
        if findings:
            self.show(self._heading, findings, check=self._check)
        else:
            self.clear()

    def clear(self) -> None:
        """Hide the panel and unmark every input."""
        self._check = None
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
