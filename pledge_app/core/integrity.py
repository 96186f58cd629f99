"""The integrity check: database structure, guards, signed content and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session, selectinload

from pledge_app.core import audit
from pledge_app.core.content_hash import content_hash
from pledge_app.core.enums import Party, PledgeStatus
from pledge_app.core.guard_check import GuardProblemKind, guard_problems
from pledge_app.core.i18n import translate
from pledge_app.core.models import AuditEntry, Pledge
from pledge_app.core.pledges import content_of
from pledge_app.core.signing import signature_record_hash

FROZEN_STATUSES = (PledgeStatus.SIGNED.value, PledgeStatus.SUPERSEDED.value)


@dataclass(frozen=True)
class IntegrityFinding:
    """One problem found, in words, with the pledge it concerns where there is one."""

    message: str
    pledge_id: str | None = None


def _name(pledge: Pledge) -> str:
    return translate("integrity", "Pledge {number} “{title}” (version {revision})").format(
        number=pledge.number, title=pledge.title, revision=pledge.revision
    )


def _structure(session: Session) -> list[IntegrityFinding]:
    findings: list[IntegrityFinding] = []
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        result = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        if result != ["ok"]:
            findings += [
                IntegrityFinding(
                    translate("integrity", "The database file is damaged: {detail}").format(
                        detail=line
                    )
                )
                for line in result
            ]
        for row in connection.execute(text("PRAGMA foreign_key_check")):
            findings.append(
                IntegrityFinding(
                    translate(
                        "integrity", "A row of {table} points at a missing {parent} row."
                    ).format(table=row[0], parent=row[2])
                )
            )
    findings += _guards(connection)
    return findings


def _guards(connection: Connection) -> list[IntegrityFinding]:
    # Each guard is compared with its full expected definition, not by name: a
    # same-named trigger that does nothing is as good as none (issue 8).
    problems = guard_problems(connection)
    findings: list[IntegrityFinding] = []
    missing = sorted(p.trigger for p in problems if p.kind is GuardProblemKind.MISSING)
    if missing:
        findings.append(
            IntegrityFinding(
                translate(
                    "integrity",
                    "The protection of signed pledges was removed from the database "
                    "(missing triggers: {names}).",
                ).format(names=", ".join(missing))
            )
        )
    messages = {
        GuardProblemKind.ALTERED: translate(
            "integrity",
            "The protection of signed pledges was altered in the database: trigger {name} "
            "on table {table} is not the one Pledge Manager installs, so it may let "
            "changes through.",
        ),
        GuardProblemKind.DISABLED: translate(
            "integrity",
            "The protection of signed pledges was switched off in the database: "
            "trigger {name} on table {table} is disabled.",
        ),
        GuardProblemKind.UNEXPECTED: translate(
            "integrity",
            "A trigger Pledge Manager did not install was added to table {table}: {name}. "
            "It could change rows after the protection has checked them.",
        ),
    }
    for problem in problems:
        if problem.kind is not GuardProblemKind.MISSING:
            findings.append(
                IntegrityFinding(
                    messages[problem.kind].format(name=problem.trigger, table=problem.table)
                )
            )
    return findings


def _pledge(pledge: Pledge, audited: set[str]) -> list[IntegrityFinding]:
    findings: list[IntegrityFinding] = []

    def add(message: str) -> None:
        findings.append(IntegrityFinding(f"{_name(pledge)}: {message}", pledge.id))

    actual = content_hash(content_of(pledge))
    if pledge.content_hash != actual:
        add(
            translate(
                "integrity",
                "its content was altered after it was frozen "
                "(recorded hash {recorded}, content now hashes to {actual}).",
            ).format(recorded=(pledge.content_hash or "-")[:12], actual=actual[:12])
        )
    for signature in pledge.signatures:
        if signature.content_hash != pledge.content_hash:
            add(
                translate(
                    "integrity", "the signature of {signer} was given on different content."
                ).format(signer=signature.signer)
            )
        if signature.record_hash != signature_record_hash(signature):
            add(
                translate("integrity", "the signature record of {signer} was altered.").format(
                    signer=signature.signer
                )
            )
    if pledge.status in FROZEN_STATUSES:
        parties = {signature.party for signature in pledge.signatures}
        for party in Party:
            if party.value not in parties:
                add(
                    translate(
                        "integrity", "it is marked signed but {party} has no signature."
                    ).format(party=party.value)
                )
        if pledge.id not in audited:
            add(translate("integrity", "the audit log has no record of its signing."))
    return findings


def check_database(session: Session) -> list[IntegrityFinding]:
    """Every finding; an empty list means the database is sound."""
    findings = _structure(session)
    audited = {
        pledge_id
        for pledge_id in session.scalars(
            select(AuditEntry.pledge_id).where(AuditEntry.action == "signed")
        )
        if pledge_id is not None
    }
    pledges = session.scalars(
        select(Pledge)
        .where(Pledge.status.in_((*FROZEN_STATUSES, PledgeStatus.READY_TO_SIGN.value)))
        .options(
            selectinload(Pledge.paragraphs),
            selectinload(Pledge.tasks),
            selectinload(Pledge.signatures),
        )
        .order_by(Pledge.year, Pledge.number, Pledge.revision)
    )
    for pledge in pledges:
        findings += _pledge(pledge, audited)
    findings += [IntegrityFinding(message) for message in audit.verify_chain(session)]
    return findings
