"""Tracking at ten times an office's size: 10,000 signed pledges, 200,000 tasks, a year of
reports. Each figure beside a floor measured in the same run.

    uv run python benchmarks/bench_tracking.py [--db PATH] [--postgres URL]

- ledger: every task in force with its newest report and light, against the bare sqlite3
  fetch of the same task rows (no reports, no objects);
- lights: `light_of` for all 200,000 tasks from their loaded inputs, against a bare Python
  call per task;
- search: 3+ character terms through the FTS5 index, and 2-character terms through the scan
  of the index's text, against the plain LIKE scan over the task columns;
- Tasks page: first paint with every task on show, and the process's peak RSS then;
- Dashboard: a refresh of its figures and charts.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import tracking_database

TODAY = date(2026, 12, 2)
#: Terms a real search would type: each finds about 50 of the 200,000 tasks, or none.
LONG_TERMS = ("智慧水务", "碳排放权", "生育支持", "城市更新", "不存在的词语")
SHORT_TERMS = ("水务", "碳排", "生育", "无词")
#: Terms that find 7-25 % of all tasks: the worst case, where building the answer dominates.
COMMON_LONG = ("医保支付", "国企改革", "营商环境")
COMMON_SHORT = ("医保", "国企", "防汛")
TARGETS_MS = {
    "search 3+": 20.0,
    "search 2": 100.0,
    "tasks page first paint": 500.0,
    "dashboard refresh": 300.0,
    "lights": 200.0,
}
TARGET_RSS_MB = 250.0


def _median_ms(action: Callable[[], object], repeats: int = 5) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _raw_rows(path: Path) -> Callable[[], object]:
    def fetch() -> object:
        with sqlite3.connect(path) as connection:
            return connection.execute(
                "SELECT t.lineage_key, t.item, t.lead_official, t.responsible_body, t.measures, "
                "t.deliverable, t.cooperating_units, t.list_class, t.deadline, p.number, u.name "
                "FROM task t JOIN pledge p ON p.id = t.pledge_id "
                "JOIN unit u ON u.id = p.responsible_id WHERE p.status = 'signed'"
            ).fetchall()

    return fetch


def _like_scan(path: Path, term: str) -> Callable[[], object]:
    def scan() -> object:
        with sqlite3.connect(path) as connection:
            pattern = f"%{term}%"
            return connection.execute(
                "SELECT lineage_key FROM task WHERE item LIKE ?1 OR measures LIKE ?1 "
                "OR deliverable LIKE ?1 OR responsible_body LIKE ?1 OR lead_official LIKE ?1",
                (pattern,),
            ).fetchall()

    return scan


def core_figures(url: str, sqlite_path: Path | None) -> dict[str, float]:
    """Ledger, lights and search on one database."""
    from pledge_app.core.database import open_database
    from pledge_app.core.tracking.ledger import tracked_tasks
    from pledge_app.core.tracking.lights import light_of
    from pledge_app.core.tracking.search_index import indexed_matches

    database = open_database(url)
    figures: dict[str, float] = {}

    def load() -> object:
        with database.begin() as session:
            return tracked_tasks(session, today=TODAY)

    figures["ledger"] = _median_ms(load, repeats=3)
    with database.begin() as session:
        tasks = tracked_tasks(session, today=TODAY)
    figures["tasks"] = len(tasks)

    def lights() -> object:
        return [
            light_of(
                start=task.start,
                deadline=task.deadline,
                state=task.state,
                percent=task.percent,
                last_report_on=task.last_report_on,
                today=TODAY,
                milestones=task.milestones,
            )
            for task in tasks
        ]

    def bare_calls() -> object:
        return [len(task.key) for task in tasks]

    figures["lights"] = _median_ms(lights)
    figures["lights floor"] = _median_ms(bare_calls)
    if sqlite_path is not None:
        figures["ledger floor"] = _median_ms(_raw_rows(sqlite_path), repeats=3)

        def search(terms: tuple[str, ...]) -> float:
            def run() -> None:
                with database.begin() as session:
                    for term in terms:
                        indexed_matches(session, [term])

            return _median_ms(run) / len(terms)

        figures["search 3+"] = search(LONG_TERMS)
        figures["search 2"] = search(SHORT_TERMS)
        figures["search 3+, common term"] = search(COMMON_LONG)
        figures["search 2, common term"] = search(COMMON_SHORT)
        figures["search floor (LIKE scan)"] = statistics.median(
            _median_ms(_like_scan(sqlite_path, term), repeats=3) for term in SHORT_TERMS
        )
    database.dispose()
    return figures


def _until(app: object, done: Callable[[], bool]) -> None:
    while not done():
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)


def window_figures(path: Path) -> dict[str, float]:
    """The Tasks page's first paint with every task, its memory, and a dashboard refresh."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pledge_app.core.database import open_database
    from pledge_app.ui.operation_runner import OperationRunner
    from pledge_app.ui.pages.dashboard_page import DashboardPage
    from pledge_app.ui.pages.tasks_page import TasksPage
    from pledge_app.ui.workspace import Workspace
    from tests.ui.fakes import FakePrompts

    app = QApplication.instance() or QApplication([])
    database = open_database(path)
    workspace = Workspace()
    prompts = FakePrompts()
    runner = OperationRunner(workspace=workspace, prompts=prompts, parent=None)
    workspace.open(database, str(path))
    figures: dict[str, float] = {}
    loaded: list[bool] = []
    started = time.perf_counter()
    page = TasksPage(workspace, runner, prompts=prompts, clock=lambda: TODAY)
    page.loaded.connect(lambda: loaded.append(True))
    page.resize(1366, 728)
    page.show()
    _until(app, lambda: bool(loaded))
    page.grab()
    figures["tasks page first paint"] = (time.perf_counter() - started) * 1000
    figures["rss with the tasks page (MB)"] = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    board = DashboardPage(workspace, runner, prompts=prompts, clock=lambda: TODAY)
    board.resize(1366, 728)
    board.show()
    refreshed: list[bool] = []
    board.refreshed.connect(lambda: refreshed.append(True))
    _until(app, lambda: bool(refreshed))

    def refresh() -> None:
        refreshed.clear()
        board.refresh()
        _until(app, lambda: bool(refreshed))
        board.grab()

    figures["dashboard refresh"] = _median_ms(refresh, repeats=3)
    return figures


def report(title: str, figures: dict[str, float]) -> None:
    print(title)
    for name, value in figures.items():
        target = TARGETS_MS.get(name)
        verdict = ""
        if target is not None:
            verdict = f"  ({'meets' if value <= target else 'MISSES'} the {target:.0f} ms target)"
        if name.startswith("rss"):
            met = value <= TARGET_RSS_MB
            verdict = f"  ({'meets' if met else 'MISSES'} the {TARGET_RSS_MB:.0f} MB target)"
        unit = "" if name in ("tasks",) or name.startswith("rss") else " ms"
        print(f"  {name:32} {value:10.1f}{unit}{verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/tracking-200k.sqlite3")
    parser.add_argument("--postgres", default=None, help="also measure on this database URL")
    parser.add_argument("--no-window", action="store_true")
    parser.add_argument(
        "--window-only",
        action="store_true",
        help="only the window's figures, so the peak RSS is the window's own",
    )
    args = parser.parse_args()
    path = tracking_database.build(Path(args.db))
    if not args.window_only:
        report(f"SQLite ({path})", core_figures(str(path), path))
    if args.postgres:
        report(f"PostgreSQL ({args.postgres})", core_figures(args.postgres, None))
    if not args.no_window:
        report("Window", window_figures(path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
