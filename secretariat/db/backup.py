"""Backups through SQLite's online backup API (never a plain copy of a live WAL file)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Callable

from .errors import BackupError

ProgressCallback = Callable[[int, int], bool | None]
"""Called with (pages done, pages total); returning False cancels."""

BACKUP_SUFFIX = ".sqlite"


class BackupCancelled(BackupError):
    pass


def backup_file(
    source: Path,
    destination: Path,
    progress: ProgressCallback | None = None,
    pages_per_step: int = 256,
) -> Path:
    """Copy a (possibly live) SQLite database consistently into *destination*."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"Cannot read the database {source}: {exc}") from exc
    try:
        dst = sqlite3.connect(partial)
        try:
            cancelled = False

            def _step(status: int, remaining: int, total: int) -> None:
                nonlocal cancelled
                if progress is not None and progress(total - remaining, total) is False:
                    cancelled = True
                    raise BackupCancelled("Backup cancelled.")

            try:
                src.backup(dst, pages=pages_per_step, progress=_step)
            except BackupCancelled:
                raise
            except sqlite3.Error as exc:
                if cancelled:
                    raise BackupCancelled("Backup cancelled.") from exc
                raise BackupError(f"The backup failed: {exc}") from exc
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    partial.replace(destination)
    return destination


def timestamped_name(database: Path, reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{database.stem}.{stamp}.{reason}{BACKUP_SUFFIX}"


def list_backups(folder: Path, database: Path) -> list[Path]:
    """Backups of *database* in *folder*, newest first."""
    if not folder.is_dir():
        return []
    found = [
        p for p in folder.glob(f"{database.stem}.*{BACKUP_SUFFIX}")
        if p.is_file() and not p.name.endswith(".partial")
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rotate(folder: Path, database: Path, keep: int, reason: str | None = None) -> list[Path]:
    """Delete all but the newest *keep* backups (of one *reason*, if given)."""
    backups = list_backups(folder, database)
    if reason is not None:
        backups = [p for p in backups if p.name.endswith(f".{reason}{BACKUP_SUFFIX}")]
    removed = backups[max(keep, 0):]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
