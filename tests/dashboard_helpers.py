"""A small tracked year the dashboard tests share: two units, five tasks, a few reports.

On TODAY (2026-06-10, reporting day the 5th, so the last period is May):
- 市发展和改革委员会: A1 overdue in April, done in May; A2 due 06-20, 40 %; A3 due 05-31, no
  report (overdue now, and owes May's report).
- 市财政局: B1 due 06-15, 30 % (due this week); B2 due 12-31, reported for April only.
"""

from __future__ import annotations

from datetime import date

from pledge_app.core.database import Database
from pledge_app.core.enums import TaskList
from pledge_app.core.tracking.reports import EvidenceFile, ReportDraft
from pledge_app.core.tracking.states import TaskState
from pledge_app.core.views import PartyView, TaskView
from pledge_app.operations.tracking import add_reports
from tests.conftest import make_content
from tests.signing_helpers import signed_pledge

TODAY = date(2026, 6, 10)
UNIT_A = "市发展和改革委员会"
UNIT_B = "市财政局"
APRIL = (date(2026, 4, 1), date(2026, 4, 30))
MAY = (date(2026, 5, 1), date(2026, 5, 31))


def _task(item: str, deadline: date, list_class: TaskList) -> TaskView:
    return TaskView(
        item=item,
        lead_official="李明",
        responsible_body="本单位",
        measures="制定方案，按月推进",
        deliverable="工作报告",
        deadline=deadline,
        list_class=list_class,
    )


def _pledge(database: Database, number: str, unit: str, tasks: tuple[TaskView, ...]) -> list[str]:
    content = make_content(number=number, responsible=PartyView(unit, "张三", "局长"), tasks=tasks)
    with database.begin() as session:
        view = signed_pledge(session, content)
    return [task.key for task in view.content.tasks]


def _report(
    key: str,
    percent: int,
    state: TaskState,
    on: date,
    period: tuple[date, date],
    *,
    evidence: bool = False,
) -> ReportDraft:
    files = (EvidenceFile("验收报告.pdf", b"%PDF-1.4 evidence"),) if evidence else ()
    return ReportDraft(
        key,
        percent,
        state,
        period_start=period[0],
        period_end=period[1],
        reported_on=on,
        evidence=files,
    )


def build_year(database: Database) -> dict[str, str]:
    """Store the year above; the lineage keys by name (A1 … B2)."""
    a1, a2, a3 = _pledge(
        database,
        "改革办〔2026〕1号",
        UNIT_A,
        (
            _task("推进一网通办", date(2026, 4, 15), TaskList.PRIORITY),
            _task("压减审批时限", date(2026, 6, 20), TaskList.ANNUAL_KEY_POINT),
            _task("清理证明事项", date(2026, 5, 31), TaskList.PROBLEM),
        ),
    )
    b1, b2 = _pledge(
        database,
        "改革办〔2026〕2号",
        UNIT_B,
        (
            _task("预算绩效管理", date(2026, 6, 15), TaskList.GRASSROOTS_EXPLORATION),
            _task("国资监管试点", date(2026, 12, 31), TaskList.PILOT_DEMONSTRATION),
        ),
    )
    march = (date(2026, 3, 1), date(2026, 3, 31))
    add_reports(
        database,
        [
            _report(a1, 50, TaskState.ON_TRACK, date(2026, 4, 3), march),
            _report(b2, 20, TaskState.ON_TRACK, date(2026, 5, 3), APRIL),
            _report(a1, 100, TaskState.DONE, date(2026, 5, 20), MAY, evidence=True),
            _report(b1, 30, TaskState.ON_TRACK, date(2026, 6, 2), MAY),
            _report(a2, 40, TaskState.ON_TRACK, date(2026, 6, 3), MAY),
        ],
        today=TODAY,
    )
    return {"A1": a1, "A2": a2, "A3": a3, "B1": b1, "B2": b2}
