"""Office-wide settings, kept in the database so everyone on one database agrees: the issuer
and its signer, the numbering pattern, the printed date style and the task table's page."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.errors import ValidationFailed
from pledge_app.core.i18n import translate
from pledge_app.core.models import OfficeSetting
from pledge_app.core.tracking.lights import Thresholds
from pledge_app.core.views import PartyView

#: The pattern offices most often use; {year} and {n} are filled in.
DEFAULT_NUMBERING_PATTERN = "改革办〔{year}〕{n}号"
MAX_SETTING_TEXT = 200


class DateStyle(StrEnum):
    """How printed dates are written (the renderer's own option has the same values)."""

    ARABIC = "arabic"
    CHINESE = "chinese"


@dataclass(frozen=True)
class OfficeSettings:
    """Every office-wide setting, each with its default when never set."""

    issuer_unit: str = ""
    issuer_signer: str = ""
    issuer_signer_title: str = ""
    numbering_pattern: str = DEFAULT_NUMBERING_PATTERN
    date_style: DateStyle = DateStyle.ARABIC
    task_table_landscape: bool = False
    # Tracking (docs/tracking.md): the lights' N, M and K, the monthly reporting day, and
    # whether marking a task done needs an evidence file.
    light_due_days: int = 30
    light_behind_points: int = 20
    light_stale_days: int = 45
    reporting_day: int = 5
    done_needs_evidence: bool = True

    def issuer(self) -> PartyView:
        """The office's own party (甲方) as a new pledge starts with it; blank when unset."""
        return PartyView(self.issuer_unit, self.issuer_signer, self.issuer_signer_title)

    def thresholds(self) -> Thresholds:
        """The traffic lights' N, M and K."""
        return Thresholds(self.light_due_days, self.light_behind_points, self.light_stale_days)


DEFAULTS = OfficeSettings()

#: The settings' names, as stored in the `key` column.
KEYS = tuple(field.name for field in fields(OfficeSettings))


def _parse(key: str, text: str) -> Any:
    """The stored text as the setting's type; a value that no longer parses gives the default."""
    default = getattr(DEFAULTS, key)
    if isinstance(default, bool):
        return text == "true"
    if isinstance(default, DateStyle):
        return DateStyle(text) if text in set(DateStyle) else default
    if isinstance(default, int):
        return int(text) if text.isdigit() else default
    return text


def _render(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def read_office_settings(session: Session) -> OfficeSettings:
    """The office's settings, defaults filled in for those never set."""
    stored = {
        row.key: row.value
        for row in session.scalars(select(OfficeSetting).where(OfficeSetting.key.in_(KEYS)))
    }
    values = {key: _parse(key, text) for key, text in stored.items()}
    return replace(DEFAULTS, **values)


def numbering_problems(pattern: str) -> list[str]:
    """What is wrong with a numbering pattern: it needs {n}, may use {year}, nothing else."""
    from string import Formatter

    try:
        parsed = list(Formatter().parse(pattern))
    except ValueError:
        return [
            translate(
                "office_settings", "The numbering pattern has an unmatched brace: {pattern}"
            ).replace("{pattern}", pattern)
        ]
    names = [name for _text, name, _spec, _conv in parsed if name is not None]
    problems: list[str] = []
    unknown = sorted({name for name in names if name not in {"year", "n"}})
    if unknown:
        problems.append(
            translate(
                "office_settings",
                "The numbering pattern may use only {year} and {n}, not {fields}.",
            ).replace("{fields}", ", ".join("{" + name + "}" for name in unknown))
        )
    if "n" not in names:
        problems.append(
            translate("office_settings", "The numbering pattern needs {n}, the running number.")
        )
    if not problems:
        try:
            pattern.format(year=2026, n=1)
        except (ValueError, TypeError):
            problems.append(
                translate(
                    "office_settings", "The numbering pattern has an unmatched brace: {pattern}"
                ).replace("{pattern}", pattern)
            )
    return problems


def _label(key: str) -> str:
    labels = {
        "issuer_unit": translate("office_settings", "The issuing unit"),
        "issuer_signer": translate("office_settings", "The issuer's signer"),
        "issuer_signer_title": translate("office_settings", "The signer's title"),
        "light_due_days": translate("office_settings", "Days before a due date that count as near"),
        "light_behind_points": translate(
            "office_settings", "Points behind schedule that turn yellow"
        ),
        "light_stale_days": translate("office_settings", "Days without a report that turn yellow"),
        "reporting_day": translate("office_settings", "Monthly reporting day"),
    }
    return labels.get(key, key)


#: The range each whole-number setting may take.
NUMBER_RANGES = {
    "light_due_days": (1, 365),
    "light_behind_points": (1, 100),
    "light_stale_days": (1, 366),
    "reporting_day": (1, 28),
}


def _whole_number(key: str, value: object) -> int:
    low, high = NUMBER_RANGES[key]
    text = str(value).strip()
    if not text.isdigit() or not low <= int(text) <= high:
        raise ValidationFailed(
            [
                translate(
                    "office_settings",
                    "{setting} is a whole number from {low} to {high}, not {value}.",
                ).format(setting=_label(key), low=low, high=high, value=value)
            ]
        )
    return int(text)


def _problems(settings: OfficeSettings) -> list[str]:
    problems = numbering_problems(settings.numbering_pattern)
    for key in ("issuer_unit", "issuer_signer", "issuer_signer_title"):
        if len(getattr(settings, key)) > MAX_SETTING_TEXT:
            problems.append(
                translate("office_settings", "{setting} is longer than {n} characters.").format(
                    setting=_label(key), n=MAX_SETTING_TEXT
                )
            )
    if settings.issuer_signer and not settings.issuer_unit:
        problems.append(translate("office_settings", "Choose the issuing unit before its signer."))
    return problems


def update_office_settings(session: Session, **changes: object) -> tuple[OfficeSettings, set[str]]:
    """Set some settings (by name); returns the settings now and the names that changed.

    The issuing unit and its signer are added to the units register if they are new. Audited.
    """
    unknown = sorted(set(changes) - set(KEYS))
    if unknown:
        raise ValidationFailed(
            [
                translate("office_settings", "There is no office setting called {name}.").format(
                    name=name
                )
                for name in unknown
            ]
        )
    before = read_office_settings(session)
    cleaned: dict[str, object] = {}
    for key, value in changes.items():
        default = getattr(DEFAULTS, key)
        if isinstance(default, DateStyle):
            if str(value) not in set(DateStyle):
                raise ValidationFailed(
                    [
                        translate(
                            "office_settings",
                            "The date style is “arabic” or “chinese”, not {value}.",
                        ).format(value=value)
                    ]
                )
            cleaned[key] = DateStyle(str(value))
        elif isinstance(default, bool):
            cleaned[key] = bool(value)
        elif isinstance(default, int):
            cleaned[key] = _whole_number(key, value)
        else:
            cleaned[key] = str(value).strip()
    after = replace(before, **cleaned)  # type: ignore[arg-type]
    problems = _problems(after)
    if problems:
        raise ValidationFailed(problems)
    changed = {key for key in KEYS if getattr(after, key) != getattr(before, key)}
    for key in sorted(changed):
        row = session.get(OfficeSetting, key)
        if row is None:
            session.add(OfficeSetting(key=key, value=_render(getattr(after, key))))
        else:
            row.value = _render(getattr(after, key))
    if after.issuer_unit and changed & {"issuer_unit", "issuer_signer", "issuer_signer_title"}:
        _register_issuer(session, after)
    if changed:
        session.flush()
        audit.record(
            session,
            "office_settings_changed",
            details={key: _render(getattr(after, key)) for key in sorted(changed)},
        )
    return after, changed


def _register_issuer(session: Session, settings: OfficeSettings) -> None:
    # The first-run answer names a unit that may not exist yet: it is the leading group.
    from pledge_app.core.models import Unit
    from pledge_app.core.unit_kinds import UnitKind
    from pledge_app.core.units import ensure_signatory, find_current_unit

    unit = session.scalars(select(Unit).where(Unit.name == settings.issuer_unit)).one_or_none()
    if unit is None:
        unit = Unit(name=settings.issuer_unit, kind=UnitKind.LEADING_GROUP.value)
        session.add(unit)
        session.flush()
    else:
        # A former name (renamed or merged away) is refused, naming the unit it became.
        unit = find_current_unit(session, settings.issuer_unit)
    ensure_signatory(session, unit, settings.issuer_signer, settings.issuer_signer_title)
