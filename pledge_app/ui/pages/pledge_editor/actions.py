"""The pledge editor's actions with their shortcuts, and the toolbar that shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QToolBar, QWidget

from pledge_app.core.enums import EDITABLE_STATUSES, PledgeStatus
from pledge_app.ui.action_tooltips import show_shortcuts_in_tooltips

# lupdate extracts calls to a function named `translate` (a `_tr` helper hid these strings).
translate = QCoreApplication.translate


class EditorActions:
    """Save, undo/redo, finalise/reopen, amend/compare, print and close, owned by the page."""

    def __init__(self, owner: QWidget, undo_stack: QUndoStack) -> None:
        self._owner = owner
        keys = QKeySequence.StandardKey
        self.save = self._action("save_action", translate("EditorActions", "Save"), keys.Save)
        self.undo = undo_stack.createUndoAction(owner, translate("EditorActions", "Undo"))
        self.undo.setObjectName("undo_action")
        self._bind(self.undo, keys.Undo)
        self.redo = undo_stack.createRedoAction(owner, translate("EditorActions", "Redo"))
        self.redo.setObjectName("redo_action")
        self._bind(self.redo, keys.Redo)
        self.finalise = self._action("finalise_action", translate("EditorActions", "Finalise…"))
        self.reopen = self._action(
            "reopen_action", translate("EditorActions", "Reopen for editing")
        )
        self.preview = self._action(
            "print_preview_action", translate("EditorActions", "Print preview")
        )
        self.print = self._action("print_action", translate("EditorActions", "Print…"), keys.Print)
        self.pdf = self._action("save_pdf_action", translate("EditorActions", "Save as PDF…"))
        self.signed_pdf = self._action(
            "sign_pdf_action", translate("EditorActions", "Sign PDF digitally…")
        )
        self.amend = self._action("amend_action", translate("EditorActions", "Amend…"))
        self.compare = self._action(
            "compare_versions_action", translate("EditorActions", "Compare versions…")
        )
        self.close = self._action("close_editor_action", translate("EditorActions", "Close"))
        self.close.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence(Qt.Key.Key_Escape)])
        self.close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        show_shortcuts_in_tooltips(
            [self.save, self.undo, self.redo, self.print, self.close],
        )

    def _action(self, name: str, text: str, key: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self._owner)
        action.setObjectName(name)
        self._bind(action, key)
        return action

    def _bind(self, action: QAction, key: QKeySequence.StandardKey | None) -> None:
        # Shortcuts work anywhere inside the page, and only there (not on other pages).
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._owner.addAction(action)

    def enable_for(
        self, status: PledgeStatus, *, amended: bool, versions: int, can_sign_pdf: bool
    ) -> None:
        """Enable what a pledge with `status` allows; `amended` when a newer version exists."""
        editable = status in EDITABLE_STATUSES
        self.save.setEnabled(editable)
        self.finalise.setEnabled(editable)
        self.reopen.setEnabled(status is PledgeStatus.READY_TO_SIGN)
        self.amend.setEnabled(status is PledgeStatus.SIGNED and not amended)
        self.compare.setEnabled(versions > 1)
        self.signed_pdf.setEnabled(can_sign_pdf)

    def toolbar(self, parent: QWidget) -> QToolBar:
        """A text-only toolbar with the actions in groups."""
        toolbar = QToolBar(parent)
        toolbar.setObjectName("editor_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for group in (
            (self.save, self.undo, self.redo),
            (self.finalise, self.reopen, self.amend, self.compare),
            (self.preview, self.print, self.pdf, self.signed_pdf),
            (self.close,),
        ):
            toolbar.addActions(list(group))
            toolbar.addSeparator()
        return toolbar
