"""Load our .qm (built from the committed .ts when missing or stale) and Qt's own translations."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pledge_app import paths
from pledge_app.core import i18n
from pledge_app.settings import LANGUAGE_EN, LANGUAGE_ZH_CN

log = logging.getLogger(__name__)

#: The catalogue name: resources/translations/pledge_app_<locale>.ts
CATALOGUE = "pledge_app"
#: Languages with a .ts file; English is the source language and needs none.
TRANSLATED_LANGUAGES = ("zh_CN",)


def translations_dir() -> Path:
    """The .ts catalogues, and in an installed wheel the .qm compiled from them."""
    return paths.resources_dir() / "translations"


def cache_dir() -> Path:
    """Where .qm files built at run time are kept."""
    return paths.default_data_dir() / "cache" / "translations"


def qt_tool(name: str) -> Path | None:
    """A Qt tool (lrelease, lupdate) shipped inside the PySide6 wheel, or its pyside6- wrapper."""
    import PySide6

    exe = ".exe" if sys.platform == "win32" else ""
    package_dir = Path(PySide6.__file__).resolve().parent
    candidates = [
        package_dir / f"{name}{exe}",
        package_dir / "Qt" / "bin" / f"{name}{exe}",
        Path(sys.executable).parent / f"pyside6-{name}{exe}",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


def locale_for(language: str) -> QLocale:
    """The locale a language setting stands for ("" follows the system)."""
    if language == LANGUAGE_ZH_CN:
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China
        )
    if language == LANGUAGE_EN:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale.system()


def compiled_catalogue(locale_name: str) -> Path | None:
    """The .qm for `locale_name`, compiled from the .ts into the cache when missing or stale."""
    source = translations_dir() / f"{CATALOGUE}_{locale_name}.ts"
    if not source.is_file():
        return None
    shipped = source.with_suffix(".qm")
    # A wheel compiles its .qm from the .ts beside it; only a checkout's .qm can be stale.
    if shipped.is_file() and (
        paths.packaged_resources_dir() is not None
        or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"{CATALOGUE}_{locale_name}-{digest}.qm"
    if target.is_file():
        return target
    lrelease = qt_tool("lrelease")
    if lrelease is None:
        log.warning("lrelease not found; the user interface stays in English")
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    try:
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
            # A windowed app must not flash a console window on Windows.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        partial.replace(target)  # atomic: two starting instances never read half a file
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("Could not compile %s: %s", source, error)
        partial.unlink(missing_ok=True)
        return None
    for stale in target.parent.glob(f"{CATALOGUE}_{locale_name}-*.qm"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return target


def _untranslated(_context: str, text: str) -> str:
    return text


class Translations:
    """The translators installed in the application; removable again (tests)."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

    def install(self, locale: QLocale) -> bool:
        """Install Qt's and our translations for `locale`; True if ours was found."""
        self.remove()
        self.locale = locale
        QLocale.setDefault(locale)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase", "qt"):
            qt_translator = QTranslator()
            if qt_translator.load(locale, name, "_", qt_dir):
                self._add(qt_translator)
                break
        ours_found = False
        for locale_name in self._candidate_names(locale):
            catalogue = compiled_catalogue(locale_name)
            if catalogue is None:
                continue
            translator = QTranslator()
            if translator.load(str(catalogue)):
                self._add(translator)
                ours_found = True
                break
        # Core messages go through the same catalogue (lupdate extracts translate() calls).
        i18n.install_translator(QCoreApplication.translate)
        return ours_found

    def remove(self) -> None:
        """Uninstall every translator this object installed."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        i18n.install_translator(_untranslated)

    def _add(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)

    @staticmethod
    def _candidate_names(locale: QLocale) -> list[str]:
        names = []
        for ui_language in locale.uiLanguages():
            name = ui_language.replace("-", "_")
            if name.startswith("zh") and ("Hans" in name or name in ("zh", "zh_CN", "zh_SG")):
                name = "zh_CN"
            if name in TRANSLATED_LANGUAGES and name not in names:
                names.append(name)
        return names
