"""Printing: a batch into a folder in one transaction, Save as PDF, copies on paper."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pledge_app.core.database import Database
from pledge_app.core.errors import BadInput, PledgeError
from pledge_app.core.models import PrintedCopy
from pledge_app.core.pledges import create_pledge, get_pledge
from pledge_app.core.printed_copies import find_printed_copy, pdf_sha256
from pledge_app.core.views import PledgeView
from pledge_app.operations import printing
from pledge_app.operations.printing import (
    print_to_folder,
    register_copy,
    render_pdf,
    save_pdf,
)
from pledge_app.operations.progress import Cancelled
from tests.conftest import make_content
from tests.signing_helpers import signed_pledge

UNDRAWABLE = "\U0010fffd"  # private use: no font has it


class CountingProgress:
    """Cancels once `stop_after` pledges are done; keeps what it was told."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.stop_after = stop_after
        self.total = -1
        self.done = 0

    def begin(self, total: int, label: str) -> None:
        self.total = total

    def advance(self, done: int, label: str) -> None:
        self.done = done

    def cancelled(self) -> bool:
        return self.stop_after is not None and self.done >= self.stop_after


def _signed(database: Database, count: int) -> list[str]:
    with database.begin() as session:
        return [
            signed_pledge(session, make_content(number=f"{n}号", title=f"已签{n}")).id
            for n in range(1, count + 1)
        ]


def _draft(database: Database, title: str, number: str = "草稿") -> str:
    with database.begin() as session:
        return create_pledge(session, make_content(number=number, title=title)).id


def _view(database: Database, pledge_id: str) -> PledgeView:
    with database.begin() as session:
        return get_pledge(session, pledge_id)


def _copies(database: Database) -> list[str]:
    with database.begin() as session:
        return sorted(copy.pledge_id for copy in session.scalars(select(PrintedCopy)))


def _registered(database: Database, data: bytes) -> str | None:
    with database.begin() as session:
        copy = find_printed_copy(session, pdf_sha256(data))
        return None if copy is None else copy.pledge_id


def _visible(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if not path.name.startswith("."))


def test_a_signed_pledges_file_is_the_registered_copy(database: Database, tmp_path: Path) -> None:
    [pledge_id] = _signed(database, 1)
    done = print_to_folder(database, tmp_path / "out")
    [name] = done.value.written
    assert _registered(database, (tmp_path / "out" / name).read_bytes()) == pledge_id
    assert done.changes.audit


def test_an_unprintable_pledge_is_skipped_and_the_others_are_written_and_registered(
    database: Database, tmp_path: Path
) -> None:
    signed = _signed(database, 2)
    odd = _draft(database, f"坏{UNDRAWABLE}字")
    out = tmp_path / "out"
    batch = print_to_folder(database, out, pledge_ids=[signed[0], odd, signed[1]]).value
    assert [skipped.pledge_id for skipped in batch.skipped] == [odd]
    assert "U+10FFFD" in batch.skipped[0].reason
    assert _visible(out) == sorted(batch.written) and len(batch.written) == 2
    assert _copies(database) == sorted(signed)


