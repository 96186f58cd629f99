"""Units and signatories: reading them, seals, signatories and stored signatures."""

from __future__ import annotations

import pytest

from pledge_app.core.audit import list_entries
from pledge_app.core.database import Database
from pledge_app.core.errors import NotFound, ValidationFailed
from pledge_app.core.pledges import create_pledge
from pledge_app.core.views import UnitView
from pledge_app.operations.units import add_signatory, set_seal, store_signature, units_in_use
from tests.conftest import make_content
from tests.signing_helpers import png, seal_png

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
