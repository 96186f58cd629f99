"""What the demo's units write in their monthly reports, in the words such reports use."""

from __future__ import annotations

import random

__all__ = ["narrative"]

_REASONS = (
    "配合单位意见尚未反馈",
    "相关政策需待上级文件出台后衔接",
    "项目招标流程较预期延长",
    "数据对接存在技术问题，正在联调",
)
_OBSTACLES = (
    "涉及跨部门职责划分，牵头部门与配合部门意见尚不一致",
    "所需专项资金尚未落实",
    "上级试点政策调整，原实施方案需重新报批",
)


def narrative(kind: str, **fields: object) -> str:
    """The narrative of a report: `kind` is a state's value or "correction"."""
    pick = random.Random(str(fields.get("seed", "")))
    if kind == "not_started":
        return "已明确牵头处室和责任人，{measures}的前期准备工作正在进行。".format(**fields)
    if kind == "on_track":
        return "{month}月按计划推进：{measures}。累计完成年度任务的{percent}%。".format(**fields)
    if kind == "behind":
        return (
            "{month}月进度滞后于计划：{reason}。累计完成{percent}%，"
            "已制定赶进度措施，下月加快推进。"
        ).format(reason=pick.choice(_REASONS), **fields)
    if kind == "blocked":
        return (
            "工作受阻：{obstacle}。累计完成{percent}%，请市委改革办协调{partner}推动解决。"
        ).format(obstacle=pick.choice(_OBSTACLES), **fields)
    if kind == "done":
        return "已完成：形成{deliverable}，“{item}”任务完成。佐证材料见附件。".format(**fields)
    return "更正{month}月报送数据：完成比例误填为{wrong}%，应为{right}%。".format(**fields)
