"""The Units & signatories page on a real SQLite file: seals, signatories, stored signatures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from pledge_app.core import audit
from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge
from pledge_app.core.unit_register import register_entry
from pledge_app.core.units import list_units
from pledge_app.core.views import UnitView
from pledge_app.operations.changes import Changes
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.pages.units_page import UnitsPage
from pledge_app.ui.workspace import Workspace
from tests.conftest import make_content
from tests.signing_helpers import seal_png
from tests.ui.fakes import FakePrompts, type_text
from tests.ui.workspace_helpers import open_workspace
from tests.unit_sheets import write_unit_sheet

UNIT = "市发展和改革委员会"


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def workspace(database: Database, prompts: FakePrompts) -> tuple[Workspace, OperationRunner]:
    return open_workspace(database, prompts)


@pytest.fixture
def page(
    qtbot: QtBot,
    database: Database,
    prompts: FakePrompts,
    workspace: tuple[Workspace, OperationRunner],
) -> UnitsPage:
    with database.begin() as session:
        create_pledge(session, make_content())
    units = UnitsPage(*workspace, prompts=prompts)
    qtbot.addWidget(units)
    units.resize(1100, 700)
    units.show()
    units.reload()
    assert units.select_unit(UNIT)
    return units


def stored_unit(database: Database) -> UnitView:
    with database.begin() as session:
        return next(unit for unit in list_units(session) if unit.name == UNIT)


def test_units_are_listed_with_their_signatories(page: UnitsPage) -> None:
    names = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert set(names) == {"市委全面深化改革委员会", UNIT}
    assert page.unit_heading.text() == UNIT
    assert page.signatories.item(0, 0).text() == "李明"
    assert page.signatories.item(0, 2).text() == "—"
    assert page.seal_preview.text() == "No seal"


def test_a_seal_is_stored_and_previewed(
    qtbot: QtBot, page: UnitsPage, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    seal = tmp_path / "seal.png"
    seal.write_bytes(seal_png())
    prompts.paths.append(seal)
    qtbot.mouseClick(page.set_seal_button, Qt.MouseButton.LeftButton)
    assert stored_unit(database).seal_image == seal_png()
    assert not page.seal_preview.pixmap().isNull()
    assert page.remove_seal_button.isEnabled()
    with database.begin() as session:
        assert audit.list_entries(session)[0].action == "seal_changed"


def test_a_file_that_is_no_readable_image_is_refused_as_seal(
    qtbot: QtBot, page: UnitsPage, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    broken = tmp_path / "seal.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not a picture")
    prompts.paths.append(broken)
    qtbot.mouseClick(page.set_seal_button, Qt.MouseButton.LeftButton)
    assert "neither a PNG nor a JPEG" in prompts.messages("error")[0]
    assert stored_unit(database).seal_image is None


def test_a_jpeg_seal_is_taken_and_kept_as_png(
    qtbot: QtBot, page: UnitsPage, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    from pledge_app.core.images import PNG, sniff_type
    from tests.signing_helpers import seal_jpeg

    scanned = tmp_path / "公章.jpg"
    scanned.write_bytes(seal_jpeg())
    prompts.paths.append(scanned)
    qtbot.mouseClick(page.set_seal_button, Qt.MouseButton.LeftButton)
    assert prompts.messages("error") == []
    stored = stored_unit(database).seal_image
    assert stored is not None and sniff_type(stored) == PNG


def test_a_seal_can_be_removed(
    qtbot: QtBot, page: UnitsPage, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    seal = tmp_path / "seal.png"
    seal.write_bytes(seal_png())
    prompts.paths.append(seal)
    qtbot.mouseClick(page.set_seal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.remove_seal_button, Qt.MouseButton.LeftButton)
    assert stored_unit(database).seal_image is None
    assert page.seal_preview.text() == "No seal"


def test_a_signatory_is_added(qtbot: QtBot, page: UnitsPage, database: Database) -> None:
    qtbot.mouseClick(page.add_signatory_button, Qt.MouseButton.LeftButton)
    dialog = page.signatory_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    type_text(dialog.name_edit, "张伟")
    type_text(dialog.title_edit, "副主任")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [(s.name, s.title) for s in stored_unit(database).signatories] == [
        ("张伟", "副主任"),
        ("李明", "主任"),
    ]
    assert page.signatories.rowCount() == 2


def test_a_duplicate_signatory_is_refused_with_a_message(
    qtbot: QtBot, page: UnitsPage, database: Database, prompts: FakePrompts
) -> None:
    qtbot.mouseClick(page.add_signatory_button, Qt.MouseButton.LeftButton)
    dialog = page.signatory_dialog
    assert dialog is not None
    type_text(dialog.name_edit, "李明")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert prompts.messages("error") == [f"{UNIT} already has a signatory called 李明."]
    assert len(stored_unit(database).signatories) == 1


def test_a_signature_image_is_stored_with_a_pin(
    qtbot: QtBot, page: UnitsPage, database: Database
) -> None:
    assert page.select_signatory("李明")
    qtbot.mouseClick(page.store_signature_button, Qt.MouseButton.LeftButton)
    dialog = page.signature_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    points = [QPoint(40, 80), QPoint(90, 40), QPoint(150, 90), QPoint(210, 50)]
    qtbot.mousePress(dialog.pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(dialog.pad, point)
    qtbot.mouseRelease(dialog.pad, Qt.MouseButton.LeftButton, pos=points[-1])
    qtbot.keyClicks(dialog.pin_edit, "246810")
    qtbot.keyClicks(dialog.confirm_edit, "246810")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored_unit(database).signatories[0].has_stored_signature
    assert page.signatories.item(0, 2).text() == "✔ stored"


def test_a_hidden_page_reads_changed_units_when_it_shows(
    qtbot: QtBot,
    database: Database,
    prompts: FakePrompts,
    workspace: tuple[Workspace, OperationRunner],
) -> None:
    units = UnitsPage(*workspace, prompts=prompts)
    qtbot.addWidget(units)
    with database.begin() as session:
        create_pledge(session, make_content())
    workspace[0].publish(Changes.of_pledges(["a pledge"]))
    assert units.table.rowCount() == 0  # not on show: read later
    units.show()
    assert units.table.rowCount() == 2


def test_a_page_on_show_reads_again_when_units_change(
    page: UnitsPage, database: Database, workspace: tuple[Workspace, OperationRunner]
) -> None:
    from pledge_app.core.units import add_signatory

    with database.begin() as session:
        add_signatory(session, UNIT, name="王芳", title="副主任")
    workspace[0].publish(Changes(tasks=frozenset({"a task"})))  # no unit in it
    assert page.signatories.rowCount() == 1
    workspace[0].publish(Changes.of_units(["the unit"]))
    assert page.signatories.rowCount() == 2


# -- the units register --------------------------------------------------------


def table_names(page: UnitsPage) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def row_of(page: UnitsPage, name: str) -> list[str]:
    row = table_names(page).index(name)
    return [page.table.item(row, column).text() for column in range(page.table.columnCount())]


def test_a_unit_is_added_with_type_order_and_flag(
    qtbot: QtBot, page: UnitsPage, database: Database
) -> None:
    qtbot.mouseClick(page.add_unit_button, Qt.MouseButton.LeftButton)
    dialog = page.register_actions.unit_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()
    type_text(dialog.name_edit, "东城区")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("district"))
    dialog.order_spin.setValue(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert table_names(page)[0] == "东城区"
    assert row_of(page, "东城区")[1:4] == ["District", "0", "Active"]
    assert page.unit_heading.text() == "东城区"
    with database.begin() as session:
        assert "东城区" in {unit.name for unit in list_units(session)}


def test_a_unit_is_made_inactive(qtbot: QtBot, page: UnitsPage) -> None:
    qtbot.mouseClick(page.change_unit_button, Qt.MouseButton.LeftButton)
    dialog = page.register_actions.unit_dialog
    assert dialog is not None and dialog.name_edit.isReadOnly()
    dialog.active_check.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert row_of(page, UNIT)[3] == "Inactive"


def test_a_rename_shows_the_new_name_and_keeps_the_old_one(
    qtbot: QtBot, page: UnitsPage, prompts: FakePrompts
) -> None:
    qtbot.mouseClick(page.rename_unit_button, Qt.MouseButton.LeftButton)
    dialog = page.register_actions.rename_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    type_text(dialog.name_edit, "市发展改革委")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.unit_heading.text() == "市发展改革委"
    assert page.details.history_label.text() == f"Formerly: {UNIT}"
    assert page.signatories.item(0, 0).text() == "李明"
    assert row_of(page, UNIT)[3] == "Renamed to 市发展改革委"
    assert table_names(page)[-1] == UNIT  # former names come last
    assert "1 drafts moved, 0 pledges kept" in prompts.messages("info")[0]
    page.select_unit(UNIT)
    assert not page.rename_unit_button.isEnabled()


def test_a_merge_is_confirmed_and_says_what_moved(
    qtbot: QtBot, page: UnitsPage, database: Database, prompts: FakePrompts
) -> None:
    qtbot.mouseClick(page.merge_unit_button, Qt.MouseButton.LeftButton)
    dialog = page.register_actions.merge_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert [dialog.target_combo.itemText(i) for i in range(dialog.target_combo.count())] == [
        "市委全面深化改革委员会"
    ]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert f"Merge {UNIT} into 市委全面深化改革委员会?" in prompts.messages("confirm")[0]
    info = prompts.messages("info")[0]
    assert "1 drafts moved" in info and "Moved: 改革办〔2026〕1号" in info
    assert row_of(page, UNIT)[3] == "Merged into 市委全面深化改革委员会"
    assert row_of(page, "市委全面深化改革委员会")[6:] == ["1", "1"]


def test_a_merge_the_clerk_does_not_confirm_changes_nothing(
    qtbot: QtBot, page: UnitsPage, prompts: FakePrompts
) -> None:
    prompts.answer_yes = False
    qtbot.mouseClick(page.merge_unit_button, Qt.MouseButton.LeftButton)
    dialog = page.register_actions.merge_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert row_of(page, UNIT)[3] == "Active"
    assert prompts.messages("info") == []


def test_a_duplicate_unit_is_refused_with_a_message(
    qtbot: QtBot, page: UnitsPage, prompts: FakePrompts
) -> None:
    qtbot.mouseClick(page.add_unit_button, Qt.MouseButton.LeftButton)
    dialog = page.register_actions.unit_dialog
    assert dialog is not None
    type_text(dialog.name_edit, UNIT)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert prompts.messages("error") == [f"There is already a unit called {UNIT}."]


def test_units_are_imported_from_a_sheet(
    qtbot: QtBot, page: UnitsPage, prompts: FakePrompts, tmp_path: Path
) -> None:
    sheet = write_unit_sheet(tmp_path / "units.xlsx", [("东城区", "区县", 0, "张伟", "区长")])
    prompts.paths.append(sheet)
    qtbot.mouseClick(page.import_units_button, Qt.MouseButton.LeftButton)
    assert prompts.messages("info") == ["units.xlsx: 1 added, 0 updated, 0 unchanged."]
    assert table_names(page)[0] == "东城区"


def test_a_bad_sheet_is_refused_naming_the_cell(
    qtbot: QtBot, page: UnitsPage, prompts: FakePrompts, tmp_path: Path
) -> None:
    sheet = write_unit_sheet(tmp_path / "bad.xlsx", [("东城区", "省", 0, "", "")])
    prompts.paths.append(sheet)
    qtbot.mouseClick(page.import_units_button, Qt.MouseButton.LeftButton)
    assert prompts.messages("error")[0].startswith("bad.xlsx, row 2, column B (类型)")
    assert "东城区" not in table_names(page)


def test_a_signatorys_term_of_office_is_set(
    qtbot: QtBot, page: UnitsPage, database: Database
) -> None:
    assert page.signatories.item(0, 3).text() == "—"
    qtbot.mouseClick(page.details.term_button, Qt.MouseButton.LeftButton)
    dialog = page.register_actions.term_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.from_check.setChecked(True)
    dialog.from_edit.setDate(QDate(2024, 3, 1))
    dialog.to_check.setChecked(True)
    dialog.to_edit.setDate(QDate(2023, 1, 1))
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() == "The term ends before it starts."
    dialog.to_check.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.signatories.item(0, 3).text() == "2024-03-01 – …"
    with database.begin() as session:
        assert register_entry(session, UNIT).signatories[0].held_from == date(2024, 3, 1)
