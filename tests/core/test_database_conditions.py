"""Odd databases and odd moments give the clerk's errors, never the driver's (issue 7 items
21, 24 and 27): busy, read-only, full, a `?` in the path, a 0-byte file, an unknown URL
scheme, an unwritable folder, and a race lost on PostgreSQL."""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from pledge_app.core import database_errors
from pledge_app.core.database import Database, open_database
from pledge_app.core.errors import (
    BadInput,
    ConcurrentEdit,
    DatabaseBusy,
    DatabaseNotWritable,
    DatabaseUnavailable,
)
from pledge_app.core.pledges import (
    create_pledge,
    get_pledge,
    list_pledges,
    load_pledge,
    save_pledge,
)
from tests.conftest import make_content


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another program holding the file in a write transaction (as a long import does)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.fixture
def quick_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give up on a locked file at once rather than after the usual seconds."""
    monkeypatch.setattr(database_errors, "BUSY_TIMEOUT_SECONDS", 0)


def test_a_question_mark_in_the_path_is_part_of_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "pledges?mode=ro#1.sqlite3"
    with open_database(path) as db, db.begin() as session:
        create_pledge(session, make_content())
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_zero_byte_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with pytest.raises(BadInput, match="0 bytes"):
        open_database(path)
    assert path.stat().st_size == 0


@pytest.mark.parametrize("url", ["foo://bar", "mysql://server/pledges", "postgresql+nope://x/y"])
def test_an_unknown_kind_of_database_is_bad_input(url: str) -> None:
    with pytest.raises(BadInput, match="not a kind of database"):
        open_database(url)


def test_a_folder_that_cannot_be_made_is_a_clear_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refused)
    with pytest.raises(DatabaseUnavailable, match="Permission denied"):
        open_database(tmp_path / "locked" / "pledges.sqlite3")


def test_a_file_in_place_of_a_folder_is_a_clear_failure(tmp_path: Path) -> None:
    (tmp_path / "notes").write_text("x", encoding="utf-8")
    with pytest.raises(DatabaseUnavailable):
        open_database(tmp_path / "notes" / "pledges.sqlite3")


def test_a_busy_database_says_so_and_changes_nothing(database: Database, quick_busy: None) -> None:
    path = Path(database.engine.url.database or "")
    with database.begin() as session:
        created = create_pledge(session, make_content())
    changed = make_content(title="改过的标题")
    with locked(path):
        with pytest.raises(DatabaseBusy, match="busy"), database.begin() as session:
            save_pledge(session, created.id, changed, expected_version=created.version)
        with pytest.raises(DatabaseBusy), database.begin() as session:
            list_pledges(session)
    with database.begin() as session:
        assert get_pledge(session, created.id) == created


def test_opening_a_busy_database_says_so(tmp_path: Path, quick_busy: None) -> None:
    path = tmp_path / "pledges.sqlite3"
    open_database(path).dispose()
    with locked(path), pytest.raises(DatabaseBusy):
        open_database(path)


def test_a_read_only_database_says_so_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "pledges.sqlite3"
    with open_database(path) as db, db.begin() as session:
        create_pledge(session, make_content())
    before = path.read_bytes()
    # As root, file permissions do not stop a write: SQLite's own read-only mode does.
    read_only = open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    with (
        read_only,
        pytest.raises(DatabaseNotWritable, match="read-only"),
        read_only.begin() as session,
    ):
        create_pledge(session, make_content(number="二号"))
    assert path.read_bytes() == before


def test_a_full_disk_says_so(database: Database) -> None:
    # SQLite says "database or disk is full" when a write cannot grow the file; a page
    # limit makes that happen here without filling a real disk.
    with database.begin() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar_one()
    with database.engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")
        connection.commit()
    big = make_content(goals=("满" * 4_000,) * 20)
    with pytest.raises(DatabaseNotWritable, match="full"), database.begin() as session:
        create_pledge(session, big)


def test_save_pledge_requires_the_version_read() -> None:
    parameter = inspect.signature(save_pledge).parameters["expected_version"]
    assert parameter.default is inspect.Parameter.empty
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY


def test_a_race_lost_on_postgresql_is_a_concurrent_edit(postgres_database: Database) -> None:
    with postgres_database.begin() as session:
        created = create_pledge(session, make_content())
    with (
        pytest.raises(ConcurrentEdit, match="changed this record"),
        postgres_database.begin() as mine,
    ):
        # Read here first (and held): the version check passes on what this session
        # holds ...
        held = load_pledge(mine, created.id)
        with postgres_database.begin() as theirs:
            # ... while another saves and commits in between.
            save_pledge(
                theirs,
                created.id,
                replace(created.content, title="他们的标题"),
                expected_version=created.version,
            )
        assert held.version == created.version
        save_pledge(
            mine,
            created.id,
            replace(created.content, title="我的标题"),
            expected_version=created.version,
        )
    with postgres_database.begin() as session:
        assert get_pledge(session, created.id).content.title == "他们的标题"
