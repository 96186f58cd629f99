"""The editor's print actions: preview, print on a real printer, save as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import PledgeError
from pledge_app.core.views import PledgeView
from pledge_app.operations import printing
from pledge_app.operations.progress import Cancelled
from pledge_app.settings import Settings
from pledge_app.ui.dialogs.print_preview_dialog import PrintPreviewDialog
from pledge_app.ui.main_window.pdf_tools import PdfTools
from pledge_app.ui.modal_progress import SHOW_AFTER_MS, ModalProgress
from pledge_app.ui.open_saved import OpenUrl, open_saved
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.printing import print_pdf

#: Only a signed pledge's copy is worth an office's digital signature.
DIGITALLY_SIGNABLE = frozenset({PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED})

#: Asks which printer to use; None when the clerk cancels (tests pass a file printer).
PrinterChooser = Callable[[QWidget], QPrinter | None]


def choose_printer_with_dialog(parent: QWidget) -> QPrinter | None:
    """The system print dialog; None when the clerk cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class EditorPrinting(QObject):
    """Turns the editor's current pledge into PDF bytes and sends them where the clerk asks.

    The exact bytes of every copy of a signed pledge that is printed or saved are
    registered, so the copy can be verified later; with `pdf_tools` it also signs PDFs.
    """

    status_message = Signal(str)

    def __init__(
        self,
        owner: QWidget,
        *,
        runner: OperationRunner,
        current_view: Callable[[], PledgeView],
        settings: Settings,
        choose_printer: PrinterChooser,
        pdf_tools: PdfTools | None = None,
    ) -> None:
        super().__init__(owner)
        self.setObjectName("editor_printing")
        self._owner = owner
        self._runner = runner
        self._current_view = current_view
        self._prompts = runner.prompts
        self._settings = settings
        self._choose_printer = choose_printer
        self._pdf_tools = pdf_tools
        self.preview_dialog: PrintPreviewDialog | None = None
        #: Opens a saved file with the system's viewer; None offers nothing (the window
        #: sets it; tests leave it).
        self.open_url: OpenUrl | None = None
        #: A print that takes longer than this shows its progress, with Cancel.
        self.progress_delay_ms = SHOW_AFTER_MS

    def _pdf(self) -> bytes | None:
        # Tell the clerk which characters cannot print, naming them, instead of dropping them.
        pledge = self._current_view()
        places = printing.unprintable_places(pledge)
        if places:
            self._prompts.show_warning(
                self.tr("Cannot print"),
                self.tr(
                    "Some characters exist in none of the fonts on this computer, so they "
                    "cannot be printed. Replace them, or install a font that has them:\n{places}"
                ).format(places="\n".join(places)),
            )
            return None
        # A long pledge takes seconds to lay out: progress and Cancel, between its pages.
        progress = ModalProgress(self._owner, self.tr("Printing"), delay_ms=self.progress_delay_ms)
        try:
            return printing.render_pdf(pledge, progress=progress)
        except Cancelled:
            self.status_message.emit(self.tr("Printing cancelled; nothing was saved or printed."))
            return None
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Cannot print"))
            return None
        finally:
            progress.close()
            progress.deleteLater()

    def preview(self) -> None:
        """Show the printed pledge in a preview window."""
        data = self._pdf()
        if data is None:
            return
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog.deleteLater()
        title = self._current_view().content.title
        self.preview_dialog = PrintPreviewDialog(
            data,
            title=title,
            on_print=self.print_pledge,
            on_save_pdf=self.save_pdf,
            on_sign_pdf=self.sign_pdf if self.can_sign_digitally() else None,
            parent=self._owner,
        )
        self.preview_dialog.open()

    def print_pledge(self) -> None:
        """Print on a printer the clerk picks in the system print dialog."""
        data = self._pdf()
        if data is None:
            return
        printer = self._choose_printer(self._owner)
        if printer is None:
            return
        try:
            pages = print_pdf(data, printer)
        except PledgeError as error:
            self._prompts.show_pledge_error(error, title=self.tr("Not printed"))
            return
        view = self._current_view()
        self._runner.run_now(
            lambda database: printing.register_copy(database, view, data=data),
            failure_title=self.tr("The printed copy was not registered"),
        )
        self.status_message.emit(self.tr("Sent %n page(s) to the printer.", "", pages))

    def save_pdf(self) -> Path | None:
        """Write the printed pledge to a PDF file the clerk names; the path, or None."""
        data = self._pdf()
        if data is None:
            return None
        view = self._current_view()
        folder = Path(self._settings.last_export_dir or Path.home())
        chosen = self._prompts.ask_save_path(
            self.tr("Save as PDF"),
            directory=str(folder / printing.pdf_file_name(view)),
            file_filter=self.tr("PDF (*.pdf)"),
        )
        if chosen is None:
            return None
        path = self._runner.run_now(
            lambda database: printing.save_pdf(database, view, data=data, path=chosen),
            failure_title=self.tr("PDF not saved"),
        )
        if path is None:
            return None
        self._settings.last_export_dir = str(path.parent)
        self.status_message.emit(self.tr("Saved the PDF to {path}.").format(path=path))
        self._offer_to_open(path)
        return path

    def _offer_to_open(self, path: Path) -> None:
        if self.open_url is None:
            return
        text = self.tr("Saved “{name}” in {folder}.").format(name=path.name, folder=path.parent)
        choice = self._prompts.show_saved_pdf(self.tr("PDF saved"), text)
        open_saved(choice, path, open_url=self.open_url, prompts=self._prompts)

    def can_sign_digitally(self) -> bool:
        """Whether the pledge on show is signed, so its PDF may carry the office's signature."""
        return self._pdf_tools is not None and self._current_view().status in DIGITALLY_SIGNABLE

    def sign_pdf(self) -> None:
        """Save the printed pledge as a PDF signed with the office certificate."""
        if self._pdf_tools is None or not self.can_sign_digitally():
            return
        data = self._pdf()
        if data is None:
            return
        view = self._current_view()
        folder = Path(self._settings.last_export_dir or Path.home())
        self._pdf_tools.sign_and_save(data, view, folder / printing.pdf_file_name(view))
