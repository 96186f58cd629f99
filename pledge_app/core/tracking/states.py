"""The vocabularies of tracking: a report's state and a task's traffic light."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from pledge_app.core.i18n import translate


class TaskState(StrEnum):
    """What a progress report says of its task."""

    NOT_STARTED = "not_started"  # 未启动
    ON_TRACK = "on_track"  # 推进中
    BEHIND = "behind"  # 滞后
    DONE = "done"  # 已完成
    BLOCKED = "blocked"  # 受阻


class Light(StrEnum):
    """A task's traffic light; done is blue, neither good nor bad news any more."""

    DONE = "done"
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class Severity(IntEnum):
    """How bad a light is, for "never greener with time" and for sorting."""

    DONE = 0
    GREEN = 1
    YELLOW = 2
    RED = 3


SEVERITY = {
    Light.DONE: Severity.DONE,
    Light.GREEN: Severity.GREEN,
    Light.YELLOW: Severity.YELLOW,
    Light.RED: Severity.RED,
}


def state_label(state: TaskState) -> str:
    """The clerk's word for a state."""
    labels = {
        TaskState.NOT_STARTED: translate("tracking", "Not started"),
        TaskState.ON_TRACK: translate("tracking", "On track"),
        TaskState.BEHIND: translate("tracking", "Behind"),
        TaskState.DONE: translate("tracking", "Done"),
        TaskState.BLOCKED: translate("tracking", "Blocked"),
    }
    return labels[state]


def light_label(light: Light) -> str:
    """The clerk's word for a light."""
    labels = {
        Light.DONE: translate("tracking", "Done"),
        Light.GREEN: translate("tracking", "Green"),
        Light.YELLOW: translate("tracking", "Yellow"),
        Light.RED: translate("tracking", "Red"),
    }
    return labels[light]
