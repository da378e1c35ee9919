"""Backups and restores as use cases: back up now, the daily automatic backup, restore.

Backups go to a folder (the user's data folder's ``backups`` unless the settings name
another) and are rotated: for each reason (``auto``, ``manual``, ``before-restore``)
the newest *keep* are kept. A restore checks the backup, keeps the current database
aside, replaces it (see ``db.restore``), opens the result (upgrading it if it comes
from an older version) and records the restore in its audit log.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..db import Database, open_database
from ..db import backup as db_backup
from ..db import migrate
from ..db.backup import BackupInfo, ProgressCallback
from ..db.identity import identity, identity_of_file
from ..db.restore import BackupCheck, RestoreResult, restore_file, verify_backup
from ..db.retention import DEFAULT_KEEP
from ..i18n import translate
from ..models import AuditAction
from . import audit
from .errors import ValidationError

AUTO_INTERVAL = timedelta(hours=24)
AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True)
class BackupPolicy:
    """Where backups go and how many are kept; the GUI fills it from its settings."""

    folder: Path | None = None
    keep: int = DEFAULT_KEEP
    auto: bool = True
    interval: timedelta = AUTO_INTERVAL

    def folder_for(self, db: Database) -> Path:
        return self.folder or db.backup_dir


def _file_of(db: Database) -> Path:
    if db.path is None:
        raise ValidationError(translate("services", "Only a database stored in a file can be backed up."))
    return db.path


def _check_keep(keep: int) -> int:
    if keep < 1:
        raise ValidationError(translate("services", "At least one backup must be kept."), field="keep")
    return keep


def backup_now(db: Database, *, folder: Path | None = None, keep: int = DEFAULT_KEEP,
               destination: Path | None = None, reason: str = MANUAL,
               progress: ProgressCallback | None = None, now: datetime | None = None,
               force: bool = False) -> Path:
    """Back the database up now and return the backup's path.

    With *destination* the backup is written exactly there (e.g. a USB stick) and
    nothing is rotated; an existing file there is replaced only if it is a backup of
    this same database, or with *force*. Otherwise the backup goes to *folder* under
    a name carrying the database's id, and the older backups of this database of the
    same *reason* beyond *keep* are deleted (never another database's).
    """
    source = _file_of(db)
    _check_keep(keep)
    tag = identity(db).tag
    if destination is not None:
        if destination.exists() and destination.is_dir():
            folder, destination = destination, None
        else:
            _check_destination(source, destination, tag, force)
            return db_backup.backup_file(source, destination, progress=progress)
    folder = folder or db.backup_dir
    path = db_backup.backup_file(source, folder / db_backup.timestamped_name(source, reason, now, tag),
                                 progress=progress)
    db_backup.rotate(folder, source, keep, reason, tag=tag)
    return path


def _check_destination(source: Path, destination: Path, tag: str, force: bool) -> None:
    """Refuse to replace the database itself, a device, or a file that is not our backup."""
    try:
        same = destination.exists() and os.path.samefile(destination, source)
    except OSError:
        same = False
    if same or destination.name.startswith(source.name + "-") or destination.absolute() == source.absolute():
        raise ValidationError(translate("services", "A backup cannot be written over the database itself."))
    if destination.exists() and not destination.is_file():
        raise ValidationError(translate("services", "{path} is not an ordinary file (a device or a pipe); a backup "
                                        "is never written over it.").format(path=destination))
    if destination.is_file() and not force:
        found = identity_of_file(destination)
        if found is None or found.tag != tag:
            raise ValidationError(translate(
                "services", "{path} already exists and is not a backup of this database; it was left as it "
                "was. Choose another name, or replace it on purpose (--force).").format(path=destination))


def auto_backup(db: Database, policy: BackupPolicy = BackupPolicy(), *, now: datetime | None = None,
                progress: ProgressCallback | None = None) -> Path | None:
    """The start-up backup: made unless the newest automatic one is younger than a day.

    Returns the new backup, or None when none was due (or automatic backups are off,
    or the database is not a file). A backup dated in the future (the clock was set
    back) does not count as recent.
    """
    if not policy.auto or db.path is None:
        return None
    now = now or datetime.now()
    folder = policy.folder_for(db)
    newest = db_backup.backup_infos(folder, db.path, AUTO, identity(db).tag)
    if newest and timedelta(0) <= now - newest[0].made_at < policy.interval:
        return None
    return backup_now(db, folder=folder, keep=policy.keep, reason=AUTO, progress=progress, now=now)


def list_backups(db: Database, folder: Path | None = None) -> list[BackupInfo]:
    """Every backup of this database in *folder*, newest first."""
    return db_backup.backup_infos(folder or db.backup_dir, _file_of(db), tag=identity(db).tag)


def check_backup(source: Path, scratch_folder: Path,
                 migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR) -> BackupCheck:
    """Verify *source* (integrity, references, known schema) without restoring it."""
    return verify_backup(source, scratch_folder, migrator)


def restore(target: Path, source: Path, *, folder: Path, keep: int = DEFAULT_KEEP,
            progress: ProgressCallback | None = None,
            migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR,
            now: datetime | None = None) -> tuple[Database, RestoreResult]:
    """Replace the database file *target* by the backup *source*; returns it opened.

    Nothing of the current database is lost: it is kept aside (``result.aside``), and
    restoring that file undoes the restore. The caller must have closed (disposed)
    its own ``Database`` on *target* before calling.
    """
    result = restore_file(source, target, folder, progress=progress, migrator=migrator, now=now)
    kept = db_backup.describe(result.aside, target) if result.aside is not None else None
    if kept is not None and kept.tag:
        db_backup.rotate(folder, target, max(keep, 1), BEFORE_RESTORE, tag=kept.tag)
    db = open_database(target, migrator=migrator, backup_dir=folder)
    try:
        with db.write() as s:
            summary = translate("services", "Database restored from {source}").format(source=source.name)
            if result.aside is not None:
                summary += translate("services", "; the database as it was before is kept at {aside}").format(
                    aside=result.aside)
            audit.record(s, AuditAction.RESTORE.value, "database", 0, summary,
                         {"source": str(source), "aside": str(result.aside or ""),
                          "revision": result.check.revision, "method": result.method})
    except BaseException:
        db.dispose()
        raise
    return db, result


def undo_restore(result: RestoreResult, *, folder: Path, keep: int = DEFAULT_KEEP,
                 migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR) -> tuple[Database, RestoreResult]:
    """Put back the database as it was before *result*'s restore."""
    if result.aside is None:
        raise ValidationError(translate("services", "There was no database before this restore to put back."))
    return restore(result.target, result.aside, folder=folder, keep=keep, migrator=migrator)
