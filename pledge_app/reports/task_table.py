"""Section 4 of a pledge: the task table, header repeated, long cells split across pages.

Co-operating units and the assessment weight have columns of their own, shown when any
task has them (the weight with a 合计 row). Narrow columns get what their words need;
the rest of the width goes to the long-text columns in proportion to how much text they
hold, so every column of a row wraps to about as many lines (issue 7, item 2).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, TableStyle

from pledge_app.core.enums import TaskList
from pledge_app.core.views import TaskView
from pledge_app.reports.fonts import FontFace
from pledge_app.reports.glyph_markup import GlyphMarkup
from pledge_app.reports.line_breaking import CjkParagraph
from pledge_app.reports.styles import CELL_SIZE, FRAME_WIDTH, PledgeStyles
from pledge_app.reports.table_split import ContinuedTable

# Narrow enough that a four-character header fits on two lines of two.
CELL_PADDING = 2
_TOP_PADDING, _BOTTOM_PADDING = 3, 4
CONTINUED_MARK = "（续）"
_CONTINUED_SIZE = 6.5  # the mark under the number, small enough for the narrow column
TOTAL_LABEL = "合计"
# Column widths are weighed on the first rows only: a bound on the work for huge tables.
_SAMPLE_ROWS = 200
_FUZZ = 0.01
_STEPS = 60  # the room shared out between the long-text columns, in this many steps

LIST_LABELS: dict[TaskList, str] = {
    TaskList.ANNUAL_KEY_POINT: "年度要点",
    TaskList.PRIORITY: "重点",
    TaskList.GRASSROOTS_EXPLORATION: "基层探索",
    TaskList.PILOT_DEMONSTRATION: "试点示范",
    TaskList.PROBLEM: "问题",
}


@dataclass(frozen=True)
class Column:
    """One column of the task table and how it is sized."""

    key: str
    header: str
    centred: bool = False
    long: bool = False  # shares the width left over, in proportion to its text
    max_chars: float = 4.0  # a narrow column is never wider than this many characters
    min_chars: float = 3.0  # a long-text column is never narrower


COLUMNS: tuple[Column, ...] = (
    Column("number", "序号", centred=True, max_chars=2.0),
    Column("item", "改革事项", long=True, min_chars=4.0),
    Column("lead", "牵头领导", centred=True, max_chars=3.0),
    Column("responsible", "责任主体", long=True, min_chars=4.0),
    Column("cooperating", "配合单位", long=True, min_chars=4.0),
    Column("measures", "任务措施", long=True, min_chars=6.0),
    Column("deliverable", "成果形式", long=True),
    Column("deadline", "完成时限", centred=True, max_chars=5.5),
    Column("list", "清单类别", centred=True, max_chars=2.0),
    Column("weight", "权重", centred=True, max_chars=2.0),
)


def columns_for(tasks: Sequence[TaskView]) -> tuple[Column, ...]:
    """The columns a table of `tasks` shows: co-operating units and weight only when used."""
    hidden = set()
    if not any(task.cooperating_units for task in tasks):
        hidden.add("cooperating")
    if not any(task.weight for task in tasks):
        hidden.add("weight")
    return tuple(column for column in COLUMNS if column.key not in hidden)


def header_text(tasks: Sequence[TaskView]) -> str:
    """The header row's words run together, as a page's extracted text shows them."""
    return "".join(column.header for column in columns_for(tasks))


def responsible_text(task: TaskView) -> str:
    """The responsible body, with co-operating units under it (for the printability check)."""
    if not task.cooperating_units:
        return task.responsible_body
    return f"{task.responsible_body}\n配合：{'、'.join(task.cooperating_units)}"


def deadline_text(task: TaskView) -> str:
    """The deadline in the 2026年6月30日 form tables use; empty when there is none."""
    d = task.deadline
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def weight_text(weight: float) -> str:
    """A weight without trailing zeros (10, 12.5); empty for none."""
    return f"{round(weight, 2):g}" if weight else ""


def list_class_text(task: TaskView) -> str:
    """The task's list, with its assessment weight when it has one (for the printability check)."""
    label = LIST_LABELS.get(task.list_class, str(task.list_class))
    return f"{label}\n权重 {weight_text(task.weight)}" if task.weight else label


def row_texts(number: int, task: TaskView) -> list[str]:
    """Every text a task row prints, under the eight ledger columns printability names."""
    return [
        str(number),
        task.item,
        task.lead_official,
        responsible_text(task),
        task.measures,
        task.deliverable,
        deadline_text(task),
        list_class_text(task),
    ]


