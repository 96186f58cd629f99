"""`sign-pdf` and `make-certificate`: PAdES signatures with the office's own certificate."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from pledge_app.cli.support import EXIT_OK, open_database_of, say
from pledge_app.core.errors import BadInput
from pledge_app.core.i18n import translate
from pledge_app.operations.files import read_user_file

# pyHanko and cryptography load inside the operations (about 400 ms).

#: The environment variable a scheduled task sets instead of typing the password.
PASSWORD_ENV = "PLEDGE_P12_PASSWORD"


def _password(args: argparse.Namespace, *, confirm: bool) -> str:
    """From --password-file, else the environment, else asked for in a terminal."""
    if args.password_file is not None:
        text = read_user_file(Path(args.password_file)).decode("utf-8-sig", "replace")
        lines = text.splitlines()
        password = lines[0] if lines else ""
        if not password:
            raise BadInput(
                translate("cli", "{file}: the first line holds no password").format(
                    file=args.password_file
                )
            )
        return password
    password = os.environ.get(PASSWORD_ENV, "")
    if password:
        return password
    if not sys.stdin.isatty():
        raise BadInput(
            translate(
                "cli",
                "No password for the certificate: give --password-file, set {env}, "
                "or run the command in a terminal to be asked.",
            ).format(env=PASSWORD_ENV)
        )
    password = getpass.getpass(translate("cli", "Certificate password: "))
    if confirm and getpass.getpass(translate("cli", "The same password again: ")) != password:
        raise BadInput(translate("cli", "The two passwords differ; nothing was written."))
    return password


def run_sign_pdf(args: argparse.Namespace) -> int:
    """Add a PAdES signature to a PDF; a registered pledge copy stays verifiable once signed."""
    from pledge_app.operations.pdf_signing import sign_pdf

    source, output = Path(args.file), Path(args.output)
    password = _password(args, confirm=False)
    with open_database_of(args) as db:
        signed = sign_pdf(
            db,
            source,
            output=output,
            certificate=Path(args.p12),
            password=password,
            reason=args.reason,
            location=args.location,
            signer_name=args.signer_name,
        ).value
    say(translate("cli", "Signed {file} into {output}.").format(file=source, output=output))
    say(
        translate("cli", "Certificate SHA-256 fingerprint: {fingerprint}").format(
            fingerprint=signed.fingerprint
        )
    )
    if signed.registered_as is None:
        say(
            translate(
                "cli",
                "{file} is not a registered copy of a signed pledge in this database, so the "
                "signed file is not registered either; `verify` checks only its digital "
                "signature.",
            ).format(file=source)
        )
    else:
        say(
            translate("cli", "The signed file is registered as a copy of pledge {number}.").format(
                number=signed.registered_as
            )
        )
    return EXIT_OK


def run_make_certificate(args: argparse.Namespace) -> int:
    """Create a self-signed office certificate (.p12) and say what it proves."""
    from pledge_app.core.digital_signatures import self_signed_explanation
    from pledge_app.operations.pdf_signing import make_certificate

    output = Path(args.output)
    if output.exists() and not args.force:
        raise BadInput(
            translate(
                "cli",
                "{file} exists already; it may hold the office's only signing key. "
                "Choose another name, or give --force to replace it.",
            ).format(file=output)
        )
    password = _password(args, confirm=True)
    made = make_certificate(
        output, name=args.name, organisation=args.org, password=password, valid_days=args.days
    ).value
    say(translate("cli", "Wrote the office certificate to {file}.").format(file=made.path))
    say(self_signed_explanation())
    say(
        translate("cli", "Certificate SHA-256 fingerprint: {fingerprint}").format(
            fingerprint=made.fingerprint
        )
    )
    return EXIT_OK


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        default=None,
        help=translate(
            "cli", "a file whose first line is the password (else {env}, else asked)"
        ).format(env=PASSWORD_ENV),
    )


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `sign-pdf` and `make-certificate` to the subcommands."""
    sign = commands.add_parser(
        "sign-pdf",
        parents=[common],
        help=translate("cli", "add a digital (PAdES) signature to a PDF"),
    )
    sign.add_argument("file", metavar="FILE.pdf", help=translate("cli", "the PDF to sign"))
    sign.add_argument(
        "--p12", metavar="CERT.p12", required=True, help=translate("cli", "the office certificate")
    )
    sign.add_argument(
        "-o", "--output", metavar="OUT.pdf", required=True, help=translate("cli", "the signed PDF")
    )
    sign.add_argument("--reason", default="", help=translate("cli", "why it is signed"))
    sign.add_argument("--location", default="", help=translate("cli", "where it is signed"))
    sign.add_argument(
        "--signer-name", default="", help=translate("cli", "who signs (default: the certificate)")
    )
    _password_option(sign)
    sign.set_defaults(run=run_sign_pdf)

    make = commands.add_parser(
        "make-certificate",
        parents=[common],
        help=translate("cli", "create the office's self-signed signing certificate (.p12)"),
    )
    make.add_argument(
        "--name", required=True, help=translate("cli", "who the certificate is issued to")
    )
    make.add_argument("--org", default="", help=translate("cli", "the organisation"))
    make.add_argument(
        "-o", "--output", metavar="FILE.p12", required=True, help=translate("cli", "the file")
    )
    make.add_argument(
        "--days", type=int, default=3650, help=translate("cli", "days of validity (3650)")
    )
    make.add_argument(
        "--force", action="store_true", help=translate("cli", "replace an existing file")
    )
    _password_option(make)
    make.set_defaults(run=run_make_certificate)
