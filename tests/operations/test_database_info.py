"""The About box's facts about the open database."""

from __future__ import annotations

from pledge_app.core.database import Database
from pledge_app.operations.database_info import database_info


def test_a_new_database_is_at_the_newest_schema(database: Database) -> None:
    done = database_info(database)
    assert done.value.dialect == "sqlite"
    assert done.value.schema_revision
    assert done.value.schema_revision == done.value.newest_revision
    assert not done.changes
