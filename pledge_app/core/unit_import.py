"""Units from an .xlsx sheet: a header row (单位名称, 类型, 排序, 负责人, 职务), one unit a row.

Reader rules: the first sheet; the first row holds the headers (any order; 单位名称
required); blank rows are skipped; cells are trimmed; the order is a whole number. Every
bad cell is reported with the file, row and column, and nothing is written unless the
whole sheet is good.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from pledge_app.core.errors import ImportFailed
from pledge_app.core.i18n import translate
from pledge_app.core.unit_kinds import MAX_UNIT_NAME, UnitKind
from pledge_app.core.units import (
    MAX_SIGNATORY_NAME,
    MAX_SIGNATORY_TITLE,
    add_unit,
    ensure_signatory,
    find_unit,
    unit_name_problems,
    update_unit,
)

#: The header of each column, with the other spellings a sheet may use.
HEADERS = {
    "name": ("单位名称", "单位", "Unit", "Name"),
    "kind": ("类型", "单位类型", "Type"),
    "order": ("排序", "顺序", "序号", "Order"),
    "signer": ("负责人", "签署人", "Signatory"),
    "title": ("职务", "Title"),
}

#: What the 类型 column may say for each kind.
KIND_WORDS = {
    UnitKind.DEPARTMENT: ("部门", "市直部门", "department"),
    UnitKind.DISTRICT: ("区县", "县区", "区", "县", "县（市、区）", "district"),
    UnitKind.WORKING_GROUP: ("工作专班", "专班", "工作组", "专项工作组", "working group"),
    UnitKind.LEADING_GROUP: ("领导小组", "leading group"),
}
_KINDS = {
    word.casefold(): kind for kind, words in KIND_WORDS.items() for word in (*words, kind.value)
}


@dataclass(frozen=True)
class UnitSheetRow:
    """One unit as the sheet gives it; None where the column is absent or the cell empty."""

    row: int
    name: str
    kind: UnitKind | None = None
    print_order: int | None = None
    signer: str = ""
    title: str = ""


@dataclass(frozen=True)
class UnitImport:
    """What an import did: units added, units whose type, order or signer it changed."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _whole_number(value: Any) -> int | None:
    """A cell's whole number (12, 12.0 or "12"); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


class _Problems:
    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.lines: list[str] = []

    def add(self, row: int, column: int, header: str, problem: str) -> None:
        self.lines.append(
            translate(
                "unit_import", "{file}, row {row}, column {column} ({header}): {problem}"
            ).format(
                file=self.file_name,
                row=row,
                column=_column_letter(column),
                header=header,
                problem=problem,
            )
        )


def _open_rows(data: bytes, file_name: str) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportFailed(
            translate("unit_import", "{file} is not an .xlsx workbook ({reason}).").format(
                file=file_name, reason=error
            )
        ) from error
    try:
        sheet = book.worksheets[0]
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _columns(header: tuple[Any, ...], file_name: str) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for index, cell in enumerate(header):
        text = _text(cell)
        for field, names in HEADERS.items():
            if text.casefold() in {name.casefold() for name in names} and field not in found:
                found[field] = (index, text)
    if "name" not in found:
        raise ImportFailed(
            translate(
                "unit_import", "{file}, row 1: no 单位名称 column; the first row holds the headers."
            ).format(file=file_name)
        )
    return found


def read_unit_sheet(data: bytes, *, file_name: str) -> list[UnitSheetRow]:
    """The units of an .xlsx sheet; ImportFailed lists every bad cell."""
    rows = _open_rows(data, file_name)
    if not rows:
        raise ImportFailed(translate("unit_import", "{file} is empty.").format(file=file_name))
    columns = _columns(rows[0], file_name)
    problems = _Problems(file_name)
    units: list[UnitSheetRow] = []
    first_row_of: dict[str, int] = {}
    for number, values in enumerate(rows[1:], start=2):
        cells = {
            field: _text(values[index]) if index < len(values) else ""
            for field, (index, _header) in columns.items()
        }
        raw = {
            field: values[index] if index < len(values) else None
            for field, (index, _header) in columns.items()
        }
        if not any(cells.values()):
            continue

        def bad(field: str, problem: str, row: int = number) -> None:
            index, header = columns[field]
            problems.add(row, index, header, problem)

        name = cells["name"]
        if not name:
            bad("name", translate("unit_import", "the unit's name is empty"))
        elif len(name) > MAX_UNIT_NAME:
            bad(
                "name",
                translate("unit_import", "longer than {n} characters").format(n=MAX_UNIT_NAME),
            )
        elif name in first_row_of:
            bad(
                "name",
                translate("unit_import", "{unit} is already on row {row}").format(
                    unit=name, row=first_row_of[name]
                ),
            )
        else:
            first_row_of[name] = number
        kind: UnitKind | None = None
        if cells.get("kind"):
            kind = _KINDS.get(cells["kind"].casefold())
            if kind is None:
                bad(
                    "kind",
                    translate(
                        "unit_import",
                        "“{value}” is not a unit type (部门, 区县, 工作专班, 领导小组)",
                    ).format(value=cells["kind"]),
                )
        order = _whole_number(raw["order"]) if cells.get("order") else None
        if cells.get("order") and order is None:
            bad(
                "order",
                translate("unit_import", "“{value}” is not a whole number").format(
                    value=cells["order"]
                ),
            )
        signer, title = cells.get("signer", ""), cells.get("title", "")
        if len(signer) > MAX_SIGNATORY_NAME:
            bad(
                "signer",
                translate("unit_import", "longer than {n} characters").format(n=MAX_SIGNATORY_NAME),
            )
        if len(title) > MAX_SIGNATORY_TITLE:
            bad(
                "title",
                translate("unit_import", "longer than {n} characters").format(
                    n=MAX_SIGNATORY_TITLE
                ),
            )
        if title and not signer:
            # Without a person the title would be dropped without a word.
            where = "signer" if "signer" in columns else "title"
            bad(where, translate("unit_import", "a title is given but no person"))
        units.append(UnitSheetRow(number, name, kind, order, signer, title))
    if problems.lines:
        raise ImportFailed("\n".join(problems.lines))
    if not units:
        raise ImportFailed(
            translate("unit_import", "{file} holds no units below its header row.").format(
                file=file_name
            )
        )
    return units


def import_units(session: Session, rows: list[UnitSheetRow], *, file_name: str) -> UnitImport:
    """Add the sheet's new units and update the known ones; ImportFailed writes nothing."""
    from sqlalchemy import select

    from pledge_app.core.models import Unit

    known = set(session.scalars(select(Unit.name)))
    problems = [
        translate("unit_import", "{file}, row {row}: {problem}").format(
            file=file_name, row=row.row, problem=problem
        )
        for row in rows
        if row.name in known
        for problem in _retired_problems(session, row.name)
    ]
    if problems:
        raise ImportFailed("\n".join(problems))
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    for row in rows:
        if row.name in known:
            unit = find_unit(session, row.name)
            before = (unit.kind, unit.print_order, {s.name: s.title for s in unit.signatories})
            update_unit(session, row.name, kind=row.kind, print_order=row.print_order)
        else:
            unit = add_unit(
                session,
                row.name,
                kind=row.kind or UnitKind.DEPARTMENT,
                print_order=row.print_order,
            )
            before = None
        ensure_signatory(session, unit, row.signer, row.title)
        session.flush()
        after = (unit.kind, unit.print_order, {s.name: s.title for s in unit.signatories})
        if before is None:
            added.append(row.name)
        elif after != before:
            updated.append(row.name)
        else:
            unchanged.append(row.name)
    return UnitImport(tuple(added), tuple(updated), tuple(unchanged))


def _retired_problems(session: Session, name: str) -> list[str]:
    # A known name is fine unless it is the former name of a renamed or merged unit.
    unit = find_unit(session, name)
    if unit.succession is None:
        return []
    return unit_name_problems(session, name)
