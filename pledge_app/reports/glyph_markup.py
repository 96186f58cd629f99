"""Turn user text into safe Paragraph markup, switching font per character where needed."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from pledge_app.reports.fonts import FontFace, FontSet


def find_unprintable(texts: Iterable[str], fonts: FontSet) -> list[str]:
    """The distinct characters (first-seen order) that no face of `fonts` can draw.

    Whitespace is ignored: it is laid out, never drawn.
    """
    covered = fonts.covered_characters
    missing: dict[str, None] = {}
    for text in texts:
        if set(text) <= covered:
            continue
        for char in text:
            if char not in covered and not char.isspace():
                missing[char] = None
    return list(missing)


def _escape_run(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


class GlyphMarkup:
    """Builds Paragraph markup from plain text for one font set.

    Every user value goes through here: it is XML-escaped (so `<b>` and `A&B`
    print literally), newlines become `<br/>`, and runs of characters the
    primary face lacks are wrapped in `<font name=...>` for a face that has them.
    """

    def __init__(self, fonts: FontSet) -> None:
        self._fonts = fonts
        self._chains: dict[str, tuple[FontFace, ...]] = {}
        self._choice: dict[tuple[str, str], FontFace] = {}

    def __call__(self, text: str, primary: FontFace) -> str:
        """Markup that draws `text` literally, `primary` where it can."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if set(text) <= primary.characters:
            return _escape_run(text)
        return self._with_fallbacks(text, primary)

    def _face_for(self, char: str, primary: FontFace) -> FontFace:
        key = (primary.name, char)
        face = self._choice.get(key)
        if face is None:
            face = primary
            if not char.isspace():
                chain = self._chains.get(primary.name)
                if chain is None:
                    chain = self._chains[primary.name] = self._fonts.chain(primary)
                face = next((f for f in chain if char in f.characters), primary)
            self._choice[key] = face
        return face

    def _with_fallbacks(self, text: str, primary: FontFace) -> str:
        parts: list[str] = []
        run: list[str] = []
        run_face = primary
        for char in text:
            face = run_face if char.isspace() else self._face_for(char, primary)
            if face is not run_face and run:
                parts.append(self._wrap("".join(run), run_face, primary))
                run = []
            run_face = face
            run.append(char)
        if run:
            parts.append(self._wrap("".join(run), run_face, primary))
        return "".join(parts)

    @staticmethod
    def _wrap(run: str, face: FontFace, primary: FontFace) -> str:
        if face is primary:
            return _escape_run(run)
        return f'<font name="{face.name}">{_escape_run(run)}</font>'
