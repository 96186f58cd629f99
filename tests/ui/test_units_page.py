"""The Units & signatories page on a real SQLite file: seals, signatories, stored signatures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from pledge_app.core import audit
from pledge_app.core.database import Database
from pledge_app.core.pledges import create_pledge
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


def test_a_file_that_is_not_a_png_is_refused_as_seal(
    qtbot: QtBot, page: UnitsPage, database: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    not_png = tmp_path / "seal.jpg"
    not_png.write_bytes(b"\xff\xd8\xff\xe0 not a png")
    prompts.paths.append(not_png)
    qtbot.mouseClick(page.set_seal_button, Qt.MouseButton.LeftButton)
    assert "is not a PNG image" in prompts.messages("error")[0]
    assert stored_unit(database).seal_image is None


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
