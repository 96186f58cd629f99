"""`demo`: fill the database with a sample year."""

from __future__ import annotations

import argparse
from typing import Any

from pledge_app.cli.support import EXIT_OK, open_database_of, say
from pledge_app.core.i18n import translate


def run_demo(args: argparse.Namespace) -> int:
    from pledge_app.operations.demo import load_sample_year

    with open_database_of(args) as db:
        summary = load_sample_year(db).value
    if summary.created == 0:
        say(translate("cli", "The demo pledges are already in this database; nothing was added."))
    else:
        say(
            translate("cli", "Added {count} demo pledges ({skipped} were already there).").format(
                count=summary.created, skipped=summary.skipped
            )
        )
    for name, pin in summary.pins:
        say(
            translate("cli", "Demo PIN for the stored signature of {name}: {pin}").format(
                name=name, pin=pin
            )
        )
    return EXIT_OK


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `demo` to the subcommands."""
    demo = commands.add_parser(
        "demo", parents=[common], help=translate("cli", "fill the database with a sample year")
    )
    demo.set_defaults(run=run_demo)
