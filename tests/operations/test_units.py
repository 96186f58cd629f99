"""Units and signatories: reading them, seals, signatories and stored signatures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pledge_app.core.audit import list_entries
from pledge_app.core.database import Database
from pledge_app.core.errors import ImportFailed, NotFound, ValidationFailed
from pledge_app.core.pledges import create_pledge
from pledge_app.core.unit_kinds import UnitKind
from pledge_app.core.unit_register import RegisterEntry
from pledge_app.core.views import UnitView
from pledge_app.operations.units import (
    add_signatory,
    add_unit,
    change_unit,
    import_units,
    merge_units,
    rename_unit,
    set_seal,
    set_signatory_term,
    store_signature,
    units_in_use,
    units_register,
)
from tests.conftest import make_content
from tests.signing_helpers import png, seal_png
from tests.unit_sheets import write_unit_sheet

ISSUER = "市委全面深化改革委员会"
UNIT = "市发展和改革委员会"


@pytest.fixture
def two_pledges(database: Database) -> Database:
    with database.begin() as session:
        create_pledge(session, make_content())
        create_pledge(session, make_content(number="改革办〔2026〕2号"))
    return database


def unit_named(database: Database, name: str) -> UnitView:
    return next(use.unit for use in units_in_use(database).value if use.unit.name == name)


def actions(database: Database) -> list[str]:
    with database.begin() as session:
        return [entry.action for entry in list_entries(session)]


def test_units_say_how_often_pledges_name_them(two_pledges: Database) -> None:
    done = units_in_use(two_pledges)
    uses = {use.unit.name: (use.as_issuer, use.as_responsible) for use in done.value}
    assert uses == {ISSUER: (2, 0), UNIT: (0, 2)}
    assert not done.changes


def test_a_seal_is_stored_then_removed(two_pledges: Database) -> None:
    done = set_seal(two_pledges, UNIT, image=seal_png())
    assert done.value.seal_image == seal_png()
    assert done.changes.units == {done.value.id}
    assert done.changes.audit
    assert unit_named(two_pledges, UNIT).has_seal
    removed = set_seal(two_pledges, UNIT, image=None)
    assert not removed.value.has_seal
    assert not unit_named(two_pledges, UNIT).has_seal
    assert actions(two_pledges)[:2] == ["seal_changed", "seal_changed"]


def test_a_seal_that_is_not_a_png_is_refused(two_pledges: Database) -> None:
    with pytest.raises(ValidationFailed):
        set_seal(two_pledges, UNIT, image=b"\xff\xd8\xff\xe0 a jpeg")
    assert not unit_named(two_pledges, UNIT).has_seal


def test_a_seal_for_an_unknown_unit_is_refused(two_pledges: Database) -> None:
    with pytest.raises(NotFound):
        set_seal(two_pledges, "没有这个单位", image=seal_png())


def test_a_signatory_is_added_to_the_unit(two_pledges: Database) -> None:
    done = add_signatory(two_pledges, UNIT, name=" 张伟 ", title="副主任")
    assert (done.value.name, done.value.title) == ("张伟", "副主任")
    unit = unit_named(two_pledges, UNIT)
    assert done.changes.units == {unit.id}
    assert "张伟" in [person.name for person in unit.signatories]
    assert actions(two_pledges)[0] == "signatory_added"


def test_a_duplicate_signatory_is_refused(two_pledges: Database) -> None:
    with pytest.raises(ValidationFailed, match="already has a signatory called 李明"):
        add_signatory(two_pledges, UNIT, name="李明", title="")


def test_a_signature_is_stored_behind_a_pin(two_pledges: Database) -> None:
    person = unit_named(two_pledges, UNIT).signatories[0]
    done = store_signature(two_pledges, person.id, image=png(), pin="246810")
    assert done.value.id == person.id
    assert done.value.has_stored_signature
    assert done.changes.units == {unit_named(two_pledges, UNIT).id}
    assert actions(two_pledges)[0] == "signature_image_stored"


def test_a_short_pin_stores_nothing(two_pledges: Database) -> None:
    person = unit_named(two_pledges, UNIT).signatories[0]
    with pytest.raises(ValidationFailed):
        store_signature(two_pledges, person.id, image=png(), pin="1")
    assert not unit_named(two_pledges, UNIT).signatories[0].has_stored_signature


# -- the units register --------------------------------------------------------


def register(database: Database) -> dict[str, RegisterEntry]:
    return {entry.name: entry for entry in units_register(database).value}


def test_units_in_use_carry_their_register_entry(two_pledges: Database) -> None:
    add_unit(two_pledges, "东城区", kind=UnitKind.DISTRICT, print_order=0)
    uses = units_in_use(two_pledges).value
    assert uses[0].entry.name == "东城区"
    assert all(use.entry.id == use.unit.id for use in uses)


def test_adding_a_unit_reports_its_id(two_pledges: Database) -> None:
    done = add_unit(two_pledges, "东城区", kind=UnitKind.DISTRICT)
    assert done.changes.units == {done.value.id}
    assert register(two_pledges)["东城区"].kind is UnitKind.DISTRICT


def test_a_unit_is_made_inactive(two_pledges: Database) -> None:
    done = change_unit(two_pledges, UNIT, active=False, print_order=5)
    assert (done.value.active, done.value.print_order) == (False, 5)


def test_a_rename_reports_both_units_and_the_moved_drafts(two_pledges: Database) -> None:
    done = rename_unit(two_pledges, UNIT, to="市发展改革委")
    assert done.changes.units == {done.value.old_id, done.value.new_id}
    assert done.changes.pledges == {m.pledge_id for m in done.value.moved_drafts}
    assert len(done.value.moved_drafts) == 2
    assert register(two_pledges)["市发展改革委"].former_names == (UNIT,)


def test_a_merge_returns_exactly_what_moved(two_pledges: Database) -> None:
    add_unit(two_pledges, "市发展改革委", kind=UnitKind.DEPARTMENT)
    done = merge_units(two_pledges, UNIT, into="市发展改革委")
    assert {m.number for m in done.value.moved_drafts} == {"改革办〔2026〕1号", "改革办〔2026〕2号"}
    assert done.value.kept_pledges == ()
    uses = {use.unit.name: use.as_responsible for use in units_in_use(two_pledges).value}
    assert uses == {ISSUER: 0, UNIT: 0, "市发展改革委": 2}


def test_merging_an_unknown_unit_is_not_found(two_pledges: Database) -> None:
    with pytest.raises(NotFound):
        merge_units(two_pledges, "没有这个单位", into=UNIT)


def test_units_are_imported_from_a_sheet(two_pledges: Database, tmp_path: Path) -> None:
    sheet = write_unit_sheet(
        tmp_path / "units.xlsx",
        [
            ("东城区", "区县", 2, "张伟", "区长"),
            (UNIT, "部门", 1, "李明", "主任"),
            (None, None, None, None, None),
            ("防汛专班", "工作专班", 3.0, None, None),
        ],
    )
    done = import_units(two_pledges, sheet)
    assert done.value.added == ("东城区", "防汛专班")
    assert done.value.updated == (UNIT,)
    assert done.changes.everything
    units = register(two_pledges)
    assert (units["东城区"].kind, units["东城区"].print_order) == (UnitKind.DISTRICT, 2)
    assert [(s.name, s.title) for s in units["东城区"].signatories] == [("张伟", "区长")]
    assert units["防汛专班"].kind is UnitKind.WORKING_GROUP


def test_importing_the_same_sheet_again_changes_nothing(
    two_pledges: Database, tmp_path: Path
) -> None:
    sheet = write_unit_sheet(tmp_path / "units.xlsx", [("东城区", "区县", 2, "张伟", "区长")])
    import_units(two_pledges, sheet)
    again = import_units(two_pledges, sheet)
    assert (again.value.added, again.value.unchanged) == ((), ("东城区",))
    assert not again.changes


@pytest.mark.parametrize(
    ("rows", "where"),
    [
        ([("东城区", "省份", 1, "", "")], "row 3, column B (类型): “省份” is not a unit type"),
        ([("东城区", "区县", "第一", "", "")], "row 3, column C (排序): “第一” is not a whole"),
        (
            [("东城区", "", 1, "", ""), ("东城区", "", 2, "", "")],
            "row 4, column A (单位名称): 东城区 is already on row 3",
        ),
        ([("东城区", "", 1, "", "区长")], "row 3, column D (负责人)"),
    ],
)
def test_a_bad_cell_is_named_and_nothing_is_imported(
    two_pledges: Database, tmp_path: Path, rows: list[tuple[object, ...]], where: str
) -> None:
    sheet = write_unit_sheet(tmp_path / "bad.xlsx", [("西城区", "区县", 9, "", ""), *rows])
    with pytest.raises(ImportFailed) as raised:
        import_units(two_pledges, sheet)
    assert f"bad.xlsx, {where}" in str(raised.value)
    assert set(register(two_pledges)) == {ISSUER, UNIT}


def test_a_sheet_without_the_name_column_is_refused(two_pledges: Database, tmp_path: Path) -> None:
    sheet = write_unit_sheet(tmp_path / "x.xlsx", [("东城区",)], header=("名称",))
    with pytest.raises(ImportFailed, match=r"x\.xlsx, row 1: no 单位名称 column"):
        import_units(two_pledges, sheet)


def test_a_file_that_is_not_a_workbook_is_refused(two_pledges: Database, tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(ImportFailed, match=r"fake\.xlsx is not an \.xlsx workbook"):
        import_units(two_pledges, fake)


def test_a_signatory_term_is_set(two_pledges: Database) -> None:
    person = unit_named(two_pledges, UNIT).signatories[0]
    done = set_signatory_term(two_pledges, person.id, held_from=date(2024, 1, 1), held_to=None)
    assert done.value.held_from == date(2024, 1, 1)
    assert done.changes.units == {unit_named(two_pledges, UNIT).id}
