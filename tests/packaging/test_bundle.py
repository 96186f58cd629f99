"""The one-folder bundle built from packaging/pledge-manager.spec works on its own.

The bundle is built once per test session (about 1.5-2 minutes on two cores) into a
temporary folder, then run with a clean environment: no PYTHONPATH, no virtual
environment on PATH, HOME and the data folder in scratch folders, the working directory
outside the checkout. Linux cannot build the Windows executables, but the spec, the data
it carries and the Qt parts it keeps are the same.

In CI (CI set) a missing PyInstaller fails the session instead of skipping it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
IN_CI = bool(os.environ.get("CI"))
TIMEOUT = 180


def _load_build_module() -> ModuleType:
    # packaging/ is no Python package (its name would shadow PyPI's `packaging`): load the file.
    path = ROOT / "packaging" / "build.py"
    spec = importlib.util.spec_from_file_location("pledge_packaging_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build_module = _load_build_module()
Build = build_module.Build


@dataclass
class Timings:
    """Figures printed at the end of the session (run pytest with -s to see them)."""

    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.lines.append(line)
        print(f"\n[bundle] {line}")


@pytest.fixture(scope="session")
def timings() -> Iterator[Timings]:
    figures = Timings()
    yield figures
    if figures.lines:
        print("\n[bundle] summary:\n  " + "\n  ".join(figures.lines))


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory, timings: Timings) -> Build:
    """The bundle, built once per session; the test fails (in CI) or skips without PyInstaller."""
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed (`uv sync` installs it with the dev group)"
        if IN_CI:
            pytest.fail(f"{message}; CI must build and test the bundle", pytrace=False)
        pytest.skip(message)
    base = tmp_path_factory.mktemp("bundle")
    try:
        result = build_module.build(base / "dist", base / "work")
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    for line in build_module.report(result).splitlines():
        timings.add(line)
    return result


@dataclass(frozen=True)
class Scratch:
    """A working directory outside the checkout, with its own HOME and data folder."""

    cwd: Path
    home: Path
    data: Path

    def env(self, **extra: str) -> dict[str, str]:
        """Only what a clerk's session would have: no PYTHONPATH, no venv, no checkout."""
        venv = Path(sys.prefix).resolve()
        kept = []
        for entry in os.environ.get("PATH", "").split(os.pathsep):
            if not entry:
                continue
            resolved = Path(entry).resolve()
            if resolved.is_relative_to(venv) or resolved.is_relative_to(ROOT):
                continue
            kept.append(entry)
        env = {
            "PATH": os.pathsep.join(kept) or os.defpath,
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TMPDIR": str(self.cwd),
            "PLEDGE_APP_DATA_DIR": str(self.data),
        }
        if sys.platform == "win32":
            for name in ("SYSTEMROOT", "WINDIR", "LOCALAPPDATA", "APPDATA", "USERPROFILE"):
                if name in os.environ:
                    env[name] = os.environ[name]
        env.update(extra)
        return env


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Scratch:
    base = tmp_path_factory.mktemp("clerk")
    assert not base.resolve().is_relative_to(ROOT)
    for name in ("cwd", "home", "data"):
        (base / name).mkdir()
    return Scratch(cwd=base / "cwd", home=base / "home", data=base / "data")


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str
    seconds: float


def run(command: list[str | Path], scratch: Scratch, *, env: dict[str, str] | None = None) -> Ran:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [str(part) for part in command],
            cwd=scratch.cwd,
            env=env if env is not None else scratch.env(),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"{command} did not finish in {TIMEOUT} s: {error}", pytrace=False)
    return Ran(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)


def run_ok(
    command: list[str | Path], scratch: Scratch, *, env: dict[str, str] | None = None
) -> Ran:
    ran = run(command, scratch, env=env)
    assert ran.code == 0, f"{command} exited {ran.code}:\n{ran.out}\n{ran.err}"
    assert "Traceback" not in ran.out + ran.err, ran.out + ran.err
    return ran


@dataclass(frozen=True)
class Demo:
    database: Path
    pdfs: Path


@pytest.fixture(scope="module")
def demo(bundle: Build, scratch: Scratch, timings: Timings) -> Demo:
    """`demo` then `pdf --all`, run from the bundle into the scratch folder."""
    database = scratch.cwd / "office.sqlite3"
    pdfs = scratch.cwd / "pdfs"
    ran = run_ok([bundle.cli, "--db", database, "demo"], scratch)
    timings.add(f"bundle `demo`: {ran.seconds:.1f} s")
    ran = run_ok([bundle.cli, "--db", database, "pdf", "--all", "--out", pdfs], scratch)
    timings.add(f"bundle `pdf --all`: {ran.seconds:.1f} s")
    return Demo(database=database, pdfs=pdfs)


