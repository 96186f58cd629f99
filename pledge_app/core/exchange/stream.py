"""Reading a JSON document from a file one value of its top-level lists at a time.

The standard library's C scanner decodes each value (`JSONDecoder.raw_decode`), so a
value reads exactly as `json.loads` would read it — duplicate keys, NaN, lone
surrogates, and the same "line, column: reason" when the file is broken — while only
the value being read is held in memory, never the whole file.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from pledge_app.core.exchange.reader import object_pairs

#: Bytes read at a time.
CHUNK = 1 << 20
_WHITESPACE = " \t\n\r"
# An error this close to the end of what was read may only mean the value goes on.
_LOOKAHEAD = 32
_DECODER = json.JSONDecoder(object_pairs_hook=object_pairs)


class JsonBroken(Exception):
    """The bytes are not UTF-8 JSON; `message` says where, as `json.loads` would."""

    def __init__(self, *, line: int, column: int = 0, reason: str = "", byte: int = -1) -> None:
        super().__init__(reason)
        self.line = line
        self.column = column
        self.reason = reason
        self.byte = byte  # the first byte that is not UTF-8, or -1 for a JSON error

    @property
    def not_utf8(self) -> bool:
        """Whether the bytes are not UTF-8 (rather than UTF-8 that is not JSON)."""
        return self.byte >= 0


@dataclass
class TopLevel:
    """The document's top level: an object's keys and small values, or what else it was."""

    is_object: bool = False
    values: dict[str, Any] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)  # in file order, repeated ones repeated
    listed: set[str] = field(default_factory=set)  # the walked keys whose value is a list
    digest: str = ""


class _Text:
    """The file decoded as UTF-8 a chunk at a time, with the position of what was let go."""

    def __init__(self, stream: BinaryIO, chunk: int) -> None:
        self._stream = stream
        self._chunk = chunk
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self._hash = hashlib.blake2b(digest_size=20)
        self._newlines_read = 0  # in the bytes handed to the decoder
        self._first = True
        self.eof = False
        self.buffer = ""
        self.pos = 0
        self._lines_before = 0  # newlines in text dropped from the front of the buffer
        self._column_before = 0  # characters after the last of them, in dropped text

    def digest(self) -> str:
        return self._hash.hexdigest()

    def _read(self, size: int) -> str:
        if self._first:
            size = max(size, len(codecs.BOM_UTF8))
        data = self._stream.read(size)
        while 0 < len(data) < size:  # a short read is not the end of the file
            more = self._stream.read(size - len(data))
            if not more:
                break
            data += more
        self._hash.update(data)
        end = not data
        if self._first:
            self._first = False
            if data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8) :]
        pending = self._decoder.getstate()[0]
        try:
            text = self._decoder.decode(data, final=end)
        except UnicodeDecodeError as error:
            before = self._newlines_read - pending.count(b"\n")
            line = before + error.object[: error.start].count(b"\n") + 1
            raise JsonBroken(line=line, byte=error.object[error.start]) from error
        self._newlines_read += data.count(b"\n")
        self.eof = end
        return text

    def more(self, size: int = 0) -> bool:
        """Read on, dropping what was consumed; False at the end of the file."""
        if self.eof:
            return False
        self._drop()
        self.buffer += self._read(size or self._chunk)
        return True

    def _drop(self) -> None:
        dropped = self.buffer[: self.pos]
        newlines = dropped.count("\n")
        if newlines:
            self._lines_before += newlines
            self._column_before = len(dropped) - dropped.rfind("\n") - 1
        else:
            self._column_before += len(dropped)
        self.buffer = self.buffer[self.pos :]
        self.pos = 0

    def broken(self, pos: int, reason: str) -> JsonBroken:
        """The error `json.loads` reports at `pos` of the buffer (after any non-UTF-8 bytes)."""
        self.drain_for_utf8(pos)
        head = self.buffer[:pos]
        newlines = head.count("\n")
        column = pos - head.rfind("\n") if newlines else self._column_before + pos + 1
        return JsonBroken(line=self._lines_before + newlines + 1, column=column, reason=reason)

    def drain_for_utf8(self, pos: int) -> None:
        # The whole file is UTF-8 checked before its JSON, as json.loads after decode did.
        keep_buffer, keep_pos = self.buffer, self.pos
        lines, column = self._lines_before, self._column_before
        while not self.eof:
            self.buffer, self.pos = "", 0
            self._read(self._chunk)
        self.buffer, self.pos = keep_buffer, keep_pos
        self._lines_before, self._column_before = lines, column

    def skip_space(self) -> str:
        """The next character that is not white space, or "" at the end of the file."""
        while True:
            buffer = self.buffer
            length = len(buffer)
            pos = self.pos
            while pos < length and buffer[pos] in _WHITESPACE:
                pos += 1
            self.pos = pos
            if pos < length:
                return buffer[pos]
            if not self.more():
                return ""

    def value(self) -> Any:
        """Decode the JSON value at the position (after white space), reading on as needed."""
        size = self._chunk
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except RecursionError:  # nested deeper than Python's stack (issue 7 item 24)
                raise self.broken(self.pos, "Nested too deeply") from None
            except json.JSONDecodeError as error:
                truncated = error.pos >= len(self.buffer) - _LOOKAHEAD or error.msg.startswith(
                    "Unterminated string"
                )
                if truncated and self.more(size):
                    size *= 2
                    continue
                raise self.broken(error.pos, error.msg) from None
            if end >= len(self.buffer) and self.more(size):
                # A number may go on past what was read; a value is whole once followed.
                size *= 2
                continue
            self.pos = end
            return value


def walk_document(
    stream: BinaryIO,
    top: TopLevel,
    *,
    keys: tuple[str, ...] = ("pledges",),
    chunk: int = CHUNK,
) -> Iterator[tuple[str, int, Any]]:
    """Yield (key, index from 1, value) for each value of the top-level object's lists
    named in `keys`, in file order.

    `top` is filled in as the walk goes: other keys' values (the last one of a repeated
    key, as `json.loads` keeps it), and at the end the file's digest.
    Raises JsonBroken when the file is not UTF-8 JSON.
    """
    text = _Text(stream, chunk)
    first = text.skip_space()
    if first == "{":
        top.is_object = True
        yield from _walk_object(text, top, keys)
    elif first == "[":
        for _ in _walk_list(text):
            pass
    else:
        if not first:
            raise text.broken(text.pos, "Expecting value")
        text.value()
    if text.skip_space():
        raise text.broken(text.pos, "Extra data")
    top.digest = text.digest()


def _walk_object(
    text: _Text, top: TopLevel, keys: tuple[str, ...]
) -> Iterator[tuple[str, int, Any]]:
    text.pos += 1
    following = text.skip_space()
    if following == "}":
        text.pos += 1
        return
    while True:
        if following != '"':
            raise text.broken(text.pos, "Expecting property name enclosed in double quotes")
        name = text.value()
        if text.skip_space() != ":":
            raise text.broken(text.pos, "Expecting ':' delimiter")
        text.pos += 1
        top.keys.append(name)
        if name in keys and text.skip_space() == "[":
            top.values.pop(name, None)
            top.listed.add(name)
            for index, item in _walk_list(text):
                yield name, index, item
        else:
            if text.skip_space() == "":
                raise text.broken(text.pos, "Expecting value")
            top.values[name] = text.value()
            top.listed.discard(name)
        separator = text.skip_space()
        if separator == "}":
            text.pos += 1
            return
        if separator != ",":
            raise text.broken(text.pos, "Expecting ',' delimiter")
        text.pos += 1
        following = text.skip_space()


def _walk_list(text: _Text) -> Iterator[tuple[int, Any]]:
    text.pos += 1
    if text.skip_space() == "]":
        text.pos += 1
        return
    index = 0
    while True:
        if text.skip_space() == "":
            raise text.broken(text.pos, "Expecting value")
        index += 1
        yield index, text.value()
        separator = text.skip_space()
        if separator == "]":
            text.pos += 1
            return
        if separator != ",":
            raise text.broken(text.pos, "Expecting ',' delimiter")
        text.pos += 1
