"""A new pledge starts with the office's next number and its own issuer."""

from __future__ import annotations

from dataclasses import replace

from pledge_app.core.database import Database
from pledge_app.operations.office_settings import change_office_settings
from pledge_app.operations.pledges import create_pledge, open_pledge
from tests.conftest import make_content


def test_a_new_pledge_offers_the_next_number_and_the_office_issuer(database: Database) -> None:
    change_office_settings(
        database,
        issuer_unit="市委全面深化改革委员会",
        issuer_signer="李明",
        issuer_signer_title="主任",
        numbering_pattern="改革办〔{year}〕{n}号",
    )
    first = open_pledge(database, "new-1", year=2027).value.content
    assert first.number == "改革办〔2027〕1号"
    assert (first.issuer.unit, first.issuer.signatory) == ("市委全面深化改革委员会", "李明")

    create_pledge(database, replace(make_content(year=2027), number=first.number))
    second = open_pledge(database, "new-2", year=2027).value.content
    assert second.number == "改革办〔2027〕2号"


def test_a_new_pledge_that_is_never_saved_uses_up_no_number(database: Database) -> None:
    change_office_settings(database, numbering_pattern="第{n}号（{year}）")
    offered = open_pledge(database, "new-1", year=2026).value.content.number
    again = open_pledge(database, "new-2", year=2026).value.content.number
    assert offered == again == "第1号（2026）"
