"""Backup and restore of a shared database, through portable SQLite snapshots.

A snapshot is read in one REPEATABLE READ transaction (a consistent picture while others
keep working) and written to a temporary file beside the destination, renamed onto it only
when complete; an existing file is never replaced. A restore, by an administrator, fills
an empty shared database from a checked snapshot in one transaction: all or nothing.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..db import BackupError, Database, open_database
from ..db import backup as file_backup
from ..db import pg_snapshot
from ..db.pg_roles import Role
from ..db.urls import describe
from ..i18n import translate
from . import audit
from .backups import check_backup
from .users import NotAllowedError, NotSharedError, rights


@dataclass(frozen=True)
class SnapshotResult:
    path: Path
    counts: dict[str, int]


def _require_shared(db: Database) -> None:
    if not db.is_shared:
        raise NotSharedError(translate("services", "This is a local file; use the ordinary backup and restore."))


def default_name(db: Database, now: datetime | None = None) -> str:
    from sqlalchemy.engine import make_url

    name = make_url(db.url).database or "shared"
    return f"{name}-{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}.sqlite"


def snapshot(db: Database, destination: Path, progress: pg_snapshot.Progress | None = None) -> SnapshotResult:
    """Write every record of the shared *db* to a new SQLite file at *destination* (a file or folder)."""
    _require_shared(db)
    destination = Path(destination).expanduser()
    if destination.is_dir():
        destination = destination / default_name(db)
    if destination.exists():
        raise BackupError(translate("services", "{path} already exists; it was left as it was. Choose another "
                                    "name.").format(path=destination))
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(translate("services", "Cannot create the folder {folder}: {error}").format(
            folder=destination.parent, error=exc.strerror)) from exc
    partial = pg_snapshot.partial_path(destination)
    local = open_database(partial, journal_mode="delete")
    try:
        with db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as source:
            with source.begin():
                source.exec_driver_sql("SET TRANSACTION READ ONLY")
                with local.engine.begin() as target:
                    counts = pg_snapshot.copy_to_sqlite(source, target, progress)
        local.dispose()
        pg_snapshot.publish(partial, destination)
    except BaseException as exc:
        local.dispose()
        partial.unlink(missing_ok=True)
        worded = db.worded(exc) if isinstance(exc, Exception) else None
        if worded is not None and worded is not exc:
            raise worded from exc
        raise
    return SnapshotResult(destination, counts)


def restore_snapshot(db: Database, source: Path, progress: pg_snapshot.Progress | None = None) -> dict[str, int]:
    """Load the snapshot *source* into the empty shared *db* (administrators only)."""
    _require_shared(db)
    source = Path(source).expanduser()
    if rights(db).role is not Role.ADMIN:
        raise NotAllowedError(translate("services", "Only an administrator may restore a shared database. "
                                        "Nothing was changed."))
    with tempfile.TemporaryDirectory(prefix="secretariat-restore-") as scratch:
        scratch_path = Path(scratch)
        check_backup(source, scratch_path)
        copy = scratch_path / "snapshot.sqlite"
        file_backup.backup_file(source, copy)
        local = open_database(copy)  # brought to this version's schema, like any opened file
        try:
            with db.write() as session:
                target = session.connection()
                if not pg_snapshot.is_empty(target):
                    raise BackupError(translate(
                        "services", "{where} already holds records, so the snapshot was not loaded and nothing "
                        "was changed. A snapshot is restored only into an empty shared database: ask the "
                        "server's administrator for a new one.").format(where=describe(db.url)))
                with local.engine.connect() as reader:
                    counts = pg_snapshot.copy_to_postgres(reader, target, progress)
                audit.record(session, "restore", "database", 0,
                             translate("services", "Loaded from the snapshot {name}").format(name=source.name),
                             {"counts": counts})
        finally:
            local.dispose()
    return counts
