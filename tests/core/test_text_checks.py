"""Broken characters and sizes no real pledge reaches are refused, each naming its field
(issue 7 items 19 and 22); ordinary text of any kind is never refused."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_app.core import text_checks
from pledge_app.core.autosave import load_autosave, store_autosave
from pledge_app.core.database import Database
from pledge_app.core.errors import ValidationFailed
from pledge_app.core.pledges import create_pledge, get_pledge, save_pledge
from pledge_app.core.validation import check_draft
from pledge_app.core.views import PartyView, PledgeContent, TaskView
from tests.conftest import make_content

SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)
#: Any text a keyboard, an input method or Word can give: every code point but surrogates.
GOOD_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


def _with_text(content: PledgeContent, where: str, text: str) -> PledgeContent:
    """`content` with `text` in the field `where` names (the finding's field key)."""
    task = content.tasks[0]
    if where in ("number", "title"):
        return replace(content, **{where: text})
    if where == "issuer.signatory":
        return replace(content, issuer=replace(content.issuer, signatory=text))
    if where == "responsible.unit":
        return replace(content, responsible=PartyView(text, "李明", "主任"))
    if where == "goals.1":
        return replace(content, goals=(*content.goals, text))
    if where == "tasks.0.cooperating_units":
        return replace(content, tasks=(replace(task, cooperating_units=("市司法局", text)),))
    field = where.split(".")[2]
    return replace(content, tasks=(replace(task, **{field: text}),))


FIELDS = (
    "number",
    "title",
    "issuer.signatory",
    "responsible.unit",
    "goals.1",
    "tasks.0.item",
    "tasks.0.measures",
    "tasks.0.lead_official",
    "tasks.0.cooperating_units",
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(FIELDS),
    before=GOOD_TEXT,
    surrogate=SURROGATES,
    after=GOOD_TEXT,
)
def test_a_lone_surrogate_anywhere_is_refused_naming_its_field(
    field: str, before: str, surrogate: str, after: str
) -> None:
    content = _with_text(make_content(), field, f"市{before}{surrogate}{after}局")
    findings = [f for f in check_draft(content) if f.field == field]
    assert findings, field
    assert f"U+{ord(surrogate):04X}" in findings[0].message


@settings(max_examples=200)
@given(field=st.sampled_from(FIELDS), text=GOOD_TEXT)
def test_text_without_surrogates_within_the_limits_is_taken(field: str, text: str) -> None:
    content = _with_text(make_content(), field, f"市{text}局")
    assert [f for f in check_draft(content) if f.field == field] == []


def test_a_pair_of_surrogates_is_one_ordinary_character() -> None:
    # 😀 as Python holds it is one code point; only a half alone is broken.
    assert text_checks.lone_surrogate("笑😀") is None
    assert text_checks.lone_surrogate("笑\ud83d") == "U+D83D"


@pytest.mark.parametrize(
    ("content", "field"),
    [
        (make_content(goals=("目" * (text_checks.MAX_PARAGRAPH + 1),)), "goals.0"),
        (make_content(title="题" * (text_checks.MAX_TITLE + 1)), "title"),
        (make_content(goals=("一",) * (text_checks.MAX_PARAGRAPHS + 1)), "goals"),
        (
            make_content(tasks=(TaskView(item="任", measures="措" * 1_000_000),)),
            "tasks.0.measures",
        ),
        (
            make_content(
                tasks=(
                    TaskView(
                        item="任", cooperating_units=tuple(f"单位{i}" for i in range(100_000))
                    ),
                )
            ),
            "tasks.0.cooperating_units",
        ),
        (make_content(tasks=(TaskView(item="任"),) * (text_checks.MAX_TASKS + 1)), "tasks"),
        (make_content(tasks=(TaskView(item="任", weight=float("1e401")),)), "tasks.0.weight"),
        (make_content(tasks=(TaskView(item="任", weight=float("nan")),)), "tasks.0.weight"),
    ],
    ids=["paragraph", "title", "paragraphs", "measures", "cooperating", "tasks", "inf", "nan"],
)
def test_sizes_no_real_pledge_reaches_are_refused(content: PledgeContent, field: str) -> None:
    assert field in {finding.field for finding in check_draft(content)}


def test_the_whole_pledge_has_a_text_limit() -> None:
    long_task = TaskView(item="任", measures="措" * text_checks.MAX_TASK_TEXT)
    tasks = (long_task,) * (text_checks.MAX_PLEDGE_TEXT // text_checks.MAX_TASK_TEXT + 1)
    messages = [f.message for f in check_draft(make_content(tasks=tasks))]
    assert any(str(text_checks.MAX_PLEDGE_TEXT) in message for message in messages)


def test_a_realistic_long_pledge_is_within_every_limit() -> None:
    task = TaskView(
        item="深化“放管服”改革" * 10,
        responsible_body="市发展和改革委员会",
        measures="推进一网通办，压减审批时限。" * 40,
        cooperating_units=("市政务服务中心", "市司法局", "市财政局"),
        weight=20,
    )
    content = make_content(goals=("全面完成年度改革任务。" * 100,) * 5, tasks=(task,) * 60)
    assert check_draft(content) == []


def test_a_401_digit_number_is_not_finite() -> None:
    assert not text_checks.is_finite_number(int("9" * 401))
    assert text_checks.is_finite_number(20)


def test_saving_a_surrogate_changes_nothing(database: Database) -> None:
    with database.begin() as session:
        created = create_pledge(session, make_content())
    broken = _with_text(make_content(), "tasks.0.cooperating_units", "\ud83d")
    with database.begin() as session, pytest.raises(ValidationFailed) as raised:
        save_pledge(session, created.id, broken, expected_version=created.version)
    assert "U+D83D" in str(raised.value)
    with database.begin() as session:
        assert get_pledge(session, created.id) == created


def test_an_autosave_of_broken_text_is_kept_not_crashed(database: Database) -> None:
    broken = _with_text(make_content(), "title", "标题\udc00")
    with database.begin() as session:
        store_autosave(session, "new-one", broken)
    with database.begin() as session:
        snapshot = load_autosave(session, "new-one")
    assert snapshot is not None and snapshot.content.title == "标题\udc00"