def cell_texts(number: int, task: TaskView) -> dict[str, str]:
    """The plain text of each cell of one task row, by column key."""
    return {
        "number": str(number),
        "item": task.item,
        "lead": task.lead_official,
        "responsible": task.responsible_body,
        "cooperating": "、".join(task.cooperating_units),
        "measures": task.measures,
        "deliverable": task.deliverable,
        "deadline": deadline_text(task),
        "list": LIST_LABELS.get(task.list_class, str(task.list_class)),
        "weight": weight_text(task.weight),
    }


def column_widths(
    columns: Sequence[Column], rows: Sequence[dict[str, str]], font: str, total: float
) -> list[float]:
    """Widths that add up to `total`: narrow columns as their words need, the rest shared."""
    pad = 2 * CELL_PADDING
    char = CELL_SIZE

    measured: dict[str, float] = {}

    def text_width(text: str) -> float:
        width = measured.get(text)
        if width is None:
            lines = text.split("\n")
            width = measured[text] = max(stringWidth(line, font, CELL_SIZE) for line in lines)
        return width

    widths: dict[str, float] = {}
    for column in columns:
        if column.long:
            continue
        # The header on at most two lines; dates on two (2026年 / 6月30日).
        need = text_width(column.header) / 2
        for row in rows:
            text = row[column.key]
            need = max(need, text_width(_two_line_date(text) if column.key == "deadline" else text))
        widths[column.key] = min(max(need, 2 * char), column.max_chars * char) + pad
    long = [column.key for column in columns if column.long]
    sample = rows[:_SAMPLE_ROWS]
    # Each cell's hard lines, by their widths on one line.
    pieces = {
        key: [[text_width(line) for line in row[key].split("\n")] for row in sample] for key in long
    }
    floor = {column.key: column.min_chars * char + pad for column in columns if column.long}
    ceiling = {
        key: max(floor[key], max((max(cell) for cell in pieces[key]), default=0) + pad)
        for key in long
    }
    widths.update(floor)

    # Most cells are one line of text: their widths as a flat list, for speed.
    flat = {
        key: [cell[0] for cell in pieces[key]]
        for key in long
        if all(len(c) == 1 for c in pieces[key])
    }

    def lines(key: str, width: float) -> list[int]:
        inner = width - pad
        if key in flat:
            return [math.ceil(w / inner - 1e-9) or 1 for w in flat[key]]
        return [sum(max(1, math.ceil(w / inner - 1e-9)) for w in cell) for cell in pieces[key]]

    def narrow_lines(row: dict[str, str]) -> int:
        most = 1
        for key, width in widths.items():
            if key in floor:
                continue
            text, inner = row[key], width - pad
            if key == "deadline" and text_width(text) > inner:
                text = _two_line_date(text)
            parts = text.split("\n")
            most = max(most, sum(max(1, math.ceil(text_width(p) / inner - 1e-9)) for p in parts))
        return most

    narrow = [narrow_lines(row) for row in sample]
    current = {key: lines(key, widths[key]) for key in long}
    room = total - sum(widths.values())
    step = max(room / _STEPS, 1.0)
    # Greedy: each step of width goes where it shortens the table most; on a tie, where it
    # saves lines, else to the column holding the most lines. Rows are as tall as their
    # tallest cell, so widening only the column with the most text (as sharing by amount
    # does) would leave rows as tall as before.
    while room > _FUZZ:
        best: tuple[float, int, int, str] | None = None
        chosen: list[int] = []
        tallest = _tallest_but_one(current, narrow)
        for key in long:
            grow = min(step, room, ceiling[key] - widths[key])  # the last may be shorter
            if grow <= _FUZZ:
                continue
            trial = lines(key, widths[key] + grow)
            others = tallest[key]
            height = sum(max(a, b) for a, b in zip(others, trial, strict=True))
            # Then fewer lines in all (no word left alone on a line), then the fullest column.
            candidate = (height, sum(trial) - sum(current[key]), -sum(current[key]), key)
            if best is None or candidate < best:
                best, chosen = candidate, trial
        if best is None:
            break
        key = best[3]
        grow = min(step, room, ceiling[key] - widths[key])
        widths[key] += grow
        current[key] = chosen
        room -= grow
    spare = total - sum(widths.values())
    if spare > 0:  # every long column has all it can use: spread what is left
        for key in long or list(widths):
            widths[key] += spare / len(long or widths)
    return [widths[column.key] for column in columns]


