"""File names for pledge PDFs: distinct, readable and safe on Windows."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pledge_app.core.views import PledgeView

# Characters Windows refuses, control characters, and lone surrogates (no UTF-8 for them).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\ud800-\udfff]+')
# Bidirectional controls make `x\u202etxt.exe.pdf` show as `xfdp.exe.txt`: dropped.
_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# Device names Windows reserves, with any extension; the superscript digits count too.
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])")
#: File systems allow 255 bytes a name; a batch writes `.NAME.pending` first, and the atomic
#: writer a temporary `.NAME.pending.<8 random characters>.tmp` beside it: 23 bytes more
#: than NAME.
MAX_NAME_BYTES = 230
_SUFFIX = ".pdf"


def _clean(text: str) -> str:
    return _UNSAFE.sub("_", _BIDI.sub("", text)).strip(" .")


def _is_reserved(stem: str) -> bool:
    # Windows ignores what follows the first dot, and spaces before it.
    return _RESERVED.fullmatch(stem.split(".", 1)[0].rstrip(" ")) is not None


def _fit(stem: str, tail: str) -> str:
    """`stem` cut to whole characters so that `stem + tail + .pdf` fits in MAX_NAME_BYTES."""
    budget = MAX_NAME_BYTES - len((tail + _SUFFIX).encode("utf-8"))
    cut = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip(" .")
    return f"{cut}{tail}{_SUFFIX}"


class PdfFileNamer:
    """Names one pledge after another, never handing out the same name twice."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def name_for(self, view: PledgeView) -> str:
        """The file name for `view`, from its number, title and version."""
        stem = _clean(" ".join(part for part in (view.content.number, view.content.title) if part))
        if not stem:
            stem = _clean(view.id) or "pledge"
        elif _is_reserved(stem):
            head, dot, rest = stem.partition(".")
            stem = f"{head.rstrip(' ')}_{_clean(view.id)}{dot}{rest}"
        # An amendment shares its number and title with the version before.
        version = f" v{view.revision}" if view.revision > 1 else ""
        name, serial = _fit(stem, version), 1
        while name.casefold() in self._taken:  # Windows file names ignore case
            serial += 1
            name = _fit(stem, f"{version} ({serial})")
        self._taken.add(name.casefold())
        return name


def pdf_file_names(views: Sequence[PledgeView]) -> list[str]:
    """A distinct file name per pledge, from its number, title and version, safe on Windows."""
    namer = PdfFileNamer()
    return [namer.name_for(view) for view in views]
