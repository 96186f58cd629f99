"""Office-wide settings: read them, change them (audited), and the print options they imply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pledge_app.operations.changes import NO_CHANGES, Changes, Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.core.office_settings import DateStyle, OfficeSettings
    from pledge_app.reports.print_options import PrintOptions


@dataclass(frozen=True)
class ChangedSettings:
    """The settings after a change, and the names of those that changed."""

    settings: OfficeSettings
    changed: frozenset[str]


def office_settings(database: Database) -> Done[OfficeSettings]:
    """The office's settings, defaults filled in for those never set."""
    from pledge_app.core.office_settings import read_office_settings

    with database.begin() as session:
        return Done(read_office_settings(session))


def change_office_settings(
    database: Database,
    *,
    issuer_unit: str | None = None,
    issuer_signer: str | None = None,
    issuer_signer_title: str | None = None,
    numbering_pattern: str | None = None,
    date_style: DateStyle | None = None,
    task_table_landscape: bool | None = None,
) -> Done[ChangedSettings]:
    """Change the settings given (None keeps one); a new issuer joins the units register."""
    from pledge_app.core.office_settings import update_office_settings
    from pledge_app.core.units import list_unit_names

    given = {
        "issuer_unit": issuer_unit,
        "issuer_signer": issuer_signer,
        "issuer_signer_title": issuer_signer_title,
        "numbering_pattern": numbering_pattern,
        "date_style": date_style,
        "task_table_landscape": task_table_landscape,
    }
    with database.begin() as session:
        before = set(list_unit_names(session))
        settings, changed = update_office_settings(
            session, **{key: value for key, value in given.items() if value is not None}
        )
        units_changed = set(list_unit_names(session)) != before or bool(
            changed & {"issuer_unit", "issuer_signer", "issuer_signer_title"}
        )
    changes = NO_CHANGES
    if changed:
        # The register may have gained the issuer or its signer: the Units page reads again.
        changes = Changes(audit=True, everything=units_changed)
    return Done(ChangedSettings(settings, frozenset(changed)), changes)


def print_options_of(settings: OfficeSettings) -> PrintOptions:
    """The renderer's options the office's settings ask for."""
    from pledge_app.reports.print_options import DateStyle as PrintedDateStyle
    from pledge_app.reports.print_options import PrintOptions

    return PrintOptions(
        date_style=PrintedDateStyle(settings.date_style.value),
        landscape_tasks=settings.task_table_landscape,
    )
