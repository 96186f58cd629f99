"""The findings panel: grows with its findings, scrolls past a few, never cuts a line."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from pledge_app.core.validation import Finding
from pledge_app.ui.widgets.findings_panel import FindingsPanel


def make_panel(qtbot: QtBot) -> FindingsPanel:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def findings(count: int) -> list[Finding]:
    return [Finding(f"tasks.{n}.deadline", f"任务{n + 1}：完成时限为空。") for n in range(count)]


def fully_shown_rows(panel: FindingsPanel) -> int:
    viewport = panel.list.viewport().rect()
    return sum(
        viewport.contains(panel.list.visualItemRect(panel.list.item(row)))
        for row in range(panel.list.count())
    )


def test_a_few_findings_are_all_shown_without_a_scroll_bar(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.show_findings("请先处理以下问题", findings(3))
    assert fully_shown_rows(panel) == 3
    assert panel.list.verticalScrollBar().maximum() == 0


def test_many_findings_scroll_instead_of_being_cut(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.show_findings("请先处理以下问题", findings(12))
    assert panel.list.height() <= panel.max_list_height()
    qtbot.waitUntil(lambda: panel.list.verticalScrollBar().maximum() > 0)
    panel.list.scrollToItem(panel.list.item(11))
    assert panel.list.viewport().rect().contains(panel.list.visualItemRect(panel.list.item(11)))


def test_a_long_finding_wraps_and_is_shown_whole(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    long = [Finding("outcomes", "五、落地见效：" + "每项成果都要写明量化指标和完成时间，" * 8)]
    panel.show_findings("请先处理以下问题", findings(6) + long)
    panel.list.scrollToItem(panel.list.item(6))
    rect = panel.list.visualItemRect(panel.list.item(6))
    assert rect.height() > panel.list.fontMetrics().lineSpacing() * 2  # wrapped
    assert panel.list.viewport().rect().contains(rect)
