"""The first-run office setup: whether to offer it, and storing its answers or its skip."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.operations.changes import Changes, Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database


@dataclass(frozen=True)
class OfficeSetupAnswers:
    """What the clerk answered in the first-run wizard."""

    issuer_unit: str
    issuer_signer: str
    issuer_signer_title: str
    numbering_pattern: str
    seal_path: Path | None = None


@dataclass(frozen=True)
class OfficeSetupResult:
    """What the setup stored: the changed setting names and whether a seal was set."""

    changed: frozenset[str]
    seal_set: bool


def office_setup_needed(database: Database) -> Done[bool]:
    """Whether the first-run wizard should be offered on this database."""
    from pledge_app.core import office_setup

    with database.begin() as session:
        return Done(office_setup.office_setup_needed(session))


def skip_office_setup(database: Database) -> Done[None]:
    """Record that the clerk skipped the setup, so it is not offered again."""
    from pledge_app.core.office_setup import record_office_setup_skipped

    with database.begin() as session:
        record_office_setup_skipped(session)
    return Done(None, Changes(audit=True))


def set_up_office(database: Database, answers: OfficeSetupAnswers) -> Done[OfficeSetupResult]:
    """Store the answers as office settings, and the seal on the issuing unit, in one go."""
    from pledge_app.core.office_settings import update_office_settings
    from pledge_app.core.office_setup import record_office_setup_skipped
    from pledge_app.core.signing import set_unit_seal
    from pledge_app.operations.files import read_user_file

    # Read the image before the transaction, so a missing file changes nothing.
    seal = read_user_file(answers.seal_path) if answers.seal_path is not None else None
    with database.begin() as session:
        _settings, changed = update_office_settings(
            session,
            issuer_unit=answers.issuer_unit,
            issuer_signer=answers.issuer_signer,
            issuer_signer_title=answers.issuer_signer_title,
            numbering_pattern=answers.numbering_pattern,
        )
        seal_set = seal is not None and bool(answers.issuer_unit)
        if seal is not None and seal_set:
            set_unit_seal(session, answers.issuer_unit, seal)
        if not changed and not seal_set:
            # Finished with the defaults as they were: as good as a skip, so not asked again.
            record_office_setup_skipped(session)
    changes = Changes.of_everything() if changed or seal_set else Changes(audit=True)
    return Done(OfficeSetupResult(frozenset(changed), seal_set), changes)
