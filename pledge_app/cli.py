"""The headless commands (demo, import, export, pdf); no subcommand opens the window."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app import cli_checks, cli_signatures, paths
from pledge_app.cli_support import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_INTERNAL,
    EXIT_OK,
    BadInput,
    open_database_of,
)
from pledge_app.cli_support import say as _say
from pledge_app.cli_support import warn as _warn
from pledge_app.core.errors import ImportFailed, PledgeError
from pledge_app.core.i18n import translate
from pledge_app.core.pdf_file_names import pdf_file_names

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pledge_app.core.database import Database
    from pledge_app.core.views import PledgeView

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_FAILED",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "BadInput",
    "main",
    "pdf_file_names",
]

# Heavy packages (SQLAlchemy, Alembic, ReportLab, pyHanko, Qt) are imported inside the
# commands that need them, so `pledge-app --help` and the window start fast (PITFALLS 17).

log = logging.getLogger(__name__)


def _open(args: argparse.Namespace) -> Database:
    return open_database_of(args)


def _run_demo(args: argparse.Namespace) -> int:
    from pledge_app.core.demo import build_demo

    db = _open(args)
    try:
        with db.begin() as session:
            summary = build_demo(session)
    finally:
        db.dispose()
    if summary.created == 0:
        _say(translate("cli", "The demo pledges are already in this database; nothing was added."))
    else:
        _say(
            translate("cli", "Added {count} demo pledges ({skipped} were already there).").format(
                count=summary.created, skipped=summary.skipped
            )
        )
    for name, pin in summary.pins:
        _say(
            translate("cli", "Demo PIN for the stored signature of {name}: {pin}").format(
                name=name, pin=pin
            )
        )
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from pledge_app.core.exchange import import_pledges, read_exchange_file

    path = Path(args.file)
    pledges = read_exchange_file(path)  # before the database: a bad file touches nothing
    db = _open(args)
    try:
        with db.begin() as session:
            summary = import_pledges(session, pledges, source=path.name)
    finally:
        db.dispose()
    _say(
        translate(
            "cli",
            "Imported {count} pledges from {file} ({ready} of them ready to sign, "
            "{signed} signed; every signature re-checked).",
        ).format(
            count=summary.created, file=path, ready=summary.ready_to_sign, signed=summary.signed
        )
    )
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from pledge_app.core.exchange import export_pledges, write_exchange_file

    db = _open(args)
    try:
        with db.begin() as session:
            views = export_pledges(session)
    finally:
        db.dispose()
    write_exchange_file(views, Path(args.output))
    _say(
        translate("cli", "Exported {count} pledges to {file}.").format(
            count=len(views), file=args.output
        )
    )
    return EXIT_OK


def _render(view: PledgeView) -> bytes | None:
    """The PDF of `view`, or None after naming what cannot be printed."""
    import io

    from pledge_app.reports.pledge_pdf import UnprintableText, render_pledge_pdf

    buffer = io.BytesIO()  # a failure half-way must not leave a broken file behind
    try:
        render_pledge_pdf(view, buffer)
    except UnprintableText as error:
        _warn(
            translate("cli", "Not printed: {number} “{title}” ({id}):\n{reason}").format(
                number=view.content.number, title=view.content.title, id=view.id, reason=error
            )
        )
        return None
    return buffer.getvalue()


def _write_pending(path: Path, data: bytes) -> Path:
    """Write `data` beside `path` under a temporary name, renamed into place after commit."""
    pending = path.with_name(f".{path.name}.pending")
    try:
        pending.write_bytes(data)
    except OSError as error:
        raise PledgeError(
            translate("cli", "Cannot write {file}: {reason}").format(
                file=path, reason=error.strerror or error
            )
        ) from error
    return pending


def _print_pledges(session: Session, ids: list[str], out: Path) -> tuple[list[Path], int]:
    """Render each pledge and register the copies of signed ones; (files pending, failures)."""
    from pledge_app.core import pledges
    from pledge_app.core.printed_copies import register_printed_copy

    views = [pledges.get_pledge(session, pledge_id) for pledge_id in ids]
    pending: list[Path] = []
    failed = 0
    try:
        for view, name in zip(views, pdf_file_names(views), strict=True):
            data = _render(view)
            if data is None:
                failed += 1
                continue
            # The very bytes written are the ones registered: `verify` knows them by SHA-256.
            register_printed_copy(session, view.id, data)
            pending.append(_write_pending(out / name, data))
    except BaseException:
        for path in pending:
            path.unlink(missing_ok=True)
        raise
    return pending, failed


def _run_pdf(args: argparse.Namespace) -> int:
    from pledge_app.core import pledges

    if not args.all and not args.ids:
        raise BadInput(translate("cli", "Name the pledges to print by id, or give --all."))
    out = Path(args.out)
    db = _open(args)
    pending: list[Path] = []
    try:
        # One transaction: a signed pledge's copies are registered only if all is written.
        with db.begin() as session:
            ids = pledges.all_pledge_ids(session) if args.all else list(dict.fromkeys(args.ids))
            unknown = [
                pledge_id for pledge_id in ids if not pledges.pledge_exists(session, pledge_id)
            ]
            if unknown:
                raise BadInput(
                    translate(
                        "cli", "There is no pledge with the id {ids}; nothing was printed."
                    ).format(ids=", ".join(unknown))
                )
            if not ids:
                _say(translate("cli", "There are no pledges to print."))
                return EXIT_OK
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise PledgeError(
                    translate("cli", "Cannot create the folder {folder}: {reason}").format(
                        folder=out, reason=error.strerror or error
                    )
                ) from error
            pending, failed = _print_pledges(session, ids, out)
    except BaseException:
        for path in pending:
            path.unlink(missing_ok=True)
        raise
    finally:
        db.dispose()
    for path in pending:
        path.replace(path.with_name(path.name[1 : -len(".pending")]))
    _say(
        translate("cli", "Wrote {count} PDF files to {folder}.").format(
            count=len(pending), folder=out
        )
    )
    if failed:
        _warn(translate("cli", "{count} pledges could not be printed.").format(count=failed))
        return EXIT_FAILED
    return EXIT_OK


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
            "cli", "Exit codes: 0 done, 1 failed (see the message), 2 bad input, 3 internal error."
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

    demo = commands.add_parser(
        "demo", parents=[common], help=translate("cli", "fill the database with a sample year")
    )
    demo.set_defaults(run=_run_demo)

    imports = commands.add_parser(
        "import", parents=[common], help=translate("cli", "import pledges from an exchange file")
    )
    imports.add_argument("file", metavar="FILE", help=translate("cli", "a JSON exchange file"))
    imports.set_defaults(run=_run_import)
    cli_checks.add_parsers(commands, common)

    export = commands.add_parser(
        "export", parents=[common], help=translate("cli", "export every pledge to an exchange file")
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", required=True, help=translate("cli", "the file to write")
    )
    export.set_defaults(run=_run_export)

    pdf = commands.add_parser(
        "pdf", parents=[common], help=translate("cli", "write one PDF file per pledge")
    )
    pdf.add_argument("ids", metavar="ID", nargs="*", help=translate("cli", "pledge ids"))
    pdf.add_argument("--all", action="store_true", help=translate("cli", "print every pledge"))
    pdf.add_argument(
        "--out", metavar="DIR", required=True, help=translate("cli", "the folder to write into")
    )
    pdf.set_defaults(run=_run_pdf)
    cli_signatures.add_parsers(commands, common)
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
        return code
    except (ImportFailed, BadInput) as error:
        _warn(str(error))
        return EXIT_BAD_INPUT
    except PledgeError as error:
        _warn(str(error))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _warn(translate("cli", "Interrupted; nothing was saved by the unfinished command."))
        return EXIT_FAILED
    except Exception as error:
        _report_crash(error, debug=args.debug)
        return EXIT_INTERNAL
