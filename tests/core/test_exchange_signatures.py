"""Exchange format v2 and on: signed and amended pledges travel losslessly; any tampering is
refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pledge_app.core import pledges
from pledge_app.core.audit import list_entries
from pledge_app.core.database import Database, open_database
from pledge_app.core.demo.sample_year import PLEDGES, build_demo, demo_pledge_id
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.exchange.files import (
    ExchangeFileInvalid,
    dumps_document,
    export_document,
    export_pledges,
    export_tracking,
    import_document,
    parse_document,
    parse_exchange,
)
from pledge_app.core.integrity import check_database

Document = dict[str, Any]


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo year as an exchange file: signed, superseded, amended, half-signed, drafts."""
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    with db.begin() as session:
        build_demo(session)
        text = dumps_document(export_document(export_pledges(session), export_tracking(session)))
    db.dispose()
    return text


def _export_text(db: Database) -> str:
    with db.begin() as session:
        return dumps_document(export_document(export_pledges(session), export_tracking(session)))


def _import(db: Database, document: Document | str, source: str = "f.json") -> None:
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    parsed = parse_document(text.encode("utf-8"), source=source)
    with db.begin() as session:
        import_document(session, parsed, source=source)


def _index(document: Document, number: str, revision: int = 1) -> int:
    return next(
        i
        for i, pledge in enumerate(document["pledges"])
        if pledge["number"] == number and pledge["revision"] == revision
    )


def test_signed_and_amended_pledges_survive_the_trip_byte_for_byte(
    demo_export: str, any_database: Database
) -> None:
    _import(any_database, demo_export)
    assert _export_text(any_database) == demo_export
    with any_database.begin() as session:
        assert check_database(session) == []


def test_the_file_carries_versions_signatures_and_hashes(demo_export: str) -> None:
    document = json.loads(demo_export)
    assert document["version"] == 3
    first = document["pledges"][_index(document, "改革办〔2025〕2号", 1)]
    second = document["pledges"][_index(document, "改革办〔2025〕2号", 2)]
    assert (first["status"], second["status"]) == ("superseded", "signed")
    assert second["previous_id"] == first["id"]
    assert [s["party"] for s in second["signatures"]] == ["issuer", "responsible"]
    assert {s["content_hash"] for s in second["signatures"]} == {second["content_hash"]}
    methods = {s["method"] for p in document["pledges"] for s in p["signatures"]}
    assert methods == {"drawn", "stored_image", "wet_ink"}


def test_every_imported_pledge_is_audited_with_its_source(
    demo_export: str, database: Database
) -> None:
    _import(database, demo_export, source="from-office.json")
    with database.begin() as session:
        imported = [e for e in list_entries(session) if e.action == "imported"]
    document = json.loads(demo_export)
    assert len(imported) == len(document["pledges"])
    by_id = {entry.pledge_id: entry.details for entry in imported}
    for pledge in document["pledges"]:
        details = by_id[pledge["id"]]
        assert details["source"] == "from-office.json"
        assert (details["revision"], details["content_hash"]) == (
            pledge["revision"],
            pledge["content_hash"],
        )


def _goal_changed(document: Document) -> None:
    pledge = document["pledges"][_index(document, "改革办〔2025〕1号")]
    pledge["goals"][0] = pledge["goals"][0].replace("全面", "全方", 1)


def _signer_changed(document: Document) -> None:
    document["pledges"][_index(document, "改革办〔2025〕1号")]["signatures"][1]["signer"] = "李四"


def _signature_hash_changed(document: Document) -> None:
    signature = document["pledges"][_index(document, "改革办〔2025〕1号")]["signatures"][0]
    signature["content_hash"] = "0" * 64


def _signature_dropped(document: Document) -> None:
    document["pledges"][_index(document, "改革办〔2025〕1号")]["signatures"].pop()


def _image_swapped(document: Document) -> None:
    signatures = document["pledges"][_index(document, "改革办〔2025〕1号")]["signatures"]
    signatures[1]["image"] = document["pledges"][_index(document, "改革办〔2025〕3号")][
        "signatures"
    ][1]["image"]


def _future_date(document: Document) -> None:
    document["pledges"][_index(document, "改革办〔2025〕1号")]["signatures"][1]["signed_on"] = (
        "2999-01-01"
    )


WHERE = "f.json: pledge {index} (改革办〔2025〕1号), "
TAMPERING: dict[str, tuple[Callable[[Document], None], str]] = {
    "one character of a goal": (_goal_changed, "content_hash: does not match the content"),
    "the signer's name": (
        _signer_changed,
        "signatures[1].record_hash: does not match the signature of 李四",
    ),
    "a signature's content hash": (
        _signature_hash_changed,
        "signatures[0].content_hash: is not the pledge's content hash",
    ),
    "a signature removed": (
        _signature_dropped,
        "signatures: a pledge marked signed needs the signatures of both parties",
    ),
    "another signature image": (_image_swapped, "signatures[1].record_hash: does not match"),
    "a date in the future": (_future_date, "signatures[1].signed_on: 2999-01-01 is in the future"),
}


