"""The signature block prints each party's unit and its date in Chinese form once signed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate

from pledge_app.core.views import PartyView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.glyph_markup import GlyphMarkup
from pledge_app.reports.signature_block import SignatoryColumn, signature_block
from pledge_app.reports.styles import build_styles
from tests.reports.samples import page_texts


def render_block(columns: list[SignatoryColumn], fonts: FontSet, path: Path) -> str:
    markup = GlyphMarkup(fonts)
    block = signature_block(columns, build_styles(fonts), lambda text: markup(text, fonts.body))
    SimpleDocTemplate(str(path), initialFontName=fonts.body.name).build([block])
    return "".join(page_texts(path))


def test_signed_columns_show_their_dates_in_chinese(bundled_fonts: FontSet, tmp_path: Path) -> None:
    columns = [
        SignatoryColumn("甲方", PartyView("市委改革办"), date(2026, 5, 10)),
        SignatoryColumn("乙方", PartyView("A&B<局>"), date(2026, 12, 31)),
    ]
    text = render_block(columns, bundled_fonts, tmp_path / "block.pdf")
    assert "二〇二六年五月十日" in text
    assert "二〇二六年十二月三十一日" in text
    assert "市委改革办" in text
    assert "A&B<局>" in text


def test_no_columns_print_nothing(bundled_fonts: FontSet, tmp_path: Path) -> None:
    assert render_block([], bundled_fonts, tmp_path / "empty.pdf") == ""
