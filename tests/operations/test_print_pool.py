"""Batch printing on worker processes keeps the one-transaction rule, Cancel and the order."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledge_app.core.database import Database
from pledge_app.operations.print_pool import render_in_order, render_one
from pledge_app.operations.printing import print_to_folder
from tests.operations.test_printing import (
    UNDRAWABLE,
    CountingProgress,
    _copies,
    _draft,
    _registered,
    _signed,
    _view,
    _visible,
)


def test_workers_write_every_file_the_parent_registers(database: Database, tmp_path: Path) -> None:
    signed = _signed(database, 3)
    odd = _draft(database, f"坏{UNDRAWABLE}字")
    out = tmp_path / "out"
    ids = [signed[0], odd, signed[1], signed[2]]
    batch = print_to_folder(database, out, pledge_ids=ids, workers=2).value
    assert [skipped.pledge_id for skipped in batch.skipped] == [odd]
    assert "U+10FFFD" in batch.skipped[0].reason
    assert _visible(out) == sorted(batch.written) and len(batch.written) == 3
    # In the order asked for, each file the very copy registered for its pledge.
    assert [_registered(database, (out / name).read_bytes()) for name in batch.written] == [
        signed[0],
        signed[1],
        signed[2],
    ]
    assert _copies(database) == sorted(signed)


def test_cancel_with_workers_keeps_what_was_written(database: Database, tmp_path: Path) -> None:
    signed = _signed(database, 5)
    progress = CountingProgress(stop_after=2)
    out = tmp_path / "out"
    batch = print_to_folder(database, out, pledge_ids=signed, progress=progress, workers=2).value
    assert batch.cancelled and len(batch.written) == 2 and batch.not_reached == 3
    assert _visible(out) == sorted(batch.written)
    assert _copies(database) == sorted(signed[:2])


def test_a_crash_with_workers_leaves_no_file_and_no_registration(
    database: Database, tmp_path: Path
) -> None:
    _signed(database, 3)

    class Crashing(CountingProgress):
        def advance(self, done: int, label: str) -> None:
            if done == 2:
                raise RuntimeError("the machine went down")

    out = tmp_path / "out"
    with pytest.raises(RuntimeError):
        print_to_folder(database, out, progress=Crashing(), workers=2)
    assert list(out.iterdir()) == []
    assert _copies(database) == []


def test_a_small_batch_renders_in_this_process(database: Database) -> None:
    [pledge_id] = _signed(database, 1)
    view = _view(database, pledge_id)
    [(same, rendered)] = list(render_in_order([view], count=1))
    assert same is view and rendered.data is not None and rendered.data.startswith(b"%PDF")
    assert render_one(view).problem == ""
