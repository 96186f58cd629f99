"""Cell editors of the task table: multi-line text, deadline, list class and weight."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QDoubleSpinBox,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pledge_app.core.editing import format_date
from pledge_app.ui.models.task_table_model import list_choices
from pledge_app.ui.widgets.deadline_edit import DeadlineEdit

Index = QModelIndex | QPersistentModelIndex

_MIN_EDITOR_HEIGHT = 96


class MultiLineDelegate(QStyledItemDelegate):
    """Edits long text in place: Enter commits, Alt+Enter or Shift+Enter starts a new line."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setObjectName("task_cell_editor")
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.toPlainText() != text:
            editor.setPlainText(text)
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        # A one-line row is too small to edit a paragraph; grow the editor downwards.
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), _MIN_EDITOR_HEIGHT))
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                modifiers = event.modifiers()
                if modifiers & (
                    Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
                ):
                    watched.insertPlainText("\n")
                    return True
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(watched, event)


class DateDelegate(QStyledItemDelegate):
    """Takes a typed deadline or one picked from a calendar in the pledge's year; the
    model reads the text (and says what is wrong with it), an empty cell is no deadline."""

    def __init__(self, parent: QObject | None = None, *, year: Callable[[], int]) -> None:
        super().__init__(parent)
        self._year = year

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DeadlineEdit(default_year=self._year(), parent=parent)
        editor.date_picked.connect(lambda: self._on_date_picked(editor))
        return editor

    def _on_date_picked(self, editor: DeadlineEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DeadlineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        # A key that opened the editor has typed into it already: keep that text.
        if not editor.text():
            editor.setText(format_date(value if isinstance(value, date) else None))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DeadlineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ListClassDelegate(QStyledItemDelegate):
    """Chooses one of the five lists by its translated name."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("task_list_editor")
        for label, value in list_choices():
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class WeightDelegate(QStyledItemDelegate):
    """Edits a task's assessment weight, never negative."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setObjectName("task_weight_editor")
        editor.setRange(0.0, 1000.0)
        editor.setDecimals(1)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0.0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
