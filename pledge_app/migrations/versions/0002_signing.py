"""Signing, amendments and tamper evidence: signatures, audit log, printed copies, guards.

Revision ID: 0002_signing
Revises: 0001_first_schema
Create Date: 2026-11-25 17:40:10.366038
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pledge_app.core.guards import create_guards, drop_guards

revision = "0002_signing"
down_revision = "0001_first_schema"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("os_user", sa.String(length=200), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("pledge_id", sa.String(length=36), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("entry_hash"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_pledge_id"), ["pledge_id"], unique=False)

    op.create_table(
        "printed_copy",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("pledge_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("printed_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pdf_sha256"),
    )
    with op.batch_alter_table("printed_copy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_printed_copy_pledge_id"), ["pledge_id"], unique=False)

    op.create_table(
        "signature",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("pledge_id", sa.String(length=36), nullable=False),
        sa.Column("party", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("signer", sa.String(length=100), nullable=False),
        sa.Column("signer_title", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=True),
        sa.Column("seal_image", sa.LargeBinary(), nullable=True),
        sa.Column("scan", sa.LargeBinary(), nullable=True),
        sa.Column("scan_type", sa.String(length=50), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["pledge_id"], ["pledge.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pledge_id", "party", name="uq_signature_pledge_party"),
    )
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signature_pledge_id"), ["pledge_id"], unique=False)

    with op.batch_alter_table("pledge", schema=None) as batch_op:
        batch_op.add_column(sa.Column("previous_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column(
                "signing_order", sa.String(length=20), nullable=False, server_default="issuer_first"
            )
        )
        batch_op.create_index(batch_op.f("ix_pledge_previous_id"), ["previous_id"], unique=False)
        batch_op.create_foreign_key("fk_pledge_previous_id", "pledge", ["previous_id"], ["id"])

    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signature_image", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=300), nullable=True))

    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seal_image", sa.LargeBinary(), nullable=True))

    # Last, after every batch re-creation of a guarded table: SQLite's batch mode copies
    # and re-creates a table, and the copy has none of the original's triggers.
    create_guards(op.get_bind())


def downgrade() -> None:
    drop_guards(op.get_bind())
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_column("seal_image")

    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_column("pin_hash")
        batch_op.drop_column("signature_image")

    with op.batch_alter_table("pledge", schema=None) as batch_op:
        batch_op.drop_constraint("fk_pledge_previous_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_pledge_previous_id"))
        batch_op.drop_column("signing_order")
        batch_op.drop_column("previous_id")

    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_pledge_id"))

    op.drop_table("signature")
    with op.batch_alter_table("printed_copy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_printed_copy_pledge_id"))

    op.drop_table("printed_copy")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_pledge_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_action"))

    op.drop_table("audit_entry")
