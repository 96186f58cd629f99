"""All the figures the issues ask for, in one run: start-up, list filter and PDF.

    uv run python benchmarks/run.py [--db PATH] [--runs 5]

Builds (once) a database of 10,000 pledges, then measures each figure against
a floor taken in the same run: a bare PySide6 window, a bare substring scan,
bare ReportLab building the same flowables.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import bench_filter, bench_pdf, bench_startup, big_database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "pledges-10k.sqlite3"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = str(big_database.build(Path(args.db)))
    print(f"database: {db} (10,000 pledges)\n")
    print("Start-up")
    bench_startup.report(bench_startup.measure(db, args.runs))
    print("\nList filter")
    bench_filter.report(bench_filter.measure(db))
    print("\nPDF of a ten-page pledge")
    pdf = bench_pdf.run()
    print(
        f"ours {pdf['ours_warm_median_ms']:.0f} ms, bare ReportLab "
        f"{pdf['bare_reportlab_warm_median_ms']:.0f} ms, {pdf['pages']:.0f} pages: "
        f"ratio {pdf['ratio']:.2f} "
        f"({'meets' if pdf['ratio'] <= pdf['target_ratio'] else 'MISSES'} the "
        f"{pdf['target_ratio']}× target)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
