"""Units and signatories as the Units page reads and changes them."""

from __future__ import annotations

import pytest

from pledge_app.core import audit
from pledge_app.core.database import Database
from pledge_app.core.errors import NotFound, ValidationFailed
from pledge_app.core.pledges import create_pledge
from pledge_app.core.signing import set_unit_seal, store_signature_image
from pledge_app.core.units import add_signatory, list_units
from tests.conftest import make_content
from tests.signing_helpers import png, seal_png


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
