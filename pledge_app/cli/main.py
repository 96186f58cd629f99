"""The command line: parse, run the chosen command, map errors to exit codes; no command
opens the window."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from pledge_app import paths
from pledge_app.cli import backups as cli_backups
from pledge_app.cli import checks as cli_checks
from pledge_app.cli import demo as cli_demo
from pledge_app.cli import exchange as cli_exchange
from pledge_app.cli import pdf as cli_pdf
from pledge_app.cli import signatures as cli_signatures
from pledge_app.cli import tracking as cli_tracking
from pledge_app.cli import units as cli_units
from pledge_app.cli.support import (
    EXIT_BAD_INPUT,
    EXIT_BUSY,
    EXIT_FAILED,
    EXIT_INTERNAL,
    EXIT_OK,
)
from pledge_app.cli.support import warn as _warn
from pledge_app.core.errors import BadInput, DatabaseBusy, ImportFailed, PledgeError
from pledge_app.core.i18n import translate

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_BUSY",
    "EXIT_FAILED",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "BadInput",
    "main",
]

# Heavy packages (SQLAlchemy, Alembic, ReportLab, pyHanko, Qt) are imported inside the
# commands that need them, so `pledge-app --help` and the window start fast (each costs 0.1–0.4 s).

log = logging.getLogger(__name__)


def _run_gui(args: argparse.Namespace) -> int:
    # The window's own module wires Qt; importing it here keeps the commands Qt-free.
    try:
        from pledge_app.app import main as gui_main
    except ModuleNotFoundError as error:
        raise PledgeError(
            translate("cli", "The window cannot be opened in this installation ({error}).").format(
                error=error
            )
        ) from error
    result = gui_main(db=args.db)
    return int(result or 0)


def build_parser() -> argparse.ArgumentParser:
    """The command line: `--db` is accepted before and after the subcommand."""
    db_help = translate("cli", "SQLite file or database URL (default: {path})").format(
        path=paths.default_database_path()
    )
    parser = argparse.ArgumentParser(
        prog="pledge-app",
        description=translate(
            "cli", "Pledge Manager (目标责任书). Without a command, opens the window."
        ),
        epilog=translate(
            "cli",
            "Exit codes: 0 done, 1 failed (see the message), 2 bad input, 3 internal error, "
            "4 the database is busy (try again later).",
        ),
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", default=None, help=db_help)
    parser.add_argument("--debug", action="store_true", help=translate("cli", "show tracebacks"))
    # SUPPRESS keeps a subcommand's missing --db from overwriting one given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=db_help)
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in (
        cli_demo,
        cli_exchange,
        cli_checks,
        cli_pdf,
        cli_signatures,
        cli_backups,
        cli_units,
        cli_tracking,
    ):
        group.add_parsers(commands, common)
    parser.set_defaults(run=_run_gui)
    return parser


def _log_file() -> Path | None:
    try:
        folder = paths.default_data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "pledge-app.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    return path


def _report_crash(error: BaseException, *, debug: bool) -> None:
    log_path = _log_file()
    log.error("Unexpected error", exc_info=error)
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    where = str(log_path) if log_path else "-"
    _warn(
        translate(
            "cli", "Unexpected error ({kind}: {error}). Details are in {log}; --debug shows them."
        ).format(kind=type(error).__name__, error=error, log=where)
    )


def _robust_streams() -> None:
    # A Windows console or a redirected file may not encode every Chinese character;
    # a message must never crash the program that prints it.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _explained(error: Exception) -> PledgeError | None:
    # Operations that reach the engine outside Database.begin() can still meet a busy,
    # read-only or full database, or lose a race: those are the clerk's errors, not bugs.
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm.exc import StaleDataError

    from pledge_app.core.database_errors import changed_elsewhere, explain_database_error

    if isinstance(error, StaleDataError):
        return changed_elsewhere()
    if isinstance(error, SQLAlchemyError):
        return explain_database_error(error, translate("cli", "the database"))
    return None


def _pipe_closed() -> int:
    # The reader of our output went away (`verify … | head`): what it wanted it has;
    # Python would otherwise complain again while flushing stdout at exit.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_FAILED


def _failed(error: PledgeError) -> int:
    _warn(str(error))
    if isinstance(error, DatabaseBusy):
        return EXIT_BUSY
    if isinstance(error, ImportFailed | BadInput):
        return EXIT_BAD_INPUT
    return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: the process's) and return the exit code."""
    _robust_streams()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed the usage or the help
        return stop.code if isinstance(stop.code, int) else EXIT_BAD_INPUT
    try:
        code: int = args.run(args)
        with contextlib.suppress(AttributeError):
            sys.stdout.flush()  # a closed pipe shows here, while it can still be handled
        return code
    except PledgeError as error:
        return _failed(error)
    except BrokenPipeError:
        return _pipe_closed()
    except KeyboardInterrupt:
        _warn(translate("cli", "Interrupted; nothing was saved by the unfinished command."))
        return EXIT_FAILED
    except Exception as error:
        explained = _explained(error)
        if explained is not None:
            return _failed(explained)
        _report_crash(error, debug=args.debug)
        return EXIT_INTERNAL
