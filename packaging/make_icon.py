"""Draw the application icon (a red seal with 责) into packaging/pledge-manager.ico and .png.

The committed icon files are what the build uses; run this only to redraw them:

    uv run python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "resources" / "fonts" / "wqy-microhei.ttc"
SEAL_RED = (196, 30, 36, 255)
SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def draw(size: int = 1024) -> Image.Image:
    """The icon at `size` pixels: a rounded red square seal, white border, white 责."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 32
    pen.rounded_rectangle(
        (margin, margin, size - margin, size - margin), radius=size // 6, fill=SEAL_RED
    )
    inset = size // 9
    pen.rounded_rectangle(
        (inset, inset, size - inset, size - inset),
        radius=size // 10,
        outline=(255, 255, 255, 255),
        width=max(1, size // 28),
    )
    font = ImageFont.truetype(str(FONT), int(size * 0.6))
    pen.text((size / 2, size / 2), "责", font=font, fill=(255, 255, 255, 255), anchor="mm")
    return image


def main() -> None:
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(HERE / "pledge-manager.png")
    big.save(HERE / "pledge-manager.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {HERE / 'pledge-manager.ico'} and {HERE / 'pledge-manager.png'}")


if __name__ == "__main__":
    main()
