"""The demo years: realistic, signed where they claim to be, tracked month by month, the same
every time, added once."""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from pledge_app.core import pledges
from pledge_app.core.amendments import version_chain
from pledge_app.core.database import Database, open_database
from pledge_app.core.demo.images import seal_png, signature_png
from pledge_app.core.demo.sample_year import PLEDGES, build_demo, demo_content, demo_pledge_id
from pledge_app.core.demo.signing import DEMO_PINS
from pledge_app.core.demo.tracking import DEMO_CLERK
from pledge_app.core.enums import Party, PledgeStatus, SignatureMethod, TaskList
from pledge_app.core.exchange.files import (
    dumps_document,
    export_document,
    export_pledges,
    export_tracking,
)
from pledge_app.core.images import PDF, PNG, sniff_type
from pledge_app.core.integrity import check_database
from pledge_app.core.models import Milestone, ProgressReport, Signatory, Signature, Unit
from pledge_app.core.pins import verify_pin
from pledge_app.core.tracking.dashboard import not_reported, reporting_period
from pledge_app.core.tracking.history import latest_period_ends
from pledge_app.core.tracking.ledger import TrackedTask, tracked_tasks
from pledge_app.core.tracking.reports import previous_month, reports_of
from pledge_app.core.tracking.states import Light, TaskState
from pledge_app.core.units import list_unit_names


def _by_status(db: Database) -> Counter[tuple[int, PledgeStatus]]:
    with db.begin() as session:
        return Counter((row.year, row.status) for row in pledges.list_pledges(session))


def test_the_demo_fills_a_sample_year(any_database: Database) -> None:
    with any_database.begin() as session:
        summary = build_demo(session)
        units = list_unit_names(session)
        rows = pledges.list_pledges(session)
    assert (summary.created, summary.skipped) == (len(PLEDGES), 0)
    assert "市委全面深化改革委员会" in units
    assert len(units) >= 12
    assert all(5 <= row.task_count <= 15 for row in rows)
    statuses = _by_status(any_database)
    assert statuses[(2025, PledgeStatus.SIGNED)] == 6
    assert statuses[(2025, PledgeStatus.SUPERSEDED)] == 1
    assert statuses[(2026, PledgeStatus.SIGNED)] == 5
    assert statuses[(2026, PledgeStatus.READY_TO_SIGN)] == 4
    assert statuses[(2026, PledgeStatus.DRAFT)] == 4  # three drafts and one amendment


def test_the_demo_database_passes_the_integrity_check(any_database: Database) -> None:
    with any_database.begin() as session:
        build_demo(session)
    with any_database.begin() as session:
        assert check_database(session) == []


def test_a_2025_pledge_was_amended_and_its_first_version_superseded(database: Database) -> None:
    amended = next(p for p in PLEDGES if p.year == 2025 and p.amendment is not None)
    with database.begin() as session:
        build_demo(session)
        first, second = version_chain(session, demo_pledge_id(amended))
    assert (first.status, second.status) == (PledgeStatus.SUPERSEDED, PledgeStatus.SIGNED)
    assert (second.revision, second.previous_id) == (2, first.id)
    assert second.content != first.content
    assert second.signatures[0].signed_on > first.signatures[1].signed_on


def test_a_2026_pledge_has_an_amendment_in_progress(database: Database) -> None:
    amended = next(p for p in PLEDGES if p.year == 2026 and p.amendment is not None)
    with database.begin() as session:
        build_demo(session)
        first, second = version_chain(session, demo_pledge_id(amended))
    assert (first.status, second.status) == (PledgeStatus.SIGNED, PledgeStatus.DRAFT)
    assert second.revision == 2


def test_one_pledge_is_signed_by_the_issuer_only(database: Database) -> None:
    with database.begin() as session:
        build_demo(session)
        half = [
            view
            for view in (pledges.get_pledge(session, demo_pledge_id(p)) for p in PLEDGES)
            if view.status is PledgeStatus.READY_TO_SIGN and view.signatures
        ]
    assert len(half) == 1
    assert [s.party for s in half[0].signatures] == [Party.ISSUER]


