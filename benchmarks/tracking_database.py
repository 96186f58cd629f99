"""Build the tracking benchmark's database: 10,000 signed pledges, 200,000 tasks in force and
a year of progress reports (one every other month per task), written in bulk.

    uv run python benchmarks/tracking_database.py PATH
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.big_database import ISSUER, TOPICS, UNITS
from pledge_app.core.database import open_database
from pledge_app.core.enums import TaskList
from pledge_app.core.models import Pledge, ProgressReport, Task, Unit, new_id
from pledge_app.core.tracking.states import TaskState

PLEDGES = 10_000
TASKS_PER_PLEDGE = 20
YEAR = 2026
LEADS = ["李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"]
#: Rare phrases: one task in about 1,000 names one, as a real office's searches mostly find few.
RARE = ["智慧水务平台建设", "碳排放权交易改革", "生育支持政策落地", "城市更新试点推进"]
NARRATIVES = [
    "已完成调研摸底，形成初步方案",
    "方案已报审，正在征求相关部门意见",
    "试点工作有序推进，阶段性成效明显",
    "受资金到位影响，进度有所滞后",
    "已召开专题会议研究部署，明确责任分工",
    "医保支付方式改革试点已覆盖全部二级以上医院",
    "国企改革三年行动任务完成率达到85%",
]


def build(path: Path, *, seed: int = 11) -> Path:
    """Create `path` with the pledges, tasks and reports unless it already holds them."""
    database = open_database(path)
    with database.begin() as session:
        if session.scalar(select(func.count(Pledge.id))) == PLEDGES:
            database.dispose()
            return path
    rng = random.Random(seed)
    unit_ids = {name: new_id() for name in [ISSUER, *UNITS]}
    pledges: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    reports: list[dict[str, Any]] = []
    lists = [item.value for item in TaskList]
    states = [TaskState.ON_TRACK.value] * 6 + [
        TaskState.BEHIND.value,
        TaskState.BLOCKED.value,
        TaskState.NOT_STARTED.value,
    ]
    recorded = datetime(YEAR, 11, 5, tzinfo=UTC)
    for index in range(PLEDGES):
        pledge_id = new_id()
        unit = UNITS[index % len(UNITS)]
        pledges.append(
            {
                "id": pledge_id,
                "number": f"改革办〔{YEAR}〕{index + 1}号",
                "title": f"{YEAR}年度{unit}目标责任书（{index + 1}）",
                "year": YEAR,
                "status": "draft",
                "issuer_id": unit_ids[ISSUER],
                "responsible_id": unit_ids[unit],
                "content_hash": "0" * 64,
            }
        )
        for position in range(TASKS_PER_PLEDGE):
            key = new_id()
            topic = rng.choice(TOPICS)
            tasks.append(
                {
                    "id": new_id(),
                    "pledge_id": pledge_id,
                    "position": position,
                    "item": f"推进{topic}改革（第{position + 1}项）",
                    "lead_official": rng.choice(LEADS),
                    "responsible_body": unit,
                    "measures": f"围绕{topic}制定实施方案，建立月调度、季通报机制"
                    + (f"，推动{RARE[index % len(RARE)]}" if (index + position) % 997 == 0 else ""),
                    "deliverable": rng.choice(["制度文件", "改革方案", "试点总结", "系统上线"]),
                    "deadline": None if position == 0 else date(YEAR, 1 + position % 12, 28),
                    "list_class": lists[position % len(lists)],
                    "cooperating_units": [rng.choice(UNITS)],
                    "weight": 5.0,
                    "lineage_key": key,
                }
            )
            percent = 0
            for month in range(1, 12, 2):
                percent = min(100, percent + rng.randint(0, 20))
                state = rng.choice(states)
                reports.append(
                    {
                        "id": new_id(),
                        "lineage_key": key,
                        "period_start": date(YEAR, month, 1),
                        "period_end": date(YEAR, month, 28),
                        "reported_on": date(YEAR, month + 1, 5),
                        "percent": percent,
                        "state": state,
                        "narrative": rng.choice(NARRATIVES),
                        "reporter": "联络员",
                        "recorded_by": "bench",
                        "recorded_at": recorded,
                    }
                )
    with database.begin() as session:
        session.execute(insert(Unit), [{"id": i, "name": n} for n, i in unit_ids.items()])
        session.execute(insert(Pledge), pledges)
        session.execute(insert(Task), tasks)
        # Signed only once its tasks are in: the guards refuse tasks added to a signed one.
        session.execute(text("UPDATE pledge SET status = 'signed'"))
        for start in range(0, len(reports), 50_000):
            session.execute(insert(ProgressReport), reports[start : start + 50_000])
    database.dispose()
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/tracking-200k.sqlite3")
    print(build(target))
