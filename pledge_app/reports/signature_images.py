"""Signature and seal images drawn at absolute offsets over the signature block's text."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table

from pledge_app.core.enums import Party
from pledge_app.core.errors import PledgeError
from pledge_app.core.i18n import translate

# A seal still presses on a line whose middle is within this share of its diameter from centre.
_REACH = 0.45
_DATE_BELOW_CENTRE = 0.22
# Seal ink is translucent: multiplied over the text, and not quite solid, the unit name
# and date under a seal stay readable, as on paper pressed with a real seal.
SEAL_ALPHA = 0.8
SEAL_BLEND = "Multiply"


class UnreadableImage(PledgeError):
    """A recorded signature or seal image is not a readable picture."""


@dataclass(frozen=True)
class PngImage:
    """A decoded image and its size in pixels."""

    reader: ImageReader
    width: int
    height: int

    def fit(self, max_width: float, max_height: float) -> tuple[float, float]:
        """The largest size inside the box that keeps the aspect ratio."""
        scale = min(max_width / self.width, max_height / self.height)
        return self.width * scale, self.height * scale


def read_png(data: bytes, *, what: str, party: Party) -> PngImage:
    """Decode image bytes once, before any page is built; UnreadableImage if they are damaged."""
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception as error:  # PIL and ReportLab raise many types for a damaged file
        if what == "seal":
            message = translate("reports", "The recorded seal image of the {party} is damaged.")
        else:
            message = translate(
                "reports", "The recorded signature image of the {party} is damaged."
            )
        raise UnreadableImage(message.format(party=party_name(party))) from error
    if width <= 0 or height <= 0:
        raise UnreadableImage(
            translate("reports", "The recorded image of the {party} is empty.").format(
                party=party_name(party)
            )
        )
    return PngImage(reader, int(width), int(height))


def party_name(party: Party) -> str:
    """The party as a clerk names it in a message."""
    if party is Party.ISSUER:
        return translate("reports", "issuer")
    return translate("reports", "responsible unit")


@dataclass(frozen=True)
class _Grid:
    """Row and column edges of a laid-out table, in points from its bottom-left corner."""

    rows: Sequence[float]  # rows[i] is the top of row i, rows[i + 1] its bottom
    columns: Sequence[float]  # columns[j] is the left of column j, columns[j + 1] its right

    def middle_of_row(self, row: int) -> float:
        return (self.rows[row] + self.rows[row + 1]) / 2


@dataclass(frozen=True)
class PlacedImage:
    """One image and where it goes in the grid, as a box (x, y from the column's left, row)."""

    image: PngImage
    column: int
    left: float
    top_row: int
    bottom_row: int
    max_size: tuple[float, float]
    centred: bool  # centred in its rows and on `left` (a seal), or from `left` (a signature)
    rise: float = 0.0  # a signature's height above its rows' foot: where the text stands
    clear_right: float = 0.0  # a signature stops this far short of its column's right edge

    @classmethod
    def signature(
        cls,
        image: PngImage,
        *,
        column: int,
        left: float,
        rows: tuple[int, int],
        box: tuple[float, float],
        rise: float = 0.0,
        clear_right: float = 0.0,
    ) -> PlacedImage:
        """A signature from `left` towards the column's right edge, `rise` above its rows' foot."""
        return cls(
            image,
            column,
            left,
            rows[0],
            rows[1],
            box,
            centred=False,
            rise=rise,
            clear_right=clear_right,
        )

    @classmethod
    def seal(
        cls,
        image: PngImage,
        *,
        column: int,
        centre_x: float,
        between_rows: tuple[int, int],
        diameter: float,
    ) -> PlacedImage:
        """A seal centred at `centre_x`, halfway between the middles of two rows."""
        top, bottom = between_rows
        return cls(image, column, centre_x, top, bottom, (diameter, diameter), centred=True)

    def draw(self, canvas: Canvas, grid: _Grid) -> None:
        """Draw over whatever is already on the canvas (transparency kept)."""
        column_left = grid.columns[self.column]
        if self.centred:
            width, height = self.image.fit(*self.max_size)
            upper = grid.middle_of_row(self.top_row)
            lower = grid.middle_of_row(self.bottom_row)
            centre_y = (upper + lower) / 2
            if (upper - lower) / 2 > height * _REACH:
                # Too far apart to cover both: press on the date, which must never go
                # unsealed, with it in the lower half of the seal (GB/T 9704-2012, 7.3.5.1).
                centre_y = lower + height * _DATE_BELOW_CENTRE
            x = column_left + self.left - width / 2
            y = centre_y - height / 2
        else:
            room_width = grid.columns[self.column + 1] - column_left - self.left - self.clear_right
            top, bottom = grid.rows[self.top_row], grid.rows[self.bottom_row + 1] + self.rise
            width, height = self.image.fit(
                min(self.max_size[0], room_width), min(self.max_size[1], top - bottom)
            )
            x = column_left + self.left
            y = bottom
        canvas.saveState()
        # Multiplied like ink on paper: the white of a seal or signature scanned as JPEG
        # (kept as an opaque PNG) leaves the text beneath it as it was.
        canvas.setBlendMode(SEAL_BLEND)
        if self.centred:
            canvas.setFillAlpha(SEAL_ALPHA)  # applies to images too (PDF 32000, 11.6.4.4)
        canvas.drawImage(self.image.reader, x, y, width, height, mask="auto")
        canvas.restoreState()


class SignatureImages(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A table with images drawn over it once its rows are laid out; never split."""

    def __init__(self, table: Table, images: Sequence[PlacedImage]) -> None:
        super().__init__()
        self._table = table
        self._images = tuple(images)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self._table.wrap(avail_width, avail_height)
        self.width, self.height = width, height
        return width, height

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)
        # Set by Table.wrap; ReportLab has kept these names since 2.x.
        grid = _Grid(rows=self._table._rowpositions, columns=self._table._colpositions)
        for image in self._images:
            image.draw(self.canv, grid)
