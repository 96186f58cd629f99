"""Fixtures for report tests: the bundled font set and a renderer into tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pledge_app.core.views import PledgeView
from pledge_app.reports.fonts import FontSet, discover_fonts
from pledge_app.reports.pledge_pdf import render_pledge_pdf


@pytest.fixture(scope="session")
def bundled_fonts() -> FontSet:
    """Only the bundled font, so results do not depend on the machine's fonts."""
    return discover_fonts(font_dirs=())


@pytest.fixture
def render(tmp_path: Path, bundled_fonts: FontSet) -> Callable[[PledgeView], Path]:
    """Render a pledge to a PDF file in tmp_path and return its path."""
    counter = iter(range(1_000_000))

    def _render(pledge: PledgeView) -> Path:
        path = tmp_path / f"pledge-{next(counter)}.pdf"
        render_pledge_pdf(pledge, path, fonts=bundled_fonts)
        return path

    return _render
