"""First schema: units, signatories, pledges, paragraphs, tasks and autosaves.

Revision ID: 0001_first_schema
Revises:
Create Date: 2026-11-25 17:35:38.030525
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_first_schema"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "autosave",
        sa.Column("pledge_id", sa.String(length=36), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pledge_id"),
    )
    op.create_table(
        "unit",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "signatory",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_id", "name", name="uq_signatory_unit_name"),
    )
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatory_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "pledge",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.String(length=36), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=False),
        sa.Column("issuer_signatory_id", sa.String(length=36), nullable=True),
        sa.Column("responsible_signatory_id", sa.String(length=36), nullable=True),
        sa.Column("issuer_signer", sa.String(length=100), nullable=False),
        sa.Column("issuer_signer_title", sa.String(length=200), nullable=False),
        sa.Column("responsible_signer", sa.String(length=100), nullable=False),
        sa.Column("responsible_signer_title", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"],
            ["unit.id"],
        ),
        sa.ForeignKeyConstraint(
            ["issuer_signatory_id"],
            ["signatory.id"],
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["unit.id"],
        ),
        sa.ForeignKeyConstraint(
            ["responsible_signatory_id"],
            ["signatory.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("pledge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pledge_issuer_id"), ["issuer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pledge_number"), ["number"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_pledge_responsible_id"), ["responsible_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_pledge_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_pledge_year"), ["year"], unique=False)

    op.create_table(
        "paragraph",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("pledge_id", sa.String(length=36), nullable=False),
        sa.Column("section", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["pledge_id"], ["pledge.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("paragraph", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_paragraph_pledge_id"), ["pledge_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("pledge_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("lead_official", sa.String(length=200), nullable=False),
        sa.Column("responsible_body", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("deliverable", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("list_class", sa.String(length=40), nullable=False),
        sa.Column("cooperating_units", sa.JSON(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["pledge_id"], ["pledge.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_pledge_id"), ["pledge_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_pledge_id"))

    op.drop_table("task")
    with op.batch_alter_table("paragraph", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_paragraph_pledge_id"))

    op.drop_table("paragraph")
    with op.batch_alter_table("pledge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pledge_year"))
        batch_op.drop_index(batch_op.f("ix_pledge_status"))
        batch_op.drop_index(batch_op.f("ix_pledge_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_pledge_number"))
        batch_op.drop_index(batch_op.f("ix_pledge_issuer_id"))

    op.drop_table("pledge")
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_unit_id"))

    op.drop_table("signatory")
    op.drop_table("unit")
    op.drop_table("autosave")
