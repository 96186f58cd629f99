"""Find, register and describe the TrueType faces a printed pledge is set in."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from pledge_app import paths

log = logging.getLogger(__name__)

BUNDLED_FONT_FILE = "wqy-microhei.ttc"

# File names (lower case) per role, best first. Each entry is (file, subfont index).
# GB/T 9704: title in 小标宋 (else a bold hei/song), headings in 黑体, body in 仿宋.
TITLE_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("fzxbsjw.ttf", 0),
    ("simhei.ttf", 0),
    ("simsun.ttc", 0),
)
HEADING_CANDIDATES: tuple[tuple[str, int], ...] = (("simhei.ttf", 0),)
BODY_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("simfang.ttf", 0),
    ("simsun.ttc", 0),
)
# Only used per character, for what the role faces lack (SimSun-ExtB has CJK Ext. B names).
FALLBACK_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("simsun.ttc", 0),
    ("simsunb.ttf", 0),
    ("simkai.ttf", 0),
    ("msyh.ttc", 0),
)


@dataclass(frozen=True)
class FontFace:
    """One registered TrueType face and the code points it can draw."""

    name: str
    path: Path
    subfont_index: int = 0
    code_points: frozenset[int] = field(default=frozenset(), compare=False, repr=False)
    characters: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def has(self, char: str) -> bool:
        """Whether this face has a glyph for `char`."""
        return char in self.characters


@dataclass(frozen=True)
class FontSet:
    """The faces for each role of a pledge, plus per-character fallbacks."""

    title: FontFace
    heading: FontFace
    body: FontFace
    fallbacks: tuple[FontFace, ...] = ()

    def chain(self, primary: FontFace) -> tuple[FontFace, ...]:
        """Faces to try for a character, `primary` first, without repeats."""
        ordered = (primary, self.body, self.heading, self.title, *self.fallbacks)
        return tuple(dict.fromkeys(ordered))

    def all_faces(self) -> tuple[FontFace, ...]:
        """Every face of the set, without repeats."""
        return self.chain(self.body)

    @cached_property
    def covered_characters(self) -> frozenset[str]:
        """Every character some face of the set can draw."""
        return frozenset().union(*(face.characters for face in self.all_faces()))

    def first_covering(self, text: str, preferred: FontFace) -> FontFace:
        """The first face of the chain that draws all of `text`, else `preferred`."""
        needed = {ch for ch in text if not ch.isspace()}
        for face in self.chain(preferred):
            if needed <= face.characters:
                return face
        return preferred


def bundled_font_path(resources_dir: Path | None = None) -> Path:
    """Where the bundled free font (WenQuanYi Micro Hei, Apache-2.0) lives."""
    return (resources_dir or paths.resources_dir()) / "fonts" / BUNDLED_FONT_FILE


def default_font_dirs() -> list[Path]:
    """Folders that may hold installed fonts on Windows, Linux and macOS."""
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:  # fonts installed "for this user only" on Windows 10+
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    dirs += [
        home / ".fonts",
        home / ".local" / "share" / "fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / "Library" / "Fonts",
        Path("/Library/Fonts"),
    ]
    return dirs


def index_font_files(dirs: Iterable[Path]) -> dict[str, Path]:
    """Map lower-case file name to path for fonts in `dirs` and their subfolders (two deep)."""
    found: dict[str, Path] = {}

    def scan(folder: Path, depth: int) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            if entry.is_dir() and depth > 0:
                scan(Path(entry.path), depth - 1)
            elif entry.name.lower().endswith((".ttf", ".ttc")):
                found.setdefault(entry.name.lower(), Path(entry.path))

    for folder in dirs:
        scan(folder, 2)
    return found


@cache
def load_face(path: Path, subfont_index: int = 0) -> FontFace:
    """Register the face at `path` with ReportLab (once per process) and read its cmap."""
    digest = hashlib.sha1(f"{path.resolve()}#{subfont_index}".encode()).hexdigest()[:8]
    name = f"PM-{path.stem}-{subfont_index}-{digest}"
    if name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
    else:
        font = TTFont(name, str(path), subfontIndex=subfont_index)
        pdfmetrics.registerFont(font)
    # ReportLab has already parsed the cmap; reuse it instead of reading the file again.
    char_to_glyph: dict[int, int] = font.face.charToGlyph
    code_points = frozenset(cp for cp, glyph in char_to_glyph.items() if glyph)
    return FontFace(
        name=name,
        path=path,
        subfont_index=subfont_index,
        code_points=code_points,
        characters=frozenset(chr(cp) for cp in code_points),
    )


def _first_loadable(
    candidates: Sequence[tuple[str, int]], files: dict[str, Path]
) -> FontFace | None:
    for file_name, index in candidates:
        path = files.get(file_name)
        if path is None:
            continue
        try:
            return load_face(path, index)
        except (TTFError, OSError, ValueError, KeyError) as exc:
            # A damaged or CFF-outline font must not stop printing: try the next one.
            log.warning("skipping font %s: %s", path, exc)
    return None


def discover_fonts(
    *,
    font_dirs: Iterable[Path] | None = None,
    resources_dir: Path | None = None,
) -> FontSet:
    """Pick installed official-document faces per role, falling back to the bundled font.

    `font_dirs=()` uses the bundled font only (reproducible output, e.g. in tests).
    """
    bundled = load_face(bundled_font_path(resources_dir), 0)
    files = index_font_files(default_font_dirs() if font_dirs is None else font_dirs)
    body = _first_loadable(BODY_CANDIDATES, files) or bundled
    heading = _first_loadable(HEADING_CANDIDATES, files) or bundled
    title = _first_loadable(TITLE_CANDIDATES, files) or heading
    extras = [
        face
        for candidate in FALLBACK_CANDIDATES
        if (face := _first_loadable((candidate,), files)) is not None
    ]
    return FontSet(
        title=title,
        heading=heading,
        body=body,
        fallbacks=tuple(dict.fromkeys((*extras, bundled))),
    )


@cache
def default_font_set() -> FontSet:
    """The font set found on this machine, looked up once per process."""
    return discover_fonts()
