"""Backups: verified on write, listed, thinned, and restored without overwriting anything."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from pledge_app.cli.main import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, main
from pledge_app.core.database import Database, open_database
from pledge_app.core.demo.sample_year import build_demo
from pledge_app.core.errors import BadInput
from pledge_app.core.exchange.files import dumps_document, export_document, export_pledges
from pledge_app.core.pledges import create_pledge
from pledge_app.operations.backup_rotation import automatic_backup
from pledge_app.operations.backups import (
    BackupFailed,
    back_up,
    backups_folder,
    list_backups,
    restore,
)
from tests.conftest import make_content


def export_bytes(path: Path) -> bytes:
    with open_database(path) as db, db.begin() as session:
        return dumps_document(export_document(export_pledges(session))).encode("utf-8")


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "pledges.sqlite3"
    with open_database(path) as db, db.begin() as session:
        build_demo(session)
    return path


def test_backup_then_restore_gives_back_the_same_export(demo_file: Path, tmp_path: Path) -> None:
    before = export_bytes(demo_file)
    with open_database(demo_file) as db:
        info = back_up(db, tmp_path / "copy.sqlite3").value
        with db.begin() as session:
            create_pledge(session, make_content(title="备份之后新建的责任书"))
    assert info.verified and info.pledges > 0
    assert export_bytes(demo_file) != before

    result = restore(demo_file, info.path).value

    assert export_bytes(demo_file) == before
    assert result.kept_aside is not None and result.kept_aside.is_file()
    assert b"\xe5\xa4\x87\xe4\xbb\xbd" in export_bytes(result.kept_aside)  # 备份: kept aside whole


def test_a_backup_is_listed_with_its_verdict(demo_file: Path) -> None:
    folder = backups_folder(demo_file)
    with open_database(demo_file) as db:
        back_up(db, folder / "by-hand.sqlite3")
    (folder / "stray.sqlite3").write_bytes((folder / "by-hand.sqlite3").read_bytes())
    listed = {info.path.name: info for info in list_backups(folder)}
    assert listed["by-hand.sqlite3"].verified
    assert not listed["stray.sqlite3"].verified  # no manifest: not known to be verified


def test_a_damaged_source_leaves_no_backup(tmp_path: Path, database: Database) -> None:
    source = Path(database.engine.url.database or "")
    database.dispose()
    with sqlite3.connect(source) as raw:
        raw.execute("PRAGMA writable_schema=ON")
        raw.execute("UPDATE sqlite_master SET sql = 'garbage' WHERE name = 'pledge'")
    raw.close()
    target = tmp_path / "out" / "copy.sqlite3"
    with pytest.raises(BackupFailed):
        back_up(database, target)
    assert not target.exists()
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_restoring_a_file_that_is_not_a_database_changes_nothing(
    demo_file: Path, tmp_path: Path
) -> None:
    before = demo_file.read_bytes()
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"this is not a database" * 100)
    with pytest.raises(BackupFailed):
        restore(demo_file, bogus)
    assert demo_file.read_bytes() == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["pledges.sqlite3"]


def test_an_automatic_backup_is_taken_only_after_a_change(demo_file: Path) -> None:
    with open_database(demo_file) as db:
        first = automatic_backup(db, reason="daily").value
        again = automatic_backup(db, reason="daily").value
        with db.begin() as session:
            create_pledge(session, make_content(title="又一份"))
        os.utime(demo_file, ns=(0, demo_file.stat().st_mtime_ns + 1_000_000))
        third = automatic_backup(db, reason="close").value
    assert first is not None and again is None and third is not None
    # Both were taken today: thinning keeps the newest backup of the day.
    assert [info.reason for info in list_backups(backups_folder(demo_file))] == ["close"]


def test_the_command_line_backs_up_lists_and_restores(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backups_folder(demo_file) / "manual.sqlite3"
    assert main(["--db", str(demo_file), "backup", "-o", str(copy)]) == EXIT_OK
    assert main(["--db", str(demo_file), "backups"]) == EXIT_OK
    assert "manual.sqlite3" in capsys.readouterr().out
    assert main(["--db", str(demo_file), "restore", str(copy)]) == EXIT_OK
    assert main(["--db", str(demo_file), "restore", str(tmp_path / "none.sqlite3")]) == (
        EXIT_BAD_INPUT
    )
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"x" * 4096)
    assert main(["--db", str(demo_file), "restore", str(bogus)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "bogus.sqlite3" in err and "Traceback" not in err


def test_a_backup_never_claims_the_clerks_own_json_file(demo_file: Path, tmp_path: Path) -> None:
    mine = tmp_path / "office.json"
    mine.write_text('{"my": "export"}', encoding="utf-8")
    with open_database(demo_file) as db:
        info = back_up(db, tmp_path / "office.sqlite3").value
    assert mine.read_text(encoding="utf-8") == '{"my": "export"}'
    assert info.path.name == "office.sqlite3"


def test_a_backup_name_without_a_database_ending_gets_one(demo_file: Path, tmp_path: Path) -> None:
    with open_database(demo_file) as db:
        info = back_up(db, tmp_path / "copy.json").value
    assert info.path.name == "copy.json.sqlite3"
    assert not (tmp_path / "copy.json").exists()


def test_a_backup_onto_the_database_itself_is_refused(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    with open_database(demo_file) as db, pytest.raises(BadInput, match="database itself"):
        back_up(db, demo_file)
    assert demo_file.read_bytes() == before


def test_databases_sharing_a_folder_keep_their_own_backups(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    for path in (first, second):
        with open_database(path) as db, db.begin() as session:
            create_pledge(session, make_content(title=path.stem))
    with open_database(first) as db:
        assert automatic_backup(db, reason="daily", once_a_day=True).value is not None
    with open_database(second) as db:
        assert automatic_backup(db, reason="daily", once_a_day=True).value is not None
        with db.begin() as session:
            create_pledge(session, make_content(title="又一份"))
        os.utime(second, ns=(0, second.stat().st_mtime_ns + 1_000_000))
        assert automatic_backup(db, reason="close").value is not None
    folder = backups_folder(first)
    assert [info.reason for info in list_backups(folder, database_file=first)] == ["daily"]
    assert [info.reason for info in list_backups(folder, database_file=second)] == ["close"]


def test_a_database_with_findings_is_still_backed_up_with_them(
    database: Database, tmp_path: Path
) -> None:
    from pledge_app.core.guards import drop_guards
    from tests.signing_helpers import signed_pledge

    with database.begin() as session:
        pledge_id = signed_pledge(session).id
    with database.engine.begin() as connection:
        drop_guards(connection)
        connection.exec_driver_sql(
            "UPDATE paragraph SET text = '改过的目标' WHERE pledge_id = ?", (pledge_id,)
        )
    info = back_up(database, tmp_path / "evidence.sqlite3").value
    assert info.path.is_file()
    assert info.findings  # the tampering is recorded with the copy that keeps it


def test_a_restore_is_written_in_the_restored_audit_log(demo_file: Path, tmp_path: Path) -> None:
    from pledge_app.core.audit import list_entries

    with open_database(demo_file) as db:
        info = back_up(db, tmp_path / "copy.sqlite3").value
    restore(demo_file, info.path)
    with open_database(demo_file) as db, db.begin() as session:
        last = list_entries(session, limit=1)[0]
    assert last.action == "restored"
    assert last.details["backup"] == "copy.sqlite3"


def test_the_integrity_checkpoint_alone_is_not_a_change_worth_a_backup(demo_file: Path) -> None:
    from pledge_app.operations.integrity import check_database

    with open_database(demo_file) as db:
        assert automatic_backup(db, reason="daily").value is not None
        check_database(db)  # stores its checkpoint in the file
        assert automatic_backup(db, reason="close").value is None
