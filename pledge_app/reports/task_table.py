"""Section 4 of a pledge: the task table, header repeated, long cells split across pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from pledge_app.core.enums import TaskList
from pledge_app.core.views import TaskView
from pledge_app.reports.glyph_markup import GlyphMarkup
from pledge_app.reports.line_breaking import CjkParagraph
from pledge_app.reports.styles import CELL_SIZE, FRAME_WIDTH, PledgeStyles

# Narrow enough that a four-character header fits on one line.
CELL_PADDING = 2

LIST_LABELS: dict[TaskList, str] = {
    TaskList.ANNUAL_KEY_POINT: "年度要点",
    TaskList.PRIORITY: "重点",
    TaskList.GRASSROOTS_EXPLORATION: "基层探索",
    TaskList.PILOT_DEMONSTRATION: "试点示范",
    TaskList.PROBLEM: "问题",
}


@dataclass(frozen=True)
class Column:
    """One column of the task table."""

    header: str
    share: float  # of the frame width
    centred: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("序号", 0.06, centred=True),
    Column("改革事项", 0.17),
    Column("牵头领导", 0.105, centred=True),
    Column("责任主体", 0.12),
    Column("任务措施", 0.215),
    Column("成果形式", 0.11),
    Column("完成时限", 0.11, centred=True),
    Column("清单类别", 0.11, centred=True),
)


def responsible_text(task: TaskView) -> str:
    """The responsible body, with co-operating units under it."""
    if not task.cooperating_units:
        return task.responsible_body
    return f"{task.responsible_body}\n配合：{'、'.join(task.cooperating_units)}"


def deadline_text(task: TaskView) -> str:
    """The deadline in the 2026年6月30日 form tables use; empty when there is none."""
    d = task.deadline
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def list_class_text(task: TaskView) -> str:
    """The task's list, with its assessment weight when it has one."""
    label = LIST_LABELS.get(task.list_class, str(task.list_class))
    return f"{label}\n权重 {task.weight:g}" if task.weight else label


def row_texts(number: int, task: TaskView) -> list[str]:
    """The plain text of each cell of one task row, in column order."""
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


def task_table(
    tasks: Sequence[TaskView], styles: PledgeStyles, markup: GlyphMarkup
) -> Flowable | None:
    """The table of `tasks`, or None when there are none (an empty Table cannot be built)."""
    if not tasks:
        return None
    head_face = styles.face_of(styles.cell_head)
    cell_face = styles.face_of(styles.cell)
    header = [
        CjkParagraph(markup(column.header, head_face), styles.cell_head) for column in COLUMNS
    ]
    rows: list[list[Flowable]] = [header]
    for number, task in enumerate(tasks, start=1):
        rows.append(
            [
                CjkParagraph(
                    markup(text, cell_face),
                    styles.cell_centre if column.centred else styles.cell,
                )
                for column, text in zip(COLUMNS, row_texts(number, task), strict=True)
            ]
        )
    table = Table(
        rows,
        colWidths=[column.share * FRAME_WIDTH for column in COLUMNS],
        repeatRows=1,
        splitInRow=1,  # a cell taller than a page continues on the next (PITFALLS 2)
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
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
