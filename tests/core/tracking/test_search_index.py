"""The free-text index answers exactly what a scan of every field answers, stays current in
the same transaction as each write, and is checked like the guards."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from pledge_app.core import pledges
from pledge_app.core.database import Database
from pledge_app.core.guard_check import guard_problems
from pledge_app.core.tracking.filters import TaskFilter, filter_tasks, search_terms
from pledge_app.core.tracking.ledger import tracked_tasks
from pledge_app.core.tracking.reports import ReportDraft, add_report
from pledge_app.core.tracking.search_index import indexed_matches
from pledge_app.core.tracking.states import TaskState
from pledge_app.core.views import TaskView
from tests.conftest import make_content
from tests.signing_helpers import signed_pledge

TODAY = date(2026, 6, 10)
TEXTS = [
    "推进医保支付方式改革",
    "深化国企改革三年行动",
    "优化营商环境 One-Stop 服务",
    "建立“一网通办”平台",
    "市政务服务中心",
]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from pledge_app.core.database import open_database

    database = open_database(tmp_path_factory.mktemp("search") / "search.sqlite3")
    base = make_content()
    with database.begin() as session:
        for index, words in enumerate(TEXTS):
            task = replace(
                base.tasks[0],
                item=words,
                measures=TEXTS[(index + 1) % len(TEXTS)][:4],
                cooperating_units=(TEXTS[(index + 2) % len(TEXTS)],),
            )
            signed = signed_pledge(
                session, replace(base, number=f"改革办〔2026〕{index + 1}号", tasks=(task,))
            )
            add_report(
                session,
                ReportDraft(
                    signed.content.tasks[0].key,
                    10,
                    TaskState.ON_TRACK,
                    narrative=f"进展{index}：{TEXTS[(index + 3) % len(TEXTS)]}",
                ),
                today=TODAY,
            )
        # A draft is never found: only pledges in force are tracked.
        pledges.create_pledge(
            session,
            replace(base, number="草稿", tasks=(TaskView(item="推进医保支付方式改革草稿"),)),
        )
    return database


def _found(database: Database, query: str) -> tuple[list[str], list[str]]:
    with database.begin() as session:
        tasks = tracked_tasks(session, today=TODAY)
        indexed = indexed_matches(session, search_terms(query))
    wanted = TaskFilter(text=query)
    by_index = [t.key for t in filter_tasks(tasks, wanted, TODAY, indexed)]
    by_scan = [t.key for t in filter_tasks(tasks, wanted, TODAY)]
    return by_index, by_scan


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    source=st.sampled_from(TEXTS + [f"进展{n}" for n in range(5)]),
    start=st.integers(0, 8),
    length=st.integers(1, 6),
    second=st.one_of(st.none(), st.sampled_from(["改革", "医保", "one", "stop", "中心"])),
)
def test_the_index_finds_what_a_scan_finds(
    stored: Database, source: str, start: int, length: int, second: str | None
) -> None:
    term = source[start : start + length] or source
    query = term if second is None else f"{term} {second}"
    by_index, by_scan = _found(stored, query)
    assert by_index == by_scan


def test_quotes_and_operators_in_a_term_are_text(stored: Database) -> None:
    for query in ['"一网通办"', "AND OR NOT", "改革*", "NEAR(改革", "(市政务"]:
        by_index, by_scan = _found(stored, query)
        assert by_index == by_scan


def test_only_the_newest_narrative_counts(database: Database) -> None:
    with database.begin() as session:
        key = signed_pledge(session).content.tasks[0].key
        add_report(session, ReportDraft(key, 10, TaskState.ON_TRACK, narrative="旧的说法内容"))
        assert indexed_matches(session, ["旧的说法"]) == {key}
        add_report(session, ReportDraft(key, 20, TaskState.ON_TRACK, narrative="新的进展情况"))
        assert indexed_matches(session, ["旧的说法"]) == set()
        assert indexed_matches(session, ["新的进展"]) == {key}


def test_a_rolled_back_write_leaves_the_index_as_it_was(database: Database) -> None:
    with database.begin() as session:
        draft = pledges.create_pledge(session, make_content())
    with pytest.raises(RuntimeError), database.begin() as session:
        changed = replace(draft.content.tasks[0], item="临时改动的事项")
        pledges.save_pledge(
            session,
            draft.id,
            replace(draft.content, tasks=(changed,)),
            expected_version=draft.version,
        )
        raise RuntimeError("the clerk's save failed half-way")
    with database.engine.connect() as connection:
        bodies = connection.execute(text("SELECT body FROM task_search")).scalars().all()
    assert not any("临时改动" in body for body in bodies)
    assert any("深化“放管服”改革" in body for body in bodies)


def test_an_edited_index_trigger_is_reported_like_a_guard(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER task_search_update"))
        connection.execute(
            text("CREATE TRIGGER task_search_update AFTER UPDATE ON task BEGIN SELECT 1; END")
        )
    with database.engine.connect() as connection:
        problems = {(p.trigger, p.kind.value) for p in guard_problems(connection)}
    assert problems == {("task_search_update", "altered")}
