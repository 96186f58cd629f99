"""Automatic backups: one is due when the clerk's data changed since the newest, and the
older ones are thinned to the newest of 12 days, 10 weeks and 9 months."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pledge_app.core.backup_policy import backups_to_keep
from pledge_app.core.errors import BadInput
from pledge_app.operations.backups import (
    BACKUP_SUFFIX,
    STAMP,
    BackupInfo,
    backups_folder,
    data_fingerprint,
    list_backups,
    make_backup,
    manifest_path,
    sqlite_file_of,
)
from pledge_app.operations.changes import Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database


def _changed_since(source: Path, newest: BackupInfo | None) -> bool:
    if newest is None:
        return True
    try:
        document = json.loads(manifest_path(newest.path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    fingerprint = data_fingerprint(source)
    return not fingerprint or fingerprint != document.get("fingerprint")


def automatic_backup(
    database: Database, *, reason: str, once_a_day: bool = False
) -> Done[BackupInfo | None]:
    """A backup into the folder beside the database, if anything changed since the newest
    one (and, `once_a_day`, if none was taken today); older automatic backups are thinned
    (12 daily, 10 weekly, 9 monthly). A shared database is its operator's to back up:
    nothing is done for one."""
    try:
        source = sqlite_file_of(database)
    except BadInput:
        return Done(None)
    folder = backups_folder(source)
    existing = [
        info for info in list_backups(folder, database_file=source) if info.reason != "manual"
    ]
    newest = existing[0] if existing else None
    if once_a_day and newest is not None and newest.created.date() == datetime.now().date():
        return Done(None)
    if not _changed_since(source, newest):
        return Done(None)
    stamp = datetime.now().strftime(STAMP)
    target = folder / f"{source.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    serial = 1
    while target.exists():  # two backups within one second never share a name
        serial += 1
        target = folder / f"{source.stem}-{stamp}-{reason}-{serial}{BACKUP_SUFFIX}"
    info = make_backup(source, target, reason=reason)
    thin_backups(folder, database_file=source)
    return Done(info)


def thin_backups(folder: Path, *, database_file: Path) -> list[Path]:
    """Delete the automatic backups of `database_file` the retention policy no longer
    keeps (never another database's); the deleted."""
    automatic = [
        info
        for info in list_backups(folder, database_file=database_file)
        if info.reason not in ("", "manual")
    ]
    keep = backups_to_keep(info.created for info in automatic)
    deleted: list[Path] = []
    for info in automatic:
        if info.created in keep:
            keep.discard(info.created)  # one file per kept moment, the first listed
            continue
        for path in (info.path, manifest_path(info.path)):
            path.unlink(missing_ok=True)
        deleted.append(info.path)
    return deleted
