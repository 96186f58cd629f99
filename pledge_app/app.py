"""Composition root: the one place the application's objects are built and wired together."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from pledge_app import paths
from pledge_app.core.errors import DatabaseUnavailable, PledgeError
from pledge_app.settings import Settings
from pledge_app.ui.crash_handler import CrashHandler
from pledge_app.ui.main_window.window import MainWindow
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.translations import Translations, locale_for
from pledge_app.ui.workspace import Workspace

if TYPE_CHECKING:
    from pledge_app.core.database import Database
    from pledge_app.ui.main_window.office_setup import OfficeSetup

log = logging.getLogger(__name__)

#: Set (to anything) by the bundle test in tests/packaging: once the window has painted and
#: the database is open, log the window's title and quit with exit code 0.
SMOKE_TEST_ENV = "PLEDGE_APP_SMOKE_TEST"


def logs_dir() -> Path:
    """Where the application log and native crash tracebacks are written."""
    return paths.logs_dir()


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
    """The QApplication, with the high-DPI policy set before it exists (Qt reads it only then)."""
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


def open_database(location: str | Path) -> Database:
    """Open (and upgrade) a database; SQLAlchemy and Alembic load only now."""
    from pledge_app.core.database import open_database as open_core_database

    return open_core_database(location)


def build_main_window(
    database: Database | None,
    settings: Settings,
    prompts: UserPrompts,
    *,
    database_label: str = "",
) -> MainWindow:
    """The main window, wired; on `database` if it is open already (else `set_database`
    comes later, as when the window paints before the database opens). Not shown."""
    workspace = Workspace()
    window = MainWindow(
        settings=settings, prompts=prompts, workspace=workspace, open_database=open_database
    )
    workspace.setParent(window)
    prompts.set_parent(window)
    if database is not None:
        label = database_label or str(database.engine.url.database or database.engine.url)
        window.set_database(database, label)
    return window


class _AfterFirstPaint(QObject):
    """Runs `callback` once, right after `widget` first paints (or after `fallback_ms`)."""

    def __init__(self, widget: QObject, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._callback()


class _BackgroundOpener(QObject):
    """Opens the database on a worker thread; the result comes back by signal."""

    opened = Signal(object)  # Database
    failed = Signal(object)  # PledgeError

    def start(self, location: str) -> None:
        threading.Thread(target=self._run, args=(location,), name="open-db", daemon=True).start()

    def _run(self, location: str) -> None:
        try:
            database = open_database(location)
        except PledgeError as error:
            self.failed.emit(error)
        except Exception as error:  # the user still needs an answer, not a blank window
            log.exception("Opening %s failed unexpectedly", location)
            self.failed.emit(DatabaseUnavailable(str(error)))
        else:
            self.opened.emit(database)


def _report_unopenable(prompts: UserPrompts, location: str, error: PledgeError) -> None:
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


def _back_up_daily(window: MainWindow) -> None:
    """The day's automatic backup, off the GUI thread, if the database changed since the last."""
    from pledge_app.operations.backup_rotation import automatic_backup

    def failed(error: PledgeError) -> None:
        log.warning("The daily backup was not made: %s", error)

    window.runner.start(
        window,
        lambda database: automatic_backup(database, reason="daily", once_a_day=True),
        on_success=lambda _info: None,
        on_failure=failed,
    )


def _back_up_on_close(window: MainWindow) -> None:
    """A backup when the window closes, if anything changed since the newest one."""
    database = window.workspace.database
    if database is None:
        return
    from pledge_app.operations.backup_rotation import automatic_backup

    try:
        automatic_backup(database, reason="close")
    except PledgeError as error:  # never keep the clerk from closing the window
        log.warning("The backup on closing was not made: %s", error)


#: Endings of the files the window imports when it is opened with one (the installer ties
#: .pledges to the window; a plain exchange .json works too).
EXCHANGE_ENDINGS = (".pledges", ".json")


def file_to_open(argv: list[str]) -> Path | None:
    """The exchange file the window was opened with (a double-click on one), if any."""
    for argument in argv[1:]:
        path = Path(argument)
        if path.suffix.lower() in EXCHANGE_ENDINGS and path.is_file():
            return path
    return None


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
    window = build_main_window(None, settings, prompts)
    location = database_location(db, settings)
    opener = _BackgroundOpener()
    office_setups: list[OfficeSetup] = []

    def office_setup() -> OfficeSetup:
        # Built once the database is open: the wizard's module needs SQLAlchemy, which the
        # window must not wait for before it paints.
        from pledge_app.ui.main_window import office_setup as setup_module

        if not office_setups:
            setup = setup_module.OfficeSetup(
                window, runner=window.runner, settings=settings, prompts=prompts
            )
            setup.status_message.connect(window.status_line.show_message)
            # A database with no office settings and no pledges asks who the office is, once.
            window.commands.database_opened.connect(lambda *_opened: setup.offer())
            office_setups.append(setup)
        return office_setups[0]

    def on_opened(database: Database) -> None:
        window.set_database(database, location)
        _back_up_daily(window)
        setup = office_setup()  # built in the smoke test too, so a broken wiring shows there
        if os.environ.get(SMOKE_TEST_ENV):
            log.info(
                "Smoke test: application %r, window %r visible=%s; Qt's own Cancel: %r",
                app.applicationDisplayName(),
                window.windowTitle(),
                window.isVisible(),
                # Qt's own catalogue's word, looked up so lupdate does not take it for ours.
                getattr(QCoreApplication, "translate")("QPlatformTheme", "Cancel"),  # noqa: B009
            )
            QTimer.singleShot(0, app.quit)
        else:
            setup.offer()
            opened_with = file_to_open(sys.argv)
            if opened_with is not None:
                QTimer.singleShot(0, lambda: window.exchange.import_opened_file(opened_with))

    def on_failed(error: PledgeError) -> None:
        _report_unopenable(prompts, location, error)
        app.exit(2)

    opener.opened.connect(on_opened)
    opener.failed.connect(on_failed)
    # SQLAlchemy, Alembic and the schema check take about a second: the window paints
    # first and stays responsive while a worker thread opens the database.
    log.info("Opening database %s", location)
    _AfterFirstPaint(window, lambda: opener.start(location), fallback_ms=1000)
    window.show()
    try:
        return app.exec()
    finally:
        window.hide()
        _back_up_on_close(window)
        window.workspace.close()
        settings.sync()
        translations.remove()
        crash_handler.uninstall()
