"""File names for pledge PDFs: distinct, readable and safe on Windows."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pledge_app.core.views import PledgeView

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\..*)?")
_MAX_STEM = 120


class PdfFileNamer:
    """Names one pledge after another, never handing out the same name twice."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def name_for(self, view: PledgeView) -> str:
        """The file name for `view`, from its number, title and version."""
        stem = " ".join(part for part in (view.content.number, view.content.title) if part)
        stem = _UNSAFE.sub("_", stem).strip(" .")[:_MAX_STEM].rstrip(" .")
        if not stem or _RESERVED.fullmatch(stem):
            stem = f"{stem}_{view.id}" if stem else view.id
        if view.revision > 1:  # an amendment shares its number and title with the version before
            stem = f"{stem} v{view.revision}"
        name, serial = f"{stem}.pdf", 1
        while name.casefold() in self._taken:  # Windows file names ignore case
            serial += 1
            name = f"{stem} ({serial}).pdf"
        self._taken.add(name.casefold())
        return name


def pdf_file_names(views: Sequence[PledgeView]) -> list[str]:
    """A distinct file name per pledge, from its number, title and version, safe on Windows."""
    namer = PdfFileNamer()
    return [namer.name_for(view) for view in views]