def _tallest_but_one(current: dict[str, list[int]], floor: list[int]) -> dict[str, list[int]]:
    """For each column, each row's height (in lines) were that column's cell left out."""
    first = list(floor)
    second = list(floor)
    owner: list[str | None] = [None] * len(floor)
    for key, counts in current.items():
        for i, count in enumerate(counts):
            if count > first[i]:
                first[i], second[i], owner[i] = count, first[i], key
            elif count > second[i]:
                second[i] = count
    return {
        key: [second[i] if owner[i] == key else first[i] for i in range(len(floor))]
        for key in current
    }


def _two_line_date(text: str) -> str:
    return text.replace("年", "年\n", 1)


def task_table(
    tasks: Sequence[TaskView],
    styles: PledgeStyles,
    markup: GlyphMarkup,
    *,
    width: float = FRAME_WIDTH,
) -> ContinuedTable | None:
    """The table of `tasks`, or None when there are none (an empty Table cannot be built)."""
    if not tasks:
        return None
    head_face = styles.face_of(styles.cell_head)
    cell_face = styles.face_of(styles.cell)
    columns = columns_for(tasks)
    texts = [cell_texts(number, task) for number, task in enumerate(tasks, start=1)]
    widths = column_widths(columns, texts, styles.cell.fontName, width)

    def fits(text: str, column_width: float) -> bool:
        inner = column_width - 2 * CELL_PADDING
        return float(stringWidth(text, styles.cell.fontName, CELL_SIZE)) <= inner + 0.01

    def lines(words: str, style: ParagraphStyle, face: FontFace) -> list[Flowable]:
        # A paragraph per line rather than one with <br/>: a one-run paragraph takes the
        # fast line-breaking path, and every remaining row is laid out again per page.
        return [CjkParagraph(markup(line, face), style) for line in words.split("\n")]

    header: list[Any] = []
    for column, column_width in zip(columns, widths, strict=True):
        words = column.header
        if not fits(words, column_width):  # 牵头 / 领导, never 牵头领 / 导
            words = f"{words[: len(words) // 2]}\n{words[len(words) // 2 :]}"
        header.append(lines(words, styles.cell_head, head_face))
    rows: list[list[Any]] = [header]
    for row in texts:
        cells: list[Any] = []
        for column, column_width in zip(columns, widths, strict=True):
            text = row[column.key]
            style = styles.cell_centre if column.centred else styles.cell
            if column.key == "deadline" and not fits(text, column_width):
                cells.append(lines(_two_line_date(text), style, cell_face))
                continue
            cells.append(CjkParagraph(markup(text, cell_face), style))
        rows.append(cells)
    labels: list[str | None] = [None, *(row["number"] for row in texts)]
    commands: list[tuple[object, ...]] = []
    if "weight" in {column.key for column in columns}:
        total = sum(task.weight for task in tasks)
        last = len(columns) - 1
        rows.append(
            [
                CjkParagraph(markup(TOTAL_LABEL, head_face), styles.cell_head),
                *[CjkParagraph("", styles.cell) for _ in range(last - 1)],
                CjkParagraph(markup(weight_text(total), cell_face), styles.cell_centre),
            ]
        )
        labels.append(None)
        # 合计 spans the row up to the weight, and never starts a page on its own.
        commands += [("SPAN", (0, -1), (last - 1, -1)), ("NOSPLIT", (0, -2), (-1, -1))]
    table = ContinuedTable(
        rows,
        colWidths=widths,
        labels=labels,
        continued=_continued_cell(styles, markup),
    )
    table.setStyle(
        TableStyle(
            [
                # The table's own default font (Helvetica) would be selected, never drawn.
                ("FONT", (0, 0), (-1, -1), styles.cell.fontName, CELL_SIZE),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), _TOP_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM_PADDING),
                *commands,
            ]
        )
    )
    return table


def _continued_cell(styles: PledgeStyles, markup: GlyphMarkup) -> Callable[[str], Flowable]:
    """The first cell of a row continued from the page before: its number, then （续）."""
    face = styles.face_of(styles.cell_centre)

    def cell(number: str) -> Flowable:
        mark = f'<font size="{_CONTINUED_SIZE}">{markup(CONTINUED_MARK, face)}</font>'
        return CjkParagraph(f"{markup(number, face)}<br/>{mark}", styles.cell_centre)

    return cell
