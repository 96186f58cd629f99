"""On opening a database, the typing of a new pledge that was never saved is offered back
(issue 7 item 20)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.autosave import list_orphan_autosaves, store_autosave
from pledge_app.core.database import Database
from pledge_app.settings import Settings
from pledge_app.ui.main_window.window import MainWindow
from pledge_app.ui.prompts import SaveChoice
from tests.conftest import make_content
from tests.ui.fakes import FakePrompts


@dataclass
class AnsweringPrompts(FakePrompts):
    """Answers each confirmation in turn from `answers`."""

    answers: list[bool] = field(default_factory=list)

    def confirm(self, title: str, text: str, *, destructive: bool = False) -> bool:
        self.shown.append(("confirm", text))
        return self.answers.pop(0)


OpenWindow = Callable[[FakePrompts], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, database: Database, tmp_path: Path) -> Iterator[OpenWindow]:
    """Builds the main window on `database` as start-up does, with the given prompts."""
    opened: list[tuple[MainWindow, FakePrompts]] = []

    def build(prompts: FakePrompts) -> MainWindow:
        window = build_main_window(database, Settings(tmp_path / "settings.ini"), prompts)
        qtbot.addWidget(window)
        opened.append((window, prompts))
        return window

    yield build
    for window, prompts in opened:
        prompts.save_choice = SaveChoice.DISCARD
        window.close()


@pytest.fixture
def orphan(database: Database) -> str:
    with database.begin() as session:
        store_autosave(session, "never-saved", make_content(title="崩溃前正在写的责任书"))
    return "never-saved"


def _orphans(database: Database) -> list[str]:
    with database.begin() as session:
        return [snapshot.pledge_id for snapshot in list_orphan_autosaves(session)]


def test_accepting_opens_the_text_in_the_editor(open_window: OpenWindow, orphan: str) -> None:
    prompts = AnsweringPrompts(answers=[True])
    window = open_window(prompts)
    assert "崩溃前正在写的责任书" in prompts.shown[0][1]
    assert window.editor is not None and window.current_page() is window.editor
    assert window.editor.findChild(QLineEdit, "title_edit").text() == "崩溃前正在写的责任书"
    assert window.editor.is_dirty()


def test_declining_twice_keeps_it_for_next_time(
    open_window: OpenWindow, database: Database, orphan: str
) -> None:
    prompts = AnsweringPrompts(answers=[False, False])
    window = open_window(prompts)
    assert len(prompts.shown) == 2
    assert window.editor is None
    assert _orphans(database) == [orphan]


def test_declining_then_discarding_forgets_it(
    open_window: OpenWindow, database: Database, orphan: str
) -> None:
    open_window(AnsweringPrompts(answers=[False, True]))
    assert _orphans(database) == []


def test_every_orphan_is_offered(open_window: OpenWindow, database: Database) -> None:
    with database.begin() as session:
        for title in ("甲", "乙", "丙"):
            store_autosave(session, f"id-{title}", make_content(title=title))
    prompts = AnsweringPrompts(answers=[False, False] * 3)
    open_window(prompts)
    assert sum(1 for _kind, text in prompts.shown if "Open it" in text) == 3


def test_nothing_is_asked_without_an_orphan(open_window: OpenWindow) -> None:
    prompts = FakePrompts()
    window = open_window(prompts)
    assert prompts.shown == []
    assert window.editor is None
