"""Composition root: the one place the application's objects are built and wired together."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from pledge_app import paths
from pledge_app.core.database import Database, open_database
from pledge_app.core.errors import PledgeError
from pledge_app.settings import Settings
from pledge_app.ui.crash_handler import CrashHandler
from pledge_app.ui.main_window import MainWindow
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.translations import Translations, locale_for

log = logging.getLogger(__name__)


def logs_dir() -> Path:
    """Where the application log and native crash tracebacks are written."""
    return paths.default_data_dir() / "logs"


def configure_logging() -> None:
    """Log to a rotating file in the data folder (and to stderr for warnings)."""
    folder = logs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    to_file = logging.handlers.RotatingFileHandler(
        folder / "pledge-app.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    to_stderr = logging.StreamHandler()
    to_stderr.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(to_file)
    root.addHandler(to_stderr)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the high-DPI policy set before it exists (PITFALLS 10)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName(paths.ORG_NAME)
    QCoreApplication.setApplicationName(paths.APP_NAME)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Pledge Manager"))
    return app


def database_location(db: str | None, settings: Settings) -> str:
    """The database to open: the one asked for, else the last opened, else the default file."""
    if db:
        return db
    last = settings.last_database
    if last and ("://" in last or Path(last).is_file()):
        return last
    return str(paths.default_database_path())


def build_main_window(
    database: Database,
    settings: Settings,
    prompts: UserPrompts,
    *,
    database_label: str = "",
) -> MainWindow:
    """The main window on `database`, wired but not shown; rows load when it is first shown."""
    window = MainWindow(
        database,
        settings=settings,
        prompts=prompts,
        database_label=database_label or str(database.engine.url.database or database.engine.url),
        open_database=lambda path: open_database(path),
    )
    prompts.set_parent(window)
    return window


def main(db: str | None = None) -> int:
    """Open the window on `db` (a SQLite file or URL; None = the user's own) and run it."""
    app = create_application()
    configure_logging()
    crash_handler = CrashHandler(log_dir=logs_dir())
    crash_handler.install()
    settings = Settings.in_data_dir()
    translations = Translations()
    translations.install(locale_for(settings.language))
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Pledge Manager"))
    prompts = UserPrompts()

    location = database_location(db, settings)
    log.info("Opening database %s", location)
    try:
        database = open_database(location)
    except PledgeError as error:
        log.error("Cannot open database %s: %s", location, error)
        prompts.show_error(
            QCoreApplication.translate("app", "Cannot open the database"),
            QCoreApplication.translate(
                "app",
                "Pledge Manager could not open the database “{location}”. "
                "Check that the file exists, is not damaged and is not in use by a newer "
                "version of Pledge Manager.",
            ).format(location=location),
            details=str(error),
        )
        crash_handler.uninstall()
        return 2

    window = build_main_window(database, settings, prompts, database_label=location)
    window.show()
    try:
        return app.exec()
    finally:
        window.database.dispose()
        settings.sync()
        translations.remove()
        crash_handler.uninstall()
