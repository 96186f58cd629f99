"""Cold start: a bare PySide6 window against Pledge Manager's main window on a given database.

    uv run python benchmarks/bench_startup.py --db big.sqlite3 [--runs 5]

Each run is a fresh interpreter. Prints the median time from process start to the first
paint of the window and, for the app, to the pledge list being filled.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import sys, time
t0 = float(sys.argv[2])
from PySide6.QtCore import QEvent, QObject, QTimer


class Watch(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint = on_paint
        self.painted = None

    def eventFilter(self, obj, event):
        if self.painted is None and event.type() == QEvent.Type.Paint and obj.isWindow():
            self.painted = time.time() - t0
            QTimer.singleShot(0, self.on_paint)
        return False


if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Pledge Manager"))
    window.resize(1200, 760)
    watch = Watch(lambda: (print(f"{watch.painted:.4f} {watch.painted:.4f}"), app.quit()))
    window.installEventFilter(watch)
    window.show()
    app.exec()
else:
    from pledge_app import app as pledge_app_main
    from pledge_app.ui.main_window.window import MainWindow

    qt_app = pledge_app_main.create_application()

    def wait_for_rows():
        window = next(w for w in qt_app.topLevelWidgets() if isinstance(w, MainWindow))
        if window.pledge_list.model.total_count:
            print(f"{watch.painted:.4f} {time.time() - t0:.4f}")
            window.close()
            qt_app.quit()
        else:
            QTimer.singleShot(2, wait_for_rows)

    watch = Watch(wait_for_rows)
    qt_app.installEventFilter(watch)
    sys.exit(pledge_app_main.main(sys.argv[3]))
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless machines paint offscreen
    return env


def run(mode: str, db: str) -> tuple[float, float]:
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, repr(start), db],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=_environment(),
    )
    painted, filled = result.stdout.split()[-2:]
    return float(painted), float(filled)


TARGET_RATIO = 4.0


def measure(db: str, runs: int = 5) -> dict[str, float]:
    """Median milliseconds to first paint (bare and app) and to a filled list."""
    run("bare", db)  # warm the disk cache and .pyc files once
    run("app", db)
    # Interleave the two so that machine load hits both alike.
    bare: list[float] = []
    app: list[tuple[float, float]] = []
    for _ in range(runs):
        bare.append(run("bare", db)[0])
        app.append(run("app", db))
    bare_ms = statistics.median(bare) * 1000
    paint_ms = statistics.median(p for p, _ in app) * 1000
    filled_ms = statistics.median(f for _, f in app) * 1000
    return {"bare_ms": bare_ms, "paint_ms": paint_ms, "filled_ms": filled_ms}


def report(figures: dict[str, float]) -> None:
    """Print the start-up figures with their ratios to the bare window."""
    bare_ms, paint_ms, filled_ms = figures["bare_ms"], figures["paint_ms"], figures["filled_ms"]
    ratio = paint_ms / bare_ms
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"bare window first paint:     {bare_ms:7.0f} ms")
    print(
        f"main window first paint:     {paint_ms:7.0f} ms  ({ratio:.1f}× bare; "
        f"{verdict} the {TARGET_RATIO:.0f}× target)"
    )
    print(f"pledge list filled:          {filled_ms:7.0f} ms  ({filled_ms / bare_ms:.1f}× bare)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite file with pledges")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    report(measure(args.db, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
