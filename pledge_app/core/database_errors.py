"""The driver's database errors in the clerk's words: busy, read-only, full, damaged, raced."""

from __future__ import annotations

from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from pledge_app.core.errors import (
    ConcurrentEdit,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseNotWritable,
    PledgeError,
)
from pledge_app.core.i18n import translate

#: How long a SQLite connection waits for another one's write before it gives up.
BUSY_TIMEOUT_SECONDS = 5

# SQLite's primary result codes (the low byte of the extended code Python reports).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_NOTADB = 26

# PostgreSQL's SQLSTATEs for the same situations.
_PG_BUSY = {"55P03", "40P01", "40001", "57014"}  # lock wait, deadlock, serialisation, timeout
_PG_READ_ONLY = {"25006"}
_PG_FULL = {"53100"}


def location_of(url: URL) -> str:
    """The database as the clerk named it: the file for SQLite, the URL without password."""
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def _sqlite_code(original: BaseException) -> int | None:
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    # Drivers without result codes say it in words, as Python's sqlite3 does of text that
    # another program stored as bytes that are not UTF-8.
    words = str(original).lower()
    if "could not decode to utf-8" in words:
        return _SQLITE_CORRUPT
    for phrase, value in (
        ("database is locked", _SQLITE_BUSY),
        ("database table is locked", _SQLITE_LOCKED),
        ("readonly database", _SQLITE_READONLY),
        ("database or disk is full", _SQLITE_FULL),
        ("disk image is malformed", _SQLITE_CORRUPT),
        ("file is not a database", _SQLITE_NOTADB),
    ):
        if phrase in words:
            return value
    return None


def _busy(database: str) -> PledgeError:
    return DatabaseBusy(
        translate(
            "database",
            "The database {database} is busy with another change (another window or computer "
            "is writing to it, for example a large import) and did not answer within "
            "{seconds} seconds. Nothing was changed here; try again when that change has "
            "finished.",
        ).format(database=database, seconds=BUSY_TIMEOUT_SECONDS)
    )


def _read_only(database: str) -> PledgeError:
    return DatabaseNotWritable(
        translate(
            "database",
            "The database {database} is read-only (the file, its folder or the server does "
            "not allow changes), so nothing was changed. Ask for write access, or copy the "
            "file to a folder of your own.",
        ).format(database=database)
    )


def _full(database: str) -> PledgeError:
    return DatabaseNotWritable(
        translate(
            "database",
            "The disk holding the database {database} is full, so nothing was changed. "
            "Free some space and try again.",
        ).format(database=database)
    )


def _damaged(database: str) -> PledgeError:
    return DatabaseDamaged(
        translate(
            "database",
            "The database {database} is damaged and cannot be read. Restore the latest "
            "backup (pledge-app restore) or ask for help; do not write to it meanwhile.",
        ).format(database=database)
    )


def explain_database_error(error: SQLAlchemyError, database: str) -> PledgeError | None:
    """The PledgeError the clerk should see for a driver error, or None for a bug."""
    original = getattr(error, "orig", None)
    if original is None:
        return None
    sqlstate = getattr(original, "sqlstate", None)
    if isinstance(sqlstate, str):
        if sqlstate in _PG_BUSY:
            return _busy(database)
        if sqlstate in _PG_READ_ONLY:
            return _read_only(database)
        if sqlstate in _PG_FULL:
            return _full(database)
        return None
    code = _sqlite_code(original)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return _busy(database)
    if code == _SQLITE_READONLY:
        return _read_only(database)
    if code == _SQLITE_FULL:
        return _full(database)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return _damaged(database)
    return None


def changed_elsewhere() -> ConcurrentEdit:
    """What a lost race on a versioned row means to the clerk."""
    return ConcurrentEdit(
        translate(
            "database",
            "Someone else changed this record at the same moment, so your change was not "
            "saved. Reload it to see the other changes, then make yours again.",
        )
    )