def test_the_bundle_is_one_folder_with_what_the_application_reads(bundle: Build) -> None:
    internal = bundle.bundle / "_internal"
    assert bundle.cli.is_file() and bundle.gui.is_file()
    resources = internal / "pledge_app" / "resources"
    assert (resources / "fonts" / "wqy-microhei.ttc").is_file()
    assert (resources / "translations" / "pledge_app_zh_CN.qm").is_file()
    assert (resources / "translations" / "pledge_app_zh_CN.ts").is_file()
    assert (resources / "help" / "zh_CN" / "index.html").is_file()  # F1's user guide
    assert (resources / "licences.txt").is_file()  # shown by Help → About
    migrations = internal / "pledge_app" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    shipped = {path.name for path in (migrations / "versions").glob("*.py")}
    sources = ROOT / "pledge_app" / "migrations" / "versions"
    expected = {path.name for path in sources.glob("*.py")}
    assert shipped == expected
    qt_catalogues = sorted(path.name for path in internal.rglob("qtbase_*.qm"))
    assert qt_catalogues == ["qtbase_zh_CN.qm"]
    # No web engine, no QML/Quick, no 3D or multimedia; only the Qt modules the app imports
    # (QtCharts draws the Dashboard).
    names = [path.name for path in internal.rglob("*")]
    unwanted = re.compile(r"Qt6?(WebEngine|Qml|Quick|3D|Multimedia|Designer|VirtualKeyboard)")
    assert [name for name in names if unwanted.search(name)] == []
    wanted = (
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPrintSupport",
        "QtCharts",
    )
    for module in wanted:
        assert any(name.startswith(f"{module}.") for name in names), module
    # One folder, never one file: nothing unpacks to a temporary folder at start-up.
    assert bundle.cli.stat().st_size < 5_000_000


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_every_library_finds_what_it_links_to(bundle: Build) -> None:
    """The spec drops Qt parts and prunes libraries: nothing kept may miss one of them.
    Wayland's client libraries come from the desktop (PyInstaller never bundles them)."""
    missing: set[str] = set()
    for path in bundle.bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        if ".so" not in path.name and not os.access(path, os.X_OK):
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        listing = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for line in listing.stdout.splitlines():
            if "not found" in line:
                library = line.split("=>")[0].strip()
                if not library.startswith("libwayland-"):
                    missing.add(f"{path.relative_to(bundle.bundle)}: {library}")
    assert sorted(missing) == []


def test_commands_run_from_the_bundle(
    bundle: Build, demo: Demo, scratch: Scratch, timings: Timings
) -> None:
    pdfs = sorted(demo.pdfs.glob("*.pdf"))
    assert len(pdfs) >= 5
    ran = run_ok([bundle.cli, "--db", demo.database, "check"], scratch)
    timings.add(f"bundle `check`: {ran.seconds:.1f} s")
    # Some demo pledges are signed, some are drafts: verify until one proves genuine.
    for pdf in pdfs:
        ran = run([bundle.cli, "--db", demo.database, "verify", pdf], scratch)
        assert "Traceback" not in ran.out + ran.err, ran.out + ran.err
        if ran.code == 0:
            assert "GENUINE" in ran.out, ran.out
            timings.add(f"bundle `verify`: {ran.seconds:.1f} s")
            break
        assert ran.code == 1, f"verify {pdf.name} exited {ran.code}:\n{ran.out}\n{ran.err}"
    else:
        pytest.fail("no PDF written by `pdf --all` verified as a signed pledge")


def test_the_pdf_embeds_the_bundled_font(demo: Demo) -> None:
    # The printing code looks for SimSun/SimHei/FangSong/KaiTi/YaHei on the system and
    # falls back to the bundled WenQuanYi Micro Hei only: WenQuanYi in the PDF is the bundle's.
    pdf = sorted(demo.pdfs.glob("*.pdf"))[0]
    embedded = set()
    for page in PdfReader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [
                child.get_object().get("/FontDescriptor")
                for child in font.get("/DescendantFonts", [])
            ]
            for descriptor in descriptors:
                if descriptor is None:
                    continue
                descriptor = descriptor.get_object()
                if any(key in descriptor for key in ("/FontFile2", "/FontFile3", "/FontFile")):
                    embedded.add(str(font["/BaseFont"]))
    assert any("WenQuanYi" in name for name in embedded), embedded
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
        rows = [line.split() for line in listing.stdout.splitlines() if "WenQuanYi" in line]
        assert rows and all(row[-5] == "yes" for row in rows), listing.stdout  # the "emb" column


