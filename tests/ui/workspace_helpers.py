"""A workspace on a test's database and the runner the pages run their operations through."""

from __future__ import annotations

from pledge_app.core.database import Database
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.workspace import Workspace


def open_workspace(database: Database, prompts: UserPrompts) -> tuple[Workspace, OperationRunner]:
    """A workspace showing `database` and a runner over it (owned by the workspace; the test's
    fixture, not the workspace, disposes of the database)."""
    workspace = Workspace()
    runner = OperationRunner(workspace=workspace, prompts=prompts, parent=workspace)
    workspace.open(database, str(database.engine.url.database))
    return workspace, runner
