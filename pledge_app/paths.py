"""Where things live on disk: the data folder, the default database, resources."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

#: Environment variable that moves the data folder (tests, portable installs).
DATA_DIR_ENV = "PLEDGE_APP_DATA_DIR"
APP_NAME = "PledgeManager"
ORG_NAME = "PledgeManager"


def packaged_resources_dir() -> Path | None:
    """The resources folder inside the installed package (a wheel); None in a checkout."""
    # The wheel maps the checkout's top-level resources/ here (see pyproject.toml).
    packaged = resources.files("pledge_app") / "resources"
    return packaged if isinstance(packaged, Path) and packaged.is_dir() else None


def resources_dir() -> Path:
    """Fonts and translations: inside the installed package, else the checkout's resources/."""
    return packaged_resources_dir() or Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The user's local (not roaming) data folder for this application."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    local = os.environ.get("LOCALAPPDATA")
    if local:  # Windows: AppLocalDataLocation, never the roaming profile
        return Path(local) / ORG_NAME / APP_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / ORG_NAME / APP_NAME


def default_database_path() -> Path:
    """The embedded SQLite database file."""
    return default_data_dir() / "pledges.sqlite3"


def logs_dir() -> Path:
    """Where the application log and native crash tracebacks are written."""
    return default_data_dir() / "logs"


def help_dir(language: str) -> Path:
    """The user guide's HTML pages in `language` ("zh_CN", "en")."""
    return resources_dir() / "help" / language


def backups_dir() -> Path:
    """Where automatic backups go before a schema upgrade."""
    return default_data_dir() / "backups"
