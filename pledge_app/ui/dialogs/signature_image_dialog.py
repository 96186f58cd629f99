"""The dialog that stores a signatory's signature image behind a PIN: drawn or loaded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.images import as_png
from pledge_app.core.pins import MIN_PIN_LENGTH
from pledge_app.ui import style
from pledge_app.ui.chosen_file import FileChooser, file_dialog_chooser, read_chosen_file
from pledge_app.ui.style import PALETTE
from pledge_app.ui.widgets.signature_draw_panel import SignatureDrawPanel

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate

#: A signature image larger than this is refused before it is read.
MAX_IMAGE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class SignatureImageRequest:
    """The image and PIN for `core.signing.store_signature_image`."""

    image: bytes
    pin: str


def signature_image_problems(image: bytes | None, pin: str, confirmation: str) -> list[str]:
    """What keeps the image from being stored, in words; empty when it can be."""
    problems: list[str] = []
    if not image:
        problems.append(
            translate(
                "SignatureImageDialog", "Draw the signature or load a PNG or JPEG image of it."
            )
        )
    if len(pin) < MIN_PIN_LENGTH:
        problems.append(
            translate("SignatureImageDialog", "Choose a PIN of at least {n} characters.").format(
                n=MIN_PIN_LENGTH
            )
        )
    elif not confirmation:
        problems.append(translate("SignatureImageDialog", "Type the PIN again to confirm it."))
    elif pin != confirmation:
        problems.append(translate("SignatureImageDialog", "The two PINs are not the same."))
    return problems


class SignatureImageDialog(QDialog):
    """Collects a signature image and its PIN for one signatory; read `request` after accept()."""

    def __init__(
        self,
        signatory: str,
        unit: str,
        *,
        choose_file: FileChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatureImageDialog")
        self._signatory = signatory
        self._unit = unit
        self._choose_file = choose_file or file_dialog_chooser(self)
        self._loaded: bytes | None = None
        #: The result, set when the dialog is accepted.
        self.request: SignatureImageRequest | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Store a signature image"))
        self.setMinimumWidth(540)
        self.heading = QLabel(
            self.tr("Signature of {name}, {unit}").format(name=self._signatory, unit=self._unit),
            self,
        )
        self.heading.setObjectName("headingLabel")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        explanation = QLabel(
            self.tr(
                "The stored image can sign pledges for this person. It is locked by a PIN: "
                "only someone who knows the PIN can use it."
            ),
            self,
        )
        explanation.setObjectName("explanationLabel")
        explanation.setWordWrap(True)
        style.explanatory(explanation)

        self.draw_radio = QRadioButton(self.tr("&Draw it here"), self)
        self.draw_radio.setObjectName("drawRadio")
        self.file_radio = QRadioButton(self.tr("&Load an image file"), self)
        self.file_radio.setObjectName("fileRadio")
        self.source_group = QButtonGroup(self)
        self.source_group.setObjectName("sourceGroup")
        sources = QHBoxLayout()
        for radio in (self.draw_radio, self.file_radio):
            self.source_group.addButton(radio)
            sources.addWidget(radio)
        sources.addStretch(1)

        self.source_stack = QStackedWidget(self)
        self.source_stack.setObjectName("sourceStack")
        self.draw_panel = SignatureDrawPanel(self)
        self.pad = self.draw_panel.pad
        self.undo_button = self.draw_panel.undo_button
        self.clear_button = self.draw_panel.clear_button
        self.source_stack.addWidget(self.draw_panel)
        self.source_stack.addWidget(self._build_file_page())

        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("confirmPinEdit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.pin_edit, self.confirm_edit):
            edit.setMaximumWidth(220)
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow(self.tr("&Repeat the PIN:"), self.confirm_edit)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        style.muted(self.problem_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
            self,
        )
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("&Store"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(explanation)
        layout.addSpacing(4)
        layout.addLayout(sources)
        layout.addWidget(self.source_stack, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def _build_file_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("filePage")
        self.choose_button = QPushButton(self.tr("&Choose image file…"), page)
        self.choose_button.setObjectName("chooseButton")
        self.file_name_label = QLabel(self.tr("No file chosen"), page)
        self.file_name_label.setObjectName("fileNameLabel")
        style.muted(self.file_name_label)
        hint = QLabel(
            self.tr("A PNG or JPEG; dark ink on a white or transparent background prints best."),
            page,
        )
        hint.setObjectName("fileHint")
        style.muted(hint)
        self.file_error_label = QLabel(page)
        self.file_error_label.setObjectName("fileErrorLabel")
        self.file_error_label.setWordWrap(True)
        style.error_text(self.file_error_label)
        self.file_error_label.hide()
        self.preview = QLabel(page)
        self.preview.setObjectName("previewLabel")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(130)
        self.preview.setStyleSheet(
            f"#previewLabel {{ background: {PALETTE.surface};"
            f" border: 1px solid {PALETTE.border_input}; border-radius: 6px; }}"
        )
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_name_label, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.file_error_label)
        layout.addWidget(self.preview, 1)
        return page

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.source_group.buttonToggled.connect(self._on_source_group_button_toggled)
        self.draw_panel.changed.connect(self._update_ok)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.pin_edit.textChanged.connect(self._update_ok)
        self.confirm_edit.textChanged.connect(self._update_ok)

    def _load(self) -> None:
        self.draw_radio.setChecked(True)
        self._update_ok()

    # -- state -----------------------------------------------------------

    def image(self) -> bytes | None:
        """The image from the chosen source (stored as PNG), or None if there is none yet."""
        if self.file_radio.isChecked():
            return self._loaded
        return self.draw_panel.png()

    def problems(self) -> list[str]:
        """What keeps OK disabled; empty when the image can be stored."""
        return signature_image_problems(
            self.image(), self.pin_edit.text(), self.confirm_edit.text()
        )

    def _update_ok(self) -> None:
        problems = self.problems()
        self.ok_button.setEnabled(not problems)
        self.problem_label.setText(problems[0] if problems else "")

    def accept(self) -> None:
        """Keep the image and PIN and close, if both are complete."""
        image = self.image()
        if self.problems() or image is None:
            return
        self.request = SignatureImageRequest(image=image, pin=self.pin_edit.text())
        super().accept()

    def load_file(self, path: Path) -> bool:
        """Use the PNG or JPEG (kept as PNG) at `path`; False, with why shown, if it cannot."""
        data, error = read_chosen_file(path, max_bytes=MAX_IMAGE_BYTES)
        image = None if error else as_png(data)  # a damaged JPEG never reaches Qt's decoder
        pixmap = QPixmap()
        if not error and (image is None or not pixmap.loadFromData(image, "PNG")):
            error = self.tr("{name} is not a PNG or JPEG image.").format(name=path.name)
        self.file_error_label.setText(error)
        self.file_error_label.setVisible(bool(error))
        if not error:
            self._loaded = image
            self.file_name_label.setText(path.name)
            self.file_name_label.setToolTip(str(path))
            style.heading(self.file_name_label)
            self.preview.setPixmap(
                pixmap.scaled(
                    420,
                    120,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self._update_ok()
        return not error

    # -- slots -------------------------------------------------------------

    def _on_source_group_button_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.source_stack.setCurrentIndex(0 if self.draw_radio.isChecked() else 1)
            self._update_ok()

    def _on_choose_button_clicked(self) -> None:
        path = self._choose_file(
            self.tr("Choose the signature image"),
            file_filter=self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path is not None:
            self.load_file(path)
