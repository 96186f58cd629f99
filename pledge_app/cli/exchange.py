"""`import` and `export`: pledges in and out through the JSON exchange format."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pledge_app.cli.support import EXIT_OK, open_database_of, say
from pledge_app.core.i18n import translate


def run_import(args: argparse.Namespace) -> int:
    from pledge_app.core.exchange.files import import_pledges, read_exchange_file

    path = Path(args.file)
    pledges = read_exchange_file(path)  # before the database: a bad file touches nothing
    db = open_database_of(args)
    try:
        with db.begin() as session:
            summary = import_pledges(session, pledges, source=path.name)
    finally:
        db.dispose()
    say(
        translate(
            "cli",
            "Imported {count} pledges from {file} ({ready} of them ready to sign, "
            "{signed} signed; every signature re-checked).",
        ).format(
            count=summary.created, file=path, ready=summary.ready_to_sign, signed=summary.signed
        )
    )
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from pledge_app.core.exchange.files import export_pledges, write_exchange_file

    db = open_database_of(args)
    try:
        with db.begin() as session:
            views = export_pledges(session)
    finally:
        db.dispose()
    write_exchange_file(views, Path(args.output))
    say(
        translate("cli", "Exported {count} pledges to {file}.").format(
            count=len(views), file=args.output
        )
    )
    return EXIT_OK


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `import` and `export` to the subcommands."""
    imports = commands.add_parser(
        "import", parents=[common], help=translate("cli", "import pledges from an exchange file")
    )
    imports.add_argument("file", metavar="FILE", help=translate("cli", "a JSON exchange file"))
    imports.set_defaults(run=run_import)
    export = commands.add_parser(
        "export", parents=[common], help=translate("cli", "export every pledge to an exchange file")
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", required=True, help=translate("cli", "the file to write")
    )
    export.set_defaults(run=run_export)
