"""Batch printing of distinct, signed ten-page pledges: pledges per second on one core and
on every core, and one pledge against bare ReportLab across distinct pledges.

    uv run python benchmarks/bench_batch_print.py [--count 100] [--workers 1 2]

The database is built once by `signed_database.build` with 60 tasks per pledge (about ten
pages each), every pledge signed with images, so the QR footer and the signature page are
drawn as in a real batch. Run by hand, never by the tests.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_PER_SECOND = 12.0
TARGET_RATIO = 1.2


def _views(db: Path, count: int) -> list[Any]:
    from sqlalchemy import select

    from pledge_app.core.database import open_database
    from pledge_app.core.models import Pledge
    from pledge_app.core.pledges import get_pledge

    with open_database(db) as database, database.begin() as session:
        ids = session.scalars(select(Pledge.id).order_by(Pledge.number).limit(count)).all()
        return [get_pledge(session, pledge_id) for pledge_id in ids]


def batch(db: Path, workers: int) -> tuple[float, int]:
    """Seconds for `print_to_folder` of every pledge on `workers` processes, and files written."""
    from pledge_app.core.database import open_database
    from pledge_app.operations.printing import print_to_folder

    with tempfile.TemporaryDirectory() as folder, open_database(db) as database:
        started = time.perf_counter()
        try:
            done = print_to_folder(database, Path(folder) / "out", workers=workers)
        except TypeError:  # a tree from before the worker processes: one process only
            done = print_to_folder(database, Path(folder) / "out")
        return time.perf_counter() - started, len(done.value.written)


def per_pledge(views: list[Any]) -> dict[str, float]:
    """Ours and bare ReportLab on each distinct pledge in turn, interleaved; medians in ms."""
    from benchmarks.bench_pdf import bare_reportlab
    from pledge_app.operations.printing import render_pdf
    from pledge_app.reports.fonts import default_font_set

    fonts = default_font_set()
    render_pdf(views[0])  # fonts parsed, modules imported: the worker's steady state
    ours, bare = [], []
    for view in views:
        started = time.perf_counter()
        render_pdf(view)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        bare_reportlab(view, fonts.body.name)
        bare.append(time.perf_counter() - started)
    ours_ms, bare_ms = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    return {"ours_ms": ours_ms, "bare_ms": bare_ms, "ratio": ours_ms / bare_ms}


def qr_cost(views: list[Any]) -> dict[str, float]:
    """Milliseconds per pledge to encode and draw its QR code into a PDF form."""
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    from pledge_app.core.print_marks import mark_for
    from pledge_app.reports import page_decor

    # What the footer does: draw_qr since segno, the widget's Drawing before.
    draw = getattr(page_decor, "draw_qr", None)
    times = []
    for view in views:
        payload = page_decor.qr_payload(mark_for(view))
        started = time.perf_counter()
        canvas = Canvas(io.BytesIO())
        if draw is not None:
            draw(canvas, payload)
        else:
            renderPDF.draw(page_decor.qr_drawing(payload), canvas, 0, 0)
        times.append(time.perf_counter() - started)
    return {"qr_ms": statistics.median(times) * 1000}


def profile(views: list[Any], top: int = 12) -> str:
    """The per-pledge profile over the distinct pledges, by own time."""
    from pledge_app.operations.printing import render_pdf

    profiler = cProfile.Profile()
    profiler.enable()
    for view in views:
        render_pdf(view)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--db", default="/tmp/speed/print-{count}.sqlite3")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    from benchmarks.signed_database import build

    db = build(Path(args.db.format(count=args.count)), args.count, tasks_per_pledge=60)
    views = _views(db, args.count)
    print(f"{args.count} distinct signed pledges, 60 tasks each")
    for workers in args.workers:
        seconds, written = batch(db, workers)
        rate = written / seconds
        verdict = "meets" if rate >= TARGET_PER_SECOND else "misses"
        print(
            f"  batch on {workers} process(es): {seconds:6.2f} s, {rate:5.1f} pledges/s "
            f"({verdict} ≥ {TARGET_PER_SECOND:g}/s)"
        )
    sample = views[: min(20, len(views))]
    one = per_pledge(sample)
    verdict = "meets" if one["ratio"] <= TARGET_RATIO else "misses"
    print(
        f"  one pledge: ours {one['ours_ms']:.0f} ms, bare ReportLab {one['bare_ms']:.0f} ms, "
        f"ratio {one['ratio']:.2f} across {len(sample)} distinct pledges "
        f"({verdict} ≤ {TARGET_RATIO})"
    )
    print(f"  QR code encode + draw: {qr_cost(sample)['qr_ms']:.1f} ms per pledge")
    if args.profile:
        print(profile(sample))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