def test_signatures_use_every_method_with_images_seals_and_a_scan(database: Database) -> None:
    with database.begin() as session:
        build_demo(session)
        signatures = session.scalars(select(Signature)).all()
    methods = Counter(signature.method for signature in signatures)
    assert set(methods) == set(SignatureMethod)
    for signature in signatures:
        assert sniff_type(signature.seal_image or b"") == PNG
        if signature.method == SignatureMethod.WET_INK:
            assert signature.image is None
            assert signature.scan_type == PNG and sniff_type(signature.scan or b"") == PNG
        else:
            assert sniff_type(signature.image or b"") == PNG


def test_no_signature_is_dated_in_the_future_and_the_years_are_right(database: Database) -> None:
    with database.begin() as session:
        build_demo(session)
        rows = session.scalars(select(Signature)).all()
        years = {
            row.pledge_id: pledges.get_pledge(session, row.pledge_id).content.year for row in rows
        }
    assert all(row.signed_on <= date.today() for row in rows)
    assert all(row.signed_on.year == years[row.pledge_id] for row in rows)
    assert {row.signed_on.month for row in rows if row.signed_on.year == 2026} <= {2, 3}


def test_the_printed_pins_unlock_the_stored_signatures(database: Database) -> None:
    with database.begin() as session:
        summary = build_demo(session)
        stored = {
            signatory.name: signatory.pin_hash
            for signatory in session.scalars(
                select(Signatory).where(Signatory.pin_hash.is_not(None))
            )
        }
    assert summary.pins == DEMO_PINS
    assert dict(DEMO_PINS).keys() == stored.keys()
    for name, pin in DEMO_PINS:
        assert verify_pin(pin, stored[name] or "")
        assert not verify_pin("0000", stored[name] or "")


