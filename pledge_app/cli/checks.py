"""`check` and `verify`: is the database sound, and is this PDF a genuine signed copy?"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledge_app.cli.support import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    open_existing_database_of,
    read_input_file,
    say,
)
from pledge_app.core.i18n import translate

if TYPE_CHECKING:
    from pledge_app.core.pdf_verification import Verification

#: Where `verify --trust` finds the password of a .p12 certificate file, if it is one.
PASSWORD_ENV = "PLEDGE_P12_PASSWORD"


def run_check(args: argparse.Namespace) -> int:
    """Print every integrity finding; exit 1 if there is any."""
    from pledge_app.core.integrity import check_database

    db = open_existing_database_of(args)
    try:
        with db.begin() as session:
            findings = check_database(session)
    finally:
        db.dispose()
    for finding in findings:
        if finding.pledge_id is None:
            say(translate("cli", "- {message}").format(message=finding.message))
        else:
            say(
                translate("cli", "- {message} [pledge id {id}]").format(
                    message=finding.message, id=finding.pledge_id
                )
            )
    if findings:
        say(translate("cli", "Problems found: {count}.").format(count=len(findings)))
        return EXIT_FAILED
    say(
        translate(
            "cli",
            "No problems found: the database is sound, every frozen pledge matches its "
            "content hash and signatures, and the audit log is unbroken.",
        )
    )
    return EXIT_OK


def _describe(result: Verification) -> list[str]:
    lines = []
    if result.number is not None or result.title is not None:
        lines.append(
            translate("cli", "  pledge:   {number} “{title}”").format(
                number=result.number or "?", title=result.title or "?"
            )
        )
    if result.revision is not None:
        lines.append(
            translate("cli", "  version:  {revision} ({status})").format(
                revision=result.revision, status=result.status or "-"
            )
        )
    if result.pledge_id is not None:
        lines.append(translate("cli", "  id:       {id}").format(id=result.pledge_id))
    if result.printed_at is not None:
        lines.append(
            translate("cli", "  printed:  {moment}").format(
                moment=result.printed_at.strftime("%Y-%m-%d %H:%M UTC")
            )
        )
    return lines


def _trusted(args: argparse.Namespace) -> bytes | None:
    return None if args.trust is None else read_input_file(Path(args.trust))


def _digital_signatures(pdf: bytes, args: argparse.Namespace) -> bool:
    """Print the PAdES signatures of `pdf`, if any; whether every one is intact."""
    from pledge_app.core.digital_signatures import DigitalSignatureError, validate_pdf_signatures

    trusted = _trusted(args)
    try:
        checks: list[Any] = validate_pdf_signatures(
            pdf, trusted_pkcs12_or_cert=trusted, trusted_password=os.environ.get(PASSWORD_ENV)
        )
    except DigitalSignatureError as error:
        say(translate("cli", "Digital signatures: {problem}").format(problem=error))
        return False
    if not checks:
        return True
    say(translate("cli", "Digital signatures ({count}):").format(count=len(checks)))
    for check in checks:
        say(
            translate("cli", "- {field}, signed by {signer} on {moment}: {summary}").format(
                field=check.field_name,
                signer=check.signer_name,
                moment=check.signed_at.strftime("%Y-%m-%d %H:%M %Z") if check.signed_at else "?",
                summary=check.summary,
            )
        )
        if check.fingerprint:
            say(
                translate("cli", "  certificate SHA-256 fingerprint: {fingerprint}").format(
                    fingerprint=check.fingerprint
                )
            )
    return all(check.intact for check in checks)


def run_verify(args: argparse.Namespace) -> int:
    """Say whether a PDF is an untouched copy of a signed pledge here; 0 yes, 1 no, 2 unreadable."""
    from pledge_app.core.pdf_verification import Outcome, verify_printed_pdf

    path = Path(args.file)
    pdf = read_input_file(path)
    db = open_existing_database_of(args)
    try:
        with db.begin() as session:
            result = verify_printed_pdf(session, pdf)
    finally:
        db.dispose()
    if result.outcome is Outcome.NOT_A_PDF:
        say(translate("cli", "{file}: {reason}").format(file=path, reason=result.reason))
        return EXIT_BAD_INPUT
    if result.genuine:
        say(translate("cli", "GENUINE: {file}").format(file=path))
    else:
        say(translate("cli", "NOT GENUINE: {file}").format(file=path))
    say(result.reason)
    for line in _describe(result):
        say(line)
    intact = _digital_signatures(pdf, args)
    return EXIT_OK if result.genuine and intact else EXIT_FAILED


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `check` and `verify` to the subcommands."""
    check = commands.add_parser(
        "check",
        parents=[common],
        help=translate("cli", "check the database, every signed pledge's hashes and the audit log"),
    )
    check.set_defaults(run=run_check)
    verify = commands.add_parser(
        "verify",
        parents=[common],
        help=translate("cli", "say whether a PDF is an untouched copy of a signed pledge"),
    )
    verify.add_argument("file", metavar="FILE.pdf", help=translate("cli", "the PDF to check"))
    verify.add_argument(
        "--trust",
        metavar="CERT",
        default=None,
        help=translate(
            "cli", "the office certificate (.cer/.pem, or .p12 with {env}) to trust"
        ).format(env=PASSWORD_ENV),
    )
    verify.set_defaults(run=run_verify)
