"""Verifying a PDF, signing one digitally and making a certificate, pyHanko off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pledge_app.core.database import Database
from pledge_app.core.digital_signatures import create_office_certificate
from pledge_app.core.views import PledgeView
from pledge_app.operations.printing import register_copy
from pledge_app.operations.printing import render_pdf as render_pdf_bytes
from pledge_app.ui.dialogs.certificate_dialog import CertificateChoice
from pledge_app.ui.dialogs.new_certificate_dialog import NewCertificateRequest
from pledge_app.ui.main_window.pdf_tools import PdfTools
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.workspace import Workspace
from tests.signing_helpers import signed_pledge
from tests.ui.fakes import FakePrompts

PASSWORD = "office-secret"


@pytest.fixture(scope="module")
def pkcs12() -> bytes:
    return create_office_certificate("改革办", "市委改革办", password=PASSWORD)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def runner(owner: QWidget, database: Database, prompts: FakePrompts) -> OperationRunner:
    workspace = Workspace(owner)
    workspace.open(database, "pledges.sqlite3")
    return OperationRunner(workspace=workspace, prompts=prompts, parent=owner)


@pytest.fixture
def signed(database: Database) -> PledgeView:
    with database.begin() as session:
        return signed_pledge(session)


def make_tools(
    owner: QWidget,
    runner: OperationRunner,
    prompts: FakePrompts,
    *,
    certificate: CertificateChoice | None = None,
    new_certificate: NewCertificateRequest | None = None,
) -> PdfTools:
    return PdfTools(
        owner,
        runner=runner,
        prompts=prompts,
        ask_certificate=lambda _parent: certificate,
        ask_new_certificate=lambda _parent: new_certificate,
    )


def verify(qtbot: QtBot, tools: PdfTools, prompts: FakePrompts, path: Path) -> str:
    prompts.paths.append(path)
    with qtbot.waitSignal(tools.done, timeout=20_000):
        tools.verify_pdf()
    dialog = tools.verification_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog.plain_text()


def test_a_registered_print_verifies_as_genuine(
    qtbot: QtBot,
    owner: QWidget,
    database: Database,
    runner: OperationRunner,
    prompts: FakePrompts,
    signed: PledgeView,
    tmp_path: Path,
) -> None:
    tools = make_tools(owner, runner, prompts)
    pdf = render_pdf_bytes(signed)
    register_copy(database, signed, data=pdf)
    path = tmp_path / "copy.pdf"
    path.write_bytes(pdf)
    text = verify(qtbot, tools, prompts, path)
    assert tools.verification_dialog is not None
    assert tools.verification_dialog.verification.genuine
    assert "✔ Genuine" in text
    assert signed.content.number in text and "Version 1" in text
    assert "no digital signature" in text


def test_a_print_with_one_byte_changed_is_not_genuine(
    qtbot: QtBot,
    owner: QWidget,
    database: Database,
    runner: OperationRunner,
    prompts: FakePrompts,
    signed: PledgeView,
    tmp_path: Path,
) -> None:
    tools = make_tools(owner, runner, prompts)
    pdf = render_pdf_bytes(signed)
    register_copy(database, signed, data=pdf)
    changed = bytearray(pdf)
    changed[len(changed) // 2] ^= 0x01
    path = tmp_path / "changed.pdf"
    path.write_bytes(bytes(changed))
    text = verify(qtbot, tools, prompts, path)
    assert tools.verification_dialog is not None
    assert not tools.verification_dialog.verification.genuine
    assert "✘ Not genuine" in text


def test_a_pdf_signed_digitally_is_saved_registered_and_checked(
    qtbot: QtBot,
    owner: QWidget,
    runner: OperationRunner,
    prompts: FakePrompts,
    signed: PledgeView,
    pkcs12: bytes,
    tmp_path: Path,
) -> None:
    certificate = tmp_path / "office.p12"
    certificate.write_bytes(pkcs12)
    tools = make_tools(owner, runner, prompts, certificate=CertificateChoice(certificate, PASSWORD))
    out = tmp_path / "signed.pdf"
    prompts.paths.append(out)
    with qtbot.waitSignal(tools.done, timeout=30_000):
        tools.sign_and_save(render_pdf_bytes(signed), signed, tmp_path / "copy.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    [message] = prompts.messages("info")
    assert "exactly as 改革办 signed it" in message
    assert "the one you trust" in message
    assert "Certificate fingerprint (SHA-256): " in message
    assert "self-signed" in message

    text = verify(qtbot, tools, prompts, out)
    assert "✔ Genuine" in text
    assert "✔ 改革办" in text


def test_a_wrong_certificate_password_signs_nothing(
    qtbot: QtBot,
    owner: QWidget,
    runner: OperationRunner,
    prompts: FakePrompts,
    signed: PledgeView,
    pkcs12: bytes,
    tmp_path: Path,
) -> None:
    certificate = tmp_path / "office.p12"
    certificate.write_bytes(pkcs12)
    tools = make_tools(owner, runner, prompts, certificate=CertificateChoice(certificate, "no"))
    out = tmp_path / "signed.pdf"
    prompts.paths.append(out)
    with qtbot.waitSignal(tools.done, timeout=30_000):
        tools.sign_and_save(render_pdf_bytes(signed), signed, tmp_path / "copy.pdf")
    assert not out.exists()
    assert "password is wrong" in prompts.messages("error")[0]


def test_creating_a_certificate_saves_it_and_explains_it(
    qtbot: QtBot, owner: QWidget, runner: OperationRunner, prompts: FakePrompts, tmp_path: Path
) -> None:
    request = NewCertificateRequest("改革办", "市委改革办", "a-long-password")
    tools = make_tools(owner, runner, prompts, new_certificate=request)
    prompts.paths.append(tmp_path / "office")
    with qtbot.waitSignal(tools.done, timeout=30_000):
        tools.create_certificate()
    assert (tmp_path / "office.p12").stat().st_size > 0
    assert (tmp_path / "office.cer").stat().st_size > 0
    [message] = prompts.messages("info")
    assert "Fingerprint (SHA-256): " in message
    assert "self-signed" in message
