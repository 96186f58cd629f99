"""Take the user guide's screenshots from the real application on the sample year.

Run under a real X server so fonts and styles are those a clerk sees (not offscreen):

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python tools/help_screenshots.py

It writes resources/help/<language>/images/*.png for zh_CN and en (one process per
language, as the translators are installed once per start), into a throwaway data folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELP = ROOT / "resources" / "help"
LANGUAGES = ("zh_CN", "en")
WINDOW_SIZE = (932, 520)  # the main window cannot be narrower


def _settle(seconds: float = 0.3) -> None:
    """Let queued work (list loads, layouts, paints) finish."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(int(seconds * 1000))
    while not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _wait_until(condition: Callable[[], bool], seconds: float = 20) -> None:
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(int(seconds * 1000))
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the application did not get there in time")
        _settle(0.05)


def _save(widget: object, target: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    _settle()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(target), "PNG"):
        raise OSError(f"could not write {target}")
    # 256 colours keep the text sharp and the files small enough to commit.
    subprocess.run(
        ["convert", str(target), "-strip", "-colors", "256", f"PNG8:{target}"], check=False
    )
    print(f"  {target.relative_to(ROOT)} ({target.stat().st_size // 1024} KB)")


def shoot(language: str, extra_catalogue: Path | None = None) -> None:
    """All screenshots in one language, in this process."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QTabWidget

    from pledge_app import app
    from pledge_app.core.enums import PledgeStatus
    from pledge_app.operations.demo import load_sample_year
    from pledge_app.operations.pledge_list import pledge_rows
    from pledge_app.settings import Settings
    from pledge_app.ui.dialogs.first_run_wizard import FirstRunWizard
    from pledge_app.ui.prompts import UserPrompts
    from pledge_app.ui.translations import Translations, locale_for

    out = HELP / language / "images"
    qapp = app.create_application()
    settings = Settings.in_data_dir()
    settings.language = language
    translations = Translations()
    translations.install(locale_for(language))
    extra = QTranslator()
    if language != "en" and extra_catalogue is not None and extra.load(str(extra_catalogue)):
        QCoreApplication.installTranslator(extra)
    database = app.open_database(app.database_location(None, settings))
    load_sample_year(database)
    rows = pledge_rows(database).value
    window = app.build_main_window(
        database, settings, UserPrompts(), database_label="pledges.sqlite3"
    )
    window.resize(*WINDOW_SIZE)
    window.show()
    _wait_until(lambda: window.pledge_list.model.total_count == len(rows))
    _save(window, out / "main_window.png")

    draft = next(row for row in rows if row.status == PledgeStatus.DRAFT)
    window.open_pledge(draft.id)
    _wait_until(lambda: window.editor is not None and window.current_page() is window.editor)
    editor = window.editor
    assert editor is not None
    editor.sections.setCurrentIndex(0)
    _save(window, out / "editor.png")
    tasks_index = editor.sections.indexOf(editor.sections.tasks)
    editor.sections.setCurrentIndex(tasks_index)
    _save(window, out / "tasks.png")

    signed = next(row for row in rows if row.status == PledgeStatus.SIGNED)
    window.open_pledge(signed.id)
    _wait_until(lambda: window.editor is not None and window.current_page() is window.editor)
    editor = window.editor
    assert editor is not None
    editor.sections.setCurrentIndex(editor.signatures_tab_index)
    _save(window, out / "signatures.png")

    window.commands.edit_settings()
    dialog = window.commands.settings_dialog
    assert dialog is not None
    dialog.issuer_unit_edit.setText(draft.issuer)
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    assert tabs is not None
    tabs.setCurrentWidget(dialog.office_page)
    _save(dialog, out / "settings.png")
    dialog.reject()

    from pledge_app.operations.office_settings import office_settings

    wizard = FirstRunWizard(
        current=office_settings(database).value,
        language=language,
        choose_file=lambda *_args, **_kwargs: None,
        parent=window,
    )
    wizard.office_page.unit_edit.setText(draft.issuer)
    wizard.show()
    _save(wizard, out / "first_run.png")
    wizard.reject()
    window.hide()
    database.dispose()
    translations.remove()
    qapp.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, help="one language, in this process")
    parser.add_argument(
        "--extra-qm", type=Path, help="a .qm with strings not yet merged into the .ts files"
    )
    args = parser.parse_args(argv)
    if args.language:
        print(f"{args.language}:")
        shoot(args.language, args.extra_qm)
        return 0
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory(prefix="pledge-help-") as data:
            env = dict(os.environ, PLEDGE_APP_DATA_DIR=data)
            extra = ["--extra-qm", str(args.extra_qm)] if args.extra_qm else []
            command = [sys.executable, __file__, "--language", language, *extra]
            subprocess.run(command, check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
