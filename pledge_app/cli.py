"""The headless commands (demo, import, export, pdf); no subcommand opens the window."""

from __future__ import annotations

import argparse
import contextlib
import logging
import re
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app import paths
from pledge_app.core.errors import ImportFailed, PledgeError
from pledge_app.core.i18n import translate

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.views import PledgeView

# Heavy packages (SQLAlchemy, Alembic, ReportLab, Qt) are imported inside the commands
# that need them, so `pledge-app --help` and the window start fast (PITFALLS 17).

EXIT_OK = 0
EXIT_FAILED = 1  # an expected error: the message says what to do
EXIT_BAD_INPUT = 2  # bad command line or bad input file
EXIT_INTERNAL = 3  # a bug: logged with its traceback

log = logging.getLogger(__name__)


class BadInput(PledgeError):
    """The command line asked for something that cannot be (an unknown pledge id)."""


def _say(text: str) -> None:
    print(text, file=sys.stdout)


def _warn(text: str) -> None:
    print(text, file=sys.stderr)


def _open(args: argparse.Namespace) -> Database:
    from pledge_app.core.database import open_database

    return open_database(args.db or paths.default_database_path())


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
            "cli", "Imported {count} pledges from {file} ({ready} of them ready to sign)."
        ).format(count=summary.created, file=path, ready=summary.ready_to_sign)
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


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\..*)?")
_MAX_STEM = 120


def pdf_file_names(views: Sequence[PledgeView]) -> list[str]:
    """A distinct file name per pledge, from its number and title, safe on Windows."""
    names: list[str] = []
    taken: set[str] = set()
    for view in views:
        stem = " ".join(part for part in (view.content.number, view.content.title) if part)
        stem = _UNSAFE.sub("_", stem).strip(" .")[:_MAX_STEM].rstrip(" .")
        if not stem or _RESERVED.fullmatch(stem):
            stem = f"{stem}_{view.id}" if stem else view.id
        name, serial = f"{stem}.pdf", 1
        while name.casefold() in taken:  # Windows file names ignore case
            serial += 1
            name = f"{stem} ({serial}).pdf"
        taken.add(name.casefold())
        names.append(name)
    return names


def _run_pdf(args: argparse.Namespace) -> int:
    from pledge_app.core import pledges

    if not args.all and not args.ids:
        raise BadInput(translate("cli", "Name the pledges to print by id, or give --all."))
    db = _open(args)
    try:
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
            views = [pledges.get_pledge(session, pledge_id) for pledge_id in ids]
    finally:
        db.dispose()
    if not views:
        _say(translate("cli", "There are no pledges to print."))
        return EXIT_OK

    import io

    from pledge_app.reports.pledge_pdf import UnprintableText, render_pledge_pdf

    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PledgeError(
            translate("cli", "Cannot create the folder {folder}: {reason}").format(
                folder=out, reason=error.strerror or error
            )
        ) from error
    written, failed = 0, 0
    for view, name in zip(views, pdf_file_names(views), strict=True):
        buffer = io.BytesIO()  # a failure half-way must not leave a broken file behind
        try:
            render_pledge_pdf(view, buffer)
        except UnprintableText as error:
            failed += 1
            _warn(
                translate("cli", "Not printed: {number} “{title}” ({id}):\n{reason}").format(
                    number=view.content.number, title=view.content.title, id=view.id, reason=error
                )
            )
            continue
        try:
            (out / name).write_bytes(buffer.getvalue())
        except OSError as error:
            raise PledgeError(
                translate("cli", "Cannot write {file}: {reason}").format(
                    file=out / name, reason=error.strerror or error
                )
            ) from error
        written += 1
    _say(translate("cli", "Wrote {count} PDF files to {folder}.").format(count=written, folder=out))
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
