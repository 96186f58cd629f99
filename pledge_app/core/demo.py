"""A realistic sample year of pledges, built the same way every time."""

from __future__ import annotations

import calendar
import random
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from pledge_app.core.demo_data import COOPERATING, SHARED_TASKS, UNITS, DemoUnit
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.pledges import create_pledge, finalise_pledge, pledge_exists
from pledge_app.core.views import PartyView, PledgeContent, TaskView

#: Namespace of the demo pledges' ids: the same pledge gets the same id in every database,
#: which is how a second run recognises what is already there.
DEMO_NAMESPACE = uuid.UUID("6f1d2c3b-7a4e-5b9c-8d0e-1f2a3b4c5d6e")
ISSUER = PartyView("市委全面深化改革委员会", "张国华", "主任")
NUMBER_FORMAT = "改革办〔{year}〕{serial}号"


@dataclass(frozen=True)
class DemoPledge:
    """One pledge of the sample: whose, which year, how far along its life it is."""

    unit: DemoUnit
    year: int
    serial: int
    status: PledgeStatus = PledgeStatus.READY_TO_SIGN
    extra_tasks: int = 3
    complete: bool = True  # an unfinished draft leaves some deadlines open


@dataclass(frozen=True)
class DemoSummary:
    """What building the demo did."""

    created: int
    skipped: int


def _by(name: str) -> DemoUnit:
    return next(unit for unit in UNITS if unit.name == name)


#: The sample: every unit for 2026 (three still drafts), and a few pledges of 2025.
PLEDGES: tuple[DemoPledge, ...] = (
    *(
        DemoPledge(
            unit,
            2026,
            serial,
            status=PledgeStatus.DRAFT if serial in (8, 11, 12) else PledgeStatus.READY_TO_SIGN,
            extra_tasks=serial % 5 + 2,
            complete=serial != 12,
        )
        for serial, unit in enumerate(UNITS, start=1)
    ),
    DemoPledge(_by("市发展和改革委员会"), 2025, 1, extra_tasks=4),
    DemoPledge(_by("市财政局"), 2025, 2, extra_tasks=2),
    DemoPledge(_by("东城区"), 2025, 9, extra_tasks=6),
)


def demo_pledge_id(pledge: DemoPledge) -> str:
    """The fixed id of a demo pledge."""
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{pledge.year}/{pledge.unit.name}"))


def _deadline(rng: random.Random, year: int) -> date:
    month = rng.choice((3, 6, 6, 9, 10, 11, 12, 12, 12))
    return date(year, month, calendar.monthrange(year, month)[1])


def _tasks(pledge: DemoPledge, rng: random.Random) -> tuple[TaskView, ...]:
    unit = pledge.unit
    # The unit's own ideas plus shared ones, so that every pledge spans all five lists.
    missing = {kind for kind, *_ in SHARED_TASKS} - {kind for kind, *_ in unit.tasks}
    shared = [entry for entry in SHARED_TASKS if entry[0] in missing]
    shared = list({entry[0]: entry for entry in shared}.values())
    others = [entry for entry in SHARED_TASKS if entry not in shared]
    rng.shuffle(others)
    ideas = [*unit.tasks, *shared, *others[: pledge.extra_tasks]]
    ideas = ideas[:15]
    weights = [100 // len(ideas)] * len(ideas)
    weights[0] += 100 - sum(weights)
    leaders = (unit.signatory, *unit.deputies)
    tasks = []
    for position, ((kind, item, measures, deliverable), weight) in enumerate(
        zip(ideas, weights, strict=True)
    ):
        open_deadline = not pledge.complete and position % 3 == 2
        tasks.append(
            TaskView(
                item=item,
                lead_official=rng.choice(leaders),
                responsible_body=f"{unit.name}{rng.choice(unit.divisions)}",
                measures=measures,
                deliverable=deliverable,
                deadline=None if open_deadline else _deadline(rng, pledge.year),
                list_class=kind,
                cooperating_units=tuple(sorted(rng.sample(COOPERATING, rng.randint(0, 3)))),
                weight=float(weight),
            )
        )
    return tuple(tasks)


def demo_content(pledge: DemoPledge) -> PledgeContent:
    """The content of one demo pledge; the same every time."""
    unit = pledge.unit
    rng = random.Random(demo_pledge_id(pledge))
    year = pledge.year
    return PledgeContent(
        number=NUMBER_FORMAT.format(year=year, serial=pledge.serial),
        title=f"{unit.name}{year}年度全面深化改革目标责任书",
        year=year,
        issuer=ISSUER,
        responsible=PartyView(unit.name, unit.signatory, unit.title),
        goals=(
            f"坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实市委关于全面深化改革的"
            f"决策部署，聚焦{unit.focus}，推出一批牵引性、标志性改革举措。",
            f"到{year}年底，{unit.name}承担的年度改革任务全部按期完成，重点改革取得突破性进展，"
            "形成可复制可推广的制度成果不少于2项。",
        ),
        duties=(
            f"{unit.name}是本责任书改革任务的责任主体，{unit.signatory}同志为改革第一责任人，"
            "对本单位改革工作负总责，重要改革亲自部署、重大方案亲自把关、关键环节亲自协调、"
            "落实情况亲自督察。",
            "分管负责同志按照分工抓好分管领域改革任务落实，各牵头处室（单位）明确专人负责，"
            "做到任务、责任、时限“三明确”。",
        ),
        measures=(
            "建立月调度、季通报、年考核工作机制，每月5日前向市委改革办报送上月改革进展情况。",
            "对照任务清单倒排工期、挂图作战，对进度滞后的任务及时分析原因、采取措施，"
            "确保按期完成。",
            "主动接受市委改革办督察，对督察发现的问题建立整改台账，限期销号。",
        ),
        outcomes=(
            "年度改革任务完成率达到100%，改革成效得到群众和企业认可，满意度不低于90%。",
            f"在{unit.focus}领域形成至少1项在全市复制推广的改革经验，争取获得省级以上肯定或推广。",
        ),
        tasks=_tasks(pledge, rng),
    )


def build_demo(session: Session, *, pledges: tuple[DemoPledge, ...] = PLEDGES) -> DemoSummary:
    """Add the sample pledges that are not there yet; a second run adds nothing."""
    created = skipped = 0
    for pledge in pledges:
        pledge_id = demo_pledge_id(pledge)
        if pledge_exists(session, pledge_id):
            skipped += 1
            continue
        create_pledge(session, demo_content(pledge), pledge_id=pledge_id)
        if pledge.status is PledgeStatus.READY_TO_SIGN:
            finalise_pledge(session, pledge_id)
        created += 1
    return DemoSummary(created=created, skipped=skipped)
