"""A realistic sample year of pledges, built the same way every time."""

from __future__ import annotations

import calendar
import random
import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from pledge_app.core.demo.data import COOPERATING, SHARED_TASKS, DemoUnit
from pledge_app.core.demo.signing import (
    DEMO_PINS,
    amend_demo_pledge,
    prepare_units,
    sign_demo_pledge,
)
from pledge_app.core.demo.units import UNITS
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.pledges import create_pledge, finalise_pledge, pledge_exists
from pledge_app.core.views import PartyView, PledgeContent, TaskView

#: Namespace of the demo pledges' ids: the same pledge gets the same id in every database,
#: which is how a second run recognises what is already there.
DEMO_NAMESPACE = uuid.UUID("6f1d2c3b-7a4e-5b9c-8d0e-1f2a3b4c5d6e")
ISSUER = PartyView("市委全面深化改革委员会", "张国华", "主任")
NUMBER_FORMAT = "改革办〔{year}〕{serial}号"


@dataclass(frozen=True)
class DemoAmendment:
    """A second version of a signed demo pledge: signed on `signed_on`, or a draft when None."""

    signed_on: date | None = None


@dataclass(frozen=True)
class DemoPledge:
    """One pledge of the sample: whose, which year, how far along its life it is.

    A pledge with `signed_on` is signed by the issuer that day and by the unit two
    days later (or the other way round when `unit_first`); `half_signed` stops after
    the first signature; `wet_ink` has the unit sign on paper, with a scan attached.
    """

    unit: DemoUnit
    year: int
    serial: int
    status: PledgeStatus = PledgeStatus.READY_TO_SIGN
    extra_tasks: int = 3
    complete: bool = True  # an unfinished draft leaves some deadlines open
    signed_on: date | None = None
    half_signed: bool = False
    wet_ink: bool = False
    unit_first: bool = False
    amendment: DemoAmendment | None = None


@dataclass(frozen=True)
class DemoSummary:
    """What building the demo did, and the PINs that unlock its stored signatures."""

    created: int
    skipped: int
    pins: tuple[tuple[str, str], ...] = DEMO_PINS


def _by(name: str) -> DemoUnit:
    return next(unit for unit in UNITS if unit.name == name)


_STATUS_2026 = {8: PledgeStatus.DRAFT, 11: PledgeStatus.DRAFT, 12: PledgeStatus.DRAFT}
_SIGNED_2026 = {
    1: date(2026, 2, 10),
    2: date(2026, 2, 12),
    4: date(2026, 2, 26),
    5: date(2026, 3, 5),
    7: date(2026, 3, 12),
}


def _pledge_2026(serial: int, unit: DemoUnit) -> DemoPledge:
    signed_on = _SIGNED_2026.get(serial)
    return DemoPledge(
        unit,
        2026,
        serial,
        status=_STATUS_2026.get(serial, PledgeStatus.READY_TO_SIGN),
        extra_tasks=serial % 5 + 2,
        complete=serial != 12,
        signed_on=date(2026, 3, 20) if serial == 3 else signed_on,
        half_signed=serial == 3,
        unit_first=serial == 5,
        amendment=DemoAmendment() if serial == 1 else None,
    )


#: The sample: the six pledges of 2025, all signed (one amended mid-year, one in ink),
#: and every unit for 2026: five signed (one being amended), four ready to sign (one
#: signed by the issuer only) and three drafts.
PLEDGES: tuple[DemoPledge, ...] = (
    DemoPledge(_by("市发展和改革委员会"), 2025, 1, extra_tasks=4, signed_on=date(2025, 2, 17)),
    DemoPledge(
        _by("市财政局"),
        2025,
        2,
        extra_tasks=2,
        signed_on=date(2025, 2, 18),
        amendment=DemoAmendment(signed_on=date(2025, 7, 16)),
    ),
    DemoPledge(_by("市教育局"), 2025, 3, extra_tasks=3, signed_on=date(2025, 2, 19)),
    DemoPledge(_by("市卫生健康委员会"), 2025, 4, extra_tasks=5, signed_on=date(2025, 2, 20)),
    DemoPledge(_by("东城区"), 2025, 9, extra_tasks=6, signed_on=date(2025, 2, 21), wet_ink=True),
    DemoPledge(_by("西城区"), 2025, 10, extra_tasks=3, signed_on=date(2025, 2, 24)),
    *(_pledge_2026(serial, unit) for serial, unit in enumerate(UNITS, start=1)),
)


