"""The signature block prints each party's unit and its date in Chinese form once signed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from pledge_app.core.enums import Party
from pledge_app.core.images import as_png
from pledge_app.core.views import PartyView
from pledge_app.reports.fonts import FontSet
from pledge_app.reports.glyph_markup import GlyphMarkup
from pledge_app.reports.line_breaking import balanced_lines
from pledge_app.reports.print_options import DateStyle
from pledge_app.reports.signature_block import (
    SIGN_HERE,
    SIGNED_ROW,
    SignatoryColumn,
    signatory_columns,
    signature_block,
)
from pledge_app.reports.styles import BODY_SIZE, build_styles
from tests.reports.samples import a_signature, page_texts
from tests.signing_helpers import seal_jpeg


def render_block(columns: list[SignatoryColumn], fonts: FontSet, path: Path) -> str:
    markup = GlyphMarkup(fonts)
    block = signature_block(columns, build_styles(fonts), lambda text: markup(text, fonts.body))
    SimpleDocTemplate(str(path), initialFontName=fonts.body.name).build([block])
    return "".join(page_texts(path))


def test_signed_columns_show_their_dates_in_arabic_numerals(
    bundled_fonts: FontSet, tmp_path: Path
) -> None:
    # GB/T 9704-2012 writes 成文日期 in Arabic numerals: the default (issue 7, item 5).
    columns = [
        SignatoryColumn("甲方", PartyView("市委改革办"), date(2026, 5, 10)),
        SignatoryColumn("乙方", PartyView("A&B<局>"), date(2026, 12, 31)),
    ]
    text = render_block(columns, bundled_fonts, tmp_path / "block.pdf")
    assert "2026年5月10日" in text
    assert "2026年12月31日" in text
    assert "〇" not in text
    assert "市委改革办" in text
    assert "A&B<局>" in text


def test_the_chinese_numeral_form_stays_an_option(bundled_fonts: FontSet, tmp_path: Path) -> None:
    columns = [
        SignatoryColumn(
            "甲方", PartyView("市委改革办"), date(2026, 5, 10), None, DateStyle.CHINESE
        ),
        SignatoryColumn("乙方", PartyView("市财政局"), date(2026, 12, 31), None, DateStyle.CHINESE),
    ]
    text = render_block(columns, bundled_fonts, tmp_path / "block.pdf")
    assert "二〇二六年五月十日" in text
    assert "二〇二六年十二月三十一日" in text


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
    date_y = starts["2026年3月1日"][1]
    unit_y = starts["市委全面深化改革委员会"][1]
    x, y, size, _ = seals[0]
    assert y < date_y < y + size / 2  # the date in the seal's lower half (骑年盖月)
    assert y + size / 2 < unit_y + BODY_SIZE < y + size  # the unit name in its upper half
    assert y + size < label_y  # the seal stays below the 负责人（签字） label's baseline


LONG_UNIT = "市委全面深化改革委员会办公室"


def test_a_long_unit_name_breaks_into_even_lines(bundled_fonts: FontSet) -> None:
    font = bundled_fonts.body.name
    width = stringWidth(LONG_UNIT[:-1], font, BODY_SIZE) + 1  # one character short
    lines = balanced_lines(LONG_UNIT, font, BODY_SIZE, width)
    assert "".join(lines) == LONG_UNIT
    assert [len(line) for line in lines] == [7, 7]  # not 13 and 1
    assert balanced_lines("市财政局", font, BODY_SIZE, width) == ["市财政局"]
    # The line-breaking rules still hold: no line starts with closing punctuation.
    lines = balanced_lines("市发展和改革委员会（市粮食和物资储备局）", font, BODY_SIZE, width)
    assert lines == ["市发展和改革委员会", "（市粮食和物资储备局）"]  # the second name whole
    lines = balanced_lines("市委全面深化改革委员会办公室，财政局", font, BODY_SIZE, width)
    assert all(line[0] not in "）)，。" and line[-1] not in "（(" for line in lines)


def text_runs(path: Path) -> list[tuple[str, float, float]]:
    """(text, x, y) of each run of text drawn on the first page."""
    runs: list[tuple[str, float, float]] = []

    def text(value: str, cm: list[float], tm: list[float], *_: object) -> None:
        if value.strip():
            runs.append((value.strip(), cm[4] + tm[4], cm[5] + tm[5]))

    PdfReader(path).pages[0].extract_text(visitor_text=text)
    return runs


def test_signed_block_keeps_names_balanced_signatures_clear_and_columns_apart(
    bundled_fonts: FontSet, tmp_path: Path
) -> None:
    signatures = (a_signature(Party.ISSUER), a_signature(Party.RESPONSIBLE))
    columns = signatory_columns(
        PartyView(LONG_UNIT), PartyView("市发展和改革委员会"), signatures=signatures
    )
    path = tmp_path / "signed.pdf"
    render_block(list(columns), bundled_fonts, path)
    runs = text_runs(path)
    unit_lines = [value for value, _, _ in runs if value in LONG_UNIT]
    assert "".join(unit_lines) == LONG_UNIT
    assert min(len(line) for line in unit_lines) >= 5  # no character or two alone
    images, starts = placements(path)
    right_column = starts["乙方（盖章）："][0]
    font = bundled_fonts.body.name
    # The columns are apart by at least a character and a half of body text.
    left_text_end = max(
        x + stringWidth(value, font, BODY_SIZE) for value, x, _ in runs if x < right_column
    )
    assert right_column - left_text_end >= 1.5 * BODY_SIZE - 0.01
    # The issuer's signature stops short of the responsible unit's 负责人（签字） label.
    drawn = [image for image in images if abs(image[2] - image[3]) >= 1]
    left_signature = min(drawn, key=lambda image: image[0])
    assert left_signature[0] + left_signature[2] <= right_column - BODY_SIZE


def seal_draw_states(path: Path) -> list[dict[str, object]]:
    """The graphics state (/ca, /BM) in force for each seal image (a square image) drawn."""
    page = PdfReader(path).pages[0]
    resources: Any = page["/Resources"]
    states = resources.get("/ExtGState", {})
    current: list[dict[str, object]] = [{}]
    found: list[dict[str, object]] = []

    def operator(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if op == b"q":
            current.append(dict(current[-1]))
        elif op == b"Q":
            current.pop()
        elif op == b"gs":
            state = states[args[0]].get_object()
            current[-1].update({key: state[key] for key in state})
        elif op == b"Do" and abs(cm[0] - cm[3]) < 1:
            found.append(dict(current[-1]))

    page.extract_text(visitor_operand_before=operator)
    return found


def test_seals_are_translucent_so_the_date_under_them_reads(
    bundled_fonts: FontSet, tmp_path: Path
) -> None:
    signatures = (a_signature(Party.ISSUER), a_signature(Party.RESPONSIBLE))
    columns = signatory_columns(
        PartyView("市委改革办"), PartyView("市财政局"), signatures=signatures
    )
    path = tmp_path / "seals.pdf"
    render_block(list(columns), bundled_fonts, path)
    states = seal_draw_states(path)
    assert len(states) == 2
    for state in states:
        assert 0.75 <= float(state["/ca"]) <= 0.85  # type: ignore[arg-type]
        assert state["/BM"] == "/Multiply"


def image_blend_modes(path: Path) -> list[tuple[bool, object, object]]:
    """(square, /BM, /ca) in force for each image drawn on the first page."""
    page = PdfReader(path).pages[0]
    resources: Any = page["/Resources"]
    states = resources.get("/ExtGState", {})
    current: list[dict[str, object]] = [{}]
    found: list[tuple[bool, object, object]] = []

    def operator(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if op == b"q":
            current.append(dict(current[-1]))
        elif op == b"Q":
            current.pop()
        elif op == b"gs":
            state = states[args[0]].get_object()
            current[-1].update({key: state[key] for key in state})
        elif op == b"Do":
            state = current[-1]
            found.append((abs(cm[0] - cm[3]) < 1, state.get("/BM"), state.get("/ca")))

    page.extract_text(visitor_operand_before=operator)
    return found


def test_images_scanned_as_jpeg_print_like_ink_over_the_text(
    bundled_fonts: FontSet, tmp_path: Path
) -> None:
    # Issue 7 item 15: a JPEG has no transparency; multiplied, its white paper leaves the
    # unit name and date beneath it readable, and the seal keeps its translucent look.
    seal = as_png(seal_jpeg((240, 240)))
    signature = as_png(seal_jpeg((300, 110)))
    assert seal is not None and signature is not None
    signatures = tuple(
        a_signature(party, image=signature, seal_image=seal)
        for party in (Party.ISSUER, Party.RESPONSIBLE)
    )
    columns = signatory_columns(
        PartyView("市委改革办"), PartyView("市财政局"), signatures=signatures
    )
    path = tmp_path / "jpeg.pdf"
    render_block(list(columns), bundled_fonts, path)
    drawn = image_blend_modes(path)
    seals = [(mode, alpha) for square, mode, alpha in drawn if square]
    handwriting = [(mode, alpha) for square, mode, alpha in drawn if not square]
    assert len(seals) == 2 and len(handwriting) == 2
    assert all(mode == "/Multiply" and 0.75 <= float(alpha) <= 0.85 for mode, alpha in seals)  # type: ignore[arg-type]
    assert all(mode == "/Multiply" for mode, _ in handwriting)
