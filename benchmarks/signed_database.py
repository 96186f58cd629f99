"""Build a database of signed pledges with signature images, at 1k, 5k or 10k, in seconds.

    uv run python -m benchmarks.signed_database 10000 [PATH] [--lean]

Every pledge is signed by both parties with drawn signatures and seals (the demo's
images), about 20 tasks each, and every hash is right: `check` and `import` accept it.
Rows go in through Core `executemany`, as a draft first, since the guards refuse
content added to a signed pledge.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update

from benchmarks.big_database import ISSUER, TOPICS, UNITS
from pledge_app.core.content_hash import content_hash
from pledge_app.core.database import open_database
from pledge_app.core.demo.images import seal_png, signature_png
from pledge_app.core.enums import Party, PledgeStatus, Section, SignatureMethod, TaskList
from pledge_app.core.models import Paragraph, Pledge, Signature, Task, Unit, new_id
from pledge_app.core.signing import signature_record_hash
from pledge_app.core.views import PartyView, PledgeContent, TaskView

SIGNERS = ["王建国", "李明", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"]


def default_path(count: int, *, lean: bool = False) -> Path:
    """Where the benchmark keeps the database of `count` pledges."""
    return Path(f"/tmp/pledges-signed-{'lean-' if lean else ''}{count}.sqlite3")


def _tiny_png() -> bytes:
    # A real PNG of one pixel: signatures as the rules want them, without their weight.
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGBA", (1, 1)).save(out, format="PNG")
    return out.getvalue()


def _content(rng: random.Random, index: int, tasks: int) -> PledgeContent:
    unit = UNITS[index % len(UNITS)]
    topic = rng.choice(TOPICS)
    year = 2016 + index % 10
    paragraph = f"围绕{topic}，聚焦重点领域和关键环节，统筹推进各项改革任务落地见效。"
    return PledgeContent(
        number=f"改革办〔{year}〕{index + 1}号",
        title=f"{year}年度{unit}{topic}目标责任书",
        year=year,
        issuer=PartyView(ISSUER, SIGNERS[0], "主任"),
        responsible=PartyView(unit, rng.choice(SIGNERS[1:]), "局长"),
        goals=(paragraph, paragraph[::-1]),
        duties=(paragraph,),
        measures=(paragraph,),
        outcomes=(paragraph,),
        tasks=tuple(
            TaskView(
                item=f"推进{rng.choice(TOPICS)}工作（第{position + 1}项）",
                lead_official=SIGNERS[1 + position % 7],
                responsible_body=unit,
                measures="制定实施方案，建立月调度机制，按季度通报进展",
                deliverable="制度文件",
                deadline=date(year, 1 + position % 12, 28),
                list_class=list(TaskList)[position % len(TaskList)],
                cooperating_units=(UNITS[(index + position) % len(UNITS)],),
                weight=float(1 + position % 5),
            )
            for position in range(tasks)
        ),
    )


def build(
    path: Path, count: int, *, tasks_per_pledge: int = 20, seed: int = 7, lean: bool = False
) -> Path:
    """Create `path` with `count` signed pledges unless it already holds them.

    `lean`: one-pixel signature and seal images, to measure the rows without the images.
    """
    database = open_database(path)
    with database.begin() as session:
        if session.scalar(select(func.count(Pledge.id))) == count:
            database.dispose()
            return path
    rng = random.Random(seed)
    unit_ids = {name: new_id() for name in [ISSUER, *UNITS]}
    tiny = _tiny_png()
    signatures_png = {name: tiny if lean else signature_png(name) for name in SIGNERS}
    seals = {name: tiny if lean else seal_png(name) for name in unit_ids}
    recorded_at = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)
    pledges: list[dict[str, Any]] = []
    paragraphs: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    signatures: list[dict[str, Any]] = []
    for index in range(count):
        content = _content(rng, index, tasks_per_pledge)
        pledge_id = new_id()
        digest = content_hash(content)
        pledges.append(
            {
                "id": pledge_id,
                "number": content.number,
                "title": content.title,
                "year": content.year,
                "status": PledgeStatus.DRAFT.value,
                "issuer_id": unit_ids[content.issuer.unit],
                "responsible_id": unit_ids[content.responsible.unit],
                "issuer_signer": content.issuer.signatory,
                "issuer_signer_title": content.issuer.signatory_title,
                "responsible_signer": content.responsible.signatory,
                "responsible_signer_title": content.responsible.signatory_title,
                "content_hash": digest,
            }
        )
        for section in Section:
            for position, text in enumerate(getattr(content, section.value)):
                paragraphs.append(
                    {
                        "id": new_id(),
                        "pledge_id": pledge_id,
                        "section": section.value,
                        "position": position,
                        "text": text,
                    }
                )
        for position, task in enumerate(content.tasks):
            tasks.append(
                {
                    "id": new_id(),
                    "pledge_id": pledge_id,
                    "position": position,
                    "item": task.item,
                    "lead_official": task.lead_official,
                    "responsible_body": task.responsible_body,
                    "measures": task.measures,
                    "deliverable": task.deliverable,
                    "deadline": task.deadline,
                    "list_class": task.list_class.value,
                    "cooperating_units": list(task.cooperating_units),
                    "weight": task.weight,
                }
            )
        for position, (party, view) in enumerate(
            ((Party.ISSUER, content.issuer), (Party.RESPONSIBLE, content.responsible)), start=1
        ):
            row = Signature(
                pledge_id=pledge_id,
                party=party.value,
                position=position,
                signer=view.signatory,
                signer_title=view.signatory_title,
                signed_on=date(content.year, 2, 1 + position),
                method=SignatureMethod.DRAWN.value,
                image=signatures_png[view.signatory],
                seal_image=seals[view.unit],
                scan=None,
                scan_type=None,
                content_hash=digest,
                recorded_by="benchmark",
            )
            signatures.append(
                {
                    "id": new_id(),
                    "pledge_id": pledge_id,
                    "party": row.party,
                    "position": row.position,
                    "signer": row.signer,
                    "signer_title": row.signer_title,
                    "signed_on": row.signed_on,
                    "method": row.method,
                    "image": row.image,
                    "seal_image": row.seal_image,
                    "scan": None,
                    "scan_type": None,
                    "content_hash": digest,
                    "record_hash": signature_record_hash(row),
                    "recorded_at": recorded_at,
                    "recorded_by": row.recorded_by,
                }
            )
    with database.begin() as session:
        session.execute(insert(Unit), [{"id": i, "name": n} for n, i in unit_ids.items()])
        session.execute(insert(Pledge.__table__), pledges)
        session.execute(insert(Paragraph.__table__), paragraphs)
        session.execute(insert(Task.__table__), tasks)
        session.execute(insert(Signature.__table__), signatures)
        session.execute(
            update(Pledge.__table__).values(status=PledgeStatus.SIGNED.value)  # type: ignore[arg-type]
        )
    database.dispose()
    return path


if __name__ == "__main__":
    import sys

    lean = "--lean" in sys.argv
    arguments = [argument for argument in sys.argv[1:] if argument != "--lean"]
    size = int(arguments[0]) if arguments else 10_000
    target = Path(arguments[1]) if len(arguments) > 1 else default_path(size, lean=lean)
    print(build(target, size, lean=lean))
