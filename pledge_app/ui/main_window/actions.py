"""The main window's actions with their shortcuts and icons, its menus and its toolbar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

from pledge_app.ui.action_tooltips import shortcut_tooltip


class MainWindowActions(QObject):
    """File, Edit, Tools and Help commands; the window connects them to what they do."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("mainWindowActions")
        self._window = window
        style = window.style()
        standard = QKeySequence.StandardKey
        self.new_action = self._action("newPledgeAction", self.tr("&New pledge"))
        self.new_action.setShortcut(standard.New)
        self.new_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.open_pledge_action = self._action(
            "openPledgeAction", self.tr("&Open pledge"), shortcut="Ctrl+E"
        )
        self.open_pledge_action.setIcon(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        self.print_action = self._action("printAction", self.tr("&Print / PDF…"))
        self.print_action.setShortcut(standard.Print)
        self.print_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogStart))
        self.open_database_action = self._action("openDatabaseAction", self.tr("Open &database…"))
        self.open_database_action.setShortcut(standard.Open)
        self.open_database_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.backup_action = self._action("backupAction", self.tr("&Back up the database…"))
        self.restore_action = self._action("restoreAction", self.tr("&Restore a backup…"))
        self.load_demo_action = self._action("loadDemoAction", self.tr("Load sample &data (demo)…"))
        self.import_action = self._action("importPledgesAction", self.tr("&Import pledges…"))
        self.export_action = self._action("exportPledgesAction", self.tr("&Export all pledges…"))
        self.settings_action = self._action("settingsAction", self.tr("&Settings…"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action("quitAction", self.tr("&Quit"), shortcut="Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # The editor's own Undo/Redo own Ctrl+Z/Ctrl+Y inside it (a second shortcut would
        # make both ambiguous): these only name the keys and act on the editor on show.
        self.undo_action = self._action(
            "undoAction", self.tr("&Undo") + "\t" + QKeySequence(standard.Undo).toString()
        )
        self.redo_action = self._action(
            "redoAction", self.tr("&Redo") + "\t" + QKeySequence(standard.Redo).toString()
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.find_action = self._action("findAction", self.tr("&Find pledges"))
        self.find_action.setShortcut(standard.Find)
        self.delete_action = self._action("deletePledgeAction", self.tr("&Delete draft"))
        self.refresh_action = self._action("refreshAction", self.tr("&Refresh"))
        self.refresh_action.setShortcut(standard.Refresh)
        self.refresh_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.user_guide_action = self._action("userGuideAction", self.tr("&User guide"))
        self.user_guide_action.setShortcut(standard.HelpContents)  # F1 on Windows and Linux
        self.open_logs_action = self._action("openLogsAction", self.tr("Open &log folder"))
        self.about_action = self._action("aboutAction", self.tr("&About Pledge Manager"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action("aboutQtAction", self.tr("About &Qt"))
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.verify_pdf_action = self._action("verifyPdfAction", self.tr("&Verify a printed PDF…"))
        self.create_certificate_action = self._action(
            "createCertificateAction", self.tr("Create office &certificate…")
        )
        self.check_integrity_action = self._action(
            "checkIntegrityAction", self.tr("Check database &integrity")
        )

    def _action(
        self, name: str, text: str, *, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def build_menus(self) -> None:
        """Fill the window's menu bar."""
        bar = self._window.menuBar()
        bar.setObjectName("menuBar")
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addActions([self.new_action, self.open_pledge_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addAction(self.open_database_action)
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addAction(self.load_demo_action)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.refresh_action)
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.setObjectName("toolsMenu")
        tools_menu.addActions([self.verify_pdf_action, self.check_integrity_action])
        tools_menu.addSeparator()
        tools_menu.addAction(self.create_certificate_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.user_guide_action)
        help_menu.addAction(self.open_logs_action)
        help_menu.addSeparator()
        help_menu.addActions([self.about_action, self.about_qt_action])

    def build_toolbar(self) -> None:
        """Add the main toolbar to the top of the window."""
        # Toolbar captions without the menus' accelerators ("新建责任书(&N)" reads badly there).
        for action, caption in (
            (self.new_action, self.tr("New pledge")),
            (self.open_pledge_action, self.tr("Open pledge")),
            (self.print_action, self.tr("Print / PDF")),
            (self.refresh_action, self.tr("Refresh")),
            (self.open_database_action, self.tr("Open database")),
        ):
            action.setIconText(caption)
            action.setToolTip(shortcut_tooltip(action))
        toolbar = QToolBar(self.tr("Main toolbar"), self._window)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions(
            [self.new_action, self.open_pledge_action, self.print_action, self.refresh_action]
        )
        toolbar.addSeparator()
        toolbar.addAction(self.open_database_action)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
