"""Fakes and input helpers the UI tests share: scripted prompts, file choosers, IME typing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from pledge_app.ui.prompts import OpenChoice, SaveChoice, UserPrompts


def type_text(widget: QWidget, text: str) -> None:
    """Type as an input method commits: QTest.keyClicks with Chinese text aborts Qt itself."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class FakeChooser:
    """A file chooser that hands back the paths it was given, one per call, and keeps the
    titles and file filters it was asked with."""

    def __init__(self, *paths: Path | None) -> None:
        self.paths: list[Path | None] = list(paths)
        self.titles: list[str] = []
        self.filters: list[str] = []

    def __call__(self, title: str, *, file_filter: str = "") -> Path | None:
        self.titles.append(title)
        self.filters.append(file_filter)
        return self.paths.pop(0) if self.paths else None


@dataclass
class FakePrompts(UserPrompts):
    """Scripted answers for tests; records every prompt in `shown` as (method, text)."""

    answer_yes: bool = True
    save_choice: SaveChoice = SaveChoice.DISCARD
    open_choice: OpenChoice = OpenChoice.NOTHING
    paths: list[Path | None] = field(default_factory=list)
    shown: list[tuple[str, str]] = field(default_factory=list)
    offers: list[tuple[OpenChoice, ...]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(None)

    def confirm(self, title: str, text: str, *, destructive: bool = False) -> bool:
        self.shown.append(("confirm", text))
        return self.answer_yes

    def ask_save_changes(self, title: str) -> SaveChoice:
        self.shown.append(("ask_save_changes", title))
        return self.save_choice

    def show_info(self, title: str, text: str) -> None:
        self.shown.append(("info", text))

    def show_warning(self, title: str, text: str) -> None:
        self.shown.append(("warning", text))

    def show_saved_pdf(
        self, title: str, text: str, *, file: bool = True, warning: bool = False
    ) -> OpenChoice:
        # Recorded as the message it is; `offers` keeps which buttons came with it.
        self.shown.append(("warning" if warning else "info", text))
        self.offers.append((OpenChoice.FILE, OpenChoice.FOLDER) if file else (OpenChoice.FOLDER,))
        return self.open_choice

    def show_error(self, title: str, text: str, *, details: str = "") -> None:
        self.shown.append(("error", text))

    def show_about(
        self, *, version: str, database: str = "", schema: str = "", newest_schema: str = ""
    ) -> None:
        self.shown.append(("about", f"{version} {database} {schema}"))

    def _next_path(self, title: str) -> Path | None:
        self.shown.append(("path", title))
        return self.paths.pop(0) if self.paths else None

    def ask_open_path(
        self, title: str, *, directory: str = "", file_filter: str = ""
    ) -> Path | None:
        return self._next_path(title)

    def ask_open_paths(
        self, title: str, *, directory: str = "", file_filter: str = ""
    ) -> list[Path]:
        path = self._next_path(title)
        return [] if path is None else [path]

    def ask_save_path(
        self, title: str, *, directory: str = "", file_filter: str = ""
    ) -> Path | None:
        return self._next_path(title)

    def ask_directory(self, title: str, *, directory: str = "") -> Path | None:
        return self._next_path(title)

    def messages(self, kind: str) -> list[str]:
        """The texts shown by prompts of one kind ("confirm", "error", "info", …)."""
        return [text for shown_kind, text in self.shown if shown_kind == kind]
