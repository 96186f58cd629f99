"""The verdict on a PDF handed in: a genuine signed copy or not, and its digital signatures."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.digital_signatures import SignatureCheck
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.pdf_verification import Verification
from pledge_app.ui.labels import status_label
from pledge_app.ui.style import PALETTE
from pledge_app.ui.widgets.screen_fit import resize_to_fit

_GENUINE = (
    f"background: {PALETTE.success_surface}; color: {PALETTE.success};"
    f" border: 1px solid {PALETTE.success_border};"
)
_SUPERSEDED = (
    f"background: {PALETTE.warning_surface}; color: {PALETTE.warning};"
    f" border: 1px solid {PALETTE.warning_border};"
)
_NOT_GENUINE = (
    f"background: {PALETTE.danger_surface}; color: {PALETTE.danger};"
    f" border: 1px solid {PALETTE.danger_border_light};"
)


class PdfVerificationDialog(QDialog):
    """Read-only: the verdict, the pledge and version it shows, and each digital signature."""

    def __init__(
        self,
        file_name: str,
        verification: Verification,
        checks: Sequence[SignatureCheck],
        *,
        signature_problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfVerificationDialog")
        self.verification = verification
        self.checks = list(checks)
        self._file_name = file_name
        self._signature_problem = signature_problem
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Verify a printed PDF"))
        resize_to_fit(self, 640, 460)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        text, look = self._verdict()
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(
            look + " border-radius: 6px; padding: 10px; font-size: 14px; font-weight: bold;"
        )
        self.details = QTextBrowser(self)
        self.details.setObjectName("detailsBrowser")
        self.details.setOpenLinks(False)
        self.details.setHtml(self._html())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("buttonBox")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def is_superseded(self) -> bool:
        """Whether the copy is genuine but a newer version replaced it: a warning, not green."""
        v = self.verification
        return v.genuine and v.status == PledgeStatus.SUPERSEDED.value

    def _verdict(self) -> tuple[str, str]:
        file = self._file_name
        if self.is_superseded():
            newer = self.verification.newer_revision
            return (
                self.tr(
                    "⚠ Superseded: {file} is an untouched copy, but version {newer} replaced "
                    "it; this copy is no longer in force."
                ).format(file=file, newer=newer if newer is not None else "?"),
                _SUPERSEDED,
            )
        if self.verification.genuine:
            return (
                self.tr("✔ Genuine: {file} is an untouched copy of a signed pledge.").format(
                    file=file
                ),
                _GENUINE,
            )
        return (
            self.tr("✘ Not genuine: {file} cannot be trusted as a signed pledge.").format(
                file=file
            ),
            _NOT_GENUINE,
        )

    def _pledge_rows(self) -> list[tuple[str, str]]:
        v = self.verification
        rows: list[tuple[str, str]] = []
        if v.number or v.title:
            rows.append((self.tr("Pledge"), f"{v.number or ''} {v.title or ''}".strip()))
        if v.revision is not None:
            rows.append((self.tr("Version"), self.tr("Version {n}").format(n=v.revision)))
        if v.status:
            try:
                status = status_label(PledgeStatus(v.status))
            except ValueError:
                status = v.status
            rows.append((self.tr("Status now"), status))
        if v.signed_on is not None:
            rows.append((self.tr("Signed on"), v.signed_on.isoformat()))
        if v.printed_at is not None:
            rows.append(
                (self.tr("Printed at"), v.printed_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            )
        return rows

    def _html(self) -> str:
        parts = [f"<p>{escape(self.verification.reason)}</p>"]
        rows = self._pledge_rows()
        if rows:
            cells = "".join(
                f"<tr><td style='color:{PALETTE.text_hint}; padding-right:12px'>{escape(name)}</td>"
                f"<td>{escape(value)}</td></tr>"
                for name, value in rows
            )
            parts.append(f"<table>{cells}</table>")
        heading = self.tr("Digital signatures")
        unsigned = self.tr("The file carries no digital signature.")
        fingerprint = self.tr("Certificate fingerprint (SHA-256):")
        parts.append(f"<h4>{escape(heading)}</h4>")
        if self._signature_problem:
            parts.append(f"<p>{escape(self._signature_problem)}</p>")
        elif not self.checks:
            parts.append(f"<p>{escape(unsigned)}</p>")
        for check in self.checks:
            mark = "✔" if check.intact else "✘"
            colour = f"{PALETTE.success}" if check.intact else f"{PALETTE.danger}"
            when = (
                check.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if check.signed_at else ""
            )
            parts.append(
                f"<p><b style='color:{colour}'>{mark} {escape(check.signer_name)}</b> "
                f"{escape(when)}<br>{escape(check.summary)}<br>"
                f"<span style='color:{PALETTE.text_hint}'>"
                f"{escape(fingerprint)} "
                f"<code>{escape(check.fingerprint)}</code></span></p>"
            )
        return "".join(parts)

    def plain_text(self) -> str:
        """Everything the dialog says, as plain text (for tests and copying)."""
        return self.verdict_label.text() + "\n" + self.details.toPlainText()