def _settings_ini(data: Path, database: Path) -> None:
    data.mkdir(parents=True, exist_ok=True)
    (data / "settings.ini").write_text(
        f"[ui]\nlanguage=zh_CN\n\n[database]\nlast={database.as_posix()}\n", encoding="utf-8"
    )


def test_the_window_starts_offscreen_in_chinese(
    bundle: Build, demo: Demo, scratch: Scratch, timings: Timings
) -> None:
    """The windowed executable paints its main window, opens the database, then quits
    (PLEDGE_APP_SMOKE_TEST in pledge_app/app.py); its title and Qt's own words are Chinese."""
    data = scratch.cwd / "gui-data"
    _settings_ini(data, demo.database)
    env = scratch.env(
        PLEDGE_APP_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", PLEDGE_APP_SMOKE_TEST="1"
    )
    ran = run([bundle.gui], scratch, env=env)
    log = (data / "logs" / "pledge-app.log").read_text(encoding="utf-8")
    assert ran.code == 0, f"exit {ran.code}\n{ran.out}\n{ran.err}\n{log}"
    assert "Traceback" not in ran.err + log, ran.err + log
    assert "Smoke test: application '责任书管理系统'" in log, log  # our catalogue
    assert "visible=True" in log, log
    assert "Qt's own Cancel: '取消'" in log, log  # Qt's qtbase_zh_CN.qm


def _evict_from_page_cache(*folders: Path) -> bool:
    """Make the next start read these files from disk again (a cold start); False if the
    platform cannot. Only these files: the rest of the machine keeps its cache."""
    if not hasattr(os, "posix_fadvise"):
        return False
    os.sync()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                path = os.path.join(root, name)
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)
    return True


def _figures(cold: Ran | None, warm: list[Ran]) -> str:
    best = f"warm best of {len(warm)} {min(r.seconds for r in warm):.2f} s"
    return f"cold {cold.seconds:.2f} s, {best}" if cold else best


def test_start_up_against_uv_run(
    bundle: Build, demo: Demo, scratch: Scratch, timings: Timings
) -> None:
    """Start-up of the bundle and of `uv run`, measured in the same session: `--help`, and
    the window shown with the database open. Figures printed; only a loose bound asserted."""
    venv = Path(sys.prefix)
    python_home = Path(sys.base_prefix)
    uv = shutil.which("uv")
    venv_env = {**os.environ, "PLEDGE_APP_DATA_DIR": str(scratch.data)}
    uv_run = [uv, "run", "--frozen", "--project", ROOT] if uv else None

    def help_bundle() -> Ran:
        return run_ok([bundle.cli, "--help"], scratch)

    def help_uv() -> Ran:
        assert uv_run is not None
        return run_ok([*uv_run, "pledge-app", "--help"], scratch, env=venv_env)

    def window(runner: str, name: str) -> Ran:
        data = scratch.cwd / f"gui-{name}"
        shutil.rmtree(data, ignore_errors=True)
        _settings_ini(data, demo.database)
        smoke = {"QT_QPA_PLATFORM": "offscreen", "PLEDGE_APP_SMOKE_TEST": "1"}
        if runner == "bundle":
            env = scratch.env(**smoke, PLEDGE_APP_DATA_DIR=str(data))
            return run_ok([bundle.gui], scratch, env=env)
        assert uv_run is not None
        uv_env = {**venv_env, **smoke, "PLEDGE_APP_DATA_DIR": str(data)}
        return run_ok([*uv_run, "pledge-app-gui"], scratch, env=uv_env)

    cold = help_bundle() if _evict_from_page_cache(bundle.bundle) else None
    warm = [help_bundle() for _ in range(3)]
    assert "usage: pledge-app" in warm[0].out
    timings.add(f"bundle `pledge-app --help`: {_figures(cold, warm)}")
    assert min(r.seconds for r in warm) < 10

    cold = window("bundle", "cold") if _evict_from_page_cache(bundle.bundle) else None
    warm = [window("bundle", f"warm{i}") for i in range(2)]
    timings.add(f"bundle window shown + database open: {_figures(cold, warm)}")

    if uv_run is None:
        timings.add("uv is not on PATH: no `uv run` comparison")
        return
    cold = help_uv() if _evict_from_page_cache(venv, python_home) else None
    warm = [help_uv() for _ in range(3)]
    timings.add(f"`uv run pledge-app --help`: {_figures(cold, warm)}")
    cold = window("uv", "cold") if _evict_from_page_cache(venv, python_home) else None
    warm = [window("uv", f"warm{i}") for i in range(2)]
    timings.add(f"`uv run pledge-app-gui` window shown + database open: {_figures(cold, warm)}")
