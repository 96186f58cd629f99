"""Alembic environment: runs on the connection handed in by core.database."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from pledge_app.core.models import Base
from pledge_app.core.tracking.search_index import outside_the_index

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Run the migrations on the given connection, or on a fresh engine from the URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=outside_the_index,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as own_connection:
        context.configure(
            connection=own_connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=outside_the_index,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
