"""Engine, SQLite pragmas, sessions and the Alembic upgrade on open."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pledge_app.core import database_errors
from pledge_app.core.database_errors import (
    changed_elsewhere,
    explain_database_error,
    location_of,
)
from pledge_app.core.errors import (
    BadInput,
    DatabaseBusy,
    DatabaseNotWritable,
    DatabaseUnavailable,
)
from pledge_app.core.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

#: The newest migration shipped with this build. Opening a database already at
#: this revision needs no Alembic at all (its import costs ~0.4 s of start-up);
#: a test keeps this equal to Alembic's own head.
SCHEMA_HEAD = "0007_task_search"


def database_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL from a file path or an URL given on the command line."""
    text = str(path_or_url)
    if "://" in text:
        return text
    # A path is the file's name, never URL syntax: "a?b.sqlite3" must not become the
    # file "a" with an option "b" (issue 7 item 24), so it is escaped, not pasted in.
    path = str(Path(text).expanduser().resolve())
    return URL.create("sqlite", database=path).render_as_string(hide_password=False)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default and per connection in SQLite: set them on every one.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={database_errors.BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_database_engine(url: str) -> Engine:
    """An engine for `url` with the pragmas every SQLite connection needs."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def _alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at, or None for an empty one."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str | None:
    """The newest migration, as Alembic finds it among the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file through SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@dataclass
class Database:
    """An open database: its engine and the factory of sessions for user actions."""

    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.

        A database that is busy, read-only, full or damaged, and a row someone else changed
        in the same moment, raise the PledgeError that says so instead of the driver's own.
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except StaleDataError as error:
            # The version check passed, then another connection won the race (issue 7 item 27).
            raise changed_elsewhere() from error
        except SQLAlchemyError as error:
            explained = explain_database_error(error, location_of(self.engine.url))
            if explained is None:
                raise
            raise explained from error

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.dispose()


def upgrade_database(engine: Engine, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to the newest revision; back up an older SQLite file first."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config("sqlite://"))
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseUnavailable(
            translate(
                "database",
                "The database {database} was written by a newer version of Pledge Manager "
                "(schema {revision}). Install the newer version to open it.",
            ).format(database=engine.url.database, revision=current)
        )
    backup: Path | None = None
    database = engine.url.database
    if (
        current is not None
        and engine.dialect.name == "sqlite"
        and database
        and database != ":memory:"
    ):
        source = Path(database)
        folder = backup_dir or source.parent / "backups"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(source, folder / f"{source.stem}-{current}-{stamp}.sqlite3")
    from alembic.util.exc import CommandError

    config = _alembic_config(engine.url.render_as_string(hide_password=False))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except CommandError as error:
        raise DatabaseUnavailable(
            translate("database", "Cannot upgrade the database {database}: {reason}").format(
                database=engine.url.database, reason=error
            )
        ) from error
    return backup


def _reason(error: Exception) -> str:
    # SQLAlchemy wraps the driver's error with the SQL and a link to its docs;
    # the clerk needs only the driver's own sentence ("file is not a database").
    original = getattr(error, "orig", None)
    return str(original if original is not None else error).strip()


def _sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    database = url.database or ""
    return None if database.startswith("file:") else Path(database)


def _refuse_empty_file(path: Path) -> None:
    # SQLite takes a 0-byte file for a new database and fills it silently; such a file is
    # far more often a copy or download that went wrong than a wish to start afresh.
    if path.is_file() and path.stat().st_size == 0:
        raise BadInput(
            translate(
                "database",
                "The file {database} is empty (0 bytes), so it holds no pledges. If it should "
                "hold your database, restore a backup; to start a new database there, delete "
                "the empty file first.",
            ).format(database=path)
        )


def _engine_for(url: str) -> Engine:
    try:
        return create_database_engine(url)
    except (NoSuchModuleError, ArgumentError, ModuleNotFoundError) as error:
        raise BadInput(
            translate(
                "database",
                "{database} is not a kind of database Pledge Manager can open. Give the path "
                "of a SQLite file, or a URL starting with postgresql+psycopg://.",
            ).format(database=url)
        ) from error


def _create_whole(file: Path, location: str) -> None:
    """Create a new database file with its whole schema, or not at all.

    SQLite commits each CREATE on its own, so a process killed while a new file got its
    schema left a half-made file that never opened again. The schema is made in a hidden
    file beside it, which takes the real name only when complete (and never replaces a
    file another process created meanwhile).
    """
    partial = file.with_name(f".{file.name}.creating-{os.getpid()}")
    partial.unlink(missing_ok=True)
    engine = create_database_engine(database_url(partial))
    try:
        upgrade_database(engine)
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        engine.dispose()
        partial.unlink(missing_ok=True)
        raise DatabaseUnavailable(
            translate("database", "Cannot open the database {database}: {reason}").format(
                database=location, reason=_reason(error)
            )
        ) from error
    engine.dispose()
    try:
        os.link(partial, file)  # fails, rather than replaces, if the file exists by now
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links
        if not file.exists():
            os.replace(partial, file)
    finally:
        partial.unlink(missing_ok=True)


def open_database(path_or_url: str | Path, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and upgrade the database at `path_or_url`."""
    url = database_url(path_or_url)
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise BadInput(
            translate("database", "{database} is not a database URL or file path.").format(
                database=url
            )
        ) from error
    location = location_of(parsed)
    file = _sqlite_file(parsed)
    if file is not None:
        _refuse_empty_file(file)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseUnavailable(
                translate("database", "Cannot open the database {database}: {reason}").format(
                    database=location, reason=error.strerror or error
                )
            ) from error
    if file is not None and not file.exists():
        _create_whole(file, location)
    engine = _engine_for(url)
    try:
        upgrade_database(engine, backup_dir=backup_dir)
    except DatabaseUnavailable:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        engine.dispose()
        explained = (
            explain_database_error(error, location) if isinstance(error, SQLAlchemyError) else None
        )
        # Busy, read-only and full say what to do; anything else is "cannot open: why".
        if isinstance(explained, DatabaseBusy | DatabaseNotWritable):
            raise explained from error
        raise DatabaseUnavailable(
            translate("database", "Cannot open the database {database}: {reason}").format(
                database=location, reason=_reason(error)
            )
        ) from error
    return Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
