"""The signature block prints each party's unit and its date in Chinese form once signed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from pledge_app.core.enums import Party
from pledge_app.core.views import PartyView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.glyph_markup import GlyphMarkup
from pledge_app.reports.signature_block import (
    SIGN_HERE,
    SIGNED_ROW,
    SignatoryColumn,
    signatory_columns,
    signature_block,
)
from pledge_app.reports.styles import BODY_SIZE, build_styles
from tests.reports.samples import a_signature, page_texts


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


def placements(path: Path) -> tuple[list[tuple[float, ...]], dict[str, tuple[float, float]]]:
    """(x, y, width, height) of each image drawn, and where each line of text starts."""
    page = PdfReader(path).pages[0]
    images: list[tuple[float, ...]] = []
    starts: dict[str, tuple[float, float]] = {}

    def operator(op: bytes, args: object, cm: list[float], tm: list[float]) -> None:
        if op == b"Do":  # an image is drawn into the unit square the matrix maps
            images.append((cm[4], cm[5], cm[0], cm[3]))

    def text(value: str, cm: list[float], tm: list[float], *_: object) -> None:
        if value.strip():
            starts.setdefault(value.strip(), (cm[4] + tm[4], cm[5] + tm[5]))

    page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return images, starts


def test_a_signature_stands_right_of_its_label_and_the_seal_sits_on_unit_and_date(
    bundled_fonts: FontSet, tmp_path: Path
) -> None:
    signatures = (a_signature(Party.ISSUER), a_signature(Party.RESPONSIBLE))
    columns = signatory_columns(
        PartyView("市委全面深化改革委员会"), PartyView("市财政局"), signatures=signatures
    )
    path = tmp_path / "signed.pdf"
    render_block(list(columns), bundled_fonts, path)
    images, starts = placements(path)
    seals = [image for image in images if abs(image[2] - image[3]) < 1]
    drawn = [image for image in images if image not in seals]
    assert len(seals) == len(drawn) == 2
    label_width = stringWidth(SIGN_HERE, bundled_fonts.body.name, BODY_SIZE)
    label_y = starts[SIGN_HERE][1]
    for x, y, _width, height in drawn:
        column_left = min(
            (left for left, _ in [starts["甲方（盖章）："], starts["乙方（盖章）："]] if left <= x),
            key=lambda left: x - left,
        )
        assert x >= column_left + label_width  # never over the label
        assert height <= SIGNED_ROW + 0.01  # whole, not cut at the top
        assert label_y - BODY_SIZE / 2 <= y <= label_y  # standing on the label's baseline
    date_y = starts["二〇二六年三月一日"][1]
    unit_y = starts["市委全面深化改革委员会"][1]
    x, y, size, _ = seals[0]
    assert y < date_y < y + size / 2  # the date in the seal's lower half (骑年盖月)
    assert y + size / 2 < unit_y + BODY_SIZE < y + size  # the unit name in its upper half
    assert y + size < label_y  # the seal stays below the 负责人（签字） label's baseline
