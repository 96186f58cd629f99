"""Font discovery: installed official-document faces first, the bundled font always."""

from __future__ import annotations

import shutil
from pathlib import Path

from pledge_app.reports.fonts import bundled_font_path, discover_fonts


def test_without_installed_fonts_every_role_uses_the_bundled_font() -> None:
    fonts = discover_fonts(font_dirs=())
    bundled = bundled_font_path()
    assert {fonts.title.path, fonts.heading.path, fonts.body.path} == {bundled}
    assert fonts.fallbacks[-1].path == bundled


def test_bundled_font_and_its_licence_ship_together() -> None:
    font = bundled_font_path()
    assert font.stat().st_size > 1_000_000
    licence = font.parent / "LICENSE-wqy-microhei.txt"
    assert "Apache" in licence.read_text(encoding="utf-8")


def test_bundled_font_draws_common_chinese_and_digits() -> None:
    fonts = discover_fonts(font_dirs=())
    assert set("目标责任书二〇二六年·—2026ABC（）：") <= fonts.body.characters


def test_windows_font_names_are_found_whatever_their_case(tmp_path: Path) -> None:
    windows_fonts = tmp_path / "Fonts"
    windows_fonts.mkdir()
    # Any TrueType file will do to stand in for FangSong and SimHei.
    shutil.copy(bundled_font_path(), windows_fonts / "SIMFANG.TTF")
    shutil.copy(bundled_font_path(), windows_fonts / "simhei.ttf")
    fonts = discover_fonts(font_dirs=[windows_fonts])
    assert fonts.body.path == windows_fonts / "SIMFANG.TTF"
    assert fonts.heading.path == windows_fonts / "simhei.ttf"
    assert fonts.title.path == windows_fonts / "simhei.ttf"
    assert fonts.fallbacks[-1].path == bundled_font_path()


def test_a_broken_font_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "simfang.ttf").write_bytes(b"not a font")
    fonts = discover_fonts(font_dirs=[tmp_path])
    assert fonts.body.path == bundled_font_path()
