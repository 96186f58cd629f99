"""Build a database of 10,000 realistic pledges quickly, for the start-up and filter figures."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from pledge_app.core.content_hash import content_hash
from pledge_app.core.database import open_database
from pledge_app.core.enums import PledgeStatus, Section, TaskList
from pledge_app.core.models import Paragraph, Pledge, Task, Unit, new_id
from pledge_app.core.views import PartyView, PledgeContent, TaskView

UNITS = [
    "市发展和改革委员会", "市财政局", "市教育局", "市科学技术局", "市工业和信息化局",
    "市公安局", "市民政局", "市司法局", "市人力资源和社会保障局", "市自然资源和规划局",
    "市生态环境局", "市住房和城乡建设局", "市交通运输局", "市水务局", "市农业农村局",
    "市商务局", "市文化广电旅游局", "市卫生健康委员会", "市应急管理局", "市市场监督管理局",
    "东城区", "西城区", "南山区", "北湖区", "高新区管委会", "经济开发区管委会",
]  # fmt: skip
TOPICS = [
    "防汛抗旱", "营商环境", "放管服改革", "国企改革", "医共体建设", "乡村振兴", "数字政府",
    "基层治理", "生态补偿", "教育评价改革", "养老服务", "河湖长制", "安全生产", "招商引资",
]  # fmt: skip
ISSUER = "市委全面深化改革委员会"


def build(path: Path, count: int = 10_000, *, tasks_per_pledge: int = 8, seed: int = 7) -> Path:
    """Create `path` with `count` pledges unless it already holds them."""
    database = open_database(path)
    with database.begin() as session:
        if session.scalar(select(func.count(Pledge.id))) == count:
            database.dispose()
            return path
    rng = random.Random(seed)
    unit_ids = {name: new_id() for name in [ISSUER, *UNITS]}
    pledges: list[dict[str, Any]] = []
    paragraphs: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    statuses = [PledgeStatus.DRAFT.value, PledgeStatus.READY_TO_SIGN.value]
    lists = [item.value for item in TaskList]
    for index in range(count):
        pledge_id = new_id()
        unit = UNITS[index % len(UNITS)]
        topic = rng.choice(TOPICS)
        year = 2020 + index % 7
        pledges.append(
            {
                "id": pledge_id,
                "number": f"改革办〔{year}〕{index + 1}号",
                "title": f"{year}年度{unit}{topic}目标责任书",
                "year": year,
                "status": rng.choice(statuses),
                "issuer_id": unit_ids[ISSUER],
                "responsible_id": unit_ids[unit],
                "issuer_signer": "王建国",
                "issuer_signer_title": "主任",
                "responsible_signer": "李明",
                "responsible_signer_title": "局长",
                "unit": unit,
            }
        )
        for position, section in enumerate(Section):
            paragraphs.append(
                {
                    "id": new_id(),
                    "pledge_id": pledge_id,
                    "section": section.value,
                    "position": position,
                    "text": f"围绕{topic}，聚焦重点领域和关键环节，统筹推进各项改革任务落地见效。",
                }
            )
        for position in range(tasks_per_pledge):
            tasks.append(
                {
                    "id": new_id(),
                    "pledge_id": pledge_id,
                    "position": position,
                    "item": f"推进{rng.choice(TOPICS)}工作（第{position + 1}项）",
                    "lead_official": "李明",
                    "responsible_body": unit,
                    "measures": "制定实施方案，建立月调度机制",
                    "deliverable": "制度文件",
                    "deadline": date(year, 1 + position % 12, 28),
                    "list_class": lists[position % len(lists)],
                    "cooperating_units": [],
                    "weight": 1.0,
                }
            )
    _freeze_ready(pledges, paragraphs, tasks)
    with database.begin() as session:
        session.execute(insert(Unit), [{"id": i, "name": n} for n, i in unit_ids.items()])
        session.execute(insert(Pledge), pledges)
        session.execute(insert(Paragraph), paragraphs)
        session.execute(insert(Task), tasks)
    database.dispose()
    return path


def _freeze_ready(
    pledges: list[dict[str, Any]], paragraphs: list[dict[str, Any]], tasks: list[dict[str, Any]]
) -> None:
    # A pledge that is ready to sign carries the hash of its content, as finalising leaves it.
    texts: dict[str, dict[str, list[str]]] = {}
    for paragraph in paragraphs:
        texts.setdefault(paragraph["pledge_id"], {}).setdefault(paragraph["section"], []).append(
            paragraph["text"]
        )
    rows: dict[str, list[TaskView]] = {}
    for task in tasks:
        rows.setdefault(task["pledge_id"], []).append(
            TaskView(
                item=task["item"],
                lead_official=task["lead_official"],
                responsible_body=task["responsible_body"],
                measures=task["measures"],
                deliverable=task["deliverable"],
                deadline=task["deadline"],
                list_class=TaskList(task["list_class"]),
                weight=task["weight"],
            )
        )
    for pledge in pledges:
        if pledge["status"] != PledgeStatus.READY_TO_SIGN.value:
            continue
        sections = texts[pledge["id"]]
        content = PledgeContent(
            number=pledge["number"],
            title=pledge["title"],
            year=pledge["year"],
            issuer=PartyView(ISSUER, pledge["issuer_signer"], pledge["issuer_signer_title"]),
            responsible=PartyView(
                pledge["unit"], pledge["responsible_signer"], pledge["responsible_signer_title"]
            ),
            goals=tuple(sections["goals"]),
            duties=tuple(sections["duties"]),
            measures=tuple(sections["measures"]),
            outcomes=tuple(sections["outcomes"]),
            tasks=tuple(rows[pledge["id"]]),
        )
        pledge["content_hash"] = content_hash(content)
    for pledge in pledges:
        del pledge["unit"]


if __name__ == "__main__":
    import sys

    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pledges-10k.sqlite3")))
