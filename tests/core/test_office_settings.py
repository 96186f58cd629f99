"""Office-wide settings: defaults, typed values, validation, the issuer in the register."""

from __future__ import annotations

import pytest

from pledge_app.core import audit
from pledge_app.core.database import Database
from pledge_app.core.errors import ValidationFailed
from pledge_app.core.office_settings import (
    DEFAULTS,
    DateStyle,
    read_office_settings,
    update_office_settings,
)
from pledge_app.core.unit_history import rename_unit
from pledge_app.core.unit_kinds import UnitKind
from pledge_app.core.unit_register import register_entry
from pledge_app.core.units import add_unit
from pledge_app.core.views import PartyView


def test_a_new_database_has_the_defaults(any_database: Database) -> None:
    with any_database.begin() as session:
        assert read_office_settings(session) == DEFAULTS
    assert DEFAULTS.numbering_pattern == "改革办〔{year}〕{n}号"
    assert DEFAULTS.date_style is DateStyle.ARABIC
    assert DEFAULTS.task_table_landscape is False


def test_settings_are_stored_with_their_types(any_database: Database) -> None:
    with any_database.begin() as session:
        _settings, changed = update_office_settings(
            session, date_style="chinese", task_table_landscape=True, numbering_pattern="府办{n}号"
        )
    assert changed == {"date_style", "task_table_landscape", "numbering_pattern"}
    with any_database.begin() as session:
        settings = read_office_settings(session)
    assert settings.date_style is DateStyle.CHINESE
    assert settings.task_table_landscape is True
    assert settings.numbering_pattern == "府办{n}号"


def test_the_issuer_and_its_signer_join_the_register(database: Database) -> None:
    with database.begin() as session:
        update_office_settings(
            session,
            issuer_unit="市委全面深化改革委员会",
            issuer_signer="王建国",
            issuer_signer_title="主任",
        )
    with database.begin() as session:
        entry = register_entry(session, "市委全面深化改革委员会")
        actions = [e.action for e in audit.list_entries(session)]
        issuer = read_office_settings(session).issuer()
    assert issuer == PartyView("市委全面深化改革委员会", "王建国", "主任")
    assert entry.kind is UnitKind.LEADING_GROUP
    assert [(s.name, s.title) for s in entry.signatories] == [("王建国", "主任")]
    assert "office_settings_changed" in actions


def test_setting_the_same_values_again_changes_nothing(database: Database) -> None:
    with database.begin() as session:
        update_office_settings(session, date_style="chinese")
    with database.begin() as session:
        _settings, changed = update_office_settings(session, date_style="chinese")
        count = len(audit.list_entries(session))
    assert changed == set()
    assert count == 1


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"date_style": "roman"}, "date style"),
        ({"colour": "red"}, "no office setting called colour"),
        ({"issuer_signer": "王建国"}, "issuing unit before its signer"),
        ({"issuer_unit": "单" * 201}, "longer than 200"),
    ],
)
def test_bad_settings_are_refused(
    database: Database, changes: dict[str, object], problem: str
) -> None:
    with pytest.raises(ValidationFailed, match=problem), database.begin() as session:
        update_office_settings(session, **changes)
    with database.begin() as session:
        assert read_office_settings(session) == DEFAULTS


def test_a_former_unit_name_is_refused_as_issuer(database: Database) -> None:
    with database.begin() as session:
        add_unit(session, "市委深改委")
        rename_unit(session, "市委深改委", to="市委全面深化改革委员会")
    refused = pytest.raises(ValidationFailed, match="now 市委全面深化改革委员会")
    with refused, database.begin() as session:
        update_office_settings(session, issuer_unit="市委深改委")
