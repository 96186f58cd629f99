"""The editor's steps that `editor_child.py` runs, and what the database must hold after any
number of them: the child and the harness share this list, so a kill after step k can be
judged against the state after k steps (the child printed k) or k + 1 (committed, not
printed yet). Plain Python, no imports of the application: the child runs it as a script.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: A pledge of the editor loop, named by its cycle and revision: (cycle, revision).
Key = tuple[int, int]

#: One cycle: a pledge drafted, autosaved, saved, finalised, reopened, finalised, signed by
#: both parties, amended, and the amendment saved, finalised and signed (which supersedes
#: the first version).
CYCLE: tuple[tuple[str, str], ...] = (
    ("create", "a"),
    ("autosave", "x"),
    ("save", "b"),
    ("finalise", ""),
    ("reopen", ""),
    ("finalise", ""),
    ("sign", "issuer"),
    ("sign", "responsible"),
    ("amend", ""),
    ("autosave", "y"),
    ("save", "c"),
    ("finalise", ""),
    ("sign", "issuer"),
    ("sign", "responsible"),
)


def steps(cycles: int) -> list[tuple[int, str, str]]:
    """Every step of `cycles` cycles, in order: (cycle, operation, argument)."""
    return [(cycle, op, arg) for cycle in range(cycles) for op, arg in CYCLE]


def title(cycle: int, revision: int, tag: str) -> str:
    """The title a step gives; the harness reads the cycle back from its first word."""
    return f"K{cycle} r{revision} {tag}"


def cycle_of(text: str) -> int | None:
    """The cycle a title belongs to, or None for a pledge the loop did not make."""
    head = text.split(" ", 1)[0]
    if len(head) > 1 and head[0] == "K" and head[1:].isdigit():
        return int(head[1:])
    return None


@dataclass
class PledgeState:
    """What the database must say of one pledge of the loop."""

    title: str
    status: str = "draft"
    parties: frozenset[str] = frozenset()
    amends: bool = False


@dataclass
class Model:
    """The loop's pledges and autosaves after some steps."""

    pledges: dict[Key, PledgeState] = field(default_factory=dict)
    autosaves: dict[Key, str] = field(default_factory=dict)
    current: dict[int, int] = field(default_factory=dict)

    def apply(self, cycle: int, op: str, arg: str) -> None:
        """Take one step, as the application should."""
        revision = self.current.get(cycle, 1)
        key = (cycle, revision)
        if op == "create":
            self.current[cycle] = 1
            self.pledges[(cycle, 1)] = PledgeState(title(cycle, 1, arg))
        elif op == "autosave":
            self.autosaves[key] = title(cycle, revision, arg)
        elif op == "save":
            self.pledges[key].title = title(cycle, revision, arg)
            self.autosaves.pop(key, None)
        elif op == "finalise":
            self.pledges[key].status = "ready_to_sign"
        elif op == "reopen":
            self.pledges[key].status = "draft"
            self.pledges[key].parties = frozenset()
        elif op == "sign":
            state = self.pledges[key]
            state.parties = state.parties | {arg}
            if len(state.parties) == 2:
                state.status = "signed"
                if revision > 1:
                    self.pledges[(cycle, revision - 1)].status = "superseded"
        elif op == "amend":
            signed = self.pledges[key]
            self.current[cycle] = revision + 1
            self.pledges[(cycle, revision + 1)] = PledgeState(signed.title, amends=True)
        else:  # pragma: no cover - the list above is all there is
            raise ValueError(op)

    def fingerprint(self) -> tuple[object, ...]:
        """A comparable summary: every pledge's state, and every autosave."""
        pledges = tuple(
            sorted(
                (key, state.title, state.status, tuple(sorted(state.parties)), state.amends)
                for key, state in self.pledges.items()
            )
        )
        return pledges, tuple(sorted(self.autosaves.items()))


def expected_after(cycles: int, done: int) -> tuple[object, ...]:
    """The fingerprint after the first `done` steps of `cycles` cycles."""
    model = Model()
    for cycle, op, arg in steps(cycles)[:done]:
        model.apply(cycle, op, arg)
    return model.fingerprint()
