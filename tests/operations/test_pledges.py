"""A pledge's life in the editor as operations: open, create, save, finalise, reopen, amend,
and the autosave, each on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pledge_app.core import autosave
from pledge_app.core import pledges as core_pledges
from pledge_app.core.database import Database
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import ConcurrentEdit, InvalidTransition, ValidationFailed
from pledge_app.core.models import new_id
from pledge_app.core.views import PledgeContent, PledgeView
from pledge_app.operations.changes import NO_CHANGES
from pledge_app.operations.pledges import (
    amend_pledge,
    create_pledge,
    discard_autosave,
    finalise_pledge,
    load_pledge,
    open_pledge,
    pledge_versions,
    recover_autosave,
    reopen_pledge,
    save_pledge,
    store_autosave,
)
from tests.conftest import make_content
from tests.signing_helpers import ready_pledge, signed_pledge


@pytest.fixture
def draft(database: Database, sample_content: PledgeContent) -> PledgeView:
    return create_pledge(database, sample_content).value


def stored(database: Database, pledge_id: str) -> PledgeView:
    return load_pledge(database, pledge_id).value


def kept_autosave(database: Database, pledge_id: str) -> autosave.AutosaveSnapshot | None:
    with database.begin() as session:
        return autosave.load_autosave(session, pledge_id)


def test_a_new_pledge_opens_in_the_year_asked_with_the_last_issuer(
    database: Database, draft: PledgeView
) -> None:
    pledge_id = new_id()
    opened = open_pledge(database, pledge_id, year=2031).value
    assert opened.pledge_id == pledge_id
    assert opened.stored is None and opened.versions == () and opened.autosave is None
    assert opened.content.year == 2031
    assert opened.content.issuer.unit == draft.content.issuer.unit
    assert draft.content.responsible.unit in opened.unit_names


def test_a_stored_pledge_opens_with_its_versions_and_autosave(
    database: Database, draft: PledgeView
) -> None:
    with database.begin() as session:
        autosave.store_autosave(session, draft.id, replace(draft.content, title="改了一半"))
    opened = open_pledge(database, draft.id, year=2031).value
    assert opened.stored == draft
    assert opened.content == draft.content
    assert opened.versions == (draft,)
    assert opened.autosave is not None and opened.autosave.content.title == "改了一半"


def test_creating_names_the_new_pledge_and_spends_its_autosave(
    database: Database, sample_content: PledgeContent
) -> None:
    pledge_id = new_id()
    store_autosave(database, pledge_id, content=sample_content)
    done = create_pledge(database, sample_content, pledge_id=pledge_id)
    assert done.value.id == pledge_id
    assert done.changes.pledges == {pledge_id}
    assert kept_autosave(database, pledge_id) is None


def test_saving_writes_the_content_and_names_the_pledge(
    database: Database, draft: PledgeView
) -> None:
    changed = replace(draft.content, title="新的标题")
    done = save_pledge(database, draft.id, content=changed, expected_version=draft.version)
    assert done.value.content.title == "新的标题"
    assert done.changes.pledges == {draft.id}
    assert stored(database, draft.id).content.title == "新的标题"


def test_saving_over_a_stale_version_raises_and_changes_nothing(
    database: Database, draft: PledgeView
) -> None:
    save_pledge(database, draft.id, content=replace(draft.content, title="甲"), expected_version=1)
    store_autosave(database, draft.id, content=replace(draft.content, title="乙的草稿"))
    with pytest.raises(ConcurrentEdit):
        save_pledge(
            database, draft.id, content=replace(draft.content, title="乙"), expected_version=1
        )
    assert stored(database, draft.id).content.title == "甲"
    # The loser's unsaved typing is still there to be recovered.
    snapshot = kept_autosave(database, draft.id)
    assert snapshot is not None and snapshot.content.title == "乙的草稿"


def test_finalising_an_incomplete_draft_names_the_fields_and_leaves_a_draft(
    database: Database,
) -> None:
    incomplete = create_pledge(database, make_content(number="", tasks=())).value
    with pytest.raises(ValidationFailed) as raised:
        finalise_pledge(database, incomplete.id, expected_version=incomplete.version)
    assert raised.value.problems == ["The number is empty.", "There are no tasks."]
    assert stored(database, incomplete.id).status is PledgeStatus.DRAFT


def test_finalising_freezes_the_pledge_for_signing(database: Database, draft: PledgeView) -> None:
    done = finalise_pledge(database, draft.id, expected_version=draft.version)
    assert done.value.status is PledgeStatus.READY_TO_SIGN
    assert done.changes.pledges == {draft.id} and done.changes.audit


def test_reopening_returns_a_ready_pledge_to_draft(database: Database, draft: PledgeView) -> None:
    ready = finalise_pledge(database, draft.id, expected_version=draft.version).value
    done = reopen_pledge(database, ready.id, expected_version=ready.version)
    assert done.value.status is PledgeStatus.DRAFT
    assert done.changes.pledges == {draft.id}


def test_amending_a_signed_pledge_makes_a_draft_version_2_and_names_both(
    database: Database,
) -> None:
    with database.begin() as session:
        signed = signed_pledge(session)
    done = amend_pledge(database, signed.id)
    draft = done.value
    assert draft.status is PledgeStatus.DRAFT
    assert draft.revision == 2 and draft.previous_id == signed.id
    assert done.changes.pledges == {signed.id, draft.id}
    assert stored(database, signed.id).status is PledgeStatus.SIGNED
    versions = pledge_versions(database, draft.id).value
    assert [view.id for view in versions] == [signed.id, draft.id]


def test_amending_a_pledge_not_signed_is_refused(database: Database) -> None:
    with database.begin() as session:
        ready = ready_pledge(session)
    with pytest.raises(InvalidTransition):
        amend_pledge(database, ready.id)
    with database.begin() as session:
        assert core_pledges.all_pledge_ids(session) == [ready.id]


def test_autosave_is_kept_and_discarded_without_telling_anyone(
    database: Database, draft: PledgeView
) -> None:
    kept = store_autosave(database, draft.id, content=replace(draft.content, title="草稿"))
    assert kept.changes == NO_CHANGES
    assert kept_autosave(database, draft.id) is not None
    assert discard_autosave(database, draft.id).changes == NO_CHANGES
    assert kept_autosave(database, draft.id) is None


def test_recovering_an_autosave_hands_it_back_once(
    database: Database, sample_content: PledgeContent
) -> None:
    orphan = new_id()
    store_autosave(database, orphan, content=replace(sample_content, title="崩溃前"))
    snapshot = recover_autosave(database, orphan).value
    assert snapshot is not None and snapshot.content.title == "崩溃前"
    assert recover_autosave(database, orphan).value is None


def test_a_pledge_deleted_since_the_list_was_read_is_not_opened_as_a_new_one(
    database: Database,
) -> None:
    from pledge_app.core.errors import NotFound
    from pledge_app.operations.pledges import open_pledge

    with pytest.raises(NotFound, match="no longer exists"):
        open_pledge(database, "deleted-meanwhile", year=2026, must_exist=True)
    assert open_pledge(database, "brand-new", year=2026).value.stored is None
