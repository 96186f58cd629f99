"""The streaming exchange: the same bytes out, the same pledges in, a pledge at a time."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_app.core.database import Database, open_database
from pledge_app.core.demo.sample_year import build_demo
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.exchange.file_reader import check_exchange_file
from pledge_app.core.exchange.files import (
    ExchangeFileInvalid,
    ExchangePledge,
    dumps_document,
    export_document,
    export_pledges,
    export_tracking,
    parse_document,
    parse_exchange,
)
from pledge_app.core.exchange.writer import write_export
from pledge_app.core.views import PledgeContent, PledgeView
from tests.core.test_exchange import _content


class Trickle(io.RawIOBase):
    """A file that hands out a few bytes per read, so every value straddles reads."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data = data
        self._at = 0
        self._step = step

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        piece = self._data[self._at : self._at + self._step]
        self._at += len(piece)
        return piece


def opener(data: bytes, step: int = 1 << 20) -> Callable[[], BinaryIO]:
    return lambda: Trickle(data, step)  # type: ignore[return-value]


def streamed(data: bytes, step: int = 1 << 20, source: str = "f.json") -> list[ExchangePledge]:
    """The file read in pieces of `step` bytes, as the import reads it in its chunks."""
    index = check_exchange_file(opener(data, step), source=source, chunk=step)
    try:
        return sorted(index.pledges(), key=lambda pledge: pledge.index)
    finally:
        index.close()


def _outcome(read: Callable[[], list[ExchangePledge]]) -> list[ExchangePledge] | list[str]:
    try:
        return read()
    except ExchangeFileInvalid as refused:
        return refused.problems


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The demo year exported by the exporter that builds the whole document in memory."""
    with open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3") as db:
        with db.begin() as session:
            build_demo(session)
        with db.begin() as session:
            document = export_document(export_pledges(session), export_tracking(session))
            return dumps_document(document).encode("utf-8")


def test_the_streaming_export_writes_the_bytes_of_the_whole_document(
    any_database: Database,
) -> None:
    with any_database.begin() as session:
        build_demo(session)
    with any_database.begin() as session:
        document = export_document(export_pledges(session), export_tracking(session))
        whole = dumps_document(document).encode("utf-8")
    out = io.BytesIO()
    with any_database.begin() as session:
        count = write_export(session, out)
    assert out.getvalue() == whole
    assert count == len(json.loads(whole)["pledges"])
    assert json.loads(whole)["tracking"]  # the demo's year of reports went out too


def test_an_empty_database_exports_as_the_document_did(database: Database) -> None:
    out = io.BytesIO()
    with database.begin() as session:
        assert write_export(session, out) == 0
    assert out.getvalue().decode() == dumps_document(export_document([]))


@pytest.mark.parametrize("step", [1, 7, 4096, 1 << 20])
def test_the_demo_streams_in_as_the_whole_file_parses(demo_export: bytes, step: int) -> None:
    assert streamed(demo_export, step) == parse_exchange(demo_export, source="f.json")


@pytest.mark.parametrize("step", [7, 1 << 20])
def test_the_demo_tracking_streams_in_as_the_whole_file_parses(
    demo_export: bytes, step: int
) -> None:
    index = check_exchange_file(opener(demo_export, step), source="f.json", chunk=step)
    try:
        entries = list(index.tracking())
        keys = dict(index.tracked)
    finally:
        index.close()
    whole = parse_document(demo_export, source="f.json")
    assert entries == whole.tracking
    assert [entry.index for entry in entries] == list(range(1, len(entries) + 1))
    assert keys == {entry.key: entry.index for entry in entries}


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.lists(_content, min_size=0, max_size=4), step=st.integers(1, 64))
def test_any_exported_file_streams_in_as_the_old_reader_reads_it(
    contents: list[PledgeContent], step: int
) -> None:
    views = [
        PledgeView(id=str(uuid.UUID(int=n + 1)), status=PledgeStatus.DRAFT, content=content)
        for n, content in enumerate(contents)
    ]
    data = dumps_document(export_document(views)).encode("utf-8")
    expected = _outcome(lambda: parse_exchange(data, source="f.json"))
    assert _outcome(lambda: streamed(data, step)) == expected


ODD = {
    "bad json": b'{\n  "format": "pledge-exchange",\n  "version": 1,\n  "pledges": [,]\n}\n',
    "trailing comma": b'{"format": "pledge-exchange", "version": 1, "pledges": [{},]}',
    "extra data": b'{"format": "pledge-exchange", "version": 1, "pledges": []} []',
    "empty": b"",
    "blank": b"  \n ",
    "not utf-8": '{"format": "pledge-exchange", "pledges": ["改革"]}'.encode("gbk"),
    "not utf-8 after bad json": b'{"pledges": [,], "x": "\xff"}',
    "unterminated": b'{"format": "pledge-exchange", "version": 1, "pledges": ["abc',
    "top-level list": b"[1, 2]",
    "top-level string": b'"pledge"',
    "pledges before the version": (
        b'{"pledges": [{"number": "1", "title": "t", "year": "2026", "issuer": {"unit": "a"}, '
        b'"responsible": {"unit": "b"}}], "format": "pledge-exchange", "version": 1}'
    ),
    "pledges twice": b'{"format": "pledge-exchange", "version": 1, "pledges": [], "pledges": []}',
    "lone surrogate": (
        b'{"format": "pledge-exchange", "version": 1, "pledges": [{"number": "\\ud800", '
        b'"title": "t", "year": 2026, "issuer": {"unit": "a"}, "responsible": {"unit": "b"}}]}'
    ),
    "bom": b"\xef\xbb\xbf" + b'{"format": "pledge-exchange", "version": 1, "pledges": [1]}',
    "wrong version": b'{"format": "pledge-exchange", "version": 4, "pledges": [1]}',
    "tracking in version 2": (
        b'{"format": "pledge-exchange", "version": 2, "pledges": [], "tracking": [{"key": 1}]}'
    ),
    "tracking before the version": (
        b'{"tracking": [{"key": "x"}, 3], "format": "pledge-exchange", "version": 3, '
        b'"pledges": [{"number": "1", "title": "", "year": 2026, "issuer": {"unit": "a"}, '
        b'"responsible": {"unit": "b"}}]}'
    ),
    "tracking not a list": b'{"format": "pledge-exchange", "version": 3, "pledges": [], '
    b'"tracking": {}}',
    "a tracking entry gone wrong": (
        b'{"format": "pledge-exchange", "version": 3, "pledges": [], "tracking": [{"key": '
        b'"0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b", "reports": [{"id": null, "percent": 101}], '
        b'"milestones": [{"name": "", "due_on": "2026-02-30"}]}]}'
    ),
}


@pytest.mark.parametrize("data", ODD.values(), ids=list(ODD))
@pytest.mark.parametrize("step", [1, 1 << 20])
def test_an_odd_file_reads_as_the_old_reader_reads_it(data: bytes, step: int) -> None:
    expected = _outcome(lambda: parse_exchange(data, source="f.json"))
    assert _outcome(lambda: streamed(data, step)) == expected


def test_the_demo_on_disk_streams_from_a_real_file(demo_export: bytes, tmp_path: Path) -> None:
    path = tmp_path / "year.json"
    path.write_bytes(demo_export)
    index = check_exchange_file(lambda: path.open("rb"), source="y")
    assert sum(head.status is PledgeStatus.SIGNED for head in index.heads) == 11
