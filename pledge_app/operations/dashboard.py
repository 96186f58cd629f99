"""The dashboard: its figures read in one transaction, and a chart saved as a PNG file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.operations.changes import Done
from pledge_app.operations.files import write_user_file

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.tracking.dashboard import DashboardFigures

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def dashboard(
    database: Database, *, today: date | None = None, year: int | None = None
) -> Done[DashboardFigures]:
    """The dashboard's figures for the pledges in force (of `year`, if given) on `today`."""
    from pledge_app.core.office_settings import read_office_settings
    from pledge_app.core.tracking.dashboard import dashboard_figures
    from pledge_app.core.tracking.history import done_histories, latest_period_ends
    from pledge_app.core.tracking.ledger import tracked_tasks

    today = today or date.today()
    with database.begin() as session:
        settings = read_office_settings(session)
        tasks = tracked_tasks(session, today=today, thresholds=settings.thresholds())
        histories = done_histories(session, until=today)
        period_ends = latest_period_ends(session)
    return Done(
        dashboard_figures(
            tasks,
            histories=histories,
            period_ends=period_ends,
            today=today,
            reporting_day=settings.reporting_day,
            year=year,
        )
    )


def save_png(path: Path, data: bytes) -> Done[Path]:
    """Write a picture's PNG bytes to `path` (given a .png suffix), whole or not at all."""
    from pledge_app.core.errors import BadInput
    from pledge_app.core.i18n import translate

    if not data.startswith(PNG_SIGNATURE):
        raise BadInput(translate("dashboard", "The picture could not be made; nothing was saved."))
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    write_user_file(path, data)
    return Done(path)
