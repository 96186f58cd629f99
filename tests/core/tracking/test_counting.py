"""Which report counts, tried on every order of reports and corrections hypothesis finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pledge_app.core.tracking.counting import counting_seq


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[int, str, str | None]]:
    reports: list[tuple[int, str, str | None]] = []
    for seq in range(1, draw(st.integers(1, 8)) + 1):
        corrects = draw(st.one_of(st.none(), st.sampled_from([r[1] for r in reports] or [None])))
        reports.append((seq, f"r{seq}", corrects))
    return reports


@given(histories())
def test_the_counting_report_is_the_newest_of_the_latest_original(
    reports: list[tuple[int, str, str | None]],
) -> None:
    counting = counting_seq(reports)
    originals = [seq for seq, _id, corrects in reports if corrects is None]
    latest_original = max(originals)
    # It is the latest original itself, or the newest correction in its chain.
    chain = {f"r{latest_original}"}
    for _seq, report_id, corrects in reports:
        if corrects in chain:
            chain.add(report_id)
    assert f"r{counting}" in chain
    assert counting == max(int(report_id[1:]) for report_id in chain)


def test_without_corrections_the_newest_counts() -> None:
    assert counting_seq([(1, "a", None), (2, "b", None), (3, "c", None)]) == 3