@pytest.mark.parametrize(("tamper", "message"), TAMPERING.values(), ids=list(TAMPERING))
def test_a_tampered_signed_pledge_is_refused_by_name_and_field(
    demo_export: str, tamper: Callable[[Document], None], message: str
) -> None:
    document = json.loads(demo_export)
    tamper(document)
    index = _index(document, "改革办〔2025〕1号") + 1
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_exchange(json.dumps(document, ensure_ascii=False).encode(), source="f.json")
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith(WHERE.format(index=index) + message)


def test_a_tampered_file_writes_nothing(demo_export: str, any_database: Database) -> None:
    with any_database.begin() as session:
        pledges.create_pledge(session, _content_of_first_draft(demo_export))
    before = _export_text(any_database)
    document = json.loads(demo_export)
    _signer_changed(document)
    with pytest.raises(ExchangeFileInvalid):
        _import(any_database, document)
    assert _export_text(any_database) == before


def _content_of_first_draft(demo_export: str) -> Any:
    document = json.loads(demo_export)
    draft = next(p for p in document["pledges"] if p["status"] == "draft")
    for key in (
        *("id", "previous_id", "revision", "content_hash", "signatures", "signing_order"),
        "amendment_reason",
    ):
        draft.pop(key)
    for task in draft["tasks"]:
        task.pop("key")
    draft["status"] = "draft"
    file = {"format": "pledge-exchange", "version": 1, "pledges": [draft]}
    [parsed] = parse_exchange(json.dumps(file, ensure_ascii=False).encode(), source="x.json")
    return parsed.content


def test_an_amendment_without_the_version_it_amends_is_refused(
    demo_export: str, any_database: Database
) -> None:
    document = json.loads(demo_export)
    first = _index(document, "改革办〔2025〕2号", 1)
    missing = document["pledges"].pop(first)["id"]
    second = _index(document, "改革办〔2025〕2号", 2) + 1
    before = _export_text(any_database)
    with pytest.raises(ExchangeFileInvalid) as caught:
        _import(any_database, document)
    assert caught.value.problems == [
        f"f.json: pledge {second} (改革办〔2025〕2号), previous_id: the version it amends "
        f"({missing}) is neither in the database nor in this file"
    ]
    assert _export_text(any_database) == before


def test_a_signed_amendment_supersedes_the_stored_version_it_amends(
    demo_export: str, any_database: Database
) -> None:
    document = json.loads(demo_export)
    second = document["pledges"].pop(_index(document, "改革办〔2025〕2号", 2))
    first = document["pledges"][_index(document, "改革办〔2025〕2号", 1)]
    first["status"] = "signed"  # as it was before the amendment was signed
    _import(any_database, document, source="before.json")
    later = {"format": "pledge-exchange", "version": 3, "pledges": [second]}
    _import(any_database, later, source="amendment.json")
    with any_database.begin() as session:
        assert pledges.get_pledge(session, first["id"]).status is PledgeStatus.SUPERSEDED
        assert check_database(session) == []
        superseded = [e for e in list_entries(session, pledge_id=first["id"])]
    assert superseded[0].action == "superseded"
    assert _export_text(any_database) == demo_export


def test_a_second_amendment_of_the_same_version_is_refused(
    demo_export: str, database: Database
) -> None:
    _import(database, demo_export)
    amended = next(p for p in PLEDGES if p.year == 2026 and p.amendment is not None)
    document = json.loads(demo_export)
    rival = document["pledges"][_index(document, "改革办〔2026〕1号", 2)]
    rival["id"] = "0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"
    file = {"format": "pledge-exchange", "version": 3, "pledges": [rival]}
    with pytest.raises(ExchangeFileInvalid) as caught:
        _import(database, file)
    assert "previous_id: 改革办〔2026〕1号 (version 1) already has an amendment" in str(
        caught.value
    )
    with database.begin() as session:
        assert pledges.get_pledge(session, demo_pledge_id(amended, 2)).revision == 2


def test_a_version_1_file_may_not_carry_signatures(demo_export: str) -> None:
    document = json.loads(demo_export)
    document["version"] = 1
    del document["tracking"]
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_exchange(json.dumps(document, ensure_ascii=False).encode(), source="f.json")
    assert "revision: is not a field of this format" in caught.value.problems[0]


def test_exported_files_can_be_read_back_from_disk(demo_export: str, tmp_path: Path) -> None:
    path = tmp_path / "year.json"
    path.write_text(demo_export, encoding="utf-8")
    parsed = parse_exchange(path.read_bytes(), source=path.name)
    assert sum(p.status is PledgeStatus.SIGNED for p in parsed) == 11
