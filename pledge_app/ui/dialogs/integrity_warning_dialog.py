"""Integrity findings grouped by pledge, with what they mean and what to do, in plain words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.integrity import IntegrityFinding
from pledge_app.ui.style import PALETTE


def group_findings(
    findings: Sequence[IntegrityFinding],
) -> list[tuple[str | None, list[IntegrityFinding]]]:
    """Findings grouped by pledge in first-seen order; the group without a pledge comes last."""
    groups: dict[str | None, list[IntegrityFinding]] = {}
    for finding in findings:
        groups.setdefault(finding.pledge_id, []).append(finding)
    general = groups.pop(None, None)
    ordered: list[tuple[str | None, list[IntegrityFinding]]] = list(groups.items())
    if general:
        ordered.append((None, general))
    return ordered


class IntegrityWarningDialog(QDialog):
    """Shows what the integrity check found and what it means; read-only."""

    def __init__(
        self,
        findings: Sequence[IntegrityFinding],
        *,
        pledge_names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("integrityWarningDialog")
        self._findings = list(findings)
        self._pledge_names = dict(pledge_names or {})
        self.groups = group_findings(self._findings)
        self._build_ui()
        self._connect_signals()
        self._load()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Integrity check"))
        self.resize(760, 620)
        icon = QLabel(self)
        icon.setObjectName("iconLabel")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self)
        self.heading.setObjectName("headingLabel")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(f"font-size: 15px; font-weight: bold; color: {PALETTE.danger};")
        self.intro = QLabel(
            self.tr(
                "Pledge Manager itself refuses to change a signed pledge or the audit log, "
                "so these changes were made outside it — with another program, a script or "
                "by editing the database file — or the file is damaged."
            ),
            self,
        )
        self.intro.setObjectName("introLabel")
        self.intro.setWordWrap(True)
        heading_box = QVBoxLayout()
        heading_box.addWidget(self.heading)
        heading_box.addWidget(self.intro)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(8)
        top.addLayout(heading_box, 1)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("findingsBrowser")
        self.browser.setOpenLinks(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("buttonBox")
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setObjectName("copyButton")
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def _load(self) -> None:
        self.heading.setText(
            self.tr("The integrity check found problems ({count}).").format(
                count=len(self._findings)
            )
        )
        self.browser.setHtml(self._html())

    # -- text --------------------------------------------------------------

    def group_title(self, pledge_id: str | None) -> str:
        """The heading of one group of findings."""
        if pledge_id is None:
            return self.tr("The database and the audit log")
        return self._pledge_names.get(pledge_id) or self.tr("Pledge {id}").format(id=pledge_id[:8])

    def group_explanation(self, pledge_id: str | None) -> str:
        """What a group of findings means for the clerk."""
        if pledge_id is None:
            return self.tr(
                "The database's protection or its record of who did what was changed "
                "outside Pledge Manager. The history shown in the audit log can no longer "
                "be fully trusted."
            )
        return self.tr(
            "This pledge was changed outside Pledge Manager after it was frozen for "
            "signing. Do not rely on the copy in the database: the printed copy signed "
            "in ink is the authority."
        )

    def advice(self) -> list[str]:
        """What to do next, step by step."""
        return [
            self.tr("Do not print or sign the pledges listed here again for now."),
            self.tr("Keep the signed paper copies; compare them with what the database shows."),
            self.tr(
                "Tell your system administrator. They can compare the database with a "
                "backup and restore the backup if needed."
            ),
        ]

    def _html(self) -> str:
        parts = ["<body style='font-size: 10pt;'>"]
        # What to do comes first: it is what the clerk needs, the details are for the admin.
        parts.append(
            "<table width='100%' cellpadding='8' cellspacing='0'"
            f" bgcolor='{PALETTE.warning_surface}'"
            f" style='border: 1px solid {PALETTE.warning_border};'><tr><td>"
            f"<b style='color: {PALETTE.warning};'>{escape(self.tr('What to do'))}</b><ol>"
        )
        parts += [f"<li>{escape(step)}</li>" for step in self.advice()]
        parts.append("</ol></td></tr></table>")
        for pledge_id, findings in self.groups:
            parts.append(
                f"<h3 style='margin-bottom: 2px; color: {PALETTE.text};'>"
                f"{escape(self.group_title(pledge_id))}</h3>"
            )
            parts.append(
                f"<p style='margin-top: 2px; color: {PALETTE.text_muted};'>"
                f"{escape(self.group_explanation(pledge_id))}</p><ul>"
            )
            parts += [f"<li>{escape(finding.message)}</li>" for finding in findings]
            parts.append("</ul>")
        parts.append("</body>")
        return "".join(parts)

    def plain_text(self) -> str:
        """The findings and the advice as plain text, to paste into an e-mail."""
        lines = [self.heading.text(), ""]
        for pledge_id, findings in self.groups:
            lines.append(self.group_title(pledge_id))
            lines += [f"  - {finding.message}" for finding in findings]
            lines.append("")
        lines.append(self.tr("What to do"))
        lines += [f"  {number}. {step}" for number, step in enumerate(self.advice(), start=1)]
        return "\n".join(lines)

    # -- slots -------------------------------------------------------------

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())
