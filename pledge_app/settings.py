"""Typed settings over a QSettings INI file in the data folder; each setting declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from pledge_app import paths

T = TypeVar("T", str, int, bool, bytes)

#: The values the language setting takes; "" follows the system locale.
LANGUAGE_SYSTEM = ""
LANGUAGE_ZH_CN = "zh_CN"
LANGUAGE_EN = "en"
LANGUAGES = (LANGUAGE_SYSTEM, LANGUAGE_ZH_CN, LANGUAGE_EN)


def _convert(kind: type, raw: Any, default: Any) -> Any:
    # The INI backend hands every scalar back as a string; turn it into the declared type.
    try:
        if kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("true", "1", "yes")
            return bool(raw)
        if kind is int:
            return int(raw)
        if kind is bytes:
            if isinstance(raw, QByteArray):
                return raw.data()
            if isinstance(raw, bytes):
                return raw
            return default
        return str(raw)
    except (TypeError, ValueError):
        return default


class Setting(Generic[T]):
    """One setting: its INI key, its type and its default, declared on `Settings`."""

    def __init__(self, key: str, kind: type[T], default: T) -> None:
        self.key = key
        self.kind: type[T] = kind
        self.default: T = default

    @overload
    def __get__(self, instance: None, owner: type[Settings]) -> Setting[T]: ...

    @overload
    def __get__(self, instance: Settings, owner: type[Settings]) -> T: ...

    def __get__(self, instance: Settings | None, owner: type[Settings]) -> Setting[T] | T:
        if instance is None:
            return self
        raw: Any = instance.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        value: T = _convert(self.kind, raw, self.default)
        return value

    def __set__(self, instance: Settings, value: T) -> None:
        stored: Any = QByteArray(value) if isinstance(value, bytes) else value
        instance.qsettings.setValue(self.key, stored)


class Settings:
    """The user's preferences, read and written through typed attributes."""

    #: "" follows the system; "zh_CN" or "en" pick a language (applied at the next start).
    language = Setting("ui/language", str, LANGUAGE_SYSTEM)
    #: The database opened when none is named on the command line ("" = the default file).
    last_database = Setting("database/last", str, "")

    window_geometry = Setting("main_window/geometry", bytes, b"")
    window_state = Setting("main_window/state", bytes, b"")
    #: Index of the page shown in the navigation list.
    current_page = Setting("main_window/page", int, 1)

    pledge_list_header = Setting("pledge_list/header", bytes, b"")
    #: Last year filter; 0 means every year.
    pledge_list_year = Setting("pledge_list/year", int, 0)
    #: Last status filter (a PledgeStatus value); "" means every status.
    pledge_list_status = Setting("pledge_list/status", str, "")
    #: Last unit filter (a unit name); "" means every unit.
    pledge_list_unit = Setting("pledge_list/unit", str, "")
    #: Column of the list sorted on (Column.YEAR by default, newest first).
    pledge_list_sort_column = Setting("pledge_list/sort_column", int, 2)
    #: Qt.SortOrder value: 0 ascending, 1 descending.
    pledge_list_sort_order = Setting("pledge_list/sort_order", int, 1)

    #: Folder last used to save PDFs and exports.
    last_export_dir = Setting("files/last_export_dir", str, "")
    #: Seconds between autosaves of a draft in the editor; 0 turns autosave off.
    #: Short, so a crash loses at most a few seconds of typing.
    autosave_seconds = Setting("editor/autosave_seconds", int, 3)

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def in_data_dir(cls) -> Settings:
        """The settings file in the user's data folder."""
        return cls(paths.default_data_dir() / "settings.ini")

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.qsettings.sync()

    def reset(self, setting: Setting[Any]) -> None:
        """Forget a stored value so the default applies again."""
        self.qsettings.remove(setting.key)
