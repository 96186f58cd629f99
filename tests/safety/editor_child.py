"""A headless driver of the editor's save path for the kill harness.

Run as a script: `python editor_child.py --db FILE --cycles N`. It takes the steps of
`editor_model.steps(N)` through the operations layer that the window's editor uses
(create, autosave, save, finalise, reopen, sign, amend), and after each step has committed
it prints `OK <steps done>` and flushes, so a harness that kills it knows what was reported
as done.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import uuid
from dataclasses import replace
from datetime import date

from editor_model import steps, title
from PIL import Image, ImageDraw

from pledge_app.core.database import open_database
from pledge_app.core.enums import Party, SignatureMethod, TaskList
from pledge_app.core.views import PartyView, PledgeContent, PledgeView, TaskView
from pledge_app.operations import pledges, signing

NAMESPACE = uuid.UUID("6b3f6f0e-6c1b-4d0e-9d7e-2a7f1c5e9b10")


def drawn_signature() -> bytes:
    """A transparent PNG with a stroke on it, like a drawn signature."""
    image = Image.new("RGBA", (240, 90), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 60), (80, 20), (150, 70), (230, 30)], fill="black", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def content(cycle: int, text: str) -> PledgeContent:
    """A complete, finalisable pledge titled `text`."""
    return PledgeContent(
        number=f"改革办〔2026〕K{cycle}号",
        title=text,
        year=2026,
        issuer=PartyView("市委全面深化改革委员会", "王建国", "主任"),
        responsible=PartyView("市发展和改革委员会", "李明", "主任"),
        goals=("全面完成年度改革任务，重点领域改革取得突破。",),
        duties=("主要负责同志是改革第一责任人，履行主体责任。",),
        measures=("建立月调度、季通报机制，按期报送进展。",),
        outcomes=("年度改革任务完成率达到100%。",),
        tasks=(
            TaskView(
                item="深化“放管服”改革",
                lead_official="李明",
                responsible_body="市发展和改革委员会",
                measures="推进一网通办，压减审批时限",
                deliverable="制度文件",
                deadline=date(2026, 12, 31),
                list_class=TaskList.PRIORITY,
                cooperating_units=("市政务服务中心", "市司法局"),
                weight=10.0,
            ),
        ),
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--cycles", type=int, default=3)
    args = parser.parse_args()
    image = drawn_signature()
    current: dict[int, PledgeView] = {}
    revision: dict[int, int] = {}
    with open_database(args.db) as database:
        # The harness times its kill from here: the loop, not the interpreter's start-up.
        print(f"READY {time.monotonic()}", flush=True)
        for done, (cycle, op, arg) in enumerate(steps(args.cycles), start=1):
            view = current.get(cycle)
            if op == "create":
                pledge_id = str(uuid.uuid5(NAMESPACE, f"cycle-{cycle}"))
                revision[cycle] = 1
                view = pledges.create_pledge(
                    database, content(cycle, title(cycle, 1, arg)), pledge_id=pledge_id
                ).value
            elif op == "autosave":
                assert view is not None
                changed = replace(view.content, title=title(cycle, revision[cycle], arg))
                pledges.store_autosave(database, view.id, content=changed)
            elif op == "save":
                assert view is not None
                changed = replace(view.content, title=title(cycle, revision[cycle], arg))
                view = pledges.save_pledge(
                    database, view.id, content=changed, expected_version=view.version
                ).value
            elif op == "finalise":
                assert view is not None
                view = pledges.finalise_pledge(
                    database, view.id, expected_version=view.version
                ).value
            elif op == "reopen":
                assert view is not None
                view = pledges.reopen_pledge(database, view.id, expected_version=view.version).value
            elif op == "sign":
                assert view is not None
                party = Party(arg)
                person = view.content.issuer if party is Party.ISSUER else view.content.responsible
                request = signing.SigningRequest(
                    party=party,
                    method=SignatureMethod.DRAWN,
                    signer=person.signatory,
                    signer_title=person.signatory_title,
                    signed_on=date(2026, 3, 1),
                    image=image,
                )
                view = signing.record_signature(
                    database, view.id, request=request, expected_version=view.version
                ).value
            elif op == "amend":
                assert view is not None
                view = pledges.amend_pledge(database, view.id).value
                revision[cycle] += 1
            current[cycle] = view
            print(f"OK {done}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
