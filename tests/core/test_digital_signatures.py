"""PAdES signatures with an office certificate: signing, and checking intact and trusted."""

from __future__ import annotations

import io

import pytest

from pledge_app.core.digital_signatures import (
    SELF_SIGNED_EXPLANATION,
    DigitalSignatureError,
    certificate_fingerprint,
    certificate_of,
    create_office_certificate,
    self_signed_explanation,
    sign_pdf,
    validate_pdf_signatures,
)
from pledge_app.core.errors import PledgeError
from tests.pdf_helpers import marked_pdf

PASSWORD = "改革办-2026"


@pytest.fixture(scope="module")
def office() -> bytes:
    """The reform office's PKCS#12."""
    return create_office_certificate(
        "市委改革办", "市委全面深化改革委员会办公室", password=PASSWORD
    )


@pytest.fixture(scope="module")
def impostor() -> bytes:
    """Someone else's PKCS#12 claiming the very same name."""
    return create_office_certificate("市委改革办", "市委全面深化改革委员会办公室", password="x")


@pytest.fixture(scope="module")
def signed(office: bytes) -> bytes:
    return sign_pdf(
        marked_pdf(None),
        office,
        PASSWORD,
        reason="签订目标责任书",
        location="某市",
        signer_name="王建国",
    )


def _flip(data: bytes, at: int) -> bytes:
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


def _append_visible_text(pdf: bytes) -> bytes:
    """An incremental update that draws new text on page 1, as a forger would."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (FORGED) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream))
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_a_signed_pdf_is_intact_and_trusted_with_its_own_certificate(
    office: bytes, signed: bytes
) -> None:
    [check] = validate_pdf_signatures(
        signed, trusted_pkcs12_or_cert=certificate_of(office, PASSWORD)
    )
    assert check.intact
    assert check.trusted
    assert check.signer_name == "市委改革办"
    assert check.signed_at is not None and check.signed_at.tzinfo is not None
    assert check.fingerprint == certificate_fingerprint(office, password=PASSWORD)
    assert "exactly as 市委改革办 signed it" in check.summary
    assert "the one you trust" in check.summary


def test_the_pkcs12_itself_can_be_the_trusted_certificate(office: bytes, signed: bytes) -> None:
    [check] = validate_pdf_signatures(
        signed, trusted_pkcs12_or_cert=office, trusted_password=PASSWORD
    )
    assert check.trusted


def test_without_a_trusted_certificate_it_is_intact_but_untrusted(signed: bytes) -> None:
    [check] = validate_pdf_signatures(signed)
    assert check.intact
    assert not check.trusted
    assert "not one you trust" in check.summary
    assert "fingerprint" in check.summary


def test_a_certificate_with_the_same_name_is_not_trusted_for_it(
    impostor: bytes, signed: bytes
) -> None:
    [check] = validate_pdf_signatures(signed, trusted_pkcs12_or_cert=certificate_of(impostor, "x"))
    assert check.intact
    assert not check.trusted
    assert check.fingerprint != certificate_fingerprint(impostor, password="x")


def test_a_flipped_byte_inside_the_signed_range_breaks_it(office: bytes, signed: bytes) -> None:
    original_length = len(marked_pdf(None))
    [check] = validate_pdf_signatures(
        _flip(signed, original_length // 2),
        trusted_pkcs12_or_cert=certificate_of(office, PASSWORD),
    )
    assert not check.intact
    assert not check.trusted
    assert "changed after 市委改革办 signed it" in check.summary


def test_content_appended_after_signing_breaks_it(office: bytes, signed: bytes) -> None:
    [check] = validate_pdf_signatures(
        _append_visible_text(signed), trusted_pkcs12_or_cert=certificate_of(office, PASSWORD)
    )
    assert not check.intact
    assert not check.trusted
    assert "changed after" in check.summary


def test_a_second_signature_leaves_the_first_intact(office: bytes, signed: bytes) -> None:
    twice = sign_pdf(signed, office, PASSWORD, reason="乙方签署", location="", signer_name="李明")
    checks = validate_pdf_signatures(twice, trusted_pkcs12_or_cert=certificate_of(office, PASSWORD))
    assert [c.field_name for c in checks] == ["PledgeManagerSignature1", "PledgeManagerSignature2"]
    assert all(c.intact and c.trusted for c in checks)
    assert "only further signatures were added" in checks[0].summary


def test_an_unsigned_pdf_has_no_signatures() -> None:
    assert validate_pdf_signatures(marked_pdf(None)) == []


def test_a_wrong_password_is_a_clear_error(office: bytes) -> None:
    with pytest.raises(DigitalSignatureError, match="password is wrong") as caught:
        sign_pdf(marked_pdf(None), office, "wrong", reason="", location="", signer_name="")
    assert isinstance(caught.value, PledgeError)


def test_a_file_that_is_no_certificate_is_a_clear_error() -> None:
    with pytest.raises(DigitalSignatureError, match="not a certificate file"):
        sign_pdf(marked_pdf(None), b"not a p12", PASSWORD, reason="", location="", signer_name="")


@pytest.mark.parametrize("pdf", [b"", b"garbage", b"%PDF-1.7\n" + bytes(range(256))])
def test_a_damaged_pdf_cannot_be_signed(office: bytes, pdf: bytes) -> None:
    with pytest.raises(DigitalSignatureError, match="could not be signed"):
        sign_pdf(pdf, office, PASSWORD, reason="", location="", signer_name="")


def test_a_damaged_pdf_cannot_be_checked() -> None:
    with pytest.raises(DigitalSignatureError, match="could not be read"):
        validate_pdf_signatures(b"garbage")


def test_a_damaged_trusted_certificate_is_a_clear_error(signed: bytes) -> None:
    with pytest.raises(DigitalSignatureError, match="certificate file could not be opened"):
        validate_pdf_signatures(signed, trusted_pkcs12_or_cert=b"junk")


@pytest.mark.parametrize(
    ("name", "password", "days"), [("", "pw", 10), ("办公室", "", 10), ("办公室", "pw", 0)]
)
def test_a_certificate_needs_a_name_a_password_and_a_lifetime(
    name: str, password: str, days: int
) -> None:
    with pytest.raises(DigitalSignatureError):
        create_office_certificate(name, "", password=password, valid_days=days)


def test_the_certificate_is_for_signing_and_non_repudiation_only(office: bytes) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, certificate, _ = pkcs12.load_key_and_certificates(office, PASSWORD.encode())
    assert key is not None and certificate is not None
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    assert certificate.issuer == certificate.subject


def test_the_self_signed_explanation_says_what_it_proves_and_what_not() -> None:
    assert self_signed_explanation() == SELF_SIGNED_EXPLANATION
    assert "not been changed" in SELF_SIGNED_EXPLANATION
    assert "anyone can make a certificate" in SELF_SIGNED_EXPLANATION
    assert "fingerprint" in SELF_SIGNED_EXPLANATION


def test_importing_core_does_not_import_pyhanko_or_pypdf() -> None:
    import subprocess
    import sys

    code = (
        "import sys, pledge_app.core.digital_signatures, pledge_app.core.pdf_verification; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pyhanko', 'pypdf'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
