"""Restoring a database from a backup: check first, keep the current file, then replace.

1. The backup is copied (online backup API) into ``TARGET.restoring`` next to the
   database, and that copy is checked: integrity, foreign keys, a Secretariat schema
   at a revision this version knows, and exactly the tables, columns, indexes,
   triggers and views its migrations make (``db.schema``). A bad backup changes nothing.
2. A sound database is then locked for writing (``BEGIN IMMEDIATE``: other writers
   wait for the restore, or are refused after the busy timeout), kept aside as
   ``NAME.ID.STAMP.before-restore.sqlite`` in the backups folder (a backup like any
   other, so "undo" is just restoring it), and its content replaced by the backup's
   with SQL in that same transaction: every commit made before is in the copy kept
   aside, none can fall between the two, a crash leaves the old content, and its -wal
   stays consistent for other connections (a second window sees the new content).
3. A damaged or missing database is renamed in place to ``NAME.STAMP.damaged``
   together with its -wal/-shm files and replaced by an atomic rename of the checked
   copy, so no stale -wal is ever left next to the restored file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..i18n import PLURAL, translate
from . import backup as backups
from . import migrate, schema, search_index
from .identity import identity_of_file
from .errors import BackupError, DatabaseError
from .failures import ro_uri, rw_uri, worded_error

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
STAGING_SUFFIX = ".restoring"
#: Tables every Secretariat database has, whatever its revision.
CORE_TABLES = {"meeting", "organization", "audit_entry"}
COUNTED = ("meeting", "plan", "measure", "recommendation", "organization")


@dataclass(frozen=True)
class BackupCheck:
    """What a verified backup holds."""

    path: Path
    revision: str
    head: str = migrate.HEAD_REVISION
    counts: dict[str, int] = field(default_factory=dict)
    latest_change: datetime | None = None

    @property
    def needs_upgrade(self) -> bool:
        """Made by an older version: opening it after the restore upgrades it."""
        return self.revision != self.head


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    source: Path
    check: BackupCheck
    aside: Path | None
    """Where the database as it was before the restore is kept (None: there was none)."""
    method: str
    """"in_place" (a sound database was overwritten) or "replaced" (file renamed over)."""


def _unusable(source: Path, reason: str) -> BackupError:
    return BackupError(
        translate("db", "{source} cannot be restored: {reason} Nothing was changed.").format(
            source=source, reason=reason))


def check_copy(copy: Path, source: Path, migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR) -> BackupCheck:
    """Verify a standalone database file (a staged copy of *source*) before it is used."""
    try:
        with copy.open("rb") as handle:
            magic = handle.read(16)
    except OSError as exc:
        raise _unusable(source, translate("db", "it cannot be read ({error}).").format(error=exc.strerror)) from exc
    if magic != b"SQLite format 3\x00":
        raise _unusable(source, translate("db", "it is not a Secretariat database."))
    try:
        con = sqlite3.connect(ro_uri(copy), uri=True)
    except sqlite3.Error as exc:
        raise _unusable(source, str(exc)) from exc
    try:
        integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise _unusable(source, translate("db", "it is damaged ({detail}).").format(detail="; ".join(integrity[:3])))
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or not CORE_TABLES <= tables:
            raise _unusable(source, translate("db", "it is a SQLite database but not a Secretariat one."))
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise _unusable(source, translate("db", "%n of its records point to records that do not exist "
                                             "(first in table {table}).", None, PLURAL, len(broken)).format(table=broken[0][0]))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if revision is None:
            raise _unusable(source, translate("db", "it has no schema version."))
        if revision != migrator.head and revision not in migrator.known_revisions():
            raise _unusable(source, translate("db", "it was written by a newer version of Secretariat (schema "
                                             "{revision}); install that version to restore it.").format(
                revision=revision))
        unexpected = schema.differences(schema.schema_of(con), schema.expected_schema(revision, migrator))
        if unexpected:
            raise _unusable(source, translate("db", "its schema is not the one this version of Secretariat makes "
                                             "({detail}).").format(detail=" ".join(unexpected[:4])))
        counts = {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                  for name in COUNTED if name in tables}
        latest_row = con.execute("SELECT max(at) FROM audit_entry").fetchone()
    except sqlite3.Error as exc:
        raise _unusable(source, translate("db", "it cannot be read as a database ({error}).").format(error=exc)) from exc
    finally:
        con.close()
    latest = None
    if latest_row and latest_row[0]:
        try:
            latest = datetime.fromisoformat(str(latest_row[0]))
        except ValueError:
            latest = None
    return BackupCheck(path=source, revision=revision, head=migrator.head, counts=counts, latest_change=latest)


def stage(source: Path, target: Path, progress: backups.ProgressCallback | None = None,
          migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR,
          pages_per_step: int = 256) -> tuple[Path, BackupCheck]:
    """Copy *source* next to *target* and check the copy; the copy is removed on failure."""
    if source.is_dir():
        raise _unusable(source, translate("db", "it is a folder, not a backup file."))
    if source.exists() and not source.is_file():
        raise _unusable(source, translate("db", "it is not an ordinary file (a device or a pipe)."))
    if not source.is_file():
        raise _unusable(source, translate("db", "the file does not exist."))
    if _same_file(source, target):
        raise _unusable(source, translate("db", "it is the database itself."))
    staging = target.with_name(target.name + STAGING_SUFFIX)
    staging.unlink(missing_ok=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with source.open("rb") as handle:
            magic = handle.read(16)
    except OSError as exc:
        raise _unusable(source, translate("db", "it cannot be read ({error}).").format(error=exc.strerror)) from exc
    if magic != b"SQLite format 3\x00":
        raise _unusable(source, translate("db", "it is not a Secretariat database."))
    try:
        backups.backup_file(source, staging, progress=progress, pages_per_step=pages_per_step, verify=False)
    except backups.BackupCancelled:
        staging.unlink(missing_ok=True)
        raise
    except BackupError as exc:
        staging.unlink(missing_ok=True)
        raise _unusable(source, str(exc)) from exc
    try:
        return staging, check_copy(staging, source, migrator)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def verify_backup(source: Path, scratch_folder: Path,
                  migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR) -> BackupCheck:
    """Check a backup without restoring it (a copy is made in *scratch_folder* and removed)."""
    staging, check = stage(source, scratch_folder / "verify.sqlite", migrator=migrator)
    staging.unlink(missing_ok=True)
    return check


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _sound(path: Path) -> bool:
    """Can *path* be opened and does it pass ``quick_check``? (Reads only.)"""
    try:
        con = sqlite3.connect(ro_uri(path), uri=True)
        try:
            return con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            con.close()
    except sqlite3.Error:
        return False


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def _move_aside_in_place(target: Path, now: datetime) -> Path:
    """Rename a damaged database and its side files, keeping them together."""
    aside = target.with_name(f"{target.name}.{now.strftime(backups.STAMP_FORMAT)}.damaged")
    if target.exists():
        target.replace(aside)
    for side in _side_files(target):
        if side.exists():
            side.replace(aside.with_name(aside.name + side.name[len(target.name):]))
    return aside


def _half(progress: backups.ProgressCallback | None, second: bool) -> backups.ProgressCallback | None:
    """Report a phase as one half of the whole: copying the backup, then replacing."""
    if progress is None:
        return None

    def report(done: int, total: int) -> bool | None:
        return progress(done + (total if second else 0), 2 * total)

    return report


def restore_file(source: Path, target: Path, aside_folder: Path, *,
                 progress: backups.ProgressCallback | None = None,
                 migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR,
                 now: datetime | None = None, busy_timeout_ms: int = 5000,
                 pages_per_step: int = 256) -> RestoreResult:
    """Make *target* a copy of the backup *source* (see the module's description).

    The caller must not hold the database open in this process with a transaction in
    progress. Raises ``BackupError`` (nothing was changed) or ``DatabaseError``.
    *progress* sees the copy of the backup as the first half, the replacement as the second.
    """
    now = now or datetime.now()
    staging, check = stage(source, target, _half(progress, False), migrator, pages_per_step)
    try:
        if target.exists() and _sound(target):
            found = identity_of_file(target)
            aside = aside_folder / backups.timestamped_name(target, "before-restore", now,
                                                            found.tag if found else None)
            _replace_under_lock(staging, target, aside, _half(progress, True), busy_timeout_ms)
            method = "in_place"
        else:
            aside = _move_aside_in_place(target, now) if target.exists() or any(
                side.exists() for side in _side_files(target)) else None
            try:
                staging.replace(target)
            except OSError as exc:
                raise _replace_failed(exc, target, aside) from exc
            backups._fsync_folder(target.parent)
            method = "replaced"
    finally:
        staging.unlink(missing_ok=True)
    return RestoreResult(target=target, source=source, check=check, aside=aside, method=method)


def _replace_under_lock(staging: Path, target: Path, aside: Path,
                        progress: backups.ProgressCallback | None, busy_timeout_ms: int) -> None:
    """Keep *target* aside and replace its content by *staging*'s, under one write lock.

    ``BEGIN IMMEDIATE`` takes the write lock first: other writers (another window, a
    script) wait for the restore or are refused, so everything they committed before is
    in the copy kept aside, and nothing is committed between that copy and the
    replacement. The replacement is plain SQL in the same transaction (drop every
    object, create the backup's, copy its rows), so a failure or a crash leaves the old
    content and the -wal stays consistent.
    """
    try:
        con = sqlite3.connect(rw_uri(target), uri=True, isolation_level=None, timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        raise _replace_failed(exc, target, None) from exc
    kept: Path | None = None
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("ATTACH DATABASE ? AS restored", (ro_uri(staging),))
        con.execute("BEGIN IMMEDIATE")
        # Readers are not blocked by the write lock: a second connection copies exactly
        # what was committed before it, and nothing can be committed until we are done.
        backups.backup_file(target, aside)
        kept = aside
        old = con.execute("SELECT type, name FROM main.sqlite_master "
                          "WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'view', 'trigger')").fetchall()
        for kind, name in sorted(old, key=lambda row: row[0] != "trigger"):
            if search_index.is_shadow_table(name):
                continue  # dropped with its virtual table
            con.execute(f'DROP {kind.upper()} IF EXISTS main."{_quoted(name)}"')
        new = con.execute("SELECT type, name, sql FROM restored.sqlite_master WHERE sql IS NOT NULL "
                          "AND name NOT LIKE 'sqlite_%' ORDER BY type != 'table', type = 'trigger', rowid").fetchall()
        tables = [name for kind, name, _sql in new if kind == "table"]
        for number, (kind, name, sql) in enumerate(new, start=1):
            # An FTS5 shadow table comes with its virtual table, which holds no rows of its own:
            # the shadow tables' rows are copied as they are, so the index is the backup's.
            if search_index.is_shadow_table(name):
                con.execute(f'DELETE FROM main."{_quoted(name)}"')  # made by its virtual table just before
            else:
                con.execute(sql)
                if sql.upper().startswith("CREATE VIRTUAL TABLE"):
                    continue
            if kind == "table":
                con.execute(f'INSERT INTO main."{_quoted(name)}" SELECT * FROM restored."{_quoted(name)}"')
                if progress is not None and progress(number, len(tables)) is False:
                    raise backups.BackupCancelled(translate("db", "Restore cancelled."))
        if con.execute("SELECT 1 FROM restored.sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
            con.execute("DELETE FROM main.sqlite_sequence")
            con.execute("INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence")
        con.execute("COMMIT")
        con.execute("DETACH DATABASE restored")
        con.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except backups.BackupCancelled:
        _roll_back(con)
        raise
    except BackupError as exc:
        _roll_back(con)
        raise _replace_failed(exc, target, kept) from exc
    except sqlite3.Error as exc:
        _roll_back(con)
        raise _replace_failed(exc, target, kept) from exc
    finally:
        con.close()


def _quoted(name: str) -> str:
    return name.replace('"', '""')


def _roll_back(con: sqlite3.Connection) -> None:
    try:
        if con.in_transaction:
            con.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _replace_failed(exc: BaseException, target: Path, aside: Path | None) -> DatabaseError:
    detail = worded_error(exc, target) or exc
    kept = (translate("db", " The database as it was before is kept at {aside}.").format(aside=aside)
            if aside is not None else "")
    return BackupError(
        translate("db", "Restoring into {target} failed: {detail}").format(target=target, detail=detail) + kept)