def test_every_unit_has_a_red_round_seal_on_a_transparent_background(database: Database) -> None:
    with database.begin() as session:
        build_demo(session)
        seals = {name: seal for name, seal in session.execute(select(Unit.name, Unit.seal_image))}
    assert all(seal is not None for seal in seals.values())
    image = Image.open(io.BytesIO(seals["东城区"] or b"")).convert("RGBA")
    assert image.getpixel((0, 0))[3] == 0  # a transparent corner
    red, green, blue, _alpha = image.getpixel((image.width // 2, image.height // 2))  # the star
    assert red > 180 and green < 80 and blue < 80


def test_images_are_drawn_from_the_name_alone() -> None:
    assert signature_png("张国华") == signature_png("张国华") != signature_png("李明")
    assert seal_png("东城区") != seal_png("西城区")


def test_every_demo_pledge_spans_the_five_lists_with_weights_summing_to_100() -> None:
    for pledge in PLEDGES:
        tasks = demo_content(pledge).tasks
        assert {task.list_class for task in tasks} == set(TaskList)
        assert sum(task.weight for task in tasks) == 100
        assert all(task.lead_official and task.item for task in tasks)


def test_a_second_run_adds_nothing(database: Database) -> None:
    with database.begin() as session:
        build_demo(session)
    before = _by_status(database)
    with database.begin() as session:
        summary = build_demo(session)
    assert (summary.created, summary.skipped) == (0, len(PLEDGES))
    assert _by_status(database) == before
    with database.begin() as session:
        assert check_database(session) == []


def _unrecorded(text: str) -> Any:
    """An export without when and by whom each signature was recorded (that is today's)."""
    document = json.loads(text)
    for pledge in document["pledges"]:
        for signature in pledge["signatures"]:
            del signature["recorded_at"], signature["recorded_by"]
    return document


def test_the_demo_is_the_same_in_every_database(database: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "other.sqlite3")
    exports = []
    for db in (database, other):
        with db.begin() as session:
            build_demo(session)
            document = export_document(export_pledges(session), export_tracking(session))
            exports.append(dumps_document(document))
    other.dispose()
    assert _unrecorded(exports[0]) == _unrecorded(exports[1])
    assert json.loads(exports[0])["tracking"]  # reports, evidence and milestones included


# The tracking's mix is true of a fixed day; the demo is dated like the pledges, not from today.
DEMO_DAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def tracked_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo as it stands on DEMO_DAY."""
    with open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3") as db:
        with db.begin() as session:
            build_demo(session, today=DEMO_DAY)
        yield db


def _tasks(db: Database) -> list[TrackedTask]:
    with db.begin() as session:
        return tracked_tasks(session, today=DEMO_DAY)


def test_the_2026_pledges_show_every_light(tracked_demo: Database) -> None:
    lights = Counter(task.light for task in _tasks(tracked_demo) if task.year == 2026)
    assert set(lights) == set(Light)
    assert lights[Light.DONE] > lights[Light.GREEN] > 0
    assert lights[Light.RED] >= 4 and lights[Light.YELLOW] >= 4


def test_red_covers_overdue_blocked_and_a_missed_milestone(tracked_demo: Database) -> None:
    red = [task for task in _tasks(tracked_demo) if task.light is Light.RED]
    assert any(task.state is TaskState.BLOCKED for task in red)
    assert any(task.deadline and task.deadline < DEMO_DAY for task in red)
    assert any(
        any(m.reached_on is None and m.due_on < DEMO_DAY for m in task.milestones) for task in red
    )
    assert {task.year for task in red} == {2025, 2026}


def test_every_done_task_has_a_small_evidence_file(tracked_demo: Database) -> None:
    with tracked_demo.begin() as session:
        done = session.scalars(select(ProgressReport).where(ProgressReport.state == "done")).all()
        files = {
            report.id: [(e.media_type, sniff_type(e.data), e.size) for e in report.evidence]
            for report in done
        }
    assert done and all(files.values())
    kinds = {(media, sniffed) for entries in files.values() for media, sniffed, _ in entries}
    assert kinds == {("application/pdf", PDF), ("image/png", PNG)}
    assert max(size for entries in files.values() for *_, size in entries) < 16 * 1024


def test_reports_come_around_the_fifth_on_the_month_before(tracked_demo: Database) -> None:
    with tracked_demo.begin() as session:
        reports = session.scalars(select(ProgressReport)).all()
    for report in reports:
        if report.corrects_id is None:
            assert previous_month(report.reported_on) == (report.period_start, report.period_end)
            assert 2 <= report.reported_on.day <= 7
        assert report.reported_on <= DEMO_DAY
        assert report.recorded_by == DEMO_CLERK


def test_one_unit_missed_the_last_report(tracked_demo: Database) -> None:
    with tracked_demo.begin() as session:
        ends = latest_period_ends(session)
    period = reporting_period(DEMO_DAY, 5)
    missing = not_reported(_tasks(tracked_demo), ends, period)
    assert [unit.unit for unit in missing] == ["市政务服务和数据管理局"]


def test_one_report_was_corrected_and_both_are_kept(tracked_demo: Database) -> None:
    with tracked_demo.begin() as session:
        corrections = session.scalars(
            select(ProgressReport).where(ProgressReport.corrects_id.is_not(None))
        ).all()
        [fix] = corrections
        slip = session.scalars(select(ProgressReport).where(ProgressReport.id == fix.corrects_id))
        [corrected] = slip.all()
    assert corrected.lineage_key == fix.lineage_key and corrected.seq < fix.seq
    assert corrected.percent * 10 == fix.percent
    assert (corrected.period_start, corrected.period_end) == (fix.period_start, fix.period_end)


def test_two_tasks_have_milestones(tracked_demo: Database) -> None:
    with tracked_demo.begin() as session:
        keys = set(session.scalars(select(Milestone.lineage_key)))
    assert len(keys) == 2


def test_progress_carries_across_the_2025_amendment(tracked_demo: Database) -> None:
    amended = next(p for p in PLEDGES if p.year == 2025 and p.amendment is not None)
    tasks = [t for t in _tasks(tracked_demo) if t.pledge_id == demo_pledge_id(amended, 2)]
    with tracked_demo.begin() as session:
        earlier = reports_of(session, [task.key for task in tasks])
    signed_on = amended.amendment.signed_on if amended.amendment else None
    assert signed_on is not None
    assert any(report.reported_on < signed_on for report in earlier)
    assert all(task.light is Light.DONE for task in tasks)


def test_the_demo_stops_at_today(database: Database) -> None:
    with database.begin() as session:
        build_demo(session, today=date(2026, 6, 1))
        reports = session.scalars(select(ProgressReport)).all()
    assert reports and max(report.reported_on for report in reports) <= date(2026, 6, 1)
    with database.begin() as session:
        build_demo(session, today=DEMO_DAY)  # reports due since are added; none twice
        again = session.scalars(select(ProgressReport.id)).all()
        assert check_database(session) == []
    assert len(again) == len(set(again)) > len(reports)
