"""User text becomes literal, escaped markup, with per-character font fallback."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph

from pledge_app.reports.fonts import FontFace, FontSet
from pledge_app.reports.glyph_markup import GlyphMarkup, find_unprintable


def a_face(name: str, characters: str) -> FontFace:
    return FontFace(
        name=name,
        path=Path(f"/nowhere/{name}.ttf"),
        code_points=frozenset(map(ord, characters)),
        characters=frozenset(characters),
    )


LATIN = a_face("Latin", "ABCxyz<>&/b 12")
CJK = a_face("Cjk", "公司改革粗体")
RARE = a_face("Rare", "𠀀")
FONTS = FontSet(title=LATIN, heading=LATIN, body=LATIN, fallbacks=(CJK, RARE))


def test_markup_escapes_markup_characters_so_they_print_literally() -> None:
    markup = GlyphMarkup(FONTS)
    assert markup("x<y>z & <b>", LATIN) == "x&lt;y&gt;z &amp; &lt;b&gt;"


def test_markup_turns_newlines_into_line_breaks() -> None:
    markup = GlyphMarkup(FONTS)
    assert markup("A\r\nB\nC", LATIN) == "A<br/>B<br/>C"


def test_markup_wraps_runs_the_primary_face_lacks_in_a_face_that_has_them() -> None:
    markup = GlyphMarkup(FONTS)
    assert markup("A&B公司 改革𠀀x", LATIN) == (
        'A&amp;B<font name="Cjk">公司 改革</font><font name="Rare">𠀀</font>x'
    )


def test_markup_escapes_text_inside_fallback_runs() -> None:
    markup = GlyphMarkup(FONTS)
    assert markup("公<司", LATIN) == '<font name="Cjk">公</font>&lt;<font name="Cjk">司</font>'


def test_markup_is_valid_paragraph_input_for_hostile_text() -> None:
    text = "<img src='/etc/passwd'/> &nbsp; </para>"
    markup = GlyphMarkup(FONTS)
    paragraph = Paragraph(markup(text, LATIN))
    assert "".join(word.text for word in paragraph.frags) == text


def test_find_unprintable_lists_each_missing_character_once_in_order_seen() -> None:
    assert find_unprintable(["公司Q", "\ue000 Q\n", "改革"], FONTS) == ["Q", "\ue000"]


def test_find_unprintable_ignores_whitespace() -> None:
    assert find_unprintable([" \t\n\u3000\u00a0"], FONTS) == []
