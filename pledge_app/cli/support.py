"""What every headless command shares: exit codes, output and the database it works on."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app import paths
from pledge_app.core.errors import BadInput
from pledge_app.core.i18n import translate

if TYPE_CHECKING:
    from pledge_app.core.database import Database

EXIT_OK = 0
EXIT_FAILED = 1  # an expected error, or a check that found something: the message says what
EXIT_BAD_INPUT = 2  # bad command line or bad input file
EXIT_INTERNAL = 3  # a bug: logged with its traceback
EXIT_BUSY = 4  # the database is busy with another change: the same command works later


def say(text: str) -> None:
    """A line of the command's result, on stdout."""
    print(text, file=sys.stdout)


def warn(text: str) -> None:
    """A line of trouble, on stderr."""
    print(text, file=sys.stderr)


def database_location(args: argparse.Namespace) -> str | Path:
    """The --db the user gave, or the user's own database."""
    location: str | Path | None = args.db
    return location or paths.default_database_path()


def open_database_of(args: argparse.Namespace) -> Database:
    """The database --db names (created if it does not exist yet); `with` disposes of it."""
    from pledge_app.core.database import open_database

    return open_database(database_location(args))


def open_existing_database_of(args: argparse.Namespace) -> Database:
    """The database --db names; a database file that does not exist is bad input, not created."""
    location = database_location(args)
    if "://" not in str(location) and not Path(location).expanduser().is_file():
        raise BadInput(translate("cli", "There is no database at {path}.").format(path=location))
    return open_database_of(args)
