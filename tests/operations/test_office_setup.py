"""The first-run office setup: offered once on a new database, stored or skipped."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pledge_app.core.database import Database
from pledge_app.core.errors import BadInput
from pledge_app.core.pledges import create_pledge
from pledge_app.core.units import find_unit
from pledge_app.core.views import PartyView
from pledge_app.operations.office_settings import change_office_settings, office_settings
from pledge_app.operations.office_setup import (
    OfficeSetupAnswers,
    office_setup_needed,
    set_up_office,
    skip_office_setup,
)
from tests.conftest import make_content
from tests.signing_helpers import seal_png

ANSWERS = OfficeSetupAnswers(
    issuer_unit="县委全面深化改革委员会办公室",
    issuer_signer="王建国",
    issuer_signer_title="主任",
    numbering_pattern="深改办〔{year}〕{n}号",
)


def test_a_new_database_needs_the_setup(database: Database) -> None:
    done = office_setup_needed(database)
    assert done.value is True
    assert not done.changes


def test_a_database_with_office_settings_needs_no_setup(database: Database) -> None:
    change_office_settings(database, numbering_pattern="办〔{year}〕{n}号")
    assert office_setup_needed(database).value is False


def test_a_database_with_pledges_needs_no_setup(database: Database) -> None:
    with database.begin() as session:
        create_pledge(session, make_content())
    assert office_setup_needed(database).value is False


def test_a_skipped_setup_is_not_offered_again(database: Database) -> None:
    done = skip_office_setup(database)
    assert done.changes.audit
    assert office_setup_needed(database).value is False


def test_the_answers_become_office_settings(any_database: Database) -> None:
    done = set_up_office(any_database, ANSWERS)
    assert done.value.changed == {
        "issuer_unit",
        "issuer_signer",
        "issuer_signer_title",
        "numbering_pattern",
    }
    assert not done.value.seal_set
    assert done.changes.touches_units()
    settings = office_settings(any_database).value
    assert settings.issuer() == PartyView(ANSWERS.issuer_unit, "王建国", "主任")
    assert settings.numbering_pattern == "深改办〔{year}〕{n}号"
    assert office_setup_needed(any_database).value is False


def test_the_seal_goes_on_the_issuing_unit(database: Database, tmp_path: Path) -> None:
    seal = tmp_path / "seal.png"
    seal.write_bytes(seal_png())
    done = set_up_office(database, replace(ANSWERS, seal_path=seal))
    assert done.value.seal_set
    with database.begin() as session:
        assert find_unit(session, ANSWERS.issuer_unit).seal_image == seal_png()


def test_a_missing_seal_file_changes_nothing(database: Database, tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        set_up_office(database, replace(ANSWERS, seal_path=tmp_path / "gone.png"))
    assert office_setup_needed(database).value is True


def test_finishing_with_the_defaults_is_not_asked_again(database: Database) -> None:
    defaults = OfficeSetupAnswers("", "", "", office_settings(database).value.numbering_pattern)
    done = set_up_office(database, defaults)
    assert done.value.changed == frozenset()
    assert office_setup_needed(database).value is False