def demo_pledge_id(pledge: DemoPledge, revision: int = 1) -> str:
    """The fixed id of a demo pledge (of its amendment, for revision 2)."""
    suffix = "" if revision == 1 else f"/v{revision}"
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{pledge.year}/{pledge.unit.name}{suffix}"))


def _deadline(rng: random.Random, year: int) -> date:
    month = rng.choice((3, 6, 6, 9, 10, 11, 12, 12, 12))
    return date(year, month, calendar.monthrange(year, month)[1])


def demo_task_key(pledge: DemoPledge, position: int) -> str:
    """The fixed lineage key of a demo pledge's task: its amendment keeps it."""
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{demo_pledge_id(pledge)}/task/{position}"))


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
                key=demo_task_key(pledge, position),
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


def amended_content(pledge: DemoPledge) -> PledgeContent:
    """The content of the demo pledge's second version: a later deadline, one more measure."""
    content = demo_content(pledge)
    first = content.tasks[0]
    later = replace(first, deadline=date(pledge.year, 12, 31))
    return replace(
        content,
        measures=(
            *content.measures,
            f"根据市委改革办{pledge.year}年中评估意见，调整“{first.item}”的完成时限，"
            "并将完成情况纳入年度考核。",
        ),
        tasks=(later, *content.tasks[1:]),
    )


def demo_amendment_reason(pledge: DemoPledge) -> str:
    """Why the demo pledge was amended (修改原因), as the clerk gave it."""
    item = demo_content(pledge).tasks[0].item
    return (
        f"根据市委改革办{pledge.year}年中评估意见，“{item}”涉及事项较多，"
        f"完成时限调整为{pledge.year}年12月31日。"
    )


def _build(session: Session, pledge: DemoPledge) -> None:
    pledge_id = demo_pledge_id(pledge)
    create_pledge(session, demo_content(pledge), pledge_id=pledge_id)
    if pledge.status is PledgeStatus.DRAFT:
        return
    finalise_pledge(session, pledge_id)
    if pledge.signed_on is None:
        return
    sign_demo_pledge(
        session,
        pledge_id,
        on=pledge.signed_on,
        unit_first=pledge.unit_first,
        wet_ink=pledge.wet_ink,
        parties=1 if pledge.half_signed else 2,
    )
    if pledge.amendment is not None:
        amendment_id = demo_pledge_id(pledge, revision=2)
        reason = demo_amendment_reason(pledge)
        amend_demo_pledge(session, pledge_id, amendment_id, amended_content(pledge), reason=reason)
        if pledge.amendment.signed_on is not None:
            finalise_pledge(session, amendment_id)
            sign_demo_pledge(session, amendment_id, on=pledge.amendment.signed_on)


def build_demo(
    session: Session, *, pledges: tuple[DemoPledge, ...] = PLEDGES, today: date | None = None
) -> DemoSummary:
    """Add the sample pledges that are not there yet, and their tracking up to `today`
    (default: the real today); a second run adds nothing (but the reports due since)."""
    prepare_units(session, [ISSUER.unit, *(pledge.unit.name for pledge in pledges)])
    created = skipped = 0
    for pledge in pledges:
        if pledge_exists(session, demo_pledge_id(pledge)):
            skipped += 1
            continue
        _build(session, pledge)
        created += 1
    # Imported here: the tracking plan reads this module's pledges and contents.
    from pledge_app.core.demo.tracking import add_demo_tracking

    add_demo_tracking(session, pledges, today=today or date.today())
    return DemoSummary(created=created, skipped=skipped)
