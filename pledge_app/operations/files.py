"""The user's files: read with a message naming the file, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from pledge_app.core.atomic_write import write_atomically
from pledge_app.core.errors import BadInput
from pledge_app.core.i18n import translate

__all__ = ["read_user_file", "write_user_file"]


def read_user_file(path: Path) -> bytes:
    """The bytes of a file the user named; a missing or unreadable one is bad input."""
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise BadInput(
            translate("files", "{file}: there is no such file").format(file=path)
        ) from error
    except IsADirectoryError as error:
        raise BadInput(
            translate("files", "{file}: is a folder, not a file").format(file=path)
        ) from error
    except OSError as error:
        raise BadInput(
            translate("files", "{file}: cannot be read: {reason}").format(
                file=path, reason=error.strerror or error
            )
        ) from error


def write_user_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that it is whole or absent; PledgeError names the file."""
    write_atomically(path, data)
