"""Guards without side doors: INSERT guards against REPLACE, the status life cycle,
the printed-copy register, TRUNCATE guards on PostgreSQL, pinned search paths.

Revision ID: 0003_guards_without_side_doors
Revises: 0002_signing
Create Date: 2026-12-02 09:30:00

No table changes: only the triggers (and PostgreSQL's trigger functions), all
re-created from `pledge_app.core.guards`, so that a database signed with an
earlier build gets every guard `check` now expects, in its full definition.
"""

from __future__ import annotations

from alembic import op

from pledge_app.core.guards import create_guards

revision = "0003_guards_without_side_doors"
down_revision = "0002_signing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Drops and re-creates every guard; last, after any batch re-creation of a
    # guarded table (PITFALLS 16), were this migration ever to gain one.
    create_guards(op.get_bind())


def downgrade() -> None:
    # Nothing to undo: 0002 installs the guards through the same `create_guards`,
    # so a database made at 0002 by this build already holds these definitions,
    # and a build at 0002 checks the guards by name only. Removing guards on a
    # downgrade would only leave signed pledges less protected.
    pass
