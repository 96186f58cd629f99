"""Build the one-folder bundle from packaging/pledge-manager.spec and say how big it is.

    uv run python packaging/build.py [--dist DIR] [--work DIR]

Prints the time the build took, the bundle's size and its largest parts. The same
function builds the bundle for tests/packaging/test_bundle.py and, on Windows, for
packaging/build-windows.ps1 (which then wraps it in the Inno Setup installer).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "pledge-manager.spec"
BUNDLE_NAME = "PledgeManager"  # keep in step with the spec's COLLECT name
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
CLI_EXE = f"pledge-app{EXE_SUFFIX}"
GUI_EXE = f"pledge-app-gui{EXE_SUFFIX}"


@dataclass(frozen=True)
class Build:
    """Where the bundle landed and what it cost."""

    bundle: Path
    seconds: float
    log: Path

    @property
    def cli(self) -> Path:
        return self.bundle / CLI_EXE

    @property
    def gui(self) -> Path:
        return self.bundle / GUI_EXE


def build(dist: Path, work: Path, *, python: str = sys.executable) -> Build:
    """Run PyInstaller on the spec; the log goes to work/pyinstaller.log. Raises on failure."""
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    command = [
        python, "-m", "PyInstaller", str(SPEC),
        "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work),
    ]  # fmt: skip
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(
            command, cwd=str(ROOT), stdout=out, stderr=subprocess.STDOUT, check=False
        )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-4000:]
        raise RuntimeError(f"PyInstaller failed ({result.returncode}); log tail:\n{tail}")
    return Build(bundle=dist / BUNDLE_NAME, seconds=seconds, log=log)


def tree_size(path: Path) -> int:
    """Bytes of the regular files under `path` (symbolic links count nothing, as in du)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            file = Path(root) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def largest_parts(bundle: Path, count: int = 15) -> list[tuple[int, str]]:
    """The biggest entries of _internal (folders summed), PySide6's split one level deeper."""
    internal = bundle / "_internal"
    parts: list[tuple[int, str]] = []
    for entry in internal.iterdir():
        if entry.name == "PySide6":
            continue
        if entry.is_symlink():
            continue
        size = tree_size(entry) if entry.is_dir() else entry.stat().st_size
        parts.append((size, entry.name))
    qt = internal / "PySide6"
    for entry in qt.rglob("*"):
        if entry.is_file() and not entry.is_symlink() and entry.stat().st_size > 1_000_000:
            parts.append((entry.stat().st_size, str(entry.relative_to(internal))))
    return sorted(parts, reverse=True)[:count]


def report(result: Build) -> str:
    """A few lines for the log: time, size, biggest parts."""
    size = tree_size(result.bundle)
    lines = [
        f"bundle: {result.bundle}",
        f"build time: {result.seconds:.0f} s",
        f"size: {size / 1e6:.0f} MB unpacked",
        "largest parts:",
    ]
    for part_size, name in largest_parts(result.bundle):
        lines.append(f"  {part_size / 1e6:6.1f} MB  {name}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="scratch folder"
    )
    args = parser.parse_args()
    try:
        result = build(args.dist.resolve(), args.work.resolve())
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    print(report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
