"""Backups through SQLite's online backup API (never a plain copy of a live WAL file).

A backup is written to a hidden ``.NAME.XXXXXXXX.partial`` beside it, checked, synced
and only then renamed to its final name, so a crash or a full disk never leaves something that looks like a
backup but is not one. The copy is a consistent snapshot even while other
connections (this process, or another copy of the application) keep writing: the
source is read inside one read transaction, so SQLite never restarts the copy.

Backups of ``secretariat.sqlite`` are named
``secretariat.ID.20240127-093000-123456.REASON.sqlite`` (local time), where ID is the
database's own id (``db.identity``: databases of one name may share a folder, and
rotating one's backups never touches another's) and REASON says why it was made
(``auto``, ``manual``, ``before-restore``, ``before-upgrade-0001``). Names without an
ID, from earlier versions, are listed but never rotated away.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from ..i18n import translate
from .atomic import check_target, fsync_file, fsync_folder, output_error, temporary_beside
from .errors import BackupError, OutputFileError
from .failures import (
    SQLITE_BUSY,
    SQLITE_CORRUPT,
    SQLITE_IOERR,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    connect_read_only,
    ro_uri,
    sqlite_code,
    worded_error,
)

_fsync_folder = fsync_folder  # the name restore.py uses

ProgressCallback = Callable[[int, int], bool | None]
"""Called with (pages done, pages total); returning False cancels."""

BACKUP_SUFFIX = ".sqlite"
PARTIAL_SUFFIX = ".partial"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
STALE_PARTIAL_SECONDS = 3600
BUSY_GIVE_UP_SECONDS = 30.0


class BackupCancelled(BackupError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as its name describes it."""

    path: Path
    made_at: datetime
    reason: str
    size: int
    tag: str | None = None
    """The id of the database it was made of (None: made before backups carried one)."""


def _failure(exc: BaseException, source: Path, destination: Path) -> BackupError:
    """Word the failure for the file that failed: reading the source, or writing the copy."""
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        return BackupError(str(output_error(exc, destination)) + " " +
                           translate("db", "The database itself was not changed."))
    code = sqlite_code(exc)
    if code in (SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTADB) and not _written_ok(destination):
        translated = worded_error(exc, source)
        detail = str(translated) if translated is not None else str(exc)
        return BackupError(
            translate("db", "The backup could not be made because reading the database {source} failed: "
                      "{detail}").format(source=source, detail=detail))
    translated = worded_error(exc, destination)
    detail = str(translated) if translated is not None else str(exc)
    return BackupError(
        translate("db", "The backup of {source} could not be written to {destination}: {detail} "
                 "The database itself was not changed.").format(
            source=source, destination=destination, detail=detail))


def _written_ok(destination: Path) -> bool:
    """False when the copy's own drive is the problem (missing, not writable)."""
    folder = destination.parent
    return not (folder.is_dir() and os.access(folder, os.W_OK))


def backup_file(
    source: Path,
    destination: Path,
    progress: ProgressCallback | None = None,
    pages_per_step: int = 256,
    verify: bool = True,
) -> Path:
    """Copy a (possibly live) SQLite database consistently into *destination*.

    The result is a self-contained file in rollback-journal mode (no -wal beside it),
    checked with ``PRAGMA quick_check`` when *verify* is true.
    """
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _failure(exc, source, destination) from exc
    try:
        src = connect_read_only(source, isolation_level=None)
        # One read transaction for the whole copy: a stable snapshot that writers in
        # other connections cannot invalidate (they would make SQLite restart it).
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise BackupError(
            translate("db", "Cannot read the database {source}: {error}").format(
                source=source, error=worded_error(exc, source) or exc)) from exc
    try:
        return copy_connection(src, destination, progress, pages_per_step, verify, source=source)
    finally:
        src.close()


