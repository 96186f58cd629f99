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
    say,
)
from pledge_app.core.i18n import translate

if TYPE_CHECKING:
    from pledge_app.core.pdf_verification import Verification
    from pledge_app.operations.integrity import CheckReport
    from pledge_app.operations.verification import PdfVerification

#: Where `verify --trust` finds the password of a .p12 certificate file, if it is one.
PASSWORD_ENV = "PLEDGE_P12_PASSWORD"


def _say_scope(report: CheckReport) -> None:
    """Say plainly how much the check read, and what only `--full` covers."""
    if report.full:
        if report.reason:
            say(
                translate(
                    "cli",
                    "Full check ({reason}): {pledges} signed or ready-to-sign pledges rehashed, "
                    "{entries} audit entries verified, the whole file scanned.",
                ).format(
                    reason=report.reason, pledges=report.rehashed, entries=report.audit_entries
                )
            )
        return
    since = report.since.strftime("%Y-%m-%d %H:%M UTC") if report.since else "?"
    say(
        translate(
            "cli",
            "Quick check of what changed since the last sound check ({since}): {rehashed} of "
            "{pledges} signed or ready-to-sign pledges rehashed, {entries} new audit entries "
            "verified. The others were not re-read: they stand on the database guards, which "
            "are intact and unchanged since. Edits that went around the guards without "
            "changing them, and damage in the large tables, are found only by `check --full`.",
        ).format(
            since=since,
            rehashed=report.rehashed,
            pledges=report.pledges,
            entries=report.audit_entries,
        )
    )


def run_check(args: argparse.Namespace) -> int:
    """Print every integrity finding; exit 1 if there is any."""
    from pledge_app.operations.integrity import check_database

    with open_existing_database_of(args) as db:
        report = check_database(db, full=args.full).value
    for finding in report.findings:
        if finding.pledge_id is None:
            say(translate("cli", "- {message}").format(message=finding.message))
        else:
            say(
                translate("cli", "- {message} [pledge id {id}]").format(
                    message=finding.message, id=finding.pledge_id
                )
            )
    if not report.sound:
        say(translate("cli", "Problems found: {count}.").format(count=len(report.findings)))
        return EXIT_FAILED
    say(
        translate(
            "cli",
            "No problems found: the database is sound, every frozen pledge matches its "
            "content hash and signatures, and the audit log is unbroken.",
        )
    )
    _say_scope(report)
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


def _say_digital_signatures(result: PdfVerification) -> None:
    """Print the PAdES signatures of the file, if it has any or they cannot be read."""
    if result.signature_problem:
        say(
            translate("cli", "Digital signatures: {problem}").format(
                problem=result.signature_problem
            )
        )
        return
    if not result.signatures:
        return
    say(translate("cli", "Digital signatures ({count}):").format(count=len(result.signatures)))
    for check in result.signatures:
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


def run_verify(args: argparse.Namespace) -> int:
    """Say whether a PDF is an untouched copy of a signed pledge here; 0 yes, 1 no, 2 unreadable."""
    from pledge_app.operations.verification import verify_pdf

    path = Path(args.file)
    trust = None if args.trust is None else Path(args.trust)
    with open_existing_database_of(args) as db:
        result = verify_pdf(db, path, trust=trust, password=os.environ.get(PASSWORD_ENV)).value
    if not result.readable:
        say(translate("cli", "{file}: {reason}").format(file=path, reason=result.copy.reason))
        return EXIT_BAD_INPUT
    if result.copy.genuine:
        say(translate("cli", "GENUINE: {file}").format(file=path))
    else:
        say(translate("cli", "NOT GENUINE: {file}").format(file=path))
    say(result.copy.reason)
    for line in _describe(result.copy):
        say(line)
    _say_digital_signatures(result)
    return EXIT_OK if result.genuine else EXIT_FAILED


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `check` and `verify` to the subcommands."""
    check = commands.add_parser(
        "check",
        parents=[common],
        help=translate("cli", "check the database, every signed pledge's hashes and the audit log"),
    )
    check.add_argument(
        "--full",
        action="store_true",
        help=translate(
            "cli",
            "rehash every pledge, scan the whole file and walk the whole audit log, "
            "not only what changed since the last sound check",
        ),
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
