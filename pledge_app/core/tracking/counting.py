"""Which of a task's reports counts: the newest, where a correction takes the place in time
of the report it corrects instead of jumping ahead of the reports made since."""

from __future__ import annotations

from collections.abc import Sequence


def counting_seq(reports: Sequence[tuple[int, str, str | None]]) -> int:
    """The seq of the report that counts among (seq, id, corrects_id) of one task.

    Each report stands at the place of the first report of its chain of corrections (its
    own seq when it corrects nothing); the latest place counts, and within a place the
    latest correction. So correcting an old report never undoes a newer one.
    """
    by_id = {report_id: (seq, corrects) for seq, report_id, corrects in reports}

    def place(seq: int, corrects: str | None) -> int:
        seen: set[str] = set()
        while corrects is not None and corrects in by_id and corrects not in seen:
            seen.add(corrects)
            seq, corrects = by_id[corrects]
        return seq

    return max(reports, key=lambda report: (place(report[0], report[2]), report[0]))[0]
