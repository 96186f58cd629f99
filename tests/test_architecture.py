"""The layering rules of STYLE.md: core and reports never touch Qt; start-up stays light."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pledge_app"
GUI_FREE = ("core", "reports", "operations")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
UI_MODULES = ("pledge_app.ui", "pledge_app.app", "pledge_app.settings")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules_of(package: str) -> list[str]:
    return sorted(
        module_name(path)
        for path in (PACKAGE / package).rglob("*.py")
        if "__pycache__" not in path.parts
    )


def loaded_after_importing(modules: list[str]) -> set[str]:
    """The top-level packages in sys.modules after a fresh interpreter imports `modules`."""
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=PACKAGE.parent,
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("package", GUI_FREE)
def test_importing_every_module_loads_no_qt(package: str) -> None:
    loaded = loaded_after_importing(modules_of(package))
    assert loaded.isdisjoint(QT_MODULES)


@pytest.mark.parametrize(
    "path",
    [path for package in GUI_FREE for path in sorted((PACKAGE / package).rglob("*.py"))],
    ids=lambda path: str(path.relative_to(PACKAGE)),
)
def test_source_imports_neither_qt_nor_the_ui(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    imported: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.append(node.module)
    forbidden = [
        name
        for name in imported
        if name.split(".")[0] in QT_MODULES
        or any(name == ui or name.startswith(ui + ".") for ui in UI_MODULES)
    ]
    assert forbidden == []


def test_start_up_imports_neither_reportlab_nor_openpyxl() -> None:
    loaded = loaded_after_importing(["pledge_app.app", "pledge_app.cli.main"])
    assert "reportlab" not in loaded
    assert "openpyxl" not in loaded


def test_the_window_can_paint_before_sqlalchemy_loads() -> None:
    # app.main shows the main window first and opens the database right after.
    loaded = loaded_after_importing(["pledge_app.app", "pledge_app.ui.main_window.window"])
    assert "sqlalchemy" not in loaded
    assert "alembic" not in loaded


ADAPTERS = ("ui", "cli")
SESSION_NAMES = {"Session", "sessionmaker", "scoped_session"}
FILE_WRITERS = {"write_bytes", "write_text", "write_atomically", "write_user_file", "replace"}
#: Files an adapter may write because they are the program's own, not the clerk's data: the
#: crash log (it must be written even when everything else fails) and the cache of the
#: compiled translation catalogue.
OWN_FILES = {"ui/crash_handler.py", "ui/translations.py"}


def adapter_sources() -> list[Path]:
    return [path for package in ADAPTERS for path in sorted((PACKAGE / package).rglob("*.py"))]


def _writes_a_file(node: ast.Call) -> bool:
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in FILE_WRITERS:
        # str.replace takes two strings; Path.replace / os.replace take one target.
        return func.attr != "replace" or len(node.args) == 1
    is_open = (isinstance(func, ast.Name) and func.id == "open") or (
        isinstance(func, ast.Attribute) and func.attr == "open" and node.args
    )
    if not is_open:
        return False
    modes = [arg for arg in node.args if isinstance(arg, ast.Constant)]
    modes += [kw.value for kw in node.keywords if kw.arg == "mode"]
    return any(
        isinstance(mode, ast.Constant)
        and isinstance(mode.value, str)
        and set(mode.value) & set("wax+")
        for mode in modes
    )


def data_access_in(path: Path) -> list[str]:
    """Sessions, transactions and file writes in an adapter module, as `line: what`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            # A transaction begins with no argument; QPainter.begin(device) takes one.
            if isinstance(func, ast.Attribute) and func.attr == "begin" and not node.args:
                found.append(f"{node.lineno}: begin()")
            elif _writes_a_file(node):
                found.append(f"{node.lineno}: writes a file")
        elif isinstance(node, ast.Attribute) and node.attr == "sessions":
            found.append(f"{node.lineno}: .sessions")
        elif isinstance(node, ast.Name) and node.id in SESSION_NAMES:
            found.append(f"{node.lineno}: {node.id}")
        elif isinstance(node, ast.ImportFrom) and any(
            alias.name in SESSION_NAMES for alias in node.names
        ):
            found.append(f"{node.lineno}: imports a session")
    return sorted(found, key=lambda line: int(line.split(":")[0]))


@pytest.mark.parametrize("path", adapter_sources(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_adapters_leave_sessions_and_files_to_the_operations(path: Path) -> None:
    if str(path.relative_to(PACKAGE)) in OWN_FILES:
        return
    assert data_access_in(path) == []


def test_the_rule_catches_a_transaction_and_a_file_write(tmp_path: Path) -> None:
    sample = tmp_path / "page.py"
    sample.write_text(
        "def save(db, path, data):\n"
        "    with db.begin() as session:\n"
        "        pass\n"
        "    path.write_bytes(data)\n"
        "    with open(path, 'w') as f:\n"
        "        f.write('x')\n"
        "    return 'a'.replace('a', 'b')\n",
        encoding="utf-8",
    )
    assert data_access_in(sample) == ["2: begin()", "4: writes a file", "5: writes a file"]


@pytest.mark.parametrize("package", ["operations"])
def test_operations_import_neither_the_ui_nor_the_command_line(package: str) -> None:
    adapters = ("pledge_app.ui", "pledge_app.cli", "pledge_app.app")
    for path in sorted((PACKAGE / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(adapters), f"{path}: {node.module}"
