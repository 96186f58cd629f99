"""An exchange file read from disk one pledge (or one task's tracking) at a time, checked
whole before any is written.

The checking pass reads and checks every pledge and tracking entry, keeping in memory only
what the checks against the database need (`PledgeHead`, the lineage keys) and setting each
checked one aside in a temporary file; the import's writing pass reads them back from
there, one at a time."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO

from pledge_app.core.exchange.document import read_top, top_lists
from pledge_app.core.exchange.reader import ExchangeFileInvalid, JsonObject, Reader
from pledge_app.core.exchange.schema import (
    FORMAT_NAME,
    READABLE_VERSIONS,
    ExchangePledge,
    PledgeHead,
    read_pledge,
)
from pledge_app.core.exchange.stream import CHUNK, JsonBroken, TopLevel, walk_document
from pledge_app.core.exchange.tracking_import import TrackingInput
from pledge_app.core.exchange.tracking_schema import ExchangeTracking, read_tracking
from pledge_app.core.i18n import translate

__all__ = ["ExchangeIndex", "Opener", "check_exchange_file"]

#: Opens the file afresh for each pass (the caller says how and names it in errors).
Opener = Callable[[], BinaryIO]


@dataclass(frozen=True)
class ExchangeIndex:
    """A file that passed every check: what the database checks need, its pledges and
    its tracking.

    The pledges wait in temporary files, one per revision, and the tracking in one more,
    as they were read (typed, images decoded), so writing them reads neither the JSON nor
    the user's file again.
    """

    source: str
    version: int
    heads: tuple[PledgeHead, ...]
    digest: str
    spools: dict[int, IO[bytes]] = field(default_factory=dict, compare=False, repr=False)
    #: Each tracking entry's key and its place in the file.
    tracked: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    #: The lineage keys the file's tasks carry.
    task_keys: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    tracking_spool: IO[bytes] | None = field(default=None, compare=False, repr=False)

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
            yield from _unspooled(spool)

    def tracking(self) -> Iterator[ExchangeTracking]:
        """The tracking entries, in file order."""
        if self.tracking_spool is not None:
            yield from _unspooled(self.tracking_spool)

    def tracking_input(self) -> TrackingInput:
        """The tracking as the import takes it."""
        return TrackingInput(keys=self.tracked, task_keys=self.task_keys, read=self.tracking)

    def close(self) -> None:
        """Let go of the temporary files."""
        _close(self.spools, self.tracking_spool)


def _unspooled(spool: IO[bytes]) -> Iterator[Any]:
    spool.seek(0)
    while True:
        try:
            value = pickle.load(spool)  # written by this process a moment ago
        except EOFError:
            return
        yield value


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
    document = JsonObject((key, [] if key in top.listed else top.values[key]) for key in keys)
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


def _new_spool() -> IO[bytes]:
    # Kept open past this function: ExchangeIndex.close lets it go.
    return tempfile.TemporaryFile(prefix="pledge-import-")


@dataclass
class _Pass:
    """What one pass over the file found: checked pledges and tracking, set aside."""

    top: TopLevel = field(default_factory=TopLevel)
    pledges: Reader = field(default_factory=lambda: Reader(""))
    tracking: Reader = field(default_factory=lambda: Reader(""))
    heads: list[PledgeHead] = field(default_factory=list)
    task_keys: set[str] = field(default_factory=set)
    spools: dict[int, IO[bytes]] = field(default_factory=dict)
    tracking_spool: IO[bytes] | None = None
    deferred: bool = False

    @property
    def clean(self) -> bool:
        """Whether no problem was found so far (a file with problems is refused whole)."""
        return not self.pledges.problems and not self.tracking.problems

    def pledge(self, pledge: ExchangePledge) -> None:
        self.heads.append(pledge.head)
        self.task_keys.update(task.key for task in pledge.content.tasks if task.key)
        if self.clean:
            spool = self.spools.get(pledge.revision)
            if spool is None:
                spool = self.spools[pledge.revision] = _new_spool()
            pickle.dump(pledge, spool, protocol=pickle.HIGHEST_PROTOCOL)

    def entry(self, entry: ExchangeTracking) -> None:
        if self.clean:
            if self.tracking_spool is None:
                self.tracking_spool = _new_spool()
            pickle.dump(entry, self.tracking_spool, protocol=pickle.HIGHEST_PROTOCOL)

    def close(self) -> None:
        _close(self.spools, self.tracking_spool)


def _check_pledges(opener: Opener, source: str, version: int | None, chunk: int) -> _Pass:
    found = _Pass(pledges=Reader(source), tracking=Reader(source))
    try:
        with opener() as stream:
            for name, index, value in walk_document(
                stream, found.top, keys=top_lists(3), chunk=chunk
            ):
                known = version if version is not None else _version_so_far(found.top)
                if known is None:
                    found.deferred = True
                elif name == "pledges":
                    pledge = read_pledge(found.pledges, value, index, known)
                    if pledge is not None:
                        found.pledge(pledge)
                elif name in top_lists(known):
                    entry = read_tracking(found.tracking, value, index)
                    if entry is not None:
                        found.entry(entry)
    except JsonBroken as broken:
        found.close()
        raise _broken(Reader(source), broken) from None
    except BaseException:
        found.close()
        raise
    return found


def _close(spools: dict[int, IO[bytes]], tracking: IO[bytes] | None = None) -> None:
    for spool in spools.values():
        spool.close()
    if tracking is not None:
        tracking.close()


def check_exchange_file(opener: Opener, *, source: str, chunk: int = CHUNK) -> ExchangeIndex:
    """Read and check the whole file, holding one pledge at a time.

    Raises ExchangeFileInvalid naming the file, pledge and field of every problem, in
    the order and words `parse_exchange` gives for the same bytes.
    """
    found = _check_pledges(opener, source, None, chunk)
    reader = Reader(source)
    version = read_top(reader, _document(found.top))
    if version is not None and found.deferred:
        found.close()
        found = _check_pledges(opener, source, version, chunk)
    problems = reader.problems + found.pledges.problems + found.tracking.problems
    if version is None or problems:
        found.close()
        raise ExchangeFileInvalid(reader.problems if version is None else problems)
    return ExchangeIndex(
        source,
        version,
        tuple(found.heads),
        found.top.digest,
        found.spools,
        tracked=found.tracking.tracked,
        task_keys=frozenset(found.task_keys),
        tracking_spool=found.tracking_spool,
    )
