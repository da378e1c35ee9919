"""SQLite failures a user can meet, turned into messages that say what to do next.

SQLite reports a full disk, a read-only drive, a lock held by another program or a
damaged file as ``OperationalError``/``DatabaseError`` with a terse English text
("database or disk is full"). ``translate`` maps those, by SQLite's result code, to
the ``DatabaseError`` subclasses whose ``str()`` is a translated message naming the
file and the next step. Constraint violations and programming errors are left alone:
they are bugs or validation gaps, not something the person can fix.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from ..i18n import translate
from .errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseError,
    DatabaseNotWritableError,
    DiskFullError,
    NotADatabaseError,
)

# Primary result codes (https://sqlite.org/rescode.html)
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BY_TEXT = (
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("database or disk is full", SQLITE_FULL),
    ("readonly database", SQLITE_READONLY),
    ("disk i/o error", SQLITE_IOERR),
    ("malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
    ("unable to open database", SQLITE_CANTOPEN),
)


def ro_uri(path: Path, immutable: bool = False) -> str:
    """A ``file:`` URI opening *path* read-only; quoted, so '#', '?' and '%' in names work.

    *immutable* also tells SQLite that nobody can change the file (a read-only drive),
    which lets it read a WAL-mode database whose -shm file cannot be created.
    """
    return "file:" + quote(str(path)) + "?mode=ro" + ("&immutable=1" if immutable else "")


class _ScratchConnection(sqlite3.Connection):
    """A connection to a scratch copy; the copy's folder goes when it is closed."""

    scratch: str = ""

    def close(self) -> None:
        super().close()
        if self.scratch:
            import shutil

            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = ""

    def __del__(self) -> None:
        self.close()


def connect_read_only(path: Path, **kwargs: object) -> sqlite3.Connection:
    """A read-only connection, also for a WAL database on a read-only drive or folder.

    On a drive SQLite cannot write to, a WAL database's -shm cannot be made, and an
    ``immutable`` open would silently ignore the changes that are only in its -wal.
    So when a -wal is there, the file and its -wal are copied to a scratch folder and
    that copy is opened (SQLite applies the -wal to it); the copy goes on ``close()``.
    """
    import os

    try:
        con = sqlite3.connect(ro_uri(path), uri=True, **kwargs)  # type: ignore[arg-type]
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.OperationalError:
        if os.access(path.parent, os.W_OK):
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return _connect_scratch_copy(path, wal, **kwargs)
    return sqlite3.connect(ro_uri(path, immutable=True), uri=True, **kwargs)  # type: ignore[arg-type]


def _connect_scratch_copy(path: Path, wal: Path, **kwargs: object) -> sqlite3.Connection:
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="secretariat-read-")
    try:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        con = sqlite3.connect(copy, factory=_ScratchConnection, **kwargs)  # type: ignore[arg-type]
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise sqlite3.OperationalError(f"unable to open database file ({exc.strerror})") from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    con.scratch = folder
    return con


def rw_uri(path: Path) -> str:
    """A ``file:`` URI opening an existing *path* read-write without creating it."""
    return "file:" + quote(str(path)) + "?mode=rw"


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code for a ``sqlite3`` or SQLAlchemy error, if any."""
    original = getattr(error, "orig", None)
    if isinstance(original, BaseException):
        error = original
    if not isinstance(error, sqlite3.Error) or isinstance(
        error, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)
    ):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(error).lower()
    for needle, value in _BY_TEXT:
        if needle in text:
            return value
    return None


def worded_error(error: BaseException, path: Path | str | None) -> DatabaseError | None:
    """The user-facing error for a SQLite failure, or None if it is not one of those."""
    if isinstance(error, DatabaseError):
        return error
    code = sqlite_code(error)
    if code is None:
        return None
    where = str(path) if path else translate("db", "the database")
    detail = str(getattr(error, "orig", None) or error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyError(
            translate("db", "The database {path} is busy: another copy of Secretariat or another program is "
                     "using it. Nothing was changed. Wait a moment and try again; if it keeps happening, "
                     "close the other program.").format(path=where))
    if code == SQLITE_FULL:
        folder = Path(path).parent if path else where
        return DiskFullError(
            translate("db", "The disk is full, so the change could not be saved; nothing of it was written. "
                     "Free some space on the drive of {folder} (delete or move files you do not need) "
                     "and try again.").format(folder=folder))
    if code == SQLITE_READONLY:
        return DatabaseNotWritableError(
            translate("db", "The database {path} cannot be written (read-only file, folder or drive). The change "
                     "was not saved. Copy the database to a folder you can write to, or ask for write "
                     "permission.").format(path=where))
    if code == SQLITE_NOTADB:
        return NotADatabaseError(
            translate("db", "{path} is not a Secretariat database (not a SQLite file). Choose another file, "
                     "or restore a backup.").format(path=where))
    if code == SQLITE_CORRUPT:
        return DatabaseDamagedError(
            translate("db", "The database {path} is damaged ({error}). Nothing was changed. Restore the latest "
                     "backup (File → Restore from backup), and keep the damaged file for support.").format(
                path=where, error=detail))
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return DatabaseDamagedError(
            translate("db", "The database {path} could not be read or written ({error}). Nothing was changed. "
                     "Check that the drive or network folder is still connected and try again.").format(
                path=where, error=detail))
    return None
