"""The dashboard operation on SQLite and PostgreSQL, and saving a chart as a PNG file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pledge_app.core.database import Database
from pledge_app.core.errors import BadInput
from pledge_app.core.office_settings import update_office_settings
from pledge_app.core.tracking.states import Light
from pledge_app.operations.dashboard import dashboard, save_png
from tests.dashboard_helpers import TODAY, UNIT_A, UNIT_B, build_year
from tests.signing_helpers import png


def test_the_figures_come_from_the_ledger_and_the_history(any_database: Database) -> None:
    keys = build_year(any_database)
    done = dashboard(any_database, today=TODAY)
    figures = done.value
    assert not done.changes
    assert figures.all_keys == set(keys.values())
    assert figures.years == (2026,)
    assert figures.overdue == {keys["A3"]}
    assert {entry.light: len(entry.keys) for entry in figures.lights}[Light.YELLOW] == 2
    assert [unit.unit for unit in figures.not_reported] == [UNIT_A, UNIT_B]


def test_the_office_reporting_day_sets_the_period_owed(database: Database) -> None:
    build_year(database)
    with database.begin() as session:
        update_office_settings(session, reporting_day=12)
    figures = dashboard(database, today=TODAY).value
    assert figures.reporting_day == 12
    assert figures.reporting_period == (date(2026, 4, 1), date(2026, 4, 30))


def test_a_database_with_nothing_in_force_gives_empty_figures(database: Database) -> None:
    figures = dashboard(database, today=TODAY).value
    assert figures.empty
    assert figures.units == ()
    assert figures.not_reported == ()


def test_a_chart_is_saved_as_a_png_file(tmp_path: Path) -> None:
    data = png()
    saved = save_png(tmp_path / "图表", data).value
    assert saved == tmp_path / "图表.png"
    assert saved.read_bytes() == data


def test_bytes_that_are_not_a_png_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        save_png(tmp_path / "chart.png", b"not a picture")
    assert not (tmp_path / "chart.png").exists()
