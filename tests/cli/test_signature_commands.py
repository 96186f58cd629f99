"""`make-certificate` and `sign-pdf`: an office certificate, a signed copy that still verifies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pledge_app.cli.main import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, main

SIGNED = "改革办〔2025〕1号 市发展和改革委员会2025年度全面深化改革目标责任书.pdf"
FINGERPRINT = re.compile(r"Certificate SHA-256 fingerprint: ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, str]:
    """A demo database with printed copies, an office certificate and its password file."""
    folder = tmp_path_factory.mktemp("office")
    db = folder / "demo.sqlite3"
    assert main(["--db", str(db), "demo"]) == EXIT_OK
    assert main(["--db", str(db), "pdf", "--all", "--out", str(folder / "out")]) == EXIT_OK
    secret = folder / "password.txt"
    secret.write_text("s3cret-口令\n", encoding="utf-8")
    p12 = folder / "office.p12"
    arguments = ["make-certificate", "--name", "市委改革办", "--org", "市委", "-o", str(p12)]
    assert main([*arguments, "--password-file", str(secret)]) == EXIT_OK
    return db, folder / "out", p12, "s3cret-口令"


def test_make_certificate_explains_itself_and_shows_its_fingerprint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLEDGE_P12_PASSWORD", "pw")
    p12 = tmp_path / "office.p12"
    assert main(["make-certificate", "--name", "市委改革办", "-o", str(p12)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "self-signed" in out and "fingerprint" in out
    assert FINGERPRINT.search(out)
    assert p12.read_bytes()


def test_make_certificate_never_overwrites_a_key(
    office: tuple[Path, Path, Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _db, _out, p12, _password = office
    before = p12.read_bytes()
    monkeypatch.setenv("PLEDGE_P12_PASSWORD", "other")
    assert main(["make-certificate", "--name", "x", "-o", str(p12)]) == EXIT_BAD_INPUT
    assert "exists already" in capsys.readouterr().err
    assert p12.read_bytes() == before


def test_a_signed_copy_is_registered_and_verifies_with_its_digital_signature(
    office: tuple[Path, Path, Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, out, p12, password = office
    monkeypatch.setenv("PLEDGE_P12_PASSWORD", password)
    sealed = tmp_path / "sealed.pdf"
    capsys.readouterr()
    command = ["sign-pdf", str(out / SIGNED), "--p12", str(p12), "-o", str(sealed)]
    assert main([*command, "--db", str(db), "--reason", "核对无误"]) == EXIT_OK
    signing = capsys.readouterr().out
    assert "registered as a copy of pledge 改革办〔2025〕1号" in signing
    assert main(["verify", str(sealed), "--db", str(db)]) == EXIT_OK
    verdict = capsys.readouterr().out
    assert verdict.startswith("GENUINE:")
    assert "Digital signatures (1):" in verdict
    assert "signed by 市委改革办" in verdict
    assert "The file is exactly as 市委改革办 signed it" in verdict
    fingerprint = FINGERPRINT.search(signing)
    assert fingerprint and fingerprint.group(1) in verdict


def test_a_signed_file_changed_afterwards_fails_both_checks(
    office: tuple[Path, Path, Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, out, p12, password = office
    secret = tmp_path / "pw.txt"
    secret.write_text(password, encoding="utf-8")
    sealed = tmp_path / "sealed.pdf"
    command = ["sign-pdf", str(out / SIGNED), "--p12", str(p12), "-o", str(sealed)]
    assert main([*command, "--password-file", str(secret), "--db", str(db)]) == EXIT_OK
    data = bytearray(sealed.read_bytes())
    data[len(data) // 3] ^= 0x01  # inside the signed range, in the page content
    sealed.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["verify", str(sealed), "--db", str(db)]) == EXIT_FAILED
    assert capsys.readouterr().out.startswith("NOT GENUINE:")


def test_signing_a_file_that_is_no_pledge_copy_says_it_is_not_registered(
    office: tuple[Path, Path, Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, out, p12, password = office
    monkeypatch.setenv("PLEDGE_P12_PASSWORD", password)
    draft = next(out.glob("改革办〔2026〕8号*.pdf"))
    capsys.readouterr()
    command = ["sign-pdf", str(draft), "--p12", str(p12), "-o", str(tmp_path / "d.pdf")]
    assert main([*command, "--db", str(db)]) == EXIT_OK
    assert "is not a registered copy" in capsys.readouterr().out


def test_a_wrong_password_is_a_clear_failure(
    office: tuple[Path, Path, Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, out, p12, _password = office
    monkeypatch.setenv("PLEDGE_P12_PASSWORD", "wrong")
    target = tmp_path / "never.pdf"
    command = ["sign-pdf", str(out / SIGNED), "--p12", str(p12), "-o", str(target)]
    assert main([*command, "--db", str(db)]) == EXIT_FAILED
    assert "the password is wrong" in capsys.readouterr().err
    assert not target.exists()


def test_without_any_password_and_no_terminal_nothing_is_asked(
    office: tuple[Path, Path, Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, out, p12, _password = office
    monkeypatch.delenv("PLEDGE_P12_PASSWORD", raising=False)
    command = ["sign-pdf", str(out / SIGNED), "--p12", str(p12), "-o", str(tmp_path / "x.pdf")]
    assert main([*command, "--db", str(db)]) == EXIT_BAD_INPUT
    assert "No password for the certificate" in capsys.readouterr().err
