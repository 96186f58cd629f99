"""Fill a database with the sample year, for trying the program out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledge_app.core.demo import sample_year
from pledge_app.core.demo.sample_year import DemoSummary
from pledge_app.operations.changes import Changes, Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database

__all__ = ["DemoSummary", "load_sample_year"]


def load_sample_year(database: Database) -> Done[DemoSummary]:
    """Add the sample years' units, pledges and tracking in one transaction; pledges already
    there stay, reports due since the last run are added."""
    with database.begin() as session:
        # Through the module, so that a test replacing `build_demo` reaches this call.
        summary = sample_year.build_demo(session)
    # Units, signatories, pledges and the audit may all have changed.
    return Done(summary, Changes.of_everything())
