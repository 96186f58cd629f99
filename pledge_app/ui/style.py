"""The look in one place: named colours and the few style sheets built from them.

Pages and dialogs ask for a role ("muted text", "a danger panel"), never for a hex value,
so a dark or high-contrast theme is one change here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.tracking.states import Light


@dataclass(frozen=True)
class Palette:
    """The colours the application paints with, by role."""

    text: str = "#1d2939"
    text_secondary: str = "#344054"
    text_muted: str = "#475467"
    text_hint: str = "#667085"
    text_faint: str = "#98a2b3"
    border: str = "#d0d5dd"
    border_light: str = "#e4e7ec"
    border_input: str = "#c4cad3"
    surface: str = "#ffffff"
    surface_subtle: str = "#f9fafb"
    surface_heading: str = "#eef1f5"
    surface_empty: str = "#f7f8fa"
    surface_disabled: str = "#f3f4f6"
    danger: str = "#b42318"
    danger_strong: str = "#d92d20"
    danger_text: str = "#7a271a"
    danger_surface: str = "#fef3f2"
    danger_border: str = "#fda29b"
    danger_border_light: str = "#fecdca"
    danger_input_surface: str = "#fff5f4"
    invalid_cell: str = "#fde8e8"
    success: str = "#067647"
    success_strong: str = "#17b26a"
    success_surface: str = "#ecfdf3"
    success_border: str = "#abefc6"
    warning: str = "#93370d"
    warning_strong: str = "#b54708"
    warning_surface: str = "#fffaeb"
    warning_border: str = "#fedf89"
    info: str = "#0b5394"
    info_surface: str = "#e3effb"
    info_border: str = "#9ec5ec"
    accent_surface: str = "#eef4ff"
    accent_border: str = "#c7d7fe"
    changed_surface: str = "#fff5d6"
    added_surface: str = "#e3f5e6"
    removed_surface: str = "#fde7e7"
    pad_guide: str = "#d5dae1"
    pad_mark: str = "#b8bfc9"
    pad_hint: str = "#9aa2ad"
    preview_backdrop: str = "#5f6368"
    badge_draft: tuple[str, str] = ("#8a5a00", "#fff4d6")
    badge_ready: tuple[str, str] = ("#0b5394", "#e3effb")
    badge_signed: tuple[str, str] = ("#1e6b34", "#e3f4e8")
    badge_superseded: tuple[str, str] = ("#555555", "#eeeeee")
    # The traffic lights of tracked tasks: done is blue, neither good nor bad news any more.
    light_red: str = "#d92d20"
    light_yellow: str = "#f0b400"
    light_green: str = "#17b26a"
    light_done: str = "#2e78d2"


#: The palette in use.
PALETTE = Palette()


class Tone(Enum):
    """The feeling of a panel or a banner."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    DANGER = "danger"


def status_badge_colours(status: PledgeStatus) -> tuple[str, str]:
    """(text, background) of the badge that shows a pledge's status."""
    p = PALETTE
    return {
        PledgeStatus.DRAFT: p.badge_draft,
        PledgeStatus.READY_TO_SIGN: p.badge_ready,
        PledgeStatus.SIGNED: p.badge_signed,
        PledgeStatus.SUPERSEDED: p.badge_superseded,
    }[status]


def invalid_input() -> str:
    """The style sheet of an input whose value breaks a rule."""
    return f"border: 1px solid {PALETTE.danger_strong}; background: {PALETTE.danger_input_surface};"


def colour(value: str) -> QColor:
    """A QColor of a palette value."""
    return QColor(value)


def tone_colours(tone: Tone) -> tuple[str, str, str]:
    """(background, text, border) of a tone."""
    p = PALETTE
    return {
        Tone.INFO: (p.info_surface, p.info, p.info_border),
        Tone.SUCCESS: (p.success_surface, p.success, p.success_border),
        Tone.WARNING: (p.warning_surface, p.warning, p.warning_border),
        Tone.DANGER: (p.danger_surface, p.danger, p.danger_border),
    }[tone]


def set_text_colour(widget: QWidget, value: str, *, bold: bool = False) -> None:
    """Colour a label's text (and make it bold)."""
    weight = " font-weight: bold;" if bold else ""
    widget.setStyleSheet(f"color: {value};{weight}")


def muted(widget: QWidget) -> None:
    """A secondary line: a hint, a count, a file name."""
    set_text_colour(widget, PALETTE.text_hint)


def explanatory(widget: QWidget) -> None:
    """A sentence that explains the page or the dialog."""
    set_text_colour(widget, PALETTE.text_muted)


def error_text(widget: QWidget) -> None:
    """A line that says what is wrong."""
    set_text_colour(widget, PALETTE.danger)


def caption(widget: QWidget) -> None:
    """A bold caption over a group of fields."""
    set_text_colour(widget, PALETTE.text_secondary, bold=True)


def heading(widget: QWidget) -> None:
    """A bold heading in the main text colour."""
    set_text_colour(widget, PALETTE.text, bold=True)


def alert_panel(object_name: str, tone: Tone, *, heading: str = "", items: str = "") -> str:
    """The style sheet of a framed panel with a thick left edge (the findings panel, the
    audit log's verdict), with its heading and its list of items named by object name."""
    background, text, border = tone_colours(tone)
    edge = PALETTE.danger_strong if tone is Tone.DANGER else PALETTE.success_strong
    sheet = (
        f"#{object_name} {{ background: {background}; border: 1px solid {border};"
        f" border-left: 4px solid {edge}; border-radius: 4px; }}"
    )
    if heading:
        sheet += f"#{heading} {{ color: {text}; font-weight: bold; }}"
    if items:
        item_colour = PALETTE.danger_text if tone is Tone.DANGER else text
        sheet += f"#{items} {{ background: transparent; border: none; color: {item_colour}; }}"
    return sheet


def card(object_name: str) -> str:
    """The style sheet of a white card with a light frame."""
    return (
        f"#{object_name} {{ background: {PALETTE.surface}; border: 1px solid {PALETTE.border};"
        " border-radius: 6px; }"
    )


def light_colour(light: Light) -> str:
    """The colour of a task's traffic light."""
    p = PALETTE
    return {
        Light.RED: p.light_red,
        Light.YELLOW: p.light_yellow,
        Light.GREEN: p.light_green,
        Light.DONE: p.light_done,
    }[light]
