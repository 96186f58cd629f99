"""The database opens, migrates, matches the models, backs up and keeps its pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from pledge_app.core import pledges
from pledge_app.core.database import (
    SCHEMA_HEAD,
    Database,
    backup_sqlite,
    current_revision,
    database_url,
    head_revision,
    open_database,
)
from pledge_app.core.errors import DatabaseUnavailable
from pledge_app.core.models import Base
from pledge_app.core.tracking.search_index import outside_the_index
from tests.conftest import make_content


def test_a_new_database_is_created_at_the_newest_revision(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "new.sqlite3")
    assert current_revision(db.engine) == head_revision()
    db.dispose()


def test_the_fast_path_head_is_alembics_head() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    open_database(tmp_path / "current.sqlite3").dispose()
    probe = (
        "import sys; from pledge_app.core.database import open_database; "
        f"open_database({str(tmp_path / 'current.sqlite3')!r}).dispose(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_migrations_build_exactly_the_mapped_schema(any_database: Database) -> None:
    with any_database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": outside_the_index})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_foreign_keys_are_enforced_on_every_connection(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_reopening_keeps_the_data_and_takes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    db = open_database(path)
    with db.begin() as session:
        created = pledges.create_pledge(session, make_content())
    db.dispose()
    again = open_database(path, backup_dir=tmp_path / "backups")
    with again.begin() as session:
        assert pledges.get_pledge(session, created.id).content == make_content()
    again.dispose()
    assert not (tmp_path / "backups").exists()


def test_a_database_from_a_newer_build_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable, match="newer version"):
        open_database(path, backup_dir=tmp_path / "backups")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseUnavailable, match=r"garbage\.sqlite3") as raised:
        open_database(path)
    assert "file is not a database" in str(raised.value)
    assert "sqlalche.me" not in str(raised.value)
    assert path.read_bytes() == b"this is not a database" * 100


def test_backup_copies_a_live_database(tmp_path: Path, database: Database) -> None:
    with database.begin() as session:
        created = pledges.create_pledge(session, make_content())
    source = Path(str(database.engine.url.database))
    copy = backup_sqlite(source, tmp_path / "copy.sqlite3")
    restored = open_database(copy)
    with restored.begin() as session:
        assert pledges.get_pledge(session, created.id).content.title == make_content().title
    restored.dispose()


def test_database_url_accepts_paths_and_urls(tmp_path: Path) -> None:
    assert database_url(tmp_path / "a.sqlite3").startswith("sqlite:///")
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_an_older_database_is_backed_up_then_upgraded_with_its_data(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from pledge_app.core.database import _alembic_config
    from pledge_app.core.guard_check import installed_guards
    from pledge_app.core.guards import TRIGGER_NAMES

    path = tmp_path / "first-release.sqlite3"
    url = f"sqlite:///{path}"
    config = _alembic_config(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_first_schema")
        connection.execute(
            text("INSERT INTO unit (id, name, version) VALUES ('u1', '市财政局', 1)")
        )
    engine.dispose()

    db = open_database(path, backup_dir=tmp_path / "backups")
    assert current_revision(db.engine) == SCHEMA_HEAD
    with db.engine.connect() as connection:
        assert installed_guards(connection) == set(TRIGGER_NAMES)
        assert connection.execute(text("SELECT name FROM unit")).scalar() == "市财政局"
    db.dispose()
    (backup,) = (tmp_path / "backups").glob("*.sqlite3")
    assert "0001_first_schema" in backup.name
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_first_schema",
        )
        assert connection.execute("SELECT name FROM unit").fetchone() == ("市财政局",)
