"""Run the command line and kill the process with SIGKILL at a chosen moment.

`python kill_switch.py MOMENT ARGS...` runs `pledge-app ARGS...` in this process and kills
itself, exactly as `kill -9` from outside would, at MOMENT:

- `N` or `statement:N`: right after the Nth SQL statement (over every connection);
- `replace:N`: right before the Nth file rename (os.replace: an atomic write putting a
  file in place, a batch print revealing a file).

With N = 0 it runs to the end and prints the counts to stderr
(`statements: S`, `replaces: R`).
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from pledge_app.cli.main import main

WHAT, _, LIMIT_TEXT = sys.argv[1].rpartition(":")
WHAT = WHAT or "statement"
LIMIT = int(LIMIT_TEXT)
counts = {"statement": 0, "replace": 0}


def _tick(what: str) -> None:
    counts[what] += 1
    if what == WHAT and counts[what] == LIMIT:
        os.kill(os.getpid(), signal.SIGKILL)


@event.listens_for(Engine, "after_cursor_execute")
def _after_statement(*_args: object) -> None:
    _tick("statement")


_real_replace = os.replace


def _replace(source: Any, target: Any, **kwargs: Any) -> None:
    _tick("replace")
    _real_replace(source, target, **kwargs)


os.replace = _replace  # Path.replace calls os.replace too

if __name__ == "__main__":
    code = main(sys.argv[2:])
    print(f"statements: {counts['statement']}", file=sys.stderr)
    print(f"replaces: {counts['replace']}", file=sys.stderr)
    sys.exit(code)
