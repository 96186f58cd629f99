"""Backups of the embedded database: made with SQLite's online backup API, verified on
write, listed with their verdict, thinned by age, and restored without overwriting."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.core.errors import BadInput, PledgeError
from pledge_app.core.i18n import translate
from pledge_app.operations.changes import Changes, Done
from pledge_app.operations.files import write_user_file

if TYPE_CHECKING:
    from pledge_app.core.database import Database

#: The sidecar that records how and when a backup was made and what its check found.
MANIFEST_SUFFIX = ".manifest.json"
BACKUP_SUFFIX = ".sqlite3"
#: Endings a database file may have; a backup named otherwise gets BACKUP_SUFFIX added.
DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")
#: How a backup's time is written into its file name.
STAMP = "%Y%m%d-%H%M%S"


class BackupFailed(PledgeError):
    """A backup could not be made or did not verify; nothing was left behind."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what is known of it."""

    path: Path
    created: datetime
    size: int
    verified: bool
    reason: str = ""
    findings: tuple[str, ...] = ()
    audit_head: str = ""
    pledges: int = 0
    #: The database file the backup was made of ("" when unknown: no manifest).
    source: str = ""


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup put in place, and where the replaced file was kept."""

    restored: Path
    kept_aside: Path | None


def sqlite_file_of(database: Database) -> Path:
    """The file of an embedded database; other databases are backed up by their operator."""
    url = database.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        raise BadInput(
            translate(
                "backups",
                "Only an embedded (SQLite) database file can be backed up here; a shared "
                "PostgreSQL database is backed up by its operator (pg_dump).",
            )
        )
    return Path(url.database or "")


def backups_folder(database_file: Path) -> Path:
    """Where automatic backups of `database_file` go: a folder beside it."""
    return database_file.parent / "backups"


def _copy_online(source: Path, target: Path) -> None:
    # The online backup API copies a consistent snapshot even while others write.
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()


@dataclass(frozen=True)
class FileVerdict:
    """What checking a database file found: whether SQLite can read it whole (`sound`),
    and what the application's own check found in it."""

    sound: bool
    findings: tuple[str, ...] = ()
    audit_head: str = ""
    pledges: int = 0


