"""Every window and dialog of the editor fits a 1366×768 screen less the task bar, at 100 %
and at 125 % scaling (where each logical pixel takes 1.25 screen pixels)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pledge_app.app import build_main_window
from pledge_app.core.database import Database
from pledge_app.core.enums import Party, PledgeStatus
from pledge_app.core.pledges import create_pledge
from pledge_app.core.views import PledgeView
from pledge_app.settings import Settings
from pledge_app.ui.dialogs.signature_image_dialog import SignatureImageDialog
from pledge_app.ui.dialogs.signing_dialog import SigningDialog
from pledge_app.ui.dialogs.version_compare_dialog import VersionCompareDialog
from pledge_app.ui.main_window.window import MainWindow
from pledge_app.ui.translations import Translations, locale_for
from pledge_app.ui.widgets.screen_fit import FRAME, SMALL_SCREEN
from tests.conftest import make_content
from tests.ui.fakes import FakeChooser, FakePrompts

SCALES = (1.0, 1.25)


def fits(size: QSize, scale: float) -> bool:
    """Whether a window of logical `size` and its frame fit the small screen at `scale`."""
    return (size.width() + FRAME.width()) * scale <= SMALL_SCREEN.width() and (
        size.height() + FRAME.height()
    ) * scale <= SMALL_SCREEN.height()


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations()
    if request.param != "en":
        translations.install(locale_for(request.param))
    yield request.param
    translations.remove()


@pytest.fixture
def window(qtbot: QtBot, database: Database, tmp_path: Path, language: str) -> Iterator[MainWindow]:
    main = build_main_window(
        database, Settings(tmp_path / "s.ini"), FakePrompts(), database_label="x"
    )
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def assert_fits(widget: QWidget) -> None:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    for scale in SCALES:
        assert fits(hint, scale), f"{widget.objectName()} needs {hint} at {scale:.0%}"


def test_the_main_window_fits_with_the_findings_of_an_empty_pledge(window: MainWindow) -> None:
    assert_fits(window)
    window.open_pledge(None)
    assert not window.editor.finalise()
    assert window.editor.findings.isVisible()
    assert_fits(window)


def test_the_editor_dialogs_fit(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    with database.begin() as session:
        pledge_id = create_pledge(session, make_content()).id
    window.open_pledge(pledge_id)
    editor = window.editor
    editor.printing.preview()
    preview = editor.printing.preview_dialog
    assert preview is not None
    view = PledgeView(id="p", status=PledgeStatus.READY_TO_SIGN, content=make_content())
    dialogs: list[QWidget] = [
        preview,
        VersionCompareDialog(view, view, parent=window),
        SigningDialog(view, Party.ISSUER, choose_file=FakeChooser(), parent=window),
        SignatureImageDialog(
            "张三", "市发展和改革委员会", choose_file=FakeChooser(), parent=window
        ),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert_fits(dialog)
        dialog.close()
