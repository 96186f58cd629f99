"""The demo year: realistic, complete where it claims to be, the same every time, added once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pledge_app.core import pledges
from pledge_app.core.database import Database, open_database
from pledge_app.core.demo import PLEDGES, build_demo, demo_content
from pledge_app.core.enums import PledgeStatus, TaskList
from pledge_app.core.exchange import dumps_document, export_document, export_pledges
from pledge_app.core.units import list_unit_names


def test_the_demo_fills_a_sample_year(any_database: Database) -> None:
    with any_database.begin() as session:
        summary = build_demo(session)
        rows = pledges.list_pledges(session)
        units = list_unit_names(session)
    assert (summary.created, summary.skipped) == (len(PLEDGES), 0)
    assert "市委全面深化改革委员会" in units
    assert len(units) >= 12
    statuses = Counter((row.year, row.status) for row in rows)
    assert statuses[(2026, PledgeStatus.READY_TO_SIGN)] > statuses[(2026, PledgeStatus.DRAFT)] > 0
    assert statuses[(2025, PledgeStatus.READY_TO_SIGN)] >= 2
    assert all(5 <= row.task_count <= 15 for row in rows)


def test_every_demo_pledge_spans_the_five_lists_with_weights_summing_to_100() -> None:
    for pledge in PLEDGES:
        tasks = demo_content(pledge).tasks
        assert {task.list_class for task in tasks} == set(TaskList)
        assert sum(task.weight for task in tasks) == 100
        assert all(task.lead_official and task.item for task in tasks)


def test_a_second_run_adds_nothing(database: Database) -> None:
    with database.begin() as session:
        build_demo(session)
    with database.begin() as session:
        summary = build_demo(session)
        assert len(pledges.list_pledges(session)) == len(PLEDGES)
    assert (summary.created, summary.skipped) == (0, len(PLEDGES))


def test_the_demo_is_the_same_in_every_database(database: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "other.sqlite3")
    exports = []
    for db in (database, other):
        with db.begin() as session:
            build_demo(session)
            exports.append(dumps_document(export_document(export_pledges(session))))
    other.dispose()
    assert exports[0] == exports[1]
