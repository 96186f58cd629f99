"""Signed pledges whose tasks the tracking pages show: two units, two years, every register."""

from __future__ import annotations

from datetime import date

from pledge_app.core.database import Database
from pledge_app.core.enums import TaskList
from pledge_app.core.views import PartyView, TaskView
from tests.conftest import make_content
from tests.signing_helpers import ready_pledge, sign_both

#: The day the tests judge the lights on.
TODAY = date(2026, 5, 10)

DEVELOPMENT = "市发展和改革委员会"
EDUCATION = "市教育局"


def task(
    item: str,
    list_class: TaskList,
    deadline: date | None,
    *,
    lead: str = "李明",
    body: str = DEVELOPMENT,
    measures: str = "按月调度，按季通报",
) -> TaskView:
    """A task line with the fields the filters look at."""
    return TaskView(
        item=item,
        lead_official=lead,
        responsible_body=body,
        measures=measures,
        deliverable="制度文件",
        deadline=deadline,
        list_class=list_class,
        weight=10.0,
    )


def sign_sample_pledges(database: Database) -> None:
    """Three signed pledges: two of 2026 (two units) and one of 2025; six tasks in all."""
    development = PartyView(DEVELOPMENT, "李明", "主任")
    education = PartyView(EDUCATION, "王芳", "局长")
    contents = [
        make_content(
            tasks=(
                task("深化“放管服”改革", TaskList.PRIORITY, date(2026, 12, 31)),
                task("推进医保支付方式改革", TaskList.ANNUAL_KEY_POINT, date(2026, 4, 30)),
                task(
                    "国企改革三年行动收官",
                    TaskList.PILOT_DEMONSTRATION,
                    date(2026, 5, 15),
                    lead="赵强",
                    measures="完成混合所有制改革试点",
                ),
            ),
        ),
        make_content(
            number="改革办〔2026〕2号",
            title="2026年度教育改革目标责任书",
            responsible=education,
            tasks=(
                task(
                    "深化教育评价改革",
                    TaskList.GRASSROOTS_EXPLORATION,
                    date(2026, 6, 30),
                    lead="王芳",
                    body=EDUCATION,
                ),
                task(
                    "整改督察反馈问题",
                    TaskList.PROBLEM,
                    date(2026, 11, 30),
                    lead="王芳",
                    body=EDUCATION,
                ),
            ),
        ),
        make_content(
            number="改革办〔2025〕1号",
            title="2025年度全面深化改革目标责任书",
            year=2025,
            responsible=development,
            tasks=(task("2025年度营商环境改革", TaskList.PRIORITY, date(2025, 12, 31)),),
        ),
    ]
    with database.begin() as session:
        for content in contents:
            pledge = ready_pledge(session, content)
            sign_both(session, pledge.id, on=date(content.year, 3, 1))
