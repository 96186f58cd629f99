"""An exchange file read from disk one pledge at a time, checked whole before any is written.

The checking pass reads and checks every pledge, keeping in memory only what the checks
against the database need (`PledgeHead`) and setting each checked pledge aside in a
temporary file; the import's writing pass reads them back from there, one at a time."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO

from pledge_app.core.exchange.reader import ExchangeFileInvalid, JsonObject, Reader
from pledge_app.core.exchange.schema import (
    FORMAT_NAME,
    READABLE_VERSIONS,
    ExchangePledge,
    PledgeHead,
    read_pledge,
    read_top,
)
from pledge_app.core.exchange.stream import CHUNK, JsonBroken, TopLevel, walk_document
from pledge_app.core.i18n import translate

__all__ = ["ExchangeIndex", "Opener", "check_exchange_file"]

#: Opens the file afresh for each pass (the caller says how and names it in errors).
Opener = Callable[[], BinaryIO]


@dataclass(frozen=True)
class ExchangeIndex:
    """A file that passed every check: what the database checks need, and its pledges.

    The pledges wait in temporary files, one per revision, as they were read (typed,
    images decoded), so writing them reads neither the JSON nor the user's file again.
    """

    source: str
    version: int
    heads: tuple[PledgeHead, ...]
    digest: str
    spools: dict[int, IO[bytes]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def count(self) -> int:
        """How many pledges the file holds."""
        return len(self.heads)

    def pledges(self, revision: int | None = None) -> Iterator[ExchangePledge]:
        """The pledges of one revision in file order, or all of them, revision by revision."""
        revisions = sorted(self.spools) if revision is None else [revision]
        for number in revisions:
            spool = self.spools.get(number)
            if spool is None:
                continue
            spool.seek(0)
            while True:
                try:
                    pledge = pickle.load(spool)  # written by this process a moment ago
                except EOFError:
                    break
                yield pledge

    def close(self) -> None:
        """Let go of the temporary files."""
        for spool in self.spools.values():
            spool.close()


def _version_so_far(top: TopLevel) -> int | None:
    # Pledges are checked as they stream past once the top level said what it is
    # (an export writes format and version first); otherwise a second pass checks them.
    version = top.values.get("version")
    if top.values.get("format") != FORMAT_NAME or isinstance(version, bool):
        return None
    return int(version) if version in READABLE_VERSIONS else None


def _document(top: TopLevel) -> Any:
    """The top level as `read_top` expects it: the pledges list stands in as empty."""
    if not top.is_object:
        return None
    keys = list(dict.fromkeys(top.keys))
    document = JsonObject(
        (key, [] if key == "pledges" and top.pledges_is_list else top.values[key]) for key in keys
    )
    document.duplicates = tuple(sorted({key for key in keys if top.keys.count(key) > 1}))
    return document


def _broken(reader: Reader, broken: JsonBroken) -> ExchangeFileInvalid:
    if broken.not_utf8:
        message = translate(
            "exchange", "is not UTF-8 text (line {line}, byte 0x{byte:02X}); save it as UTF-8"
        ).format(line=broken.line, byte=broken.byte)
    else:
        message = translate(
            "exchange", "is not valid JSON: line {line}, column {column}: {reason}"
        ).format(line=broken.line, column=broken.column, reason=broken.reason)
    reader.problem("", message)
    return ExchangeFileInvalid(reader.problems)


def _spool(spools: dict[int, IO[bytes]], pledge: ExchangePledge) -> None:
    spool = spools.get(pledge.revision)
    if spool is None:
        # Kept open past this function: ExchangeIndex.close lets it go.
        spool = tempfile.TemporaryFile(prefix="pledge-import-")  # noqa: SIM115
        spools[pledge.revision] = spool
    pickle.dump(pledge, spool, protocol=pickle.HIGHEST_PROTOCOL)


def _check_pledges(
    opener: Opener, source: str, version: int | None, chunk: int
) -> tuple[TopLevel, Reader, list[PledgeHead], dict[int, IO[bytes]], bool]:
    top = TopLevel()
    reader = Reader(source)
    heads: list[PledgeHead] = []
    spools: dict[int, IO[bytes]] = {}
    deferred = False
    try:
        with opener() as stream:
            for index, value in walk_document(stream, top, chunk=chunk):
                known = version if version is not None else _version_so_far(top)
                if known is None:
                    deferred = True
                    continue
                pledge = read_pledge(reader, value, index, known)
                if pledge is not None:
                    heads.append(pledge.head)
                    if not reader.problems:  # a file with problems is refused whole
                        _spool(spools, pledge)
    except JsonBroken as broken:
        _close(spools)
        raise _broken(Reader(source), broken) from None
    except BaseException:
        _close(spools)
        raise
    return top, reader, heads, spools, deferred


def _close(spools: dict[int, IO[bytes]]) -> None:
    for spool in spools.values():
        spool.close()


def check_exchange_file(opener: Opener, *, source: str, chunk: int = CHUNK) -> ExchangeIndex:
    """Read and check the whole file, holding one pledge at a time.

    Raises ExchangeFileInvalid naming the file, pledge and field of every problem, in
    the order and words `parse_exchange` gives for the same bytes.
    """
    top, pledges, heads, spools, deferred = _check_pledges(opener, source, None, chunk)
    reader = Reader(source)
    version = read_top(reader, _document(top))
    if version is not None and deferred:
        _close(spools)
        top, pledges, heads, spools, _ = _check_pledges(opener, source, version, chunk)
    problems = reader.problems + pledges.problems
    if version is None or problems:
        _close(spools)
        raise ExchangeFileInvalid(reader.problems if version is None else problems)
    return ExchangeIndex(source, version, tuple(heads), top.digest, spools)
