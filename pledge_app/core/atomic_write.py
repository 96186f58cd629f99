"""Writing a file the user asked for so that it is whole or absent, never half written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pledge_app.core.errors import PledgeError
from pledge_app.core.i18n import translate


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file beside it, replacing `path` only once
    the data is complete; raises PledgeError naming the file when it cannot be written."""
    try:
        folder = path.resolve().parent
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise PledgeError(
            translate("files", "Cannot write {file}: {reason}").format(
                file=path, reason=error.strerror or error
            )
        ) from error
