"""Units and signatories as the Units page reads and changes them."""

from __future__ import annotations

from datetime import date

import pytest

from pledge_app.core import audit
from pledge_app.core.content_hash import content_hash
from pledge_app.core.database import Database
from pledge_app.core.errors import NotFound, ValidationFailed
from pledge_app.core.pledges import create_pledge, finalise_pledge, get_pledge
from pledge_app.core.signing import set_unit_seal, store_signature_image
from pledge_app.core.unit_history import merge_units, rename_unit
from pledge_app.core.unit_kinds import UnitKind
from pledge_app.core.unit_register import RegisterEntry, list_register, register_entry
from pledge_app.core.units import (
    add_signatory,
    add_unit,
    list_unit_names,
    list_units,
    set_signatory_term,
    update_unit,
)
from tests.conftest import make_content
from tests.signing_helpers import png, seal_png, sign_both


@pytest.fixture
def with_pledge(database: Database) -> Database:
    with database.begin() as session:
        create_pledge(session, make_content())
    return database


def test_list_units_gives_every_unit_with_its_signatories(with_pledge: Database) -> None:
    with with_pledge.begin() as session:
        units = list_units(session)
    assert [unit.name for unit in units] == sorted(["市委全面深化改革委员会", "市发展和改革委员会"])
    issuer = next(unit for unit in units if unit.name == "市委全面深化改革委员会")
    assert [(s.name, s.title) for s in issuer.signatories] == [("王建国", "主任")]
    assert not issuer.has_seal and issuer.seal_image is None
    assert not issuer.signatories[0].has_stored_signature


def test_list_units_shows_a_seal_and_a_stored_signature(with_pledge: Database) -> None:
    with with_pledge.begin() as session:
        set_unit_seal(session, "市发展和改革委员会", seal_png())
        signatory = next(u for u in list_units(session) if u.name == "市发展和改革委员会")
        store_signature_image(session, signatory.signatories[0].id, image=png(), pin="246810")
    with with_pledge.begin() as session:
        unit = next(u for u in list_units(session) if u.name == "市发展和改革委员会")
    assert unit.has_seal and unit.seal_image == seal_png()
    assert unit.signatories[0].has_stored_signature


def test_add_signatory_adds_and_audits(with_pledge: Database) -> None:
    with with_pledge.begin() as session:
        added = add_signatory(session, "市发展和改革委员会", name=" 张伟 ", title="副主任")
    assert (added.name, added.title) == ("张伟", "副主任")
    with with_pledge.begin() as session:
        unit = next(u for u in list_units(session) if u.name == "市发展和改革委员会")
        actions = [entry.action for entry in audit.list_entries(session)]
    assert {s.name for s in unit.signatories} == {"李明", "张伟"}
    assert "signatory_added" in actions


@pytest.mark.parametrize(
    ("name", "title", "problem"),
    [
        ("", "主任", "name"),
        ("李明", "主任", "already has"),
        ("张" * 101, "", "longer than 100"),
        ("张伟", "长" * 201, "longer than 200"),
    ],
)
def test_add_signatory_refuses_bad_input(
    with_pledge: Database, name: str, title: str, problem: str
) -> None:
    with pytest.raises(ValidationFailed) as raised, with_pledge.begin() as session:
        add_signatory(session, "市发展和改革委员会", name=name, title=title)
    assert problem in str(raised.value)
    with with_pledge.begin() as session:
        unit = next(u for u in list_units(session) if u.name == "市发展和改革委员会")
    assert [s.name for s in unit.signatories] == ["李明"]


def test_add_signatory_to_a_missing_unit_is_not_found(with_pledge: Database) -> None:
    with pytest.raises(NotFound), with_pledge.begin() as session:
        add_signatory(session, "不存在的单位", name="张伟", title="")


# -- the units register --------------------------------------------------------


def _entry(database: Database, name: str) -> RegisterEntry:
    with database.begin() as session:
        return register_entry(session, name)


def test_a_unit_is_added_with_type_order_and_active_flag(any_database: Database) -> None:
    with any_database.begin() as session:
        add_unit(session, "东城区", kind=UnitKind.DISTRICT)
        add_unit(session, "防汛专班", kind=UnitKind.WORKING_GROUP, print_order=7, active=False)
    first, second = _entry(any_database, "东城区"), _entry(any_database, "防汛专班")
    assert (first.kind, first.print_order, first.active) == (UnitKind.DISTRICT, 1, True)
    assert (second.kind, second.print_order, second.active) == (UnitKind.WORKING_GROUP, 7, False)
    with any_database.begin() as session:
        assert [e.name for e in list_register(session)] == ["东城区", "防汛专班"]
        assert audit.list_entries(session)[0].action == "unit_added"


@pytest.mark.parametrize(
    ("name", "problem"),
    [("", "Enter the unit's name"), ("市发展和改革委员会", "already a unit"), ("单" * 201, "200")],
)
def test_a_bad_unit_name_is_refused(with_pledge: Database, name: str, problem: str) -> None:
    with pytest.raises(ValidationFailed, match=problem), with_pledge.begin() as session:
        add_unit(session, name)


def test_a_units_type_order_and_flag_change(with_pledge: Database) -> None:
    with with_pledge.begin() as session:
        update_unit(session, "市发展和改革委员会", kind=UnitKind.DISTRICT, print_order=3)
        update_unit(session, "市发展和改革委员会", active=False)
    entry = _entry(with_pledge, "市发展和改革委员会")
    assert (entry.kind, entry.print_order, entry.active) == (UnitKind.DISTRICT, 3, False)


