"""A section as a list of paragraphs: add, delete, move, and type long text in each."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.editing import split_paragraphs
from pledge_app.core.enums import Section
from pledge_app.core.text_checks import (
    paragraph_count_problem,
    paragraph_name,
    pasted_text_problem,
)
from pledge_app.ui.style import PALETTE

_MIN_LINES = 3


class ParagraphEdit(QTextEdit):
    """Plain-text paragraph box that grows with its text instead of scrolling.

    Pasting several paragraphs emits `paragraphs_pasted(texts)`: the texts this box's
    paragraph becomes (what stood before and after the cursor joins the first and last).
    A paste `paste_check` finds a problem with is refused: `paste_refused(message)`.
    """

    paragraphs_pasted = Signal(list)
    paste_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(6)
        self.textChanged.connect(self._fit_height)
        #: Why the texts a paste would leave cannot be taken, or None (the list sets it).
        self.paste_check: Callable[[list[str]], str | None] = lambda _texts: None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        self.paste_text(source.text())

    def paste_text(self, text: str) -> None:
        """Paste `text` over the selection as Ctrl+V does, unless `paste_check` refuses it."""
        parts = split_paragraphs(text)
        cursor = self.textCursor()
        whole = self.toPlainText()
        before, after = whole[: cursor.selectionStart()], whole[cursor.selectionEnd() :]
        several = len(parts) >= 2
        texts = [before + parts[0], *parts[1:-1], parts[-1] + after] if several else []
        problem = self.paste_check(texts or [before + text + after])
        if problem is not None:
            self.paste_refused.emit(problem)
        elif several:
            self.paragraphs_pasted.emit(texts)
        else:
            cursor.insertText(text)
            self.ensureCursorVisible()

    def _fit_height(self) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        minimum = self.fontMetrics().lineSpacing() * _MIN_LINES + 2 * document.documentMargin()
        height = max(document.size().height(), minimum) + 2 * self.frameWidth()
        if self.height() != int(height) + 1:
            self.setFixedHeight(int(height) + 1)


class ParagraphListEditor(QWidget):
    """Paragraphs of one section; emits `edited(key)` ("goals.2.text" for typing, "" else)."""

    edited = Signal(str)
    #: A paste was refused; the message names the paragraph. Nothing was pasted.
    paste_refused = Signal(str)

    def __init__(
        self, section: str, *, key_filter: QObject | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"{section}_editor")
        self._key_filter = key_filter
        self._edits: list[ParagraphEdit] = []
        self._numbers: list[QLabel] = []
        self._current = -1
        self._loading = False
        self._read_only = False
        self._build_ui()

    def _build_ui(self) -> None:
        buttons = QHBoxLayout()
        self.add_button = self._button("add_paragraph_button", self.tr("Add paragraph"))
        self.delete_button = self._button("delete_paragraph_button", self.tr("Delete"))
        self.up_button = self._button("move_paragraph_up_button", self.tr("Move up"))
        self.down_button = self._button("move_paragraph_down_button", self.tr("Move down"))
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_paragraph)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))

        self._empty_hint = QLabel(
            self.tr("No paragraphs yet. Click “Add paragraph” to start this section."), self
        )
        self._empty_hint.setObjectName("empty_section_hint")
        self._empty_hint.setStyleSheet(f"color: {PALETTE.text_hint}; padding: 12px;")
        self._list = QWidget(self)
        self._list.setObjectName(f"{self.section}_paragraphs")
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 8, 0)
        self._list_layout.setSpacing(8)
        self._list_layout.addWidget(self._empty_hint)
        self._list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName(f"{self.section}_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        self._update_buttons()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    # -- content ---------------------------------------------------------------

    def paragraphs(self) -> tuple[str, ...]:
        """The paragraphs' texts, in order."""
        return tuple(edit.toPlainText() for edit in self._edits)

    def set_paragraphs(self, texts: tuple[str, ...]) -> None:
        """Show `texts` without emitting `edited`; unchanged boxes keep their cursor."""
        self._loading = True
        try:
            while len(self._edits) > len(texts):
                self._remove_box(len(self._edits) - 1)
            while len(self._edits) < len(texts):
                self._append_box()
            for edit, text in zip(self._edits, texts, strict=True):
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
        finally:
            self._loading = False
        self._current = min(self._current, len(self._edits) - 1)
        self._update_buttons()

    def paragraph_edit(self, index: int) -> ParagraphEdit | None:
        """The text box of paragraph `index`, if there is one."""
        return self._edits[index] if 0 <= index < len(self._edits) else None

    def focus_paragraph(self, index: int) -> None:
        """Put the cursor into paragraph `index` (the first one when out of range)."""
        edit = self.paragraph_edit(index) or self.paragraph_edit(0)
        if edit is not None:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._current = self._edits.index(edit)

    def set_read_only(self, read_only: bool) -> None:
        """Show the paragraphs without letting them change."""
        self._read_only = read_only
        for edit in self._edits:
            edit.setReadOnly(read_only)
        self._update_buttons()

    def set_invalid(self, message: str | None) -> None:
        """Mark the whole section as failing validation (None clears the mark)."""
        self.setProperty("invalid", message is not None)
        self._empty_hint.setStyleSheet(
            f"color: {PALETTE.danger if message else PALETTE.text_hint}; padding: 12px;"
        )
        self.setToolTip(message or "")

    # -- the buttons -------------------------------------------------------------

    def add_paragraph(self) -> None:
        """Insert an empty paragraph after the current one and put the cursor in it."""
        position = self._current + 1 if self._current >= 0 else len(self._edits)
        texts = list(self.paragraphs())
        texts.insert(position, "")
        self._replace(texts)
        self.focus_paragraph(position)

    def delete_current(self) -> None:
        """Remove the current paragraph."""
        if not 0 <= self._current < len(self._edits):
            return
        texts = list(self.paragraphs())
        del texts[self._current]
        position = min(self._current, len(texts) - 1)
        self._replace(texts)
        if position >= 0:
            self.focus_paragraph(position)

    def move_current(self, delta: int) -> None:
        """Move the current paragraph up (-1) or down (+1)."""
        source, target = self._current, self._current + delta
        if not (0 <= source < len(self._edits) and 0 <= target < len(self._edits)):
            return
        texts = list(self.paragraphs())
        texts.insert(target, texts.pop(source))
        self._replace(texts)
        self.focus_paragraph(target)

    def _replace(self, texts: list[str]) -> None:
        self.set_paragraphs(tuple(texts))
        self.edited.emit("")

    # -- the boxes ---------------------------------------------------------------

    def _append_box(self) -> None:
        index = len(self._edits)
        row = QWidget(self._list)
        row.setObjectName(f"{self.section}_paragraph_row_{index}")
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        number = QLabel(f"{index + 1}.", row)
        number.setObjectName(f"{self.section}_paragraph_number_{index}")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        number.setFixedWidth(28)
        number.setStyleSheet(f"color: {PALETTE.text_hint}; padding-top: 7px;")
        edit = ParagraphEdit(row)
        edit.setObjectName(f"{self.section}_paragraph_{index}")
        edit.setReadOnly(self._read_only)
        edit.setPlaceholderText(self.tr("Type the paragraph here…"))
        edit.installEventFilter(self)
        if self._key_filter is not None:
            edit.installEventFilter(self._key_filter)
        edit.textChanged.connect(lambda e=edit: self._on_edit_text_changed(e))
        edit.paragraphs_pasted.connect(lambda texts, e=edit: self._on_paragraphs_pasted(e, texts))
        edit.paste_check = partial(self._paste_problem, edit)
        edit.paste_refused.connect(self.paste_refused)
        row_layout.addWidget(number)
        row_layout.addWidget(edit, 1)
        self._list_layout.insertWidget(self._list_layout.count() - 1, row)
        self._edits.append(edit)
        self._numbers.append(number)
        self._empty_hint.hide()

    def _remove_box(self, index: int) -> None:
        edit = self._edits.pop(index)
        self._numbers.pop(index)
        row = edit.parentWidget()
        assert row is not None
        self._list_layout.removeWidget(row)
        row.hide()  # deleteLater waits for the event loop; do not show it until then
        row.deleteLater()
        self._empty_hint.setVisible(not self._edits)

    def _on_edit_text_changed(self, edit: ParagraphEdit) -> None:
        if not self._loading and edit in self._edits:
            self.edited.emit(f"{self.section}.{self._edits.index(edit)}.text")

    def _paste_problem(self, edit: ParagraphEdit, texts: list[str]) -> str | None:
        """Why the paragraphs a paste into `edit` would leave cannot be taken, or None."""
        if edit not in self._edits:
            return None
        index = self._edits.index(edit)
        section = Section(self.section)
        problem = paragraph_count_problem(section, len(self._edits) - 1 + len(texts))
        for offset, text in enumerate(texts):
            if problem is not None:
                break
            problem = pasted_text_problem(text, paragraph_name(section, index + offset))
        return problem

    def _on_paragraphs_pasted(self, edit: ParagraphEdit, texts: list[str]) -> None:
        if edit not in self._edits:
            return
        index = self._edits.index(edit)
        paragraphs = list(self.paragraphs())
        paragraphs[index : index + 1] = texts
        self._replace(paragraphs)
        last = index + len(texts) - 1
        self.focus_paragraph(last)
        self._edits[last].moveCursor(QTextCursor.MoveOperation.End)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self._edits:
            assert isinstance(watched, ParagraphEdit)
            self._current = self._edits.index(watched)
            self._update_buttons()
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        editable = not self._read_only
        has_current = 0 <= self._current < len(self._edits)
        self.add_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and has_current)
        self.up_button.setEnabled(editable and has_current and self._current > 0)
        self.down_button.setEnabled(
            editable and has_current and self._current < len(self._edits) - 1
        )
