"""Verifying a PDF handed in: a registered copy is genuine, a changed byte is not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pledge_app.core.database import Database
from pledge_app.core.errors import BadInput
from pledge_app.core.pdf_verification import Outcome
from pledge_app.core.views import PledgeView
from pledge_app.operations.printing import register_copy, render_pdf
from pledge_app.operations.verification import verify_pdf
from tests.signing_helpers import signed_pledge


@pytest.fixture
def signed(database: Database) -> PledgeView:
    with database.begin() as session:
        return signed_pledge(session)


@pytest.fixture
def printed(database: Database, signed: PledgeView, tmp_path: Path) -> Path:
    """A registered copy of the signed pledge, as the clerk printed it."""
    pdf = render_pdf(signed)
    register_copy(database, signed, data=pdf)
    path = tmp_path / "copy.pdf"
    path.write_bytes(pdf)
    return path


def test_a_registered_copy_is_genuine(
    database: Database, signed: PledgeView, printed: Path
) -> None:
    done = verify_pdf(database, printed)
    result = done.value
    assert result.genuine and result.copy.genuine and result.readable
    assert result.copy.outcome is Outcome.GENUINE
    assert result.copy.pledge_id == signed.id
    assert result.path == printed
    assert result.signatures == () and result.signature_problem == ""
    assert not done.changes


def test_a_copy_with_one_byte_changed_is_not_genuine(
    database: Database, printed: Path, tmp_path: Path
) -> None:
    data = bytearray(printed.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    result = verify_pdf(database, changed).value
    assert not result.genuine
    assert not result.copy.genuine


def test_a_file_that_is_no_pdf_cannot_be_checked(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"not a pdf at all")
    result = verify_pdf(database, path).value
    assert not result.readable
    assert not result.genuine


def test_a_missing_file_is_bad_input_naming_it(database: Database, tmp_path: Path) -> None:
    missing = tmp_path / "handed-in.pdf"
    with pytest.raises(BadInput, match=re.escape(str(missing))):
        verify_pdf(database, missing)


def test_a_missing_certificate_to_trust_is_bad_input_naming_it(
    database: Database, printed: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "office.cer"
    with pytest.raises(BadInput, match=re.escape(str(missing))):
        verify_pdf(database, printed, trust=missing)
