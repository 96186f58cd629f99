"""Tracking: each task's lineage key, milestones, progress reports and their evidence.

Revision ID: 0006_tracking
Revises: 0005_integrity_checkpoint
Create Date: 2026-12-02 12:00:00

The lineage key is given to every stored task: a task of an amendment takes the key of
the task with the same item in the version it amends, every other task a new one. The
guards are dropped while the keys are written (signed tasks are frozen) and installed
again last, now with the append-only guards of the two new tables.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

from pledge_app.core.guards import create_guards, drop_guards

revision = "0006_tracking"
down_revision = "0005_integrity_checkpoint"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    drop_guards(connection)
    op.add_column("task", sa.Column("lineage_key", sa.String(length=36), nullable=True))
    _give_lineage_keys(connection)
    with op.batch_alter_table("task") as batch:
        batch.alter_column("lineage_key", existing_type=sa.String(length=36), nullable=False)
    op.create_index("ix_task_lineage_key", "task", ["lineage_key"])
    op.create_table(
        "milestone",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lineage_key", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_milestone_lineage_key", "milestone", ["lineage_key"])
    op.create_table(
        "progress_report",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lineage_key", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("reporter", sa.String(length=200), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("corrects_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("id"),
    )
    op.create_index("ix_progress_report_lineage_seq", "progress_report", ["lineage_key", "seq"])
    op.create_index("ix_progress_report_reported_on", "progress_report", ["reported_on"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["progress_report.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_evidence_report_id", "evidence", ["report_id"])
    # Last, after the batch re-creation of `task` (PITFALLS 16).
    create_guards(connection)


def _give_lineage_keys(connection: sa.Connection) -> None:
    """Keys for every task, amendments sharing them with the version they amend."""
    pledges = connection.execute(sa.text("SELECT id, previous_id FROM pledge")).all()
    previous_of = {row[0]: row[1] for row in pledges}
    tasks: dict[str, list[tuple[str, str]]] = {}
    for task_id, pledge_id, item in connection.execute(
        sa.text("SELECT id, pledge_id, item FROM task ORDER BY pledge_id, position")
    ):
        tasks.setdefault(pledge_id, []).append((task_id, item))
    keys: dict[str, dict[str, str]] = {}  # pledge id -> task id -> key

    def keys_of(pledge_id: str) -> dict[str, str]:
        # Iterative over the chain: a long history must not exhaust the recursion limit.
        chain = [pledge_id]
        while (earlier := previous_of.get(chain[-1])) is not None and earlier not in keys:
            chain.append(earlier)
        for current in reversed(chain):
            if current in keys:
                continue
            inherited: dict[str, list[str]] = {}
            earlier = previous_of.get(current)
            for task_id, item in tasks.get(earlier or "", []):
                inherited.setdefault(item, []).append(keys[earlier or ""][task_id])
            keys[current] = {
                task_id: (inherited[item].pop(0) if inherited.get(item) else str(uuid.uuid4()))
                for task_id, item in tasks.get(current, [])
            }
        return keys[pledge_id]

    for pledge_id in previous_of:
        for task_id, key in keys_of(pledge_id).items():
            connection.execute(
                sa.text("UPDATE task SET lineage_key = :key WHERE id = :id"),
                {"key": key, "id": task_id},
            )


def downgrade() -> None:
    connection = op.get_bind()
    drop_guards(connection)
    op.drop_index("ix_evidence_report_id", table_name="evidence")
    op.drop_table("evidence")
    op.drop_index("ix_progress_report_reported_on", table_name="progress_report")
    op.drop_index("ix_progress_report_lineage_seq", table_name="progress_report")
    op.drop_table("progress_report")
    op.drop_index("ix_milestone_lineage_key", table_name="milestone")
    op.drop_table("milestone")
    op.drop_index("ix_task_lineage_key", table_name="task")
    with op.batch_alter_table("task") as batch:
        batch.drop_column("lineage_key")
    create_guards(connection)
