"""Pledges built straight from view dataclasses, and PDF text helpers, for report tests."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from pledge_app.core.enums import PledgeStatus, TaskList
from pledge_app.core.views import PartyView, PledgeContent, PledgeView, TaskView


def a_task(**fields: Any) -> TaskView:
    defaults: dict[str, Any] = {
        "item": "深化“放管服”改革",
        "lead_official": "王明",
        "responsible_body": "市政务服务局",
        "measures": "推行“一网通办”，压缩审批时限。",
        "deliverable": "工作方案",
        "deadline": date(2026, 6, 30),
        "list_class": TaskList.PRIORITY,
        "weight": 10.0,
    }
    return TaskView(**{**defaults, **fields})


def a_pledge(status: PledgeStatus = PledgeStatus.READY_TO_SIGN, **fields: Any) -> PledgeView:
    content = PledgeContent(
        number="GG-2026-001",
        title="2026年度全面深化改革目标责任书",
        year=2026,
        issuer=PartyView("市委全面深化改革委员会", "李强", "主任"),
        responsible=PartyView("市发展和改革委员会", "张伟", "主任"),
        goals=("围绕高质量发展，全面完成年度改革任务。",),
        duties=("主要负责人为第一责任人。",),
        measures=("建立月调度、季通报机制。",),
        outcomes=("形成一批可复制可推广的经验。",),
        tasks=(a_task(),),
    )
    return PledgeView(id="p-1", status=status, content=replace(content, **fields))


def squeeze(text: str) -> str:
    """Text without any whitespace: CJK extraction inserts spaces and line breaks freely."""
    return re.sub(r"\s+", "", text)


def page_texts(path: Path) -> list[str]:
    """The extracted text of each page, whitespace removed."""
    return [squeeze(page.extract_text()) for page in PdfReader(path).pages]
