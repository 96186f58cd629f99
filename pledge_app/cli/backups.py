"""`backup`, `backups` and `restore`: verified copies of the embedded database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pledge_app.cli.support import (
    EXIT_FAILED,
    EXIT_OK,
    database_location,
    open_existing_database_of,
    say,
    warn,
)
from pledge_app.core.errors import BadInput
from pledge_app.core.i18n import translate


def _size(size: int) -> str:
    return translate("cli", "{size:.1f} MB").format(size=size / 1_000_000)


def run_backup(args: argparse.Namespace) -> int:
    """Write a verified copy of the database to -o FILE."""
    from pledge_app.operations.backups import back_up

    with open_existing_database_of(args) as db:
        info = back_up(db, Path(args.output)).value
    say(
        translate(
            "cli", "Backed up {pledges} pledges to {file} ({size}); the copy was verified."
        ).format(pledges=info.pledges, file=info.path, size=_size(info.size))
    )
    if info.findings:
        # Kept all the same: it is the evidence of the state the check found.
        warn(translate("cli", "The integrity check found this in the copy (as in the database):"))
        for finding in info.findings:
            warn(translate("cli", "- {message}").format(message=finding))
        return EXIT_FAILED
    return EXIT_OK


def run_backups(args: argparse.Namespace) -> int:
    """List the backups beside the database, newest first."""
    from pledge_app.operations.backups import backups_folder, list_backups

    location = database_location(args)
    if "://" in str(location):
        raise BadInput(
            translate("cli", "Only an embedded (SQLite) database keeps backups beside it.")
        )
    database_file = Path(location).expanduser().resolve()
    folder = backups_folder(database_file)
    found = list_backups(folder, database_file=database_file)
    if not found:
        say(translate("cli", "There are no backups in {folder}.").format(folder=folder))
        return EXIT_OK
    say(translate("cli", "Backups in {folder}, newest first:").format(folder=folder))
    for info in found:
        if not info.verified:
            verdict = translate("cli", "not verified")
        elif info.findings:
            verdict = translate("cli", "verified, {count} findings").format(
                count=len(info.findings)
            )
        else:
            verdict = translate("cli", "verified")
        say(
            translate("cli", "{created}  {size}  {verdict}  {name}").format(
                created=info.created.strftime("%Y-%m-%d %H:%M"),
                size=_size(info.size),
                verdict=verdict,
                name=info.path.name,
            )
        )
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Put a backup in place of the database; the current file is kept aside."""
    from pledge_app.operations.backups import restore

    location = database_location(args)
    if "://" in str(location):
        raise BadInput(
            translate(
                "cli",
                "Only an embedded (SQLite) database can be restored here; a shared "
                "PostgreSQL database is restored by its operator.",
            )
        )
    result = restore(Path(location).expanduser().resolve(), Path(args.file)).value
    say(translate("cli", "Restored {file}.").format(file=result.restored))
    if result.kept_aside is not None:
        say(
            translate("cli", "The database as it was is kept as {file}.").format(
                file=result.kept_aside
            )
        )
    return EXIT_OK


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `backup`, `backups` and `restore` to the subcommands."""
    backup = commands.add_parser(
        "backup", parents=[common], help=translate("cli", "write a verified copy of the database")
    )
    backup.add_argument(
        "-o", "--output", metavar="FILE", required=True, help=translate("cli", "the file to write")
    )
    backup.set_defaults(run=run_backup)
    listing = commands.add_parser(
        "backups", parents=[common], help=translate("cli", "list the backups beside the database")
    )
    listing.set_defaults(run=run_backups)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=translate("cli", "put a backup in place of the database (the current file is kept)"),
    )
    restore.add_argument("file", metavar="FILE", help=translate("cli", "the backup to restore"))
    restore.set_defaults(run=run_restore)
