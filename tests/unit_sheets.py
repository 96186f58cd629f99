"""Unit sheets (.xlsx) for the units import tests, written with openpyxl."""

from __future__ import annotations

from pathlib import Path

HEADER = ("单位名称", "类型", "排序", "负责人", "职务")


def write_unit_sheet(
    path: Path, rows: list[tuple[object, ...]], *, header: tuple[str, ...] = HEADER
) -> Path:
    """An .xlsx at `path` with `header` and `rows` on its first sheet."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
