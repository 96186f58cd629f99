"""reports/ is fed plain dataclasses and never pulls in Qt."""

from __future__ import annotations

import subprocess
import sys


def test_reports_never_import_qt() -> None:
    code = (
        "import sys, pledge_app.reports.pledge_pdf;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_reports_use_only_the_core_contract() -> None:
    code = (
        "import sys, pledge_app.reports.pledge_pdf;"
        "print('\\n'.join(m for m in sys.modules if m.startswith('pledge_app.core')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    allowed = {
        "pledge_app.core",
        "pledge_app.core.views",
        "pledge_app.core.enums",
        "pledge_app.core.errors",
        "pledge_app.core.i18n",
        "pledge_app.core.print_marks",
    }
    assert set(result.stdout.split()) <= allowed
