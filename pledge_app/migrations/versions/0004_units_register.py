"""The units register and office settings: unit type, print order and active flag,
signatories' terms, unit successions (renames and merges), office settings and the
per-year number counter.

Revision ID: 0004_units_register
Revises: 0003_guards_without_side_doors
Create Date: 2026-12-02 10:00:00

Only added columns and new tables: no guarded table is touched and nothing is
re-created in a batch, so every guard trigger stays as 0003 left it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_units_register"
down_revision = "0003_guards_without_side_doors"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both engines: a batch re-creation of `unit` would have to drop a
    # table every pledge points to.
    op.add_column(
        "unit",
        sa.Column("kind", sa.String(length=20), server_default="department", nullable=False),
    )
    op.add_column(
        "unit", sa.Column("print_order", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "unit", sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
    )
    op.add_column("signatory", sa.Column("held_from", sa.Date(), nullable=True))
    op.add_column("signatory", sa.Column("held_to", sa.Date(), nullable=True))
    op.create_table(
        "unit_succession",
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("successor_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["successor_id"], ["unit.id"]),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("unit_id"),
    )
    op.create_index(
        op.f("ix_unit_succession_successor_id"), "unit_succession", ["successor_id"], unique=False
    )
    op.create_table(
        "office_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "number_counter",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )


def downgrade() -> None:
    op.drop_table("number_counter")
    op.drop_table("office_setting")
    op.drop_index(op.f("ix_unit_succession_successor_id"), table_name="unit_succession")
    op.drop_table("unit_succession")
    # SQLite 3.35+ drops a column in place; none of these is indexed or constrained.
    for table, column in (
        ("signatory", "held_to"),
        ("signatory", "held_from"),
        ("unit", "active"),
        ("unit", "print_order"),
        ("unit", "kind"),
    ):
        op.drop_column(table, column)
