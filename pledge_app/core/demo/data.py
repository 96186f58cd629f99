"""The sample year's units, their people and their task ideas (the demo's raw material)."""

from __future__ import annotations

from dataclasses import dataclass

from pledge_app.core.enums import TaskList


@dataclass(frozen=True)
class DemoUnit:
    """A responsible unit, who signs for it, what it works on and its own task ideas."""

    name: str
    signatory: str
    title: str
    deputies: tuple[str, ...]
    focus: str
    divisions: tuple[str, ...]
    tasks: tuple[tuple[TaskList, str, str, str], ...]  # (list, item, measures, deliverable)


K, P, G, D, Q = (
    TaskList.ANNUAL_KEY_POINT,
    TaskList.PRIORITY,
    TaskList.GRASSROOTS_EXPLORATION,
    TaskList.PILOT_DEMONSTRATION,
    TaskList.PROBLEM,
)

DEPARTMENT_DIVISIONS = ("办公室", "政策法规处", "体制改革处", "综合规划处")
DISTRICT_DIVISIONS = ("区委改革办", "区发展和改革局", "区政务服务中心", "各街道（乡镇）")


SHARED_TASKS: tuple[tuple[TaskList, str, str, str], ...] = (
    (
        K,
        "抓好年度改革要点落实",
        "对照市委改革要点，分解细化本单位改革任务，建立工作台账",
        "任务台账",
    ),
    (K, "完善改革督察问效机制", "每季度开展自查，配合市委改革办督察，及时整改问题", "自查报告"),
    (
        P,
        "推进改革系统集成协同高效",
        "梳理已出台改革举措，开展集成评估，提出优化建议",
        "集成评估报告",
    ),
    (
        G,
        "总结推广基层改革创新经验",
        "组织基层单位申报改革创新案例，遴选推广优秀经验",
        "典型案例汇编",
    ),
    (
        G,
        "探索数字化改革应用场景",
        "围绕群众办事和基层治理，开发数字化应用场景1至2个",
        "应用场景说明",
    ),
    (D, "承接上级改革试点任务", "按照试点方案推进落实，按时报送试点进展和成效", "试点进展报告"),
    (
        Q,
        "解决改革举措落地“最后一公里”问题",
        "开展改革落地情况回头看，对落实不到位的举措限期整改",
        "问题整改台账",
    ),
    (Q, "解决改革协同不够问题", "建立牵头部门与配合部门协商机制，定期会商解决堵点", "会商纪要"),
)

COOPERATING = (
    "市司法局",
    "市人力资源和社会保障局",
    "市自然资源和规划局",
    "市住房和城乡建设局",
    "市统计局",
    "市委编办",
    "市大数据中心",
)
