"""Export and import at 1k, 5k and 10k signed pledges with images: time and peak memory.

    uv run python benchmarks/bench_exchange.py [--sizes 1000 5000 10000] [--lean]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test]
        [--code /path/to/another/checkout]  # measure another tree's code ("before")

Each figure is one child process, so its peak RSS (getrusage) is its own; the floor
beside it is `json.load` of the same file in a child of its own. Run by hand, never
by the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = {"sqlite": 15.0, "postgresql": 30.0}
TARGET_RSS_MB = 300.0
FLOOR_LIMIT_MB = 1000
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _peak_mb() -> float:
    # VmHWM is this program's own peak; Linux's ru_maxrss also counts the parent's
    # memory at the fork, which would charge the generator's lists to the figure.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _child(args: list[str]) -> None:
    # Runs in a fresh interpreter: one figure, printed as JSON on the last line.
    what = args[0]
    started = time.perf_counter()
    cpu = _cpu()
    if what == "json-load":
        with open(args[1], "rb") as stream:
            count = len(json.load(stream)["pledges"])
    elif what == "export":
        from pledge_app.core.database import open_database
        from pledge_app.operations.exchange import export_file

        with open_database(args[1]) as db:
            count = export_file(db, Path(args[2])).value.count
    elif what == "import":
        from pledge_app.core.database import open_database
        from pledge_app.operations.exchange import import_file

        with open_database(args[1]) as db:
            count = import_file(db, Path(args[2])).value.created
    else:
        raise SystemExit(f"unknown figure {what}")
    seconds = time.perf_counter() - started
    figure = {"seconds": seconds, "cpu": _cpu() - cpu, "peak_mb": _peak_mb(), "count": count}
    print(json.dumps(figure))


def _run(code: Path, *args: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": f"{code}{os.pathsep}{ROOT}"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _postgres_schema(url: str) -> tuple[str, object]:
    from sqlalchemy import create_engine, text

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{schema}", (admin, schema)


def _drop_schema(handle: object) -> None:
    from sqlalchemy import text

    admin, schema = handle  # type: ignore[misc]
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _line(name: str, figure: dict[str, float], engine: str = "sqlite") -> str:
    seconds = figure["seconds"]
    rss = figure["peak_mb"]
    verdict = []
    if name.startswith("import"):
        verdict.append("meets" if seconds <= TARGET_SECONDS[engine] else "MISSES")
        verdict[-1] += f" ≤{TARGET_SECONDS[engine]:.0f} s"
    if not name.startswith("json"):
        verdict.append(("meets" if rss <= TARGET_RSS_MB else "MISSES") + " ≤300 MB")
    cpu = figure["cpu"]
    return (
        f"  {name:<24} {seconds:6.1f} s ({cpu:5.1f} s CPU) {rss:6.0f} MB peak  {', '.join(verdict)}"
    )


def measure(sizes: list[int], *, code: Path, postgres: str | None, work: Path, lean: bool) -> None:
    """Print export, import (SQLite, optionally PostgreSQL) and the json.load floor per size."""
    from benchmarks import signed_database  # only its paths: building is a child's work

    for size in sizes:
        source = signed_database.default_path(size, lean=lean)
        # Built in a child too: the generator's lists must not swell this process.
        command = [sys.executable, "-m", "benchmarks.signed_database", str(size), str(source)]
        subprocess.run([*command, *(["--lean"] if lean else [])], cwd=ROOT, check=True)
        exported = work / f"export-{size}.json"
        images = "one-pixel images" if lean else "the demo's signature and seal images"
        print(f"{size:,} signed pledges, 20 tasks each, {images}")
        export = _run(code, "export", str(source), str(exported))
        megabytes = exported.stat().st_size / 1e6
        print(_line("export", export) + f"   ({megabytes:,.0f} MB file)")
        if megabytes <= FLOOR_LIMIT_MB:
            print(_line("json.load (floor)", _run(code, "json-load", str(exported))))
        else:  # the floor itself would take gigabytes of a shared machine
            print(f"  json.load (floor)        skipped above {FLOOR_LIMIT_MB} MB of file")
        fresh = work / f"import-{size}.sqlite3"
        fresh.unlink(missing_ok=True)
        print(_line("import into SQLite", _run(code, "import", str(fresh), str(exported))))
        fresh.unlink(missing_ok=True)
        if postgres:
            url, handle = _postgres_schema(postgres)
            try:
                figure = _run(code, "import", url, str(exported))
                print(_line("import into PostgreSQL", figure, "postgresql"))
            finally:
                _drop_schema(handle)
        exported.unlink(missing_ok=True)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--code", type=Path, default=ROOT, help="the tree whose code to measure")
    parser.add_argument(
        "--postgres", default=None, help=f"a server to import into ({POSTGRES_URL})"
    )
    parser.add_argument("--work", type=Path, default=Path("/tmp"))
    parser.add_argument("--lean", action="store_true", help="one-pixel images: the rows alone")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    measure(args.sizes, code=args.code, postgres=args.postgres, work=args.work, lean=args.lean)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
