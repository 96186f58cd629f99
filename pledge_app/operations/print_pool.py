"""Rendering a batch of pledges on every core: worker processes render bytes, in order.

Only the rendering leaves the caller's process. The caller keeps its one transaction and
does every write and every registration itself, so a batch still commits all or nothing.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from typing import TYPE_CHECKING

from pledge_app.core.errors import PledgeError

if TYPE_CHECKING:
    from pledge_app.core.views import PledgeView

#: Below this many pledges, starting the workers (about a second each: ReportLab and the
#: fonts) costs more than the second core saves.
POOL_FROM = 8


@dataclass(frozen=True)
class Rendered:
    """A pledge's PDF bytes, or why it could not be rendered."""

    data: bytes | None
    problem: str = ""


def render_one(view: PledgeView) -> Rendered:
    """Render `view`; an expected failure (unprintable text, a damaged image) is a problem."""
    from pledge_app.operations.printing import render_pdf

    try:
        return Rendered(render_pdf(view))
    except PledgeError as error:
        # Sent back as text: a PledgeError subclass need not survive pickling.
        return Rendered(None, str(error))


def _warm_up() -> None:
    # Each worker parses the fonts once, before its first pledge, and keeps them.
    from pledge_app.reports.fonts import default_font_set

    default_font_set()


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def render_in_order(
    views: Iterable[PledgeView], *, count: int, workers: int | None = None
) -> Generator[tuple[PledgeView, Rendered], None, None]:
    """Each view with its rendering, in the order given; on every core (`workers` None) for
    a big batch.

    At most two pledges per worker are in flight, so memory stays bounded and a caller
    that stops iterating (Cancel) waits for no more than those; the rest are never started.
    """
    if workers is None:  # asked for by number, a pool is used even for a small batch
        workers = default_workers() if count >= POOL_FROM else 1
    if workers < 2:
        for view in views:
            yield view, render_one(view)
        return
    # Spawned, not forked: forking a process that runs Qt threads can deadlock.
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=get_context("spawn"), initializer=_warm_up
    )
    in_flight: deque[tuple[PledgeView, Future[Rendered]]] = deque()
    try:
        for view in views:
            in_flight.append((view, pool.submit(render_one, view)))
            if len(in_flight) >= 2 * workers:
                done, future = in_flight.popleft()
                yield done, future.result()
        while in_flight:
            done, future = in_flight.popleft()
            yield done, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
