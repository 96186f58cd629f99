"""What the About box tells about the open database: its schema revision and the newest one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pledge_app.operations.changes import Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database


@dataclass(frozen=True)
class DatabaseInfo:
    """The database's kind (sqlite, postgresql), its schema revision and this program's newest."""

    dialect: str
    schema_revision: str
    newest_revision: str


def database_info(database: Database) -> Done[DatabaseInfo]:
    """The open database's schema revision, as Alembic recorded it."""
    from pledge_app.core.database import current_revision, head_revision

    with database.begin() as session:
        dialect = session.get_bind().dialect.name
    return Done(
        DatabaseInfo(
            dialect=dialect,
            schema_revision=current_revision(database.engine) or "",
            newest_revision=head_revision() or "",
        )
    )
