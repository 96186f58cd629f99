"""The full check's rehashing on every core: worker processes, each with its own engine.

The hashing holds no lock of the caller's interpreter, so a window running the check on a
thread stays responsive, and a ten-thousand-pledge check uses both cores of an office PC.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from multiprocessing import get_context
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from pledge_app.core.integrity_pledges import PledgeHeader, audited_signings, check_pledges

if TYPE_CHECKING:
    from pledge_app.core.integrity import IntegrityFinding


#: Below this many pledges to rehash, starting worker processes costs more than it saves.
PARALLEL_FROM = 2000
#: Pledges per task handed to a worker: small enough to keep both cores busy to the end.
CHUNK = 500


def _check_chunk(
    url: str, pledges: list[PledgeHeader], audited: set[str]
) -> list[IntegrityFinding]:
    """A worker's share: its own engine on the same database, the same checks."""
    from pledge_app.core.database import create_database_engine

    engine = create_database_engine(url)
    try:
        with engine.connect() as connection:
            return list(check_pledges(connection, pledges, audited=audited))
    finally:
        engine.dispose()


def rehash_all(
    connection: Connection,
    pledges: list[PledgeHeader],
    *,
    workers: int | None = None,
    parallel_from: int = PARALLEL_FROM,
    chunk: int = CHUNK,
) -> Iterator[IntegrityFinding]:
    """`check_pledges` of every pledge, on every core when there are enough to share."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    url = connection.engine.url
    if workers < 2 or len(pledges) < parallel_from or url.database in (None, "", ":memory:"):
        yield from check_pledges(connection, pledges)
        return
    audited = audited_signings(connection)
    chunks = [pledges[start : start + chunk] for start in range(0, len(pledges), chunk)]
    # Spawned, not forked: a fork of a process running Qt threads can deadlock.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        address = url.render_as_string(hide_password=False)
        for findings in pool.map(_check_chunk, repeat(address), chunks, repeat(audited)):
            yield from findings