def copy_connection(src: sqlite3.Connection, destination: Path, progress: ProgressCallback | None = None,
                    pages_per_step: int = 256, verify: bool = True, *, source: Path | None = None) -> Path:
    """Write the main database of *src* (which may be inside a transaction) to *destination*.

    Written beside *destination* and renamed when whole and checked (``db.atomic``); a
    failure leaves whatever was at *destination* as it was, and no debris.
    """
    source = source or Path(src.execute("PRAGMA database_list").fetchone()[2] or "?")
    try:
        check_target(destination)
    except OutputFileError as exc:
        raise BackupError(str(exc)) from exc
    partial = temporary_beside(destination)
    try:
        dst = sqlite3.connect(partial, isolation_level=None)
        try:
            _copy(src, dst, progress, pages_per_step)
            dst.execute("PRAGMA journal_mode = DELETE")
            if verify:
                result = dst.execute("PRAGMA quick_check").fetchall()
                if result != [("ok",)]:
                    raise BackupError(
                        translate("db", "The backup copy failed its check ({detail}); it was not kept. "
                                 "Run `secretariat check` on the database.").format(
                            detail="; ".join(str(r[0]) for r in result[:3])))
        finally:
            dst.close()
        fsync_file(partial)
        os.replace(partial, destination)
        fsync_folder(destination.parent)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise _failure(exc, source, destination) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def _copy(src: sqlite3.Connection, dst: sqlite3.Connection, progress: ProgressCallback | None,
          pages_per_step: int) -> None:
    """``src.backup(dst)`` with progress, cancel, and a limit on waiting for a busy target."""
    cancelled = False
    busy_since: float | None = None

    def _step(status: int, remaining: int, total: int) -> None:
        nonlocal cancelled, busy_since
        if status in (SQLITE_BUSY, SQLITE_LOCKED):
            # The destination is locked by someone else; CPython would retry forever.
            busy_since = busy_since or time.monotonic()
            if time.monotonic() - busy_since > BUSY_GIVE_UP_SECONDS:
                raise sqlite3.OperationalError("database is locked")
            return
        busy_since = None
        if progress is not None and progress(total - remaining, total) is False:
            cancelled = True
            raise BackupCancelled(translate("db", "Backup cancelled."))

    try:
        src.backup(dst, pages=pages_per_step, progress=_step)
    except BackupCancelled:
        raise
    except sqlite3.Error as exc:
        if cancelled:
            raise BackupCancelled(translate("db", "Backup cancelled.")) from exc
        raise


def timestamped_name(database: Path, reason: str, now: datetime | None = None, tag: str | None = None) -> str:
    """``NAME.TAG.STAMP.REASON.sqlite``; TAG is the database's id (``db.identity``)."""
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    middle = f"{tag}." if tag else ""
    return f"{database.stem}.{middle}{stamp}.{reason}{BACKUP_SUFFIX}"


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(database.stem) + r"\.(?:([0-9a-f]{12})\.)?(\d{8}-\d{6}-\d{6})\.([A-Za-z0-9_-]+)"
        + re.escape(BACKUP_SUFFIX) + "$"
    )


def describe(path: Path, database: Path) -> BackupInfo | None:
    """What the name of a backup of *database* says, or None if it is not one."""
    match = _pattern(database).match(path.name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match[2], STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path=path, made_at=made_at, reason=match[3], size=size, tag=match[1])


def backup_infos(folder: Path, database: Path, reason: str | None = None,
                 tag: str | None = None) -> list[BackupInfo]:
    """Backups of *database* in *folder* (optionally of one *reason*), newest first.

    With *tag*, only the backups of the database of that id, and those made before
    backups carried one (which belong to no database in particular)."""
    if not folder.is_dir():
        return []
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        info = describe(path, database)
        if info is not None and path.is_file() and (reason is None or info.reason == reason) and (
                tag is None or info.tag in (tag, None)):
            found.append(info)
    return sorted(found, key=lambda i: (i.made_at, i.path.name), reverse=True)


def list_backups(folder: Path, database: Path) -> list[Path]:
    """Backups of *database* in *folder*, newest first."""
    return [info.path for info in backup_infos(folder, database)]


def rotate(folder: Path, database: Path, keep: int, reason: str | None = None, *,
           tag: str | None = None) -> list[Path]:
    """Delete all but the newest *keep* backups of the database *tag* (of one *reason*, if given).

    Only backups named with *tag* are ever deleted: another database's (of the same
    file name, sharing the folder) and untagged older ones are left alone.

    Also removes ``.partial`` files left by a backup that was interrupted (a crash or
    a killed process) more than an hour ago; younger ones may be in progress elsewhere.
    """
    own = [info for info in backup_infos(folder, database, reason, tag) if tag and info.tag == tag]
    removed = [info.path for info in own[max(keep, 0):]]
    for path in removed:
        path.unlink(missing_ok=True)
    if folder.is_dir():
        now = time.time()
        for path in folder.glob("*" + PARTIAL_SUFFIX):
            try:
                if now - path.stat().st_mtime > STALE_PARTIAL_SECONDS:
                    path.unlink(missing_ok=True)
            except OSError:
                pass
    return removed
