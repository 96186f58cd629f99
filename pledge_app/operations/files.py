"""The user's files: read with a message naming the file, written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from pledge_app.core.atomic_write import write_atomically
from pledge_app.core.errors import BadInput, PledgeError
from pledge_app.core.i18n import translate

__all__ = ["open_user_file", "read_user_file", "write_user_file", "writing_user_file"]


def _unreadable(path: Path, error: OSError) -> BadInput:
    if isinstance(error, FileNotFoundError):
        return BadInput(translate("files", "{file}: there is no such file").format(file=path))
    if isinstance(error, IsADirectoryError):
        return BadInput(translate("files", "{file}: is a folder, not a file").format(file=path))
    return BadInput(
        translate("files", "{file}: cannot be read: {reason}").format(
            file=path, reason=error.strerror or error
        )
    )


def read_user_file(path: Path) -> bytes:
    """The bytes of a file the user named; a missing or unreadable one is bad input."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise _unreadable(path, error) from error


def open_user_file(path: Path) -> BinaryIO:
    """A file the user named, open to read in binary; a missing or unreadable one is bad input."""
    try:
        if path.is_dir():
            raise IsADirectoryError(path)
        return path.open("rb")
    except OSError as error:
        raise _unreadable(path, error) from error


def write_user_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that it is whole or absent; PledgeError names the file."""
    write_atomically(path, data)


@contextmanager
def writing_user_file(path: Path) -> Iterator[BinaryIO]:
    """A stream to write `path` through, as `write_user_file` writes: whole or absent.

    What is written goes to a temporary file beside `path`, which replaces `path` only
    when the block ends without an error; PledgeError names the file.
    """
    try:
        folder = path.resolve().parent
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise _unwritable(path, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, path)
    except OSError as error:
        raise _unwritable(path, error) from error
    finally:
        Path(temporary).unlink(missing_ok=True)


def _unwritable(path: Path, error: OSError) -> PledgeError:
    return PledgeError(
        translate("files", "Cannot write {file}: {reason}").format(
            file=path, reason=error.strerror or error
        )
    )
