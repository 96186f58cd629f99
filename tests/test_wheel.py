"""The built wheel works on its own: installed outside the checkout, it prints with the bundled
font and speaks Chinese from the catalogue it ships."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]

#: Runs inside the installed wheel and reports where everything was found.
PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication, QTranslator
import pledge_app
from pledge_app import paths
from pledge_app.core import i18n
from pledge_app.reports.fonts import bundled_font_path
from pledge_app.ui.translations import Translations, cache_dir, compiled_catalogue, locale_for

app = QCoreApplication([])
catalogue = compiled_catalogue("zh_CN")
translator = QTranslator()
translations = Translations()  # kept: its translators leave the application with it
installed = translations.install(locale_for("zh_CN"))
print(json.dumps({
    "package": pledge_app.__file__,
    "resources": str(paths.resources_dir()),
    "font": str(bundled_font_path()),
    "catalogue": str(catalogue),
    "loads": translator.load(str(catalogue)),
    "translator_says": translator.translate("validation", "Goals"),
    "installed": installed,
    "app_says": i18n.translate("validation", "Goals"),
    "compiled_at_run_time": cache_dir().exists(),
}))
"""


@dataclass(frozen=True)
class Installed:
    """A fresh venv holding only the wheel (its dependencies borrowed), and a scratch folder."""

    venv: Path
    scripts: Path
    work: Path
    env: dict[str, str]


def run(
    command: list[str | Path],
    *,
    what: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> str:
    """Run `command`; a failure fails the test with its output (never a silent skip)."""
    try:
        done = subprocess.run(
            [str(part) for part in command],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            cwd=cwd,
            env=env,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        pytest.fail(f"cannot {what}: {error}")
    if done.returncode != 0:
        pytest.fail(f"cannot {what} (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def uv() -> str:
    """The uv that runs these tests (`uv run` names itself in $UV), else the one on PATH."""
    found = os.environ.get("UV") or shutil.which("uv")
    if found is None:
        pytest.fail("cannot build and install the wheel: uv is not on PATH")
    return found


def build_wheel(out_dir: Path) -> Path:
    """`uv build` the checkout; offline first, from uv's cache, then online on a fresh machine."""
    command: list[str | Path] = [uv(), "build", "--wheel", "--out-dir", out_dir, ROOT]
    offline = subprocess.run(
        [str(part) for part in (*command, "--offline")], capture_output=True, timeout=300
    )
    if offline.returncode != 0:
        run(command, what="build the wheel")
    wheels = list(out_dir.glob("pledge_app-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(work / "dist")
    venv = work / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], what="create a venv")
    scripts = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = scripts / "python"
    run(
        [uv(), "pip", "install", "--offline", "--no-deps", "--python", python, wheel],
        what="install the wheel",
    )
    # The third-party dependencies come from this environment, appended after the venv's own
    # site-packages; a .pth there is not processed, so the checkout's editable install stays out.
    site = Path(
        run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            what="ask the venv for its site-packages",
        ).strip()
    )
    borrowed = dict.fromkeys(sysconfig.get_path(name) for name in ("purelib", "platlib"))
    (site / "_borrowed_dependencies.pth").write_text("\n".join(borrowed) + "\n", encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    }
    env |= {"PLEDGE_APP_DATA_DIR": str(work / "data"), "QT_QPA_PLATFORM": "offscreen"}
    return Installed(venv=venv, scripts=scripts, work=work, env=env)


@pytest.fixture(scope="module")
def probe(installed: Installed) -> dict[str, object]:
    out = run(
        [installed.scripts / "python", "-c", PROBE],
        what="run the installed package",
        cwd=installed.work,
        env=installed.env,
    )
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def test_the_installed_package_and_its_resources_come_from_the_venv(
    installed: Installed, probe: dict[str, object]
) -> None:
    venv = installed.venv.resolve()
    for key in ("package", "resources", "font", "catalogue"):
        assert Path(str(probe[key])).resolve().is_relative_to(venv), (key, probe[key])
    assert not Path(str(probe["package"])).resolve().is_relative_to(ROOT)


def test_the_shipped_chinese_catalogue_loads_and_translates(probe: dict[str, object]) -> None:
    assert str(probe["catalogue"]).endswith("pledge_app_zh_CN.qm")
    assert probe["loads"] is True
    assert probe["translator_says"] == "总体目标"
    assert probe["installed"] is True
    assert probe["app_says"] == "总体目标"
    assert probe["compiled_at_run_time"] is False  # the wheel's .qm is used as it is


def test_a_printed_pledge_embeds_the_bundled_font(installed: Installed) -> None:
    app = installed.scripts / "pledge-app"
    database = installed.work / "demo.sqlite3"
    out = installed.work / "pdfs"
    for command, what in (
        (["demo"], "fill a demo database"),
        (["pdf", "--all", "--out", out], "print the pledges"),
    ):
        run([app, "--db", database, *command], what=what, cwd=installed.work, env=installed.env)
    pdfs = sorted(out.glob("*.pdf"))
    assert pdfs
    embedded = set()
    for page in PdfReader(pdfs[0]).pages:
        for font_ref in page["/Resources"]["/Font"].values():
            descriptor = font_ref.get_object()
            if "/FontDescriptor" in descriptor and "/FontFile2" in descriptor["/FontDescriptor"]:
                embedded.add(str(descriptor["/BaseFont"]))
    # reports.fonts never looks for an installed WenQuanYi, so this face is the bundled file,
    # which the installed package reads from the venv (see the first test).
    assert any(name.endswith("+WenQuanYiMicroHei-0") for name in embedded), embedded
