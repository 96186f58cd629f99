"""The exchange format: lossless export → import, every problem named, nothing half-written."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_app.core import pledges
from pledge_app.core.content_hash import content_hash
from pledge_app.core.database import Database
from pledge_app.core.demo.sample_year import build_demo
from pledge_app.core.enums import PledgeStatus, TaskList
from pledge_app.core.exchange.files import (
    ExchangeFileInvalid,
    dumps_document,
    export_document,
    export_pledges,
    export_tracking,
    import_document,
    import_pledges,
    parse_document,
    parse_exchange,
)
from pledge_app.core.exchange.schema import MAX_PROBLEMS
from pledge_app.core.units import list_unit_names
from pledge_app.core.views import PartyView, PledgeContent, PledgeView, TaskView
from tests.conftest import make_content


def _export_text(db: Database) -> str:
    with db.begin() as session:
        return dumps_document(export_document(export_pledges(session), export_tracking(session)))


def _document(*pledge_docs: dict[str, Any]) -> bytes:
    """A version 1 file: no signatures, versions or hashes yet."""
    document = {"format": "pledge-exchange", "version": 1, "pledges": list(pledge_docs)}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


_V2_ONLY = ("revision", "previous_id", "signing_order", "content_hash", "signatures")


def _pledge_doc(**changes: Any) -> dict[str, Any]:
    """A draft pledge as a version 1 file writes it."""
    view = PledgeView(id="0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b", status=PledgeStatus.DRAFT,
                      content=make_content())  # fmt: skip
    doc: dict[str, Any] = export_document([view])["pledges"][0]
    for key in (*_V2_ONLY, "amendment_reason"):
        del doc[key]
    for task in doc["tasks"]:
        del task["key"]
    doc.update(changes)
    return doc


def test_sqlite_to_postgresql_and_back_exports_the_same_bytes(
    database: Database, postgres_database: Database
) -> None:
    with database.begin() as session:
        build_demo(session)
    first = _export_text(database)
    with postgres_database.begin() as session:
        import_document(session, parse_document(first.encode(), source="x.json"), source="x.json")
    assert _export_text(postgres_database) == first


def test_export_is_ordered_by_year_number_and_id(database: Database) -> None:
    with database.begin() as session:
        for number, year in (("B", 2026), ("A", 2026), ("Z", 2025)):
            pledges.create_pledge(session, make_content(number=number, year=year))
    numbers = [p["number"] for p in json.loads(_export_text(database))["pledges"]]
    assert numbers == ["Z", "A", "B"]


def test_a_pledge_exports_with_the_documented_keys_in_order(database: Database) -> None:
    with database.begin() as session:
        pledges.create_pledge(session, make_content())
    text = _export_text(database)
    pledge = json.loads(text)["pledges"][0]
    assert list(json.loads(text)) == ["format", "version", "pledges", "tracking"]
    assert list(pledge) == [
        "id", "number", "title", "year", "status", "revision", "previous_id", "amendment_reason",
        "signing_order", "content_hash", "issuer", "responsible", "goals", "duties", "measures",
        "outcomes", "tasks", "signatures",
    ]  # fmt: skip
    assert list(pledge["tasks"][0]) == [
        "key", "item", "lead_official", "responsible_body", "measures", "deliverable", "deadline",
        "list", "cooperating_units", "weight",
    ]  # fmt: skip
    assert json.loads(text)["version"] == 3
    assert pledge["tasks"][0]["deadline"] == "2026-12-31"
    assert pledge["tasks"][0]["list"] == "priority"
    assert "改革" in text  # written as characters, not \u escapes
    assert text.endswith("}\n")


def test_a_version_1_file_still_imports_creating_units_and_finalising_ready_pledges(
    any_database: Database,
) -> None:
    data = _document(
        _pledge_doc(status="ready_to_sign"),
        _pledge_doc(id=None, number="2号", responsible={"unit": "东城区", "signatory": "郑伟"}),
    )
    with any_database.begin() as session:
        summary = import_pledges(session, parse_exchange(data, source="f.json"), source="f.json")
    assert (summary.created, summary.ready_to_sign) == (2, 1)
    with any_database.begin() as session:
        ready = pledges.get_pledge(session, "0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b")
        assert ready.status is PledgeStatus.READY_TO_SIGN
        assert ready.content_hash == content_hash(make_content())
        assert "东城区" in list_unit_names(session)


def test_importing_an_id_that_exists_is_refused_and_writes_nothing(
    any_database: Database,
) -> None:
    with any_database.begin() as session:
        pledges.create_pledge(
            session, make_content(), pledge_id="0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b"
        )
    before = _export_text(any_database)
    data = _document(_pledge_doc(id=None, number="新"), _pledge_doc())
    with pytest.raises(ExchangeFileInvalid) as caught, any_database.begin() as session:
        import_pledges(session, parse_exchange(data, source="f.json"), source="f.json")
    assert caught.value.problems == [
        "f.json: pledge 2 (改革办〔2026〕1号), id: a pledge with the id "
        "0b6f3c5e-8d2a-4f1e-9c7b-2a4d6e8f0a1b is already in the database "
        "(importing over existing pledges is not supported yet)"
    ]
    assert _export_text(any_database) == before


def test_every_problem_of_a_file_is_reported_in_file_order() -> None:
    bad_task = {"item": "x", "deadline": "2026-13-01", "list": "todo", "weight": "3"}
    data = _document(_pledge_doc(year="2026", tasks=[bad_task]), _pledge_doc(id=None, title=""))
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_exchange(data, source="f.json")
    assert caught.value.problems == [
        "f.json: pledge 1 (改革办〔2026〕1号), year: must be a whole number, not text",
        'f.json: pledge 1 (改革办〔2026〕1号), tasks[0].deadline: "2026-13-01" is not a real date '
        "(YYYY-MM-DD)",
        'f.json: pledge 1 (改革办〔2026〕1号), tasks[0].list: "todo" is not one of '
        "annual_key_point, priority, grassroots_exploration, pilot_demonstration, problem",
        "f.json: pledge 1 (改革办〔2026〕1号), tasks[0].weight: must be a number, not text",
        "f.json: pledge 2 (改革办〔2026〕1号), title: The title is empty.",
    ]


def test_a_ready_pledge_that_fails_final_validation_names_what_it_lacks() -> None:
    data = _document(_pledge_doc(status="ready_to_sign", outcomes=[]))
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_exchange(data, source="f.json")
    assert caught.value.problems == [
        "f.json: pledge 1 (改革办〔2026〕1号), outcomes: The section “Outcomes” is empty. "
        "(required for status ready_to_sign)"
    ]


def test_a_flood_of_problems_is_capped() -> None:
    data = _document(*(_pledge_doc(id=None, year=True) for _ in range(MAX_PROBLEMS + 7)))
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_exchange(data, source="f.json")
    assert len(caught.value.problems) == MAX_PROBLEMS + 1
    assert caught.value.problems[-1] == "… and 7 more problems."


def test_optional_fields_take_their_defaults() -> None:
    minimal = {
        "number": "1号",
        "title": "责任书",
        "year": 2026,
        "issuer": {"unit": "甲"},
        "responsible": {"unit": "乙"},
        "tasks": [{"item": "任务"}],
    }
    [pledge] = parse_exchange(_document(minimal), source="f.json")
    assert pledge.id is None
    assert pledge.status is PledgeStatus.DRAFT
    assert pledge.content == PledgeContent(
        number="1号", title="责任书", year=2026, issuer=PartyView("甲"),
        responsible=PartyView("乙"), tasks=(TaskView(item="任务"),),
    )  # fmt: skip


def test_a_byte_order_mark_is_accepted() -> None:
    data = "\ufeff".encode() + _document(_pledge_doc())
    assert len(parse_exchange(data, source="f.json")) == 1


def test_a_repeated_key_is_a_problem_not_a_silent_overwrite() -> None:
    text = _document(_pledge_doc()).decode().replace('"year": 2026', '"year": 2026, "year": 2025')
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_exchange(text.encode(), source="f.json")
    assert caught.value.problems == [
        "f.json: pledge 1 (改革办〔2026〕1号), year: is given more than once"
    ]


def test_text_longer_than_its_column_is_refused_before_the_database_sees_it() -> None:
    with pytest.raises(ExchangeFileInvalid) as caught:
        parse_exchange(_document(_pledge_doc(number="号" * 101)), source="f.json")
    assert caught.value.problems[0].endswith("number: is longer than 100 characters")


# Text a clerk might type: CJK, Latin, digits, punctuation; no NUL, no surrogates.
_text = st.text(
    alphabet=st.characters(
        categories=("L", "N", "P", "Zs", "S"), exclude_characters="\x00", max_codepoint=0x2FFFF
    ),
    max_size=30,
)
_name = _text.map(str.strip).filter(bool)
_task = st.builds(
    TaskView,
    item=_text,
    lead_official=_text,
    responsible_body=_text,
    measures=_text,
    deliverable=_text,
    deadline=st.none() | st.dates(min_value=date(1949, 1, 1), max_value=date(2200, 12, 31)),
    list_class=st.sampled_from(TaskList),
    cooperating_units=st.lists(_text, max_size=3).map(tuple),
    weight=st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False),
)
_content = st.builds(
    PledgeContent,
    number=_text.map(str.strip),
    title=_name,
    year=st.integers(1949, 2200),
    issuer=st.builds(PartyView, unit=_name, signatory=_text.map(str.strip)),
    responsible=st.builds(PartyView, unit=_name, signatory=_text.map(str.strip)),
    goals=st.lists(_text, max_size=3).map(tuple),
    duties=st.lists(_text, max_size=3).map(tuple),
    measures=st.lists(_text, max_size=3).map(tuple),
    outcomes=st.lists(_text, max_size=3).map(tuple),
    tasks=st.lists(_task, max_size=4).map(tuple),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.lists(_content, min_size=1, max_size=3))
def test_any_draft_survives_the_trip_through_the_file(contents: list[PledgeContent]) -> None:
    views = [
        PledgeView(id=str(uuid.UUID(int=index + 1)), status=PledgeStatus.DRAFT, content=content)
        for index, content in enumerate(contents)
    ]
    text = dumps_document(export_document(views))
    parsed = parse_exchange(text.encode("utf-8"), source="f.json")
    assert {pledge.id: pledge.content for pledge in parsed} == {v.id: v.content for v in views}
    read_back = [
        PledgeView(id=pledge.id or "", status=pledge.status, content=pledge.content)
        for pledge in parsed
    ]
    assert dumps_document(export_document(read_back)) == text