def test_a_rename_keeps_the_signed_name_and_moves_drafts(any_database: Database) -> None:
    with any_database.begin() as session:
        draft = create_pledge(session, make_content())
        signed = create_pledge(session, make_content(number="改革办〔2026〕2号"))
        finalise_pledge(session, signed.id)
        sign_both(session, signed.id)
        before = get_pledge(session, signed.id)
        move = rename_unit(session, "市发展和改革委员会", to="市发展改革委")
    assert [m.pledge_id for m in move.moved_drafts] == [draft.id]
    assert [m.pledge_id for m in move.kept_pledges] == [signed.id]
    assert move.moved_signatories == ("李明",)
    with any_database.begin() as session:
        assert get_pledge(session, draft.id).content.responsible.unit == "市发展改革委"
        after = get_pledge(session, signed.id)
        assert after.content == before.content
        assert content_hash(after.content) == after.content_hash
        assert "市发展和改革委员会" not in list_unit_names(session)
    entry = _entry(any_database, "市发展改革委")
    assert entry.former_names == ("市发展和改革委员会",)
    assert [s.name for s in entry.signatories] == ["李明"]
    old = _entry(any_database, "市发展和改革委员会")
    assert (old.successor, old.succession, old.active) == ("市发展改革委", "renamed", False)


def test_renames_chain_into_former_names(with_pledge: Database) -> None:
    with with_pledge.begin() as session:
        rename_unit(session, "市发展和改革委员会", to="市发改委")
        rename_unit(session, "市发改委", to="市发展改革委")
    assert _entry(with_pledge, "市发展改革委").former_names == ("市发改委", "市发展和改革委员会")
    assert _entry(with_pledge, "市发展和改革委员会").successor == "市发展改革委"


def test_a_former_name_cannot_be_reused_or_changed(with_pledge: Database) -> None:
    with with_pledge.begin() as session:
        rename_unit(session, "市发展和改革委员会", to="市发改委")
    with pytest.raises(ValidationFailed, match="former name"), with_pledge.begin() as session:
        add_unit(session, "市发展和改革委员会")
    with pytest.raises(ValidationFailed, match="now 市发改委"), with_pledge.begin() as session:
        rename_unit(session, "市发展和改革委员会", to="别的名字")


def test_a_merge_moves_drafts_and_reports_what_stayed(any_database: Database) -> None:
    with any_database.begin() as session:
        add_unit(session, "市发展改革委")
        draft = create_pledge(session, make_content())
        ready = create_pledge(session, make_content(number="改革办〔2026〕2号"))
        finalise_pledge(session, ready.id)
        move = merge_units(session, "市发展和改革委员会", into="市发展改革委")
    assert [(m.pledge_id, m.role) for m in move.moved_drafts] == [(draft.id, "responsible")]
    assert [m.pledge_id for m in move.kept_pledges] == [ready.id]
    assert [m.pledge_id for m in move.unlinked_signers] == [draft.id]
    with any_database.begin() as session:
        moved = get_pledge(session, draft.id)
        assert moved.content.responsible.unit == "市发展改革委"
        assert moved.content.responsible.signatory == "李明"  # as printed, until chosen again
        assert get_pledge(session, ready.id).content.responsible.unit == "市发展和改革委员会"
        assert audit.list_entries(session)[0].action == "units_merged"
    assert _entry(any_database, "市发展改革委").merged_from == ("市发展和改革委员会",)
    assert _entry(any_database, "市发展和改革委员会").succession == "merged"


def test_a_unit_cannot_be_merged_into_itself(with_pledge: Database) -> None:
    with pytest.raises(ValidationFailed, match="itself"), with_pledge.begin() as session:
        merge_units(session, "市发展和改革委员会", into="市发展和改革委员会")


def test_a_signatory_has_a_term_of_office(any_database: Database) -> None:
    with any_database.begin() as session:
        add_unit(session, "东城区", kind=UnitKind.DISTRICT)
        old = add_signatory(session, "东城区", name="张伟", title="区长", held_to=date(2026, 6, 30))
        add_signatory(session, "东城区", name="王芳", title="区长", held_from=date(2026, 7, 1))
        set_signatory_term(session, old.id, held_from=date(2021, 1, 1), held_to=date(2026, 6, 30))
    terms = {s.name: s for s in _entry(any_database, "东城区").signatories}
    assert (terms["张伟"].held_from, terms["张伟"].held_to) == (date(2021, 1, 1), date(2026, 6, 30))
    assert terms["王芳"].holds_on(date(2026, 9, 1)) and not terms["张伟"].holds_on(date(2026, 9, 1))


def test_a_term_that_ends_before_it_starts_is_refused(with_pledge: Database) -> None:
    with with_pledge.begin() as session:
        person = _entry(with_pledge, "市发展和改革委员会").signatories[0]
    with pytest.raises(ValidationFailed, match="ends"), with_pledge.begin() as session:
        set_signatory_term(
            session, person.id, held_from=date(2026, 7, 1), held_to=date(2026, 6, 30)
        )


def test_the_migration_gives_existing_units_the_defaults_and_goes_back(
    any_database: Database,
) -> None:
    from alembic import command
    from sqlalchemy import inspect, text

    from pledge_app.core.database import _alembic_config

    url = any_database.engine.url.render_as_string(hide_password=False)
    config = _alembic_config(url)
    with any_database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003_guards_without_side_doors")
        assert not inspect(connection).has_table("unit_succession")
        connection.execute(
            text("INSERT INTO unit (id, name, version) VALUES ('u1', '市财政局', 1)")
        )
        command.upgrade(config, "head")
    with any_database.begin() as session:
        entry = register_entry(session, "市财政局")
    assert (entry.kind, entry.print_order, entry.active) == (UnitKind.DEPARTMENT, 0, True)