def test_a_file_that_cannot_be_written_skips_only_its_pledge(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed = _signed(database, 3)
    calls: list[Path] = []

    def write_but_the_second(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise PledgeError(f"Cannot write {path}: No space left on device")
        path.write_bytes(data)

    monkeypatch.setattr(printing, "write_user_file", write_but_the_second)
    out = tmp_path / "out"
    batch = print_to_folder(database, out, pledge_ids=signed).value
    [skipped] = batch.skipped
    assert skipped.pledge_id == signed[1]
    assert "No space left on device" in skipped.reason
    assert _visible(out) == sorted(batch.written) and len(batch.written) == 2
    assert _copies(database) == sorted([signed[0], signed[2]])


def test_a_folder_nothing_can_be_written_to_gets_no_files_and_no_registrations(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed = _signed(database, 2)

    def refuse(path: Path, data: bytes) -> None:
        raise PledgeError(f"Cannot write {path}: Read-only file system")

    monkeypatch.setattr(printing, "write_user_file", refuse)
    out = tmp_path / "out"
    batch = print_to_folder(database, out, pledge_ids=signed).value
    assert batch.written == () and len(batch.skipped) == 2
    assert list(out.iterdir()) == []
    assert _copies(database) == []


def test_a_batch_that_fails_midway_leaves_no_registration_and_no_files(
    database: Database, tmp_path: Path
) -> None:
    _signed(database, 3)

    class Crashing(CountingProgress):
        def advance(self, done: int, label: str) -> None:
            if done == 2:
                raise RuntimeError("the machine went down")

    out = tmp_path / "out"
    with pytest.raises(RuntimeError):
        print_to_folder(database, out, progress=Crashing())
    assert list(out.iterdir()) == []  # not even the hidden pending files
    assert _copies(database) == []


def test_cancel_after_two_keeps_two(database: Database, tmp_path: Path) -> None:
    signed = _signed(database, 4)
    progress = CountingProgress(stop_after=2)
    out = tmp_path / "out"
    batch = print_to_folder(database, out, pledge_ids=signed, progress=progress).value
    assert batch.cancelled and progress.total == 4
    assert len(batch.written) == 2 and batch.not_reached == 2
    assert _visible(out) == sorted(batch.written)
    assert _copies(database) == sorted(signed[:2])


def test_leftovers_of_a_killed_batch_are_removed_by_the_next(
    database: Database, tmp_path: Path
) -> None:
    [pledge_id] = _signed(database, 1)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".1号 旧.pdf.pending").write_bytes(b"%PDF half")
    (out / "mine.pdf").write_bytes(b"%PDF the clerk's own")
    batch = print_to_folder(database, out, pledge_ids=[pledge_id]).value
    assert sorted(path.name for path in out.iterdir()) == sorted([*batch.written, "mine.pdf"])


def test_registered_leftovers_of_a_batch_killed_after_its_commit_take_their_names(
    database: Database, tmp_path: Path
) -> None:
    first, second = _signed(database, 2)
    out = tmp_path / "out"
    done = print_to_folder(database, out, pledge_ids=[first]).value
    [name] = done.written
    # As a batch killed between its commit and its renames leaves it: registered, hidden.
    (out / name).replace(out / f".{name}.pending")
    print_to_folder(database, out, pledge_ids=[second])
    assert (out / name).is_file()
    with database.begin() as session:
        assert find_printed_copy(session, pdf_sha256((out / name).read_bytes())) is not None
    assert not list(out.glob(".*.pending"))


def test_an_unknown_id_prints_nothing(database: Database, tmp_path: Path) -> None:
    [pledge_id] = _signed(database, 1)
    out = tmp_path / "out"
    with pytest.raises(BadInput, match="no-such-id"):
        print_to_folder(database, out, pledge_ids=[pledge_id, "no-such-id"])
    assert not out.exists()
    assert _copies(database) == []


def test_an_empty_database_prints_nothing(database: Database, tmp_path: Path) -> None:
    done = print_to_folder(database, tmp_path / "out")
    assert done.value.total == 0 and not done.changes
    assert not (tmp_path / "out").exists()


def test_saving_a_draft_writes_without_registering(database: Database, tmp_path: Path) -> None:
    view = _view(database, _draft(database, "草稿责任书"))
    data = render_pdf(view)
    done = save_pdf(database, view, data=data, path=tmp_path / "draft")
    assert done.value == tmp_path / "draft.pdf"
    assert done.value.read_bytes() == data
    assert _copies(database) == [] and not done.changes


def test_saving_a_signed_pledge_registers_the_file(database: Database, tmp_path: Path) -> None:
    [pledge_id] = _signed(database, 1)
    view = _view(database, pledge_id)
    path = save_pdf(database, view, data=render_pdf(view), path=tmp_path / "copy.pdf").value
    assert _registered(database, path.read_bytes()) == pledge_id


def test_a_save_that_cannot_write_registers_nothing(database: Database, tmp_path: Path) -> None:
    [pledge_id] = _signed(database, 1)
    view = _view(database, pledge_id)
    (tmp_path / "a file").write_bytes(b"")
    with pytest.raises(PledgeError, match="Cannot write"):
        save_pdf(database, view, data=render_pdf(view), path=tmp_path / "a file" / "copy.pdf")
    assert _copies(database) == []


def test_a_paper_copy_of_a_signed_pledge_is_registered(database: Database) -> None:
    [pledge_id] = _signed(database, 1)
    view = _view(database, pledge_id)
    data = render_pdf(view)
    assert register_copy(database, view, data=data).changes.audit
    assert _registered(database, data) == pledge_id


def test_a_paper_copy_of_a_draft_is_not_registered(database: Database) -> None:
    view = _view(database, _draft(database, "草稿"))
    done = register_copy(database, view, data=render_pdf(view))
    assert not done.changes and _copies(database) == []


# -- one long pledge: progress by page, and Cancel (issue 7 item 22) -----------------


def long_pledge(database: Database) -> PledgeView:
    template = make_content().tasks[0]
    tasks = tuple(
        replace(template, item=f"第{n}项任务", measures="推进改革措施落实。" * 60)
        for n in range(1, 13)
    )
    with database.begin() as session:
        return get_pledge(session, create_pledge(session, make_content(tasks=tasks)).id)


class PageProgress:
    """Keeps the pages it is told of; cancels once `stop_at` pages have begun."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.stop_at = stop_at
        self.pages: list[int] = []

    def begin(self, total: int, label: str) -> None:
        self.pages.clear()

    def advance(self, done: int, label: str) -> None:
        self.pages.append(done)

    def cancelled(self) -> bool:
        return self.stop_at is not None and len(self.pages) >= self.stop_at


def test_a_print_reports_each_page_as_it_is_laid_out(database: Database) -> None:
    progress = PageProgress()
    data = render_pdf(long_pledge(database), progress=progress)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages > 3
    assert progress.pages == list(range(1, pages + 1))


def test_a_cancelled_print_stops_between_pages(database: Database) -> None:
    progress = PageProgress(stop_at=2)
    with pytest.raises(Cancelled):
        render_pdf(long_pledge(database), progress=progress)
    assert progress.pages == [1, 2]
