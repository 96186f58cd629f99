"""The application takes its automatic backups: when it is used each day and on closing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pledge_app.core.database import open_database
from pledge_app.core.pledges import create_pledge
from pledge_app.operations.backups import backups_folder, list_backups
from tests.conftest import make_content


def run_window_once(database: Path, data_dir: Path) -> None:
    """Start the real application on `database`; it quits once the database is open."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PLEDGE_APP_SMOKE_TEST="1",
        PLEDGE_APP_DATA_DIR=str(data_dir),
    )
    result = subprocess.run(
        [sys.executable, "-m", "pledge_app", "--db", str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_a_changed_database_is_backed_up_and_an_unchanged_one_is_not(tmp_path: Path) -> None:
    database = tmp_path / "office" / "pledges.sqlite3"
    with open_database(database) as db, db.begin() as session:
        create_pledge(session, make_content(title="第一份"))

    run_window_once(database, tmp_path / "data")
    first = list_backups(backups_folder(database))
    assert first and all(info.verified for info in first)

    run_window_once(database, tmp_path / "data")
    assert list_backups(backups_folder(database)) == first  # nothing changed, nothing taken
