"""The integrity check at 1k, 5k and 10k signed pledges with images: time, memory, stalls.

    uv run python benchmarks/bench_check.py [--sizes 1000 5000 10000]
        [--code /path/to/another/checkout]  # measure another tree's code ("before")

Figures, each from a child process of its own so its peak RSS (getrusage) is its own:
- `check --full` (every pledge rehashed, the whole audit chain walked);
- `check` after a sound check has left its checkpoint (the start-up check);
- the start-up check on a worker thread under a Qt event loop: a 5 ms QTimer records the
  gaps between its ticks, the longest being how long the window would have frozen.
The floor beside them is a bare `SELECT` of every signature's images through sqlite3.
Run by hand, never by the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"startup_s": 1.0, "full_s": 10.0, "rss_mb": 250.0, "gap_ms": 50.0}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _workers_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _cpu_seconds() -> float:
    # Wall time on a shared machine says little; CPU time says what the work costs.
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def ensure_audited(path: Path) -> None:
    """Give every signed pledge its chained "signed" audit entry, as signing leaves it."""
    from datetime import UTC, datetime

    from sqlalchemy import func, insert, select

    from pledge_app.core import audit
    from pledge_app.core.database import open_database
    from pledge_app.core.models import AuditEntry, Pledge, new_id

    with open_database(path) as db, db.begin() as session:
        if session.scalar(select(func.count()).select_from(AuditEntry)):
            return
        prev = audit.GENESIS
        rows = []
        at = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)
        ids = session.scalars(select(Pledge.id).where(Pledge.status == "signed")).all()
        for seq, pledge_id in enumerate(ids, start=1):
            entry_id = new_id()
            details = json.dumps({"revision": 1}, separators=(",", ":"))
            digest = audit._entry_digest(
                prev_hash=prev,
                entry_id=entry_id,
                at=at,
                user="benchmark",
                actor="",
                action="signed",
                pledge_id=pledge_id,
                details=details,
            )
            rows.append(
                {
                    "seq": seq,
                    "id": entry_id,
                    "at": at,
                    "os_user": "benchmark",
                    "actor": "",
                    "action": "signed",
                    "pledge_id": pledge_id,
                    "details": details,
                    "prev_hash": prev,
                    "entry_hash": digest,
                }
            )
            prev = digest
        session.execute(insert(AuditEntry), rows)


def _gaps_during(work: object) -> tuple[float, int]:
    """Run `work` on a thread under a Qt event loop; the longest tick gap and gaps > 50 ms."""
    import threading

    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    app = QCoreApplication.instance() or QCoreApplication([])
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]
    timer = QTimer()
    timer.setInterval(5)

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer.timeout.connect(tick)
    thread = threading.Thread(target=work)  # type: ignore[arg-type]
    finished = QTimer()
    finished.setInterval(5)
    finished.timeout.connect(lambda: None if thread.is_alive() else app.quit())
    clock.start()
    timer.start()
    finished.start()
    thread.start()
    app.exec()
    thread.join()
    return max(gaps, default=0.0), sum(1 for gap in gaps if gap > TARGETS["gap_ms"])


def _child(args: list[str]) -> None:
    what, db = args[0], args[1]
    started = time.perf_counter()
    extra: dict[str, float] = {}
    if what == "build":
        from benchmarks.signed_database import build

        build(Path(db), int(args[2]))
        ensure_audited(Path(db))
        count = int(args[2])
    elif what == "floor":
        import sqlite3

        with sqlite3.connect(db) as connection:
            count = sum(
                len(row[0] or b"") + len(row[1] or b"")
                for row in connection.execute("SELECT image, seal_image FROM signature")
            )
    else:
        from pledge_app.core.database import open_database
        from pledge_app.operations import integrity

        full = what == "full"

        def work() -> None:
            with open_database(db) as database:
                try:
                    report = integrity.check_database(database, full=full).value
                except TypeError:  # a tree from before the incremental check
                    report = integrity.check_database(database).value
            extra["findings"] = len(report.findings)

        if what == "gaps":
            gap, stalls = _gaps_during(work)
            extra.update(max_gap_ms=gap, stalls=stalls)
        else:
            work()
        count = int(extra.get("findings", 0))
    seconds = time.perf_counter() - started
    extra.update(cpu_s=_cpu_seconds(), workers_peak_mb=_workers_peak_mb())
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb(), "count": count, **extra}))


def _run(code: Path, *args: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": f"{code}{os.pathsep}{ROOT}", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=code,
    )
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--folder", default="/tmp/speed")
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--skip", nargs="*", default=[], help="figures to leave out")
    args = parser.parse_args()
    for size in args.sizes:
        path = Path(args.folder) / f"signed-{size}.sqlite3"
        # In a child: a parent that built it would pass its own peak on to every child.
        _run(ROOT, "build", str(path), str(size))
        print(f"{size} signed pledges ({path.stat().st_size / 1e6:.0f} MB)")
        for what in ("floor", "full", "startup", "gaps"):
            if what in args.skip:
                continue
            figure = _run(args.code, what, str(path))
            line = (
                f"  {what:8} {figure['seconds']:6.2f} s (CPU {figure.get('cpu_s', 0):6.2f} s)"
                f"  peak {figure['peak_mb']:5.0f} MB,"
                f" workers {figure.get('workers_peak_mb', 0):4.0f} MB"
            )
            if "max_gap_ms" in figure:
                line += (
                    f"  longest stall {figure['max_gap_ms']:.0f} ms, >50 ms: {figure['stalls']:.0f}"
                )
            if what in ("full", "startup", "gaps"):
                line += f"  findings {figure['count']:.0f}"
            print(line, flush=True)
    print(
        f"targets: start-up ≤ {TARGETS['startup_s']} s, --full ≤ {TARGETS['full_s']} s, "
        f"memory ≤ {TARGETS['rss_mb']} MB, no stall over {TARGETS['gap_ms']} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
