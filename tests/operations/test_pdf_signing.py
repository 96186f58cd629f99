"""Signing a PDF with the office certificate, and making that certificate, written atomically."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pledge_app.core.database import Database
from pledge_app.core.digital_signatures import (
    certificate_fingerprint,
    create_office_certificate,
)
from pledge_app.core.errors import BadInput, PledgeError
from pledge_app.core.models import PrintedCopy
from pledge_app.core.views import PledgeView
from pledge_app.operations.pdf_signing import make_certificate, sign_pdf
from pledge_app.operations.printing import register_copy, render_pdf
from pledge_app.operations.verification import verify_pdf
from tests.signing_helpers import signed_pledge

PASSWORD = "office-secret"


@pytest.fixture(scope="module")
def pkcs12() -> bytes:
    return create_office_certificate("市委改革办", "市委", password=PASSWORD)


@pytest.fixture
def certificate(pkcs12: bytes, tmp_path: Path) -> Path:
    path = tmp_path / "office.p12"
    path.write_bytes(pkcs12)
    return path


@pytest.fixture
def signed(database: Database) -> PledgeView:
    with database.begin() as session:
        return signed_pledge(session)


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# -- make_certificate ---------------------------------------------------------------


def test_a_new_certificate_is_written_whole_with_nothing_else_left(tmp_path: Path) -> None:
    target = tmp_path / "office.p12"
    made = make_certificate(target, name="市委改革办", organisation="市委", password=PASSWORD).value
    assert made.path == target and made.public_path is None
    assert files_in(tmp_path) == ["office.p12"]  # no temporary file beside it
    assert made.fingerprint == certificate_fingerprint(target.read_bytes(), password=PASSWORD)


def test_the_public_copy_is_written_beside_the_key(tmp_path: Path) -> None:
    target = tmp_path / "office.p12"
    made = make_certificate(
        target, name="市委改革办", organisation="", password=PASSWORD, public_copy=True
    ).value
    assert made.public_path == tmp_path / "office.cer"
    assert files_in(tmp_path) == ["office.cer", "office.p12"]
    assert certificate_fingerprint((tmp_path / "office.cer").read_bytes()) == made.fingerprint


def test_an_unwritable_target_names_it_and_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("a file where the folder should be")
    target = tmp_path / "not-a-folder" / "office.p12"
    with pytest.raises(PledgeError, match=re.escape(str(target))):
        make_certificate(target, name="市委改革办", organisation="", password=PASSWORD)
    assert files_in(tmp_path) == ["not-a-folder"]


def test_a_public_copy_that_cannot_be_written_takes_the_new_key_with_it(tmp_path: Path) -> None:
    (tmp_path / "office.cer").mkdir()  # a folder in the way of the public copy
    target = tmp_path / "office.p12"
    with pytest.raises(PledgeError, match=re.escape(str(tmp_path / "office.cer"))):
        make_certificate(
            target, name="市委改革办", organisation="", password=PASSWORD, public_copy=True
        )
    assert files_in(tmp_path) == ["office.cer"]
    assert not any((tmp_path / "office.cer").iterdir())


# -- sign_pdf -------------------------------------------------------------------------


def test_a_registered_copy_signed_from_a_file_stays_genuine(
    database: Database, signed: PledgeView, certificate: Path, tmp_path: Path
) -> None:
    pdf = render_pdf(signed)
    register_copy(database, signed, data=pdf)
    source = tmp_path / "copy.pdf"
    source.write_bytes(pdf)
    output = tmp_path / "sealed.pdf"
    done = sign_pdf(database, source, output=output, certificate=certificate, password=PASSWORD)
    result = done.value
    assert result.path == output and output.read_bytes().startswith(b"%PDF")
    assert result.registered_as == signed.content.number
    assert done.changes.audit
    [check] = result.checks
    assert check.intact and check.trusted
    verdict = verify_pdf(database, output, trust=certificate, password=PASSWORD).value
    assert verdict.genuine
    assert [signature.fingerprint for signature in verdict.signatures] == [result.fingerprint]


def test_the_bytes_of_a_pledge_are_registered_as_a_copy_of_it(
    database: Database, signed: PledgeView, certificate: Path, tmp_path: Path
) -> None:
    output = tmp_path / "sealed.pdf"
    result = sign_pdf(
        database,
        render_pdf(signed),
        output=output,
        certificate=certificate,
        password=PASSWORD,
        pledge_id=signed.id,
    ).value
    assert result.registered_as == signed.content.number
    assert verify_pdf(database, output).value.copy.genuine


def test_a_file_that_is_no_registered_copy_is_signed_but_not_registered(
    database: Database, signed: PledgeView, certificate: Path, tmp_path: Path
) -> None:
    source = tmp_path / "unregistered.pdf"
    source.write_bytes(render_pdf(signed))
    done = sign_pdf(
        database, source, output=tmp_path / "out.pdf", certificate=certificate, password=PASSWORD
    )
    assert done.value.registered_as is None
    assert not done.changes
    assert not verify_pdf(database, tmp_path / "out.pdf").value.copy.genuine


def test_a_wrong_password_writes_and_registers_nothing(
    database: Database, signed: PledgeView, certificate: Path, tmp_path: Path
) -> None:
    output = tmp_path / "never.pdf"
    pdf = render_pdf(signed)
    with pytest.raises(PledgeError, match="password is wrong"):
        sign_pdf(
            database,
            pdf,
            output=output,
            certificate=certificate,
            password="wrong",
            pledge_id=signed.id,
        )
    assert not output.exists()


def test_an_unwritable_output_leaves_no_registration(
    database: Database, signed: PledgeView, certificate: Path, tmp_path: Path
) -> None:
    (tmp_path / "blocked").write_text("a file where the folder should be")
    output = tmp_path / "blocked" / "sealed.pdf"
    with pytest.raises(PledgeError, match=re.escape(str(output))):
        sign_pdf(
            database,
            render_pdf(signed),
            output=output,
            certificate=certificate,
            password=PASSWORD,
            pledge_id=signed.id,
        )
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(PrintedCopy)) == 0


def test_a_missing_certificate_is_bad_input_naming_it(
    database: Database, signed: PledgeView, tmp_path: Path
) -> None:
    missing = tmp_path / "office.p12"
    with pytest.raises(BadInput, match=re.escape(str(missing))):
        sign_pdf(
            database,
            render_pdf(signed),
            output=tmp_path / "out.pdf",
            certificate=missing,
            password=PASSWORD,
        )
