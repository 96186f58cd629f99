"""`import` and `export`: pledges in and out through the JSON exchange format."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pledge_app.cli.support import EXIT_OK, open_database_of, say
from pledge_app.core.i18n import translate


def run_import(args: argparse.Namespace) -> int:
    from pledge_app.operations.exchange import import_exchange, read_exchange_file

    path = Path(args.file)
    exchange = read_exchange_file(path)  # first: a bad file neither creates nor touches a database
    with open_database_of(args) as db:
        summary = import_exchange(db, exchange).value
    say(
        translate(
            "cli",
            "Imported {count} pledges from {file} ({ready} of them ready to sign, "
            "{signed} signed; every signature re-checked).",
        ).format(
            count=summary.created, file=path, ready=summary.ready_to_sign, signed=summary.signed
        )
    )
    if summary.reports or summary.reports_skipped or summary.milestones:
        say(
            translate(
                "cli",
                "Tracking: {reports} progress reports added ({skipped} already here), "
                "{milestones} milestones.",
            ).format(
                reports=summary.reports,
                skipped=summary.reports_skipped,
                milestones=summary.milestones,
            )
        )
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from pledge_app.operations.exchange import export_file

    with open_database_of(args) as db:
        result = export_file(db, Path(args.output)).value
    say(
        translate("cli", "Exported {count} pledges to {file}.").format(
            count=result.count, file=args.output
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