def verify_file(path: Path) -> FileVerdict:
    """Check a database file: SQLite's integrity check, then the application's own."""
    from sqlalchemy import func, select

    from pledge_app.core.database import open_database
    from pledge_app.core.integrity import check_database
    from pledge_app.core.models import AuditEntry, Pledge

    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
            verdict = [row[0] for row in raw.execute("PRAGMA integrity_check")]
        raw.close()
    except sqlite3.Error as error:
        return FileVerdict(sound=False, findings=(str(error),))
    if verdict != ["ok"]:
        return FileVerdict(sound=False, findings=tuple(verdict))
    # Opening an older schema upgrades it and backs it up first: that backup of a copy
    # being checked belongs in a folder that goes away, not beside the clerk's files.
    with tempfile.TemporaryDirectory(prefix="pledge-verify-") as scratch:
        try:
            with open_database(path, backup_dir=Path(scratch)) as copy, copy.begin() as session:
                findings = tuple(finding.message for finding in check_database(session))
                head = session.scalar(
                    select(AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
                )
                count = session.scalar(select(func.count()).select_from(Pledge)) or 0
        except PledgeError as error:
            return FileVerdict(sound=False, findings=(str(error),))
    return FileVerdict(sound=True, findings=findings, audit_head=head or "", pledges=int(count))


def manifest_path(backup: Path) -> Path:
    # Beside the backup under its whole name plus a suffix: `office.sqlite3` must never
    # claim the clerk's own `office.json`.
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def _write_manifest(info: BackupInfo, source: Path) -> None:
    stat = source.stat()
    document = {
        "created": info.created.isoformat(timespec="microseconds"),
        "reason": info.reason,
        "size": info.size,
        "verified": info.verified,
        "findings": list(info.findings),
        "audit_head": info.audit_head,
        "pledges": info.pledges,
        "source": str(source.resolve()),
        "source_size": stat.st_size,
        "source_mtime_ns": stat.st_mtime_ns,
        "fingerprint": data_fingerprint(info.path),  # of the copy: what it holds
    }
    text = json.dumps(document, ensure_ascii=False, indent=1)
    write_user_file(manifest_path(info.path), text.encode("utf-8"))


def make_backup(source: Path, target: Path, *, reason: str) -> BackupInfo:
    """Copy, verify, then move into place with its manifest; a failed one leaves nothing."""
    folder = target.resolve().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        os.close(handle)
    except OSError as error:
        raise BackupFailed(
            translate("backups", "Cannot write {file}: {reason}").format(
                file=target, reason=error.strerror or error
            )
        ) from error
    partial = Path(temporary)
    try:
        _copy_online(source, partial)
        verdict = verify_file(partial)
        if not verdict.sound:
            raise BackupFailed(
                translate(
                    "backups",
                    "The copy of {database} did not verify, so it was not kept:\n{findings}",
                ).format(database=source, findings="\n".join(verdict.findings))
            )
        # A copy whose own check finds something is kept all the same, its findings
        # recorded: it is the evidence the clerk will be asked for.
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(
            translate("backups", "Cannot write {file}: {reason}").format(
                file=target, reason=getattr(error, "strerror", None) or error
            )
        ) from error
    finally:
        # SQLite's rollback journal of the copy, left when the disk filled mid-copy.
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
    info = BackupInfo(
        path=target,
        created=datetime.now().astimezone(),
        size=target.stat().st_size,
        verified=True,
        reason=reason,
        findings=verdict.findings,
        audit_head=verdict.audit_head,
        pledges=verdict.pledges,
    )
    _write_manifest(info, source)
    return info


def backup_target(path: Path) -> Path:
    """`path` as a backup file name: a database ending is added when it has none."""
    if path.suffix.lower() in DATABASE_SUFFIXES:
        return path
    return path.with_name(path.name + BACKUP_SUFFIX)


def back_up(database: Database, target: Path) -> Done[BackupInfo]:
    """A verified copy of the open embedded database at `target` (a database ending is
    added when it has none); never onto the database itself."""
    source = sqlite_file_of(database)
    target = backup_target(target)
    if target.resolve() == source.resolve():
        raise BadInput(
            translate(
                "backups", "{file} is the database itself; choose another file for the backup."
            ).format(file=target)
        )
    return Done(make_backup(source, target, reason="manual"))


def _read_manifest(path: Path) -> BackupInfo:
    manifest = manifest_path(path)
    try:
        document = json.loads(manifest.read_text(encoding="utf-8"))
        return BackupInfo(
            path=path,
            created=datetime.fromisoformat(str(document["created"])),
            size=path.stat().st_size,
            verified=bool(document.get("verified")),
            reason=str(document.get("reason", "")),
            findings=tuple(str(f) for f in document.get("findings", [])),
            audit_head=str(document.get("audit_head", "")),
            pledges=int(document.get("pledges", 0)),
            source=str(document.get("source", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        stat = path.stat()
        # No manifest (a copy made by hand): listed, but not known to be verified.
        return BackupInfo(
            path=path,
            created=datetime.fromtimestamp(stat.st_mtime).astimezone(),
            size=stat.st_size,
            verified=False,
        )


def _of_database(info: BackupInfo, database_file: Path) -> bool:
    if info.source:
        return info.source == str(database_file.resolve())
    # A copy made by hand has no manifest: it belongs to the database whose name it starts with.
    return info.path.name.startswith(f"{database_file.stem}-")


def list_backups(folder: Path, *, database_file: Path | None = None) -> list[BackupInfo]:
    """The backups in `folder` (only those of `database_file`, if given), newest first:
    several databases may keep their backups in one folder."""
    if not folder.is_dir():
        return []
    found = [
        _read_manifest(path)
        for suffix in DATABASE_SUFFIXES
        for path in folder.glob(f"*{suffix}")
        if path.is_file() and not path.name.startswith(".")
    ]
    if database_file is not None:
        found = [info for info in found if _of_database(info, database_file)]
    return sorted(found, key=lambda info: info.created, reverse=True)


#: What a change to the clerk's data moves: counts, row ids and version counters of every
#: table of theirs, the newest edit, the audit head. The integrity check's own checkpoint
#: and the autosave of work in progress are left out: writing them changes nothing the
#: clerk would want a backup of.
_FINGERPRINT_SQL = """
SELECT
  (SELECT count(*) || ':' || ifnull(sum(version), 0) FROM unit),
  (SELECT count(*) || ':' || ifnull(sum(version), 0) FROM signatory),
  (SELECT count(*) || ':' || ifnull(sum(version), 0) || ':' || ifnull(max(updated_at), '')
     FROM pledge),
  (SELECT count(*) || ':' || ifnull(max(rowid), 0) FROM paragraph),
  (SELECT count(*) || ':' || ifnull(max(rowid), 0) || ':' || ifnull(sum(version), 0) FROM task),
  (SELECT count(*) || ':' || ifnull(max(rowid), 0) FROM signature),
  (SELECT count(*) || ':' || ifnull(max(rowid), 0) FROM printed_copy),
  (SELECT ifnull(max(seq), 0) FROM audit_entry),
  (SELECT ifnull(group_concat(key || '=' || value, ';'), '') FROM office_setting),
  (SELECT count(*) || ':' || ifnull(max(rowid), 0) FROM unit_succession)
"""


def data_fingerprint(path: Path) -> str:
    """A short text that changes whenever the clerk's data in the file changes."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
            row = raw.execute(_FINGERPRINT_SQL).fetchone()
        raw.close()
    except sqlite3.Error:
        return ""  # unknown: treated as changed
    return "|".join(str(value) for value in row)


def _audit_head_of(path: Path) -> str:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
            row = raw.execute(
                "SELECT entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        raw.close()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row else ""


def _record_restore(restored: Path, *, backup: Path, replaced: Path) -> None:
    """Say in the restored database's own audit log that it was put back from a backup,
    and which history it replaced, so a rollback never goes unseen."""
    from pledge_app.core import audit
    from pledge_app.core.database import open_database

    with open_database(restored) as copy, copy.begin() as session:
        audit.record(
            session,
            "restored",
            details={
                "backup": backup.name,
                "replaced": replaced.name,
                "replaced_audit_head": _audit_head_of(replaced) if replaced.exists() else "",
            },
        )


def restore(database_file: Path, backup: Path) -> Done[RestoreResult]:
    """Put `backup` in place of the (closed) database file; the current file is kept aside
    under a dated name and never overwritten. The backup must verify first."""
    if not backup.is_file():
        raise BadInput(translate("backups", "{file}: there is no such file").format(file=backup))
    kept: Path | None = None
    stamp = datetime.now().strftime(STAMP)
    try:
        database_file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=database_file.parent, prefix=f".{database_file.name}.", suffix=".restoring"
        )
        os.close(handle)
        partial = Path(temporary)
        try:
            # Verified as a copy: checking may upgrade an older schema, and the clerk's
            # backup file itself must stay as it was.
            _copy_online(backup, partial)
            verdict = verify_file(partial)
            if not verdict.sound or verdict.findings:
                raise BackupFailed(
                    translate(
                        "backups",
                        "{file} is not a sound backup, so nothing was restored:\n{findings}",
                    ).format(file=backup, findings="\n".join(verdict.findings))
                )
            _record_restore(partial, backup=backup, replaced=database_file)
            if database_file.exists():
                kept = database_file.with_name(
                    f"{database_file.stem}-before-restore-{stamp}{database_file.suffix}"
                )
                os.replace(database_file, kept)
                # A journal left by a crash belongs to the file it was written for: beside
                # the restored file, SQLite would play it back into the wrong database.
                for companion in ("-journal", "-wal", "-shm"):
                    left = database_file.with_name(database_file.name + companion)
                    if left.exists():
                        os.replace(left, kept.with_name(kept.name + companion))
            os.replace(partial, database_file)
        finally:
            partial.unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(
            translate("backups", "Cannot restore {file}: {reason}").format(
                file=backup, reason=getattr(error, "strerror", None) or error
            )
        ) from error
    return Done(RestoreResult(restored=backup, kept_aside=kept), Changes.of_everything())
