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
