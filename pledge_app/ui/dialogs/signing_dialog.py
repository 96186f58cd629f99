"""The dialog in which one party signs a pledge: signer, date and one of three methods."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.enums import Party, SignatureMethod
from pledge_app.core.images import JPEG, PDF, PNG, sniff_type
from pledge_app.core.pins import MIN_PIN_LENGTH
from pledge_app.core.views import PledgeView
from pledge_app.operations.signing import SigningRequest
from pledge_app.ui import style
from pledge_app.ui.chosen_file import FileChooser, file_dialog_chooser, read_chosen_file
from pledge_app.ui.labels import party_caption
from pledge_app.ui.style import PALETTE
from pledge_app.ui.widgets.signature_draw_panel import SignatureDrawPanel

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate

#: A scan larger than this is refused before it is read (a phone photo is ~5 MB).
MAX_SCAN_BYTES = 30 * 1024 * 1024


def signing_problems(request: SigningRequest, *, today: date) -> list[str]:
    """What still keeps `request` from being signed, in words; empty when it is complete."""
    problems: list[str] = []
    if not request.signer.strip():
        problems.append(translate("SigningDialog", "Enter the name of the person signing."))
    if request.signed_on > today:
        problems.append(translate("SigningDialog", "The signing date cannot be in the future."))
    if request.method is SignatureMethod.DRAWN and not request.image:
        problems.append(translate("SigningDialog", "Draw the signature in the box."))
    if request.method is SignatureMethod.STORED_IMAGE and len(request.pin or "") < MIN_PIN_LENGTH:
        problems.append(
            translate("SigningDialog", "Enter the signer's PIN (at least {n} characters).").format(
                n=MIN_PIN_LENGTH
            )
        )
    if request.method is SignatureMethod.WET_INK and not request.scan:
        problems.append(translate("SigningDialog", "Attach a scan of the paper signed in ink."))
    return problems


class SigningDialog(QDialog):
    """Collects one party's signature for `pledge`; read `request` after `accept()`."""

    def __init__(
        self,
        pledge: PledgeView,
        party: Party,
        *,
        choose_file: FileChooser | None = None,
        today: date | None = None,
        stored_signers: frozenset[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signingDialog")
        #: Who of this party's unit has a stored signature image (None: not known).
        self._stored_signers = stored_signers
        self._pledge = pledge
        self._party = party
        self._choose_file = choose_file or file_dialog_chooser(self)
        self._today = today or date.today()
        self._scan: bytes | None = None
        #: The result, set when the dialog is accepted.
        self.request: SigningRequest | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign the pledge"))
        self.setMinimumWidth(560)
        content = self._pledge.content
        unit = content.issuer.unit if self._party is Party.ISSUER else content.responsible.unit

        self.title_label = QLabel(content.title, self)
        self.title_label.setObjectName("titleLabel")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.number_label = QLabel(
            self.tr("{number} · version {revision}").format(
                number=content.number, revision=self._pledge.revision
            ),
            self,
        )
        self.number_label.setObjectName("numberLabel")
        style.muted(self.number_label)
        self.party_label = QLabel(
            self.tr("Signing for {party}: {unit}").format(
                party=party_caption(self._party), unit=unit
            ),
            self,
        )
        self.party_label.setObjectName("partyLabel")
        self.party_label.setWordWrap(True)
        self.party_label.setStyleSheet(
            f"#partyLabel {{ background: {PALETTE.accent_surface};"
            f" border: 1px solid {PALETTE.accent_border};"
            f" border-radius: 4px; padding: 6px 8px; color: {PALETTE.text}; }}"
        )

        self.signer_edit = QLineEdit(self)
        self.signer_edit.setObjectName("signerEdit")
        self.signer_title_edit = QLineEdit(self)
        self.signer_title_edit.setObjectName("signerTitleEdit")
        self.signer_title_edit.setPlaceholderText(self.tr("e.g. Director"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Signer:"), self.signer_edit)
        form.addRow(self.tr("&Title:"), self.signer_title_edit)
        form.addRow(self.tr("Signing &date:"), self.date_edit)

        self.draw_radio = QRadioButton(self.tr("&Draw the signature here"), self)
        self.draw_radio.setObjectName("drawRadio")
        self.stored_radio = QRadioButton(self.tr("Use the &stored signature image"), self)
        self.stored_radio.setObjectName("storedRadio")
        self.wet_ink_radio = QRadioButton(self.tr("Signed in &ink on paper"), self)
        self.wet_ink_radio.setObjectName("wetInkRadio")
        self.method_group = QButtonGroup(self)
        self.method_group.setObjectName("methodGroup")
        methods = QHBoxLayout()
        for method, radio in self._radios().items():
            self.method_group.addButton(radio)
            radio.setProperty("method", method.value)
            methods.addWidget(radio)
        methods.addStretch(1)
        self.stored_note = QLabel(self)
        self.stored_note.setObjectName("storedNote")
        self.stored_note.setWordWrap(True)
        style.muted(self.stored_note)
        self.stored_note.hide()
        method_caption = QLabel(self.tr("How does this party sign?"), self)
        method_caption.setObjectName("methodCaption")
        method_caption.setStyleSheet("font-weight: bold;")

        self.method_stack = QStackedWidget(self)
        self.method_stack.setObjectName("methodStack")
        self.draw_panel = SignatureDrawPanel(self)
        self.pad = self.draw_panel.pad
        self.undo_button = self.draw_panel.undo_button
        self.clear_button = self.draw_panel.clear_button
        self.method_stack.addWidget(self.draw_panel)
        self.method_stack.addWidget(self._build_stored_page())
        self.method_stack.addWidget(self._build_scan_page())

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
        self.ok_button.setText(self.tr("&Sign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")

        rule = QFrame(self)
        rule.setObjectName("rule")
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.number_label)
        layout.addSpacing(4)
        layout.addWidget(self.party_label)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(method_caption)
        layout.addLayout(methods)
        layout.addWidget(self.stored_note)
        layout.addWidget(self.method_stack, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def _build_stored_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("storedPage")
        explanation = QLabel(
            self.tr(
                "The signer's stored signature image is used. Enter the signer's PIN: "
                "the image is unlocked only when the PIN is checked, after you click Sign."
            ),
            page,
        )
        explanation.setObjectName("storedExplanation")
        explanation.setWordWrap(True)
        self.pin_edit = QLineEdit(page)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaximumWidth(220)
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _build_scan_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("scanPage")
        explanation = QLabel(
            self.tr(
                "Print the pledge, have it signed and sealed in ink, then attach a scan "
                "or photo of the signed page (PDF, PNG or JPEG)."
            ),
            page,
        )
        explanation.setObjectName("scanExplanation")
        explanation.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("&Attach scan…"), page)
        self.attach_button.setObjectName("attachButton")
        self.scan_name_label = QLabel(self.tr("No file attached"), page)
        self.scan_name_label.setObjectName("scanNameLabel")
        style.muted(self.scan_name_label)
        self.scan_error_label = QLabel(page)
        self.scan_error_label.setObjectName("scanErrorLabel")
        self.scan_error_label.setWordWrap(True)
        style.error_text(self.scan_error_label)
        self.scan_error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.scan_name_label, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.scan_error_label)
        layout.addStretch(1)
        return page

    def _radios(self) -> dict[SignatureMethod, QRadioButton]:
        return {
            SignatureMethod.DRAWN: self.draw_radio,
            SignatureMethod.STORED_IMAGE: self.stored_radio,
            SignatureMethod.WET_INK: self.wet_ink_radio,
        }

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.method_group.buttonToggled.connect(self._on_method_group_button_toggled)
        self.signer_edit.textChanged.connect(self._update_stored_option)
        self.signer_edit.textChanged.connect(self._update_ok)
        self.date_edit.dateChanged.connect(self._update_ok)
        self.pin_edit.textChanged.connect(self._update_ok)
        self.draw_panel.changed.connect(self._update_ok)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)

    def _load(self) -> None:
        content = self._pledge.content
        person = content.issuer if self._party is Party.ISSUER else content.responsible
        self.signer_edit.setText(person.signatory)
        self.signer_title_edit.setText(person.signatory_title)
        today = QDate(self._today.year, self._today.month, self._today.day)
        self.date_edit.setMaximumDate(today)
        self.date_edit.setDate(today)
        self.draw_radio.setChecked(True)
        self._update_stored_option()
        self._update_ok()

    # -- state -----------------------------------------------------------

    def method(self) -> SignatureMethod:
        """The method chosen."""
        for method, radio in self._radios().items():
            if radio.isChecked():
                return method
        return SignatureMethod.DRAWN

    def set_method(self, method: SignatureMethod) -> None:
        """Choose a method, as clicking its button would."""
        self._radios()[method].setChecked(True)

    def current_request(self) -> SigningRequest:
        """What the dialog would return now, complete or not."""
        method = self.method()
        return SigningRequest(
            party=self._party,
            method=method,
            signer=self.signer_edit.text().strip(),
            signer_title=self.signer_title_edit.text().strip(),
            signed_on=self._signed_on(),
            image=self.draw_panel.png() if method is SignatureMethod.DRAWN else None,
            pin=self.pin_edit.text() if method is SignatureMethod.STORED_IMAGE else None,
            scan=self._scan if method is SignatureMethod.WET_INK else None,
        )

    def _signed_on(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def problems(self) -> list[str]:
        """What keeps OK disabled; empty when the signature can be recorded."""
        return signing_problems(self.current_request(), today=self._today)

    def _update_stored_option(self) -> None:
        # Offered only to a signer who has an image stored; otherwise say why not.
        signer = self.signer_edit.text().strip()
        available = self._stored_signers is None or signer in self._stored_signers
        self.stored_radio.setEnabled(available)
        reason = (
            ""
            if available
            else self.tr(
                "{signer} has no stored signature image, so it cannot be used. It is stored "
                "under Units, by the signatory's name."
            ).format(signer=signer or self.tr("This signer"))
        )
        self.stored_radio.setToolTip(reason)
        self.stored_note.setText(reason)
        self.stored_note.setVisible(bool(reason))
        if not available and self.stored_radio.isChecked():
            self.draw_radio.setChecked(True)

    def _update_ok(self) -> None:
        problems = self.problems()
        self.ok_button.setEnabled(not problems)
        self.problem_label.setText(problems[0] if problems else "")

    def accept(self) -> None:
        """Keep the request and close, if it is complete."""
        if self.problems():
            return
        self.request = self.current_request()
        super().accept()

    # -- slots -------------------------------------------------------------

    def _on_method_group_button_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        method = self.method()
        self.method_stack.setCurrentIndex(list(self._radios()).index(method))
        if method is SignatureMethod.STORED_IMAGE:
            self.pin_edit.setFocus()
        self._update_ok()

    def _on_attach_button_clicked(self) -> None:
        path = self._choose_file(
            self.tr("Attach the scan of the signed pledge"),
            file_filter=self.tr("Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if path is not None:
            self.attach_scan(path)

    def attach_scan(self, path: Path) -> bool:
        """Read `path` as the scan; shows why in the dialog and returns False if it cannot."""
        data, error = read_chosen_file(path, max_bytes=MAX_SCAN_BYTES)
        if not error and sniff_type(data) not in (PDF, PNG, JPEG):
            error = self.tr("{name} is not a PDF, PNG or JPEG file.").format(name=path.name)
        self.scan_error_label.setText(error)
        self.scan_error_label.setVisible(bool(error))
        if not error:
            self._scan = data
            self.scan_name_label.setText(path.name)
            self.scan_name_label.setToolTip(str(path))
            style.heading(self.scan_name_label)
        self._update_ok()
        return not error
