"""The version comparison: changed, added and removed rows coloured, unchanged ones plain."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from pledge_app.core.amendments import amend_pledge, version_chain
from pledge_app.core.compare import Change
from pledge_app.core.database import Database
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.pledges import save_pledge
from pledge_app.core.views import PledgeContent, PledgeView
from pledge_app.ui.dialogs.version_compare_dialog import BACKGROUNDS, VersionCompareDialog
from tests.conftest import make_content
from tests.signing_helpers import signed_pledge


def amended(content: PledgeContent) -> PledgeContent:
    """The content with its one task's deadline moved and its first goal reworded."""
    task = replace(content.tasks[0], deadline=date(2026, 11, 30))
    return replace(content, goals=("全面完成年度改革任务，取得突破性进展。",), tasks=(task,))


def make_dialog(qtbot: QtBot, old: PledgeContent, new: PledgeContent) -> VersionCompareDialog:
    dialog = VersionCompareDialog(
        PledgeView(id="v1", status=PledgeStatus.SIGNED, content=old, revision=1),
        PledgeView(id="v2", status=PledgeStatus.DRAFT, content=new, revision=2),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cell(dialog: VersionCompareDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


def rows(dialog: VersionCompareDialog) -> list[tuple[Change | None, str, str, str]]:
    return [
        (dialog.row_change(row), cell(dialog, row, 0), cell(dialog, row, 1), cell(dialog, row, 2))
        for row in range(dialog.table.rowCount())
    ]


def test_a_changed_paragraph_is_a_changed_row(qtbot: QtBot) -> None:
    old = make_content()
    dialog = make_dialog(qtbot, old, amended(old))
    changed = [row for row in rows(dialog) if row[0] is Change.CHANGED]
    assert (old.goals[0], "全面完成年度改革任务，取得突破性进展。") in [
        (row[2], row[3]) for row in changed
    ]


def test_a_modified_task_names_the_field_that_changed(qtbot: QtBot) -> None:
    old = make_content()
    dialog = make_dialog(qtbot, old, amended(old))
    tasks = [row for row in rows(dialog) if "深化“放管服”改革" in row[2]]
    assert len(tasks) == 1
    change, caption, before, after = tasks[0]
    assert change is Change.CHANGED
    assert "Deadline" in caption
    assert "2026-12-31" in before and "2026-11-30" in after


def test_changed_rows_are_coloured_and_unchanged_rows_plain(qtbot: QtBot) -> None:
    old = make_content()
    dialog = make_dialog(qtbot, old, amended(old))
    for row in range(dialog.table.rowCount()):
        change = dialog.row_change(row)
        if change is None:
            continue  # a section heading
        item = dialog.table.item(row, 2)
        assert item is not None
        brush = item.background()
        if change is Change.SAME:
            assert brush.color() not in BACKGROUNDS.values()
        else:
            assert brush.color() == BACKGROUNDS[change]


def test_an_added_task_has_nothing_on_the_old_side(qtbot: QtBot) -> None:
    old = make_content()
    extra = replace(old.tasks[0], item="推进国有企业改革")
    dialog = make_dialog(qtbot, old, replace(old, tasks=(*old.tasks, extra)))
    added = [row for row in rows(dialog) if row[0] is Change.ADDED]
    assert len(added) == 1
    assert added[0][2] == "" and "推进国有企业改革" in added[0][3]


def test_a_removed_task_has_nothing_on_the_new_side(qtbot: QtBot) -> None:
    new = make_content()
    extra = replace(new.tasks[0], item="推进国有企业改革")
    dialog = make_dialog(qtbot, replace(new, tasks=(*new.tasks, extra)), new)
    removed = [row for row in rows(dialog) if row[0] is Change.REMOVED]
    assert len(removed) == 1
    assert "推进国有企业改革" in removed[0][2] and removed[0][3] == ""


def test_show_only_changes_hides_unchanged_rows(qtbot: QtBot) -> None:
    old = make_content()
    dialog = make_dialog(qtbot, old, amended(old))
    dialog.only_changes_box.setChecked(False)
    everything = len(dialog.visible_rows())
    dialog.only_changes_box.setChecked(True)
    visible = dialog.visible_rows()
    assert len(visible) < everything
    assert all(dialog.row_change(row) is not Change.SAME for row in visible)
    assert any(dialog.row_change(row) is Change.CHANGED for row in visible)
    dialog.only_changes_box.setChecked(False)
    assert len(dialog.visible_rows()) == everything


def test_only_changes_are_shown_by_default_when_there_are_changes(qtbot: QtBot) -> None:
    old = make_content()
    dialog = make_dialog(qtbot, old, amended(old))
    assert dialog.only_changes_box.isChecked()
    assert all(dialog.row_change(row) is not Change.SAME for row in dialog.visible_rows())


def test_identical_versions_show_everything(qtbot: QtBot) -> None:
    content = make_content()
    dialog = make_dialog(qtbot, content, content)
    assert not dialog.only_changes_box.isChecked()
    assert dialog.visible_rows()


def test_identical_versions_say_so(qtbot: QtBot) -> None:
    content = make_content()
    dialog = make_dialog(qtbot, content, content)
    assert all(row[0] in (None, Change.SAME) for row in rows(dialog))
    assert "same" in dialog.summary_label.text()


def test_an_amendment_compared_with_the_signed_version(qtbot: QtBot, database: Database) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
        draft = amend_pledge(session, signed.id)
        save_pledge(session, draft.id, amended(draft.content), expected_version=draft.version)
        old, new = version_chain(session, signed.id)
    dialog = VersionCompareDialog(old, new)
    qtbot.addWidget(dialog)
    old_header, new_header = (dialog.table.horizontalHeaderItem(c) for c in (1, 2))
    assert old_header is not None and "Version 1" in old_header.text()
    assert new_header is not None and "Version 2" in new_header.text()
    assert sum(row[0] is Change.CHANGED for row in rows(dialog)) == 2


def test_a_task_removed_while_another_was_added_shows_as_removed_and_added(
    qtbot: QtBot,
) -> None:
    old = make_content()
    added = replace(
        old.tasks[0],
        item="深化预算管理一体化改革",
        lead_official="王五",
        responsible_body="市财政局",
        measures="建设预算管理一体化系统，实现全流程电子化管理。",
        deliverable="系统上线",
    )
    dialog = make_dialog(qtbot, old, replace(old, tasks=(added,)))
    task_rows = [row for row in rows(dialog) if row[1].startswith("Task")]
    assert [row[0] for row in task_rows] == [Change.REMOVED, Change.ADDED]
    assert task_rows[0][3] == "" and "深化预算管理一体化改革" in task_rows[1][3]
