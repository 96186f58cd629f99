"""The free-text index of tasks and report narratives (SQLite FTS5, trigram).

Revision ID: 0007_task_search
Revises: 0006_tracking
Create Date: 2026-12-02 13:00:00

SQLite only: a virtual table each for task fields and narratives, kept current by
triggers, filled from what is stored. PostgreSQL gets nothing here (its search scans).
"""

from __future__ import annotations

from alembic import op

from pledge_app.core.tracking.search_index import create_search_index, drop_search_index

revision = "0007_task_search"
down_revision = "0006_tracking"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_search_index(op.get_bind())


def downgrade() -> None:
    drop_search_index(op.get_bind())
