"""Office settings operations: read, change (reported as Changes), print options."""

from __future__ import annotations

import pytest

from pledge_app.core.database import Database
from pledge_app.core.errors import ValidationFailed
from pledge_app.core.office_settings import DEFAULTS, DateStyle
from pledge_app.operations.office_settings import (
    change_office_settings,
    office_settings,
    print_options_of,
)
from pledge_app.operations.units import units_register


def test_a_new_database_reads_the_defaults(database: Database) -> None:
    done = office_settings(database)
    assert done.value == DEFAULTS
    assert not done.changes


def test_setting_the_issuer_reports_the_register_changed(any_database: Database) -> None:
    done = change_office_settings(
        any_database, issuer_unit="市委深改委", issuer_signer="王建国", issuer_signer_title="主任"
    )
    assert done.value.changed == {"issuer_unit", "issuer_signer", "issuer_signer_title"}
    assert done.changes.audit and done.changes.touches_units()
    assert office_settings(any_database).value.issuer_signer == "王建国"
    assert "市委深改委" in {entry.name for entry in units_register(any_database).value}


def test_print_settings_become_the_renderers_options(database: Database) -> None:
    done = change_office_settings(database, date_style=DateStyle.CHINESE, task_table_landscape=True)
    assert not done.changes.everything
    options = print_options_of(done.value.settings)
    assert (options.date_style.value, options.landscape_tasks) == ("chinese", True)


def test_an_unchanged_setting_reports_no_change(database: Database) -> None:
    done = change_office_settings(database, date_style=DateStyle.ARABIC)
    assert done.value.changed == frozenset()
    assert not done.changes


def test_a_bad_pattern_changes_nothing(database: Database) -> None:
    with pytest.raises(ValidationFailed, match="needs"):
        change_office_settings(database, numbering_pattern="改革办〔{year}〕号")
    assert office_settings(database).value == DEFAULTS
