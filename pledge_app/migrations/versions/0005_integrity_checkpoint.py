"""The integrity checkpoint: where the last sound check ended, for the incremental check.

Revision ID: 0005_integrity_checkpoint
Revises: 0004_units_register
Create Date: 2026-12-02 10:00:00

One new table; no guarded table is touched, so every guard trigger stays as 0003 left it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_integrity_checkpoint"
down_revision = "0004_units_register"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "integrity_checkpoint",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("full_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("audit_hash", sa.String(length=64), nullable=False),
        sa.Column("guards", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("integrity_checkpoint")
