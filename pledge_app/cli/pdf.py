"""`pdf`: one PDF file per pledge into a folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pledge_app.cli.support import EXIT_FAILED, EXIT_OK, open_database_of, say, warn
from pledge_app.core.errors import BadInput
from pledge_app.core.i18n import translate


class _TextProgress:
    """A one-line progress count on stderr, drawn only on a terminal (logs stay clean)."""

    def __init__(self) -> None:
        self._shown = sys.stderr.isatty()
        self._total = 0
        self._drawn = False

    def begin(self, total: int, label: str) -> None:
        """Remember the total."""
        self._total = total

    def advance(self, done: int, label: str) -> None:
        """Redraw the line: how many of how many."""
        if self._shown:
            print(f"\r{done}/{self._total}", end="", file=sys.stderr, flush=True)
            self._drawn = True

    def cancelled(self) -> bool:
        """The command line has no Cancel: Ctrl+C interrupts, and nothing is kept."""
        return False

    def end(self) -> None:
        """Leave the line so that the result starts on its own."""
        if self._drawn:
            print(file=sys.stderr)


def run_pdf(args: argparse.Namespace) -> int:
    from pledge_app.operations.printing import print_to_folder

    if not args.all and not args.ids:
        raise BadInput(translate("cli", "Name the pledges to print by id, or give --all."))
    out = Path(args.out)
    progress = _TextProgress()
    try:
        with open_database_of(args) as database:
            batch = print_to_folder(
                database, out, pledge_ids=None if args.all else args.ids, progress=progress
            ).value
    finally:
        progress.end()
    if not batch.total:
        say(translate("cli", "There are no pledges to print."))
        return EXIT_OK
    for skipped in batch.skipped:
        warn(
            translate("cli", "Not printed: {number} “{title}” ({id}):\n{reason}").format(
                number=skipped.number,
                title=skipped.title,
                id=skipped.pledge_id,
                reason=skipped.reason,
            )
        )
    say(
        translate("cli", "Wrote {count} PDF files to {folder}.").format(
            count=len(batch.written), folder=out
        )
    )
    if batch.skipped:
        warn(
            translate("cli", "{count} pledges could not be printed.").format(
                count=len(batch.skipped)
            )
        )
        return EXIT_FAILED
    return EXIT_OK


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `pdf` to the subcommands."""
    pdf = commands.add_parser(
        "pdf", parents=[common], help=translate("cli", "write one PDF file per pledge")
    )
    pdf.add_argument("ids", metavar="ID", nargs="*", help=translate("cli", "pledge ids"))
    pdf.add_argument("--all", action="store_true", help=translate("cli", "print every pledge"))
    pdf.add_argument(
        "--out", metavar="DIR", required=True, help=translate("cli", "the folder to write into")
    )
    pdf.set_defaults(run=run_pdf)
