"""Helpers for the pledge editor: a new pledge's start, dates as typed, task cells, Excel TSV."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core.enums import TaskList
from pledge_app.core.errors import PledgeError
from pledge_app.core.i18n import translate
from pledge_app.core.labels import task_field_label, task_list_label
from pledge_app.core.models import Pledge, Unit
from pledge_app.core.text_checks import (
    MAX_PLEDGE_TEXT,
    MAX_TASKS,
    pasted_text_problem,
    task_text_limit,
    units_problem,
)
from pledge_app.core.views import PartyView, PledgeContent, TaskView

#: The task table's columns, in the order offices keep their ledgers (and paste them).
TASK_FIELDS: tuple[str, ...] = (
    "item",
    "lead_official",
    "responsible_body",
    "measures",
    "deliverable",
    "deadline",
    "list_class",
    "cooperating_units",
    "weight",
)

#: The names the five lists go by in offices' own spreadsheets, besides our labels.
_LIST_ALIASES: dict[TaskList, tuple[str, ...]] = {
    TaskList.ANNUAL_KEY_POINT: ("年度要点", "年度要点清单", "annual key points"),
    TaskList.PRIORITY: ("重点", "重点清单", "重点任务", "priorities"),
    TaskList.GRASSROOTS_EXPLORATION: ("基层探索", "基层探索清单", "grassroots explorations"),
    TaskList.PILOT_DEMONSTRATION: ("试点示范", "试点示范清单", "pilot demonstrations"),
    TaskList.PROBLEM: ("问题", "问题清单", "problems"),
}

#: Column headings offices' own ledgers use, besides our labels (a header row is not a task).
_HEADINGS = (
    "序号", "编号", "no.", "no", "#", "任务", "任务事项", "改革任务", "工作任务", "主要任务",
    "责任领导", "牵头领导", "分管领导", "责任主体", "责任单位", "牵头单位", "具体举措",
    "工作措施", "主要举措", "举措", "成果形式", "预期成果", "完成时限", "完成时间", "时限",
    "清单类别", "类别", "清单", "配合单位", "协同单位", "权重", "分值",
)  # fmt: skip

_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$")
_UNIT_SEPARATORS = re.compile(r"[,，、;；\n]+")


class DateError(PledgeError):
    """Text that is not a date, or names a day that does not exist."""


class PasteError(PledgeError):
    """A pasted cell could not be read; names the pasted row and the column."""

    def __init__(self, message: str, *, row: int, column: str) -> None:
        super().__init__(message)
        self.row = row
        self.column = column


def parse_date(text: str) -> date | None:
    """2026-12-31, 2026/12/31, 2026.12.31 or 2026年12月31日 as a date; blank is None."""
    if not text.strip():
        return None
    match = _DATE.match(text)
    if match is None:
        raise DateError(
            translate("editing", "“{text}” is not a date; write it like 2026-12-31.").format(
                text=text.strip()
            )
        )
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(
            translate("editing", "“{text}” names a day that does not exist.").format(
                text=text.strip()
            )
        ) from None


def format_date(value: date | None) -> str:
    """A date as the editor shows it (ISO), blank for None."""
    return value.isoformat() if value else ""


def parse_task_list(text: str) -> TaskList:
    """One of the five lists from its label, a common alias or its stored value."""
    wanted = text.strip().casefold()
    if not wanted:
        return TaskList.ANNUAL_KEY_POINT
    for task_list in TaskList:
        names = (task_list.value, task_list_label(task_list), *_LIST_ALIASES[task_list])
        if wanted in (name.casefold() for name in names):
            return task_list
    raise ValueError(text)


def split_units(text: str) -> tuple[str, ...]:
    """Co-operating units typed as 甲、乙 or A, B: one name each, blanks dropped."""
    return tuple(part.strip() for part in _UNIT_SEPARATORS.split(text) if part.strip())


def split_paragraphs(text: str) -> list[str]:
    """Pasted text as paragraphs: one per line (Word ends each paragraph with a line
    break), blank lines dropped, each without the indent the printed pledge adds itself."""
    lines = re.split(r"\r\n|[\r\n\u2028\u2029]", text)
    return [line.strip(" \t\u3000") for line in lines if line.strip(" \t\u3000")]


def task_cells(task: TaskView) -> list[str]:
    """The task as one text per column of `TASK_FIELDS`."""
    return [
        task.item,
        task.lead_official,
        task.responsible_body,
        task.measures,
        task.deliverable,
        format_date(task.deadline),
        task_list_label(task.list_class),
        "、".join(task.cooperating_units),
        f"{task.weight:g}",
    ]


def set_task_field(task: TaskView, field: str, text: str) -> TaskView:
    """The task with one field set from its text form; ValueError/DateError when unreadable."""
    if field == "deadline":
        return replace(task, deadline=parse_date(text))
    if field == "list_class":
        return replace(task, list_class=parse_task_list(text))
    if field == "cooperating_units":
        return replace(task, cooperating_units=split_units(text))
    if field == "weight":
        cleaned = text.strip().rstrip("%").strip()
        return replace(task, weight=float(cleaned) if cleaned else 0.0)
    value = text.strip("\r\n")
    if field == "item":
        return replace(task, item=value)
    if field == "lead_official":
        return replace(task, lead_official=value)
    if field == "responsible_body":
        return replace(task, responsible_body=value)
    if field == "measures":
        return replace(task, measures=value)
    if field == "deliverable":
        return replace(task, deliverable=value)
    raise KeyError(field)


def task_from_cells(
    cells: list[str], *, row: int, base: TaskView | None = None, first_field: int = 0
) -> TaskView:
    """A task from pasted cells in `TASK_FIELDS` order from `first_field` on, over `base`.

    `row` (1-based) names the pasted row in errors; cells past the last field are ignored.
    """
    task = base or TaskView(item="")
    for field, text in zip(TASK_FIELDS[first_field:], cells, strict=False):
        try:
            task = set_task_field(task, field, text)
        except (DateError, ValueError) as error:
            detail = (
                str(error)
                if isinstance(error, DateError)
                else translate("editing", "“{text}” is not understood.").format(text=text.strip())
            )
            raise PasteError(
                translate("editing", "Pasted row {row}, column “{column}”: {detail}").format(
                    row=row, column=task_field_label(field), detail=detail
                ),
                row=row,
                column=field,
            ) from None
    return task


def _is_heading(cell: str) -> bool:
    wanted = cell.strip().casefold()
    labels = {task_field_label(field).casefold() for field in TASK_FIELDS}
    return bool(wanted) and (wanted in labels or wanted in _HEADINGS)


def refuse_headings(rows: list[list[str]]) -> None:
    """Refuse pasted rows that start with the spreadsheet's header row or a 序号 column
    (PasteError): pasted as tasks, they would shift every column by one."""
    if not rows:
        return
    first = [cell for cell in rows[0] if cell.strip()]
    headings = sum(_is_heading(cell) for cell in first)
    if headings >= 2 and headings * 2 >= len(first):
        raise PasteError(
            translate(
                "editing",
                "The first row looks like a header ({cells}). Copy only the task rows, "
                "without the header row, and paste again.",
            ).format(cells="、".join(cell.strip() for cell in first[:4])),
            row=1,
            column=TASK_FIELDS[0],
        )
    numbers = [row[0].strip().rstrip(".、") for row in rows]
    if all(len(row) >= 2 and number.isdigit() for row, number in zip(rows, numbers, strict=True)):
        raise PasteError(
            translate(
                "editing",
                "The first column holds row numbers ({numbers}), not tasks. Copy from the "
                "task column on, and paste again.",
            ).format(numbers="、".join(numbers[:4])),
            row=1,
            column=TASK_FIELDS[0],
        )


def refuse_oversized_paste(text: str) -> None:
    """Refuse (PasteError) clipboard text longer than a whole pledge may be, before reading it."""
    if len(text) > MAX_PLEDGE_TEXT:
        problem = pasted_text_problem(text, limit=MAX_PLEDGE_TEXT)
        raise PasteError(problem or "", row=1, column=TASK_FIELDS[0])


def refuse_unfit_text(rows: list[list[str]], *, first_field: int = 0, tasks_after: int = 0) -> None:
    """Refuse (PasteError) pasted cells no task may hold, and more tasks than a pledge may have."""
    if tasks_after > MAX_TASKS:
        raise PasteError(
            translate(
                "editing",
                "Pasting {rows} rows would give the pledge {count} tasks; at most {limit} "
                "are allowed.",
            ).format(rows=len(rows), count=tasks_after, limit=MAX_TASKS),
            row=len(rows),
            column=TASK_FIELDS[first_field],
        )
    for number, cells in enumerate(rows, start=1):
        for field, text in zip(TASK_FIELDS[first_field:], cells, strict=False):
            where = translate("editing", "Pasted row {row}, column “{column}”").format(
                row=number, column=task_field_label(field)
            )
            problem = pasted_text_problem(text, where, limit=task_text_limit(field))
            if problem is None and field == "cooperating_units":
                problem = units_problem(split_units(text), where)
            if problem is not None:
                raise PasteError(problem, row=number, column=field)


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from spreadsheet clipboard text, honouring Excel's "…" quoting."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    i, n = 0, len(text)
    at_cell_start = True
    while i < n:
        char = text[i]
        if at_cell_start and char == '"':
            # A quoted cell: runs to the quote that is not doubled.
            i += 1
            while i < n:
                if text[i] == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        cell.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                cell.append(text[i])
                i += 1
            at_cell_start = False
            continue
        if char == "\t":
            row.append("".join(cell))
            cell, at_cell_start = [], True
        elif char in "\r\n":
            if char == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            row.append("".join(cell))
            rows.append(row)
            row, cell, at_cell_start = [], [], True
        else:
            cell.append(char)
            at_cell_start = False
        i += 1
    if cell or row or not at_cell_start:
        row.append("".join(cell))
        rows.append(row)
    return rows


def _quote(cell: str) -> str:
    if any(char in cell for char in '\t\r\n"'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def format_tsv(rows: list[list[str]]) -> str:
    """Rows of cells as clipboard text Excel and WPS paste back cell for cell."""
    return "".join("\t".join(_quote(cell) for cell in row) + "\r\n" for row in rows)


def new_pledge_content(session: Session, *, year: int) -> PledgeContent:
    """The starting content of a new pledge: `year`, the office's next number, and the
    office's own issuer (or, before it is set, the issuer used most recently)."""
    from pledge_app.core.numbering import next_number
    from pledge_app.core.office_settings import read_office_settings

    issuer = read_office_settings(session).issuer()
    if not issuer.unit:
        last = session.execute(
            select(Unit.name, Pledge.issuer_signer, Pledge.issuer_signer_title)
            .join(Unit, Pledge.issuer_id == Unit.id)
            .order_by(Pledge.updated_at.desc())
            .limit(1)
        ).first()
        issuer = PartyView(last[0], last[1], last[2]) if last else PartyView("")
    return PledgeContent(
        number=next_number(session, year),
        title="",
        year=year,
        issuer=issuer,
        responsible=PartyView(""),
    )
