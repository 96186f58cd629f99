"""Refuse, before any page is built, to print a character no font can draw."""

from __future__ import annotations

from pledge_app.core.errors import PledgeError
from pledge_app.core.views import PledgeContent, PledgeView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.glyph_markup import find_unprintable
from pledge_app.reports.task_table import COLUMNS, row_texts

SECTION_NAMES: tuple[tuple[str, str], ...] = (
    ("goals", "总体目标"),
    ("duties", "改革责任"),
    ("measures", "推进措施"),
    ("outcomes", "落地见效"),
)


class UnprintableText(PledgeError):
    """Some characters of a pledge exist in none of the available fonts."""

    def __init__(self, findings: list[str], characters: list[str]) -> None:
        super().__init__(
            "以下文字在本机所有可用字体中都没有字形，无法打印。"
            "请改用常用写法，或安装含有这些字的字体：\n" + "\n".join(findings)
        )
        self.findings = findings
        self.characters = characters


def printed_texts(content: PledgeContent) -> list[tuple[str, str]]:
    """(where, text) for every piece of user text a printed pledge shows."""
    texts = [
        ("标题", content.title),
        ("编号", content.number),
        ("甲方单位", content.issuer.unit),
        ("乙方单位", content.responsible.unit),
    ]
    for attribute, name in SECTION_NAMES:
        paragraphs: tuple[str, ...] = getattr(content, attribute)
        texts += [(f"{name} 第 {i} 段", text) for i, text in enumerate(paragraphs, start=1)]
    for number, task in enumerate(content.tasks, start=1):
        cells = row_texts(number, task)
        texts += [
            (f"任务 {number}「{column.header}」", text)
            for column, text in zip(COLUMNS, cells, strict=True)
        ]
    return texts


def _describe(char: str) -> str:
    return f"{char}（U+{ord(char):04X}）"


def check_printable(pledge: PledgeView, fonts: FontSet) -> list[str]:
    """One line per place holding undrawable characters: 任务 3「改革事项」：𠀀（U+20000）."""
    texts = printed_texts(pledge.content)
    if not find_unprintable((text for _, text in texts), fonts):
        return []
    findings = []
    for where, text in texts:
        missing = find_unprintable([text], fonts)
        if missing:
            findings.append(f"{where}：{'、'.join(_describe(ch) for ch in missing)}")
    return findings


def ensure_printable(pledge: PledgeView, fonts: FontSet) -> None:
    """Raise UnprintableText naming each character and where it is, if any cannot be drawn."""
    findings = check_printable(pledge, fonts)
    if findings:
        characters = find_unprintable((text for _, text in printed_texts(pledge.content)), fonts)
        raise UnprintableText(findings, characters)
