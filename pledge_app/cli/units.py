"""`units`: the units register from the command line — import, list, add, rename, merge."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledge_app.cli.support import (
    EXIT_OK,
    open_database_of,
    open_existing_database_of,
    say,
)
from pledge_app.core.errors import BadInput, NotFound
from pledge_app.core.i18n import translate

if TYPE_CHECKING:
    from pledge_app.core.unit_history import UnitMove

#: The --type values, as the register stores them; listings show the same words, so what
#: is read can be typed back.
KINDS = ("department", "district", "working_group", "leading_group")


def _role_label(role: str) -> str:
    return translate("cli", "issuer") if role == "issuer" else translate("cli", "responsible unit")


@contextmanager
def _named_units() -> Iterator[None]:
    # A unit named on the command line that does not exist is bad input (exit 2).
    try:
        yield
    except NotFound as error:
        raise BadInput(str(error)) from error


def run_list(args: argparse.Namespace) -> int:
    """Print the register in print order; former units only with --all."""
    from pledge_app.operations.units import units_register

    with open_existing_database_of(args) as db:
        entries = units_register(db).value
    for entry in entries:
        if entry.successor is not None and not args.all:
            continue
        people = "、".join(
            f"{person.name}（{person.title}）" if person.title else person.name
            for person in entry.signatories
        )
        line = translate("cli", "{order:>4}  {name}  [{kind}]").format(
            order=entry.print_order, name=entry.name, kind=entry.kind.value
        )
        if not entry.active and entry.successor is None:
            line += translate("cli", "  (inactive)")
        if entry.successor is not None:
            line += (
                translate("cli", "  (renamed to {unit})")
                if entry.succession == "renamed"
                else translate("cli", "  (merged into {unit})")
            ).format(unit=entry.successor)
        if people:
            line += translate("cli", "  signatories: {people}").format(people=people)
        if entry.former_names:
            line += translate("cli", "  formerly: {names}").format(
                names="、".join(entry.former_names)
            )
        say(line)
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    """Import units from an .xlsx sheet, all or nothing."""
    from pledge_app.operations.units import import_units

    source = Path(args.file)
    with open_database_of(args) as db:
        result = import_units(db, source).value
    say(
        translate(
            "cli", "Imported {file}: {added} added, {updated} updated, {same} unchanged."
        ).format(
            file=source,
            added=len(result.added),
            updated=len(result.updated),
            same=len(result.unchanged),
        )
    )
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    """Add one unit to the register."""
    from pledge_app.core.unit_kinds import UnitKind
    from pledge_app.operations.units import add_unit

    with open_database_of(args) as db:
        entry = add_unit(
            db,
            args.name,
            kind=UnitKind(args.type),
            print_order=args.order,
            active=not args.inactive,
        ).value
    say(
        translate("cli", "Added {unit} ({kind}), print order {order}.").format(
            unit=entry.name, kind=entry.kind.value, order=entry.print_order
        )
    )
    return EXIT_OK


def _report_move(move: UnitMove) -> None:
    for mention in move.moved_drafts:
        say(
            translate("cli", "  moved: {number} “{title}” ({role})").format(
                number=mention.number or "—", title=mention.title, role=_role_label(mention.role)
            )
        )
    for mention in move.kept_pledges:
        say(
            translate("cli", "  kept under {unit}: {number} “{title}” ({status})").format(
                unit=move.old_name,
                number=mention.number or "—",
                title=mention.title,
                status=mention.status.value,
            )
        )
    for mention in move.unlinked_signers:
        say(
            translate("cli", "  choose the signer again: {number} “{title}”").format(
                number=mention.number or "—", title=mention.title
            )
        )


def run_rename(args: argparse.Namespace) -> int:
    """Rename a unit; signed pledges keep the old name."""
    from pledge_app.operations.units import rename_unit

    with open_existing_database_of(args) as db, _named_units():
        move = rename_unit(db, args.name, to=args.to).value
    say(
        translate(
            "cli", "Renamed {old} to {new}: {drafts} drafts moved, {kept} pledges kept."
        ).format(
            old=move.old_name,
            new=move.new_name,
            drafts=len(move.moved_drafts),
            kept=len(move.kept_pledges),
        )
    )
    _report_move(move)
    return EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    """Merge a unit into another; print exactly what moved."""
    from pledge_app.operations.units import merge_units

    with open_existing_database_of(args) as db, _named_units():
        move = merge_units(db, args.name, into=args.into).value
    say(
        translate(
            "cli", "Merged {old} into {new}: {drafts} drafts moved, {kept} pledges kept."
        ).format(
            old=move.old_name,
            new=move.new_name,
            drafts=len(move.moved_drafts),
            kept=len(move.kept_pledges),
        )
    )
    _report_move(move)
    return EXIT_OK


def _order(text: str) -> int:
    try:
        return int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not a whole number").format(value=text)
        ) from error


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `units` and its subcommands."""
    units = commands.add_parser(
        "units", parents=[common], help=translate("cli", "the units register")
    )
    actions = units.add_subparsers(dest="units_command", metavar="ACTION", required=True)

    def action(name: str, run: Callable[[argparse.Namespace], int], help_text: str) -> Any:
        parser = actions.add_parser(name, parents=[common], help=help_text)
        parser.set_defaults(run=run)
        return parser

    listing = action("list", run_list, translate("cli", "list the units in print order"))
    listing.add_argument(
        "--all", action="store_true", help=translate("cli", "include renamed and merged units")
    )
    importing = action("import", run_import, translate("cli", "import units from an .xlsx sheet"))
    importing.add_argument(
        "file",
        metavar="FILE.xlsx",
        help=translate("cli", "columns 单位名称, 类型, 排序, 负责人, 职务 under a header row"),
    )
    adding = action("add", run_add, translate("cli", "add a unit"))
    adding.add_argument("name", metavar="NAME")
    adding.add_argument("--type", choices=KINDS, default="department")
    adding.add_argument(
        "--order", type=_order, default=None, help=translate("cli", "print order (default: last)")
    )
    adding.add_argument("--inactive", action="store_true")
    renaming = action(
        "rename", run_rename, translate("cli", "rename a unit (signed pledges keep the old name)")
    )
    renaming.add_argument("name", metavar="A")
    renaming.add_argument("--to", metavar="B", required=True)
    merging = action(
        "merge", run_merge, translate("cli", "merge unit A into unit B (its drafts move)")
    )
    merging.add_argument("name", metavar="A")
    merging.add_argument("--into", metavar="B", required=True)
