"""Opening a database: checks, backup, migrations, and the session factories."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, configure_mappers, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..i18n import translate
from . import backup as backups
from .changes import DEBUG_OBSERVERS, Access, ChangeRecorder, Observer, StepMeter
from . import migrate, planner_statistics
from .engine import BUSY_TIMEOUT_MS, make_engine, writer
from .errors import (
    BackupError,
    ConcurrentChangeError,
    DatabaseBusyError,
    DatabaseNotWritableError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    PermissionDeniedError,
)
from .filesystems import journal_mode_for
from .failures import SQLITE_BUSY, SQLITE_CORRUPT, SQLITE_LOCKED, SQLITE_NOTADB, ro_uri, sqlite_code, worded_error
from .paths import data_dir, resolve_database_url, sqlite_path
from .pg_failures import worded_pg_error
from .urls import describe, masked_url

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open, migrated database: the one object the services are given.

    ``write()`` sessions take the write lock at BEGIN; ``read()`` sessions do not.
    Both commit on success and roll back on any exception: one transaction per use.
    A full disk, a read-only drive, a lock held too long or a damaged file leave them
    as a ``DatabaseError`` subclass with a message for the user (see ``db.failures``).
    """

    url: str
    engine: Engine
    path: Path | None = None
    upgrade_backup: Path | None = None
    migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR
    backup_folder: Path | None = None
    login: str = ""
    """The database login on a shared (PostgreSQL) database, recorded in the audit log."""
    observers: list[Observer] = field(default_factory=list, repr=False)
    """Called after every ``read()`` and ``write()`` with an ``Access`` (see ``db.changes``)."""
    count_steps: bool = False
    """Count the SQLite steps of each ``read()`` for the observers (``Access.steps``): the GUI tests' budget."""
    _read: sessionmaker[Session] = field(init=False, repr=False)
    _write: sessionmaker[Session] = field(init=False, repr=False)
    _changes: ChangeRecorder = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._make_sessions()
        self._changes = ChangeRecorder()
        self._changes.attach(self.engine)

    def _make_sessions(self) -> None:
        info = {"db_user": self.login}
        self._read = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False, info=info)

    @property
    def is_shared(self) -> bool:
        """True on a shared server database (PostgreSQL), False on a local file."""
        return self.engine.dialect.name == "postgresql"

    @property
    def display_name(self) -> str:
        """Where the data is, as shown to people: the file, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return describe(self.url) if self.is_shared else masked_url(self.url)

    def worded(self, exc: BaseException) -> BaseException | None:
        """The user-facing error for a database failure, or None if it is not one of those."""
        return worded_error(exc, self.path or self.display_name) or worded_pg_error(exc, self.url, self.login)

    @contextmanager
    def read(self) -> Iterator[Session]:
        started = time.perf_counter()
        steps: int | None = None
        try:
            with self._read() as session:
                with session.begin():
                    meter = StepMeter.attach(session) if self.count_steps else None
                    try:
                        yield session
                    finally:
                        if meter is not None:
                            steps = meter.stop()
        except DBAPIError as exc:
            translated = self.worded(exc)
            if translated is None:
                raise
            raise translated from exc
        finally:
            self._tell("read", started, frozenset(), True, steps)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction; afterwards observers learn which tables it changed."""
        started = time.perf_counter()
        nested = getattr(self._changes._local, "tables", None) is not None
        if not nested:
            self._changes.start()
        committed = False
        try:
            with self._write() as session:
                with session.begin():
                    yield session
            committed = True
        except StaleDataError as exc:
            # Two saves of one record at once (a shared database): the version column caught it.
            raise ConcurrentChangeError(translate(
                "db", "Someone else saved the same record at the same moment, so your change was not "
                "written. Reload it to see theirs, then make yours again.")) from exc
        except DBAPIError as exc:
            translated = self.worded(exc)
            if translated is None:
                raise
            raise translated from exc
        finally:
            if not nested:
                tables = self._changes.stop()
                self._tell("write", started, tables if committed else frozenset(), committed)

    def _tell(self, kind: str, started: float, tables: frozenset[str], committed: bool,
              steps: int | None = None) -> None:
        if not self.observers and not DEBUG_OBSERVERS:
            return
        access = Access(kind, time.perf_counter() - started, threading.current_thread(), tables, committed,
                        steps)
        for observer in [*self.observers, *DEBUG_OBSERVERS]:
            observer(access)

    @property
    def backup_dir(self) -> Path:
        """Where backups of this database go: the given folder, else the data folder's."""
        return self.backup_folder or data_dir() / "backups"

    def dispose(self) -> None:
        self.engine.dispose()


def _file_head(path: Path) -> bytes:
    """The first bytes of *path*, read through SQLite's own file layer when it is SQLite.

    Opening and closing the database file with ``open()`` would drop every POSIX lock
    this process holds on it (locks belong to the process, and closing any descriptor
    of the file releases them). Another program closing its connection then believes
    it is the last one and deletes the -wal and -shm files under the open window,
    whose next backup or save fails with "disk I/O error". SQLite's unix layer shares
    descriptors between connections of one process, so asking SQLite is safe.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseNotWritableError(
            translate("db", "Cannot read {path}: {error}").format(path=path, error=exc.strerror)) from exc
    if size == 0:
        return b""
    try:
        con = sqlite3.connect(ro_uri(path), uri=True)
        try:
            con.execute("PRAGMA schema_version").fetchone()
        finally:
            con.close()
        return SQLITE_MAGIC
    except sqlite3.DatabaseError as exc:
        if sqlite_code(exc) != SQLITE_NOTADB:
            return SQLITE_MAGIC  # busy, locked, damaged: the later steps word it
    # Not SQLite: nothing of SQLite's can be holding it, a plain read is harmless.
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseNotWritableError(
            translate("db", "Cannot read {path}: {error}").format(path=path, error=exc.strerror)) from exc


def _check_sqlite_file(path: Path) -> bool:
    """Validate the file before SQLAlchemy touches it; True if it already exists."""
    if path.exists():
        if path.is_dir():
            raise NotADatabaseError(translate("db", "{path} is a folder, not a database file.").format(path=path))
        if not path.is_file():
            raise NotADatabaseError(translate("db", "{path} is not an ordinary file (a device or a pipe), not a "
                                              "database file.").format(path=path))
        head = _file_head(path)
        if head and head != SQLITE_MAGIC:
            raise NotADatabaseError(
                translate("db", "{path} is not a Secretariat database (not a SQLite file). "
                   "Choose another file; this one was left unchanged.").format(path=path)
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseNotWritableError(
                translate("db", "The database {path} cannot be written (read-only file or folder). "
                   "Copy it to a folder you can write to, or ask for write permission.").format(path=path)
            )
        return bool(head)
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseNotWritableError(
            translate("db", "Cannot create the folder {folder}: {error}").format(folder=parent, error=exc.strerror)
        ) from exc
    if not os.access(parent, os.W_OK):
        raise DatabaseNotWritableError(
            translate("db", "Cannot create a database in {folder}: the folder is read-only.").format(folder=parent)
        )
    return False


def open_database(target: str | os.PathLike[str] | None = None, *, upgrade: bool = True,
                  migrator: migrate.Migrator | None = None,
                  busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                  backup_dir: Path | None = None,
                  journal_mode: str | None = None) -> Database:
    """Open (creating and migrating if needed) the database named by *target*.

    Refuses, without changing anything, a file that is not a SQLite database, a SQLite
    file that is not ours, and a database from a newer version of the application.
    Before upgrading an existing database a backup copy is written next to the others.
    *migrator* names the migrations to run (the packaged ones unless given);
    *backup_dir* where the copy made before an upgrade goes (see ``Database.backup_dir``);
    *journal_mode* "wal" or "delete", by default chosen by ``db.filesystems`` (no WAL on
    network folders, where two computers may share the file).
    """
    migrator = migrator or migrate.DEFAULT_MIGRATOR
    url = resolve_database_url(target)
    path = sqlite_path(url)
    existed = _check_sqlite_file(path) if path is not None else True
    if path is not None and existed:
        # Look before SQLAlchemy connects: connecting switches the file to WAL,
        # which would already change a file we are about to refuse.
        _refuse_foreign_or_newer(path, *_peek_sqlite(path, busy_timeout_ms), migrator=migrator)
    engine = make_engine(url, busy_timeout_ms=busy_timeout_ms,
                         journal_mode=journal_mode or journal_mode_for(path))
    try:
        database = Database(url=url, engine=engine, path=path, migrator=migrator, backup_folder=backup_dir)
        if database.is_shared:
            database.login = _pg_login(engine)
            database._make_sessions()
        _prepare_schema(database, existed, upgrade)
        if upgrade and path is not None:
            planner_statistics.gather_if_missing(engine)
        # SQLAlchemy sets up the model classes once per process, at their first use (about
        # 40 ms): here, on the thread opening the database (the window's opener, off the GUI
        # thread), rather than in the first page's first read.
        configure_mappers()
    except DBAPIError as exc:
        engine.dispose()
        translated = worded_error(exc, path or masked_url(url)) or worded_pg_error(exc, url)
        if translated is None:
            raise
        raise translated from exc
    except BaseException:
        engine.dispose()
        raise
    return database


def _pg_login(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT current_user").scalar() or "")


def _peek_sqlite(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> tuple[bool, str | None]:
    """(has tables of its own, Alembic revision) read without writing anything."""
    try:
        con = sqlite3.connect(ro_uri(path), uri=True, timeout=busy_timeout_ms / 1000)
        try:
            names = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in names:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        if sqlite_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise DatabaseBusyError(
                translate("db", "{path} is locked by another program (or another copy of Secretariat) that is "
                         "using it exclusively. Close that program and try again; the file was left "
                         "unchanged.").format(path=path)) from exc
        raise NotADatabaseError(
            translate("db", "{path} could not be opened as a database: {error}").format(path=path, error=exc)
        ) from exc
    return bool(names - {"alembic_version"}), revision


def _refuse_foreign_or_newer(where: object, has_tables: bool, current: str | None, *,
                             migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR) -> None:
    if current is None and has_tables:
        raise ForeignDatabaseError(
            translate("db", "{path} is a SQLite database but not a Secretariat one; it was left unchanged.").format(
                path=where))
    if current is not None and current != migrator.head and current not in migrator.known_revisions():
        raise NewerSchemaError(
            translate("db", "{path} was written by a newer version of Secretariat (schema {revision}). "
               "Install the newer version to open it; the file was left unchanged.").format(
                path=where, revision=current))


def _prepare_schema(database: Database, existed: bool, upgrade: bool) -> None:
    engine = database.engine
    try:
        current = migrate.current_revision(engine)
        has_tables = migrate.has_user_tables(engine) if existed else False
    except (SADatabaseError, OperationalError) as exc:
        translated = database.worded(exc)
        if translated is not None and sqlite_code(exc) not in (SQLITE_NOTADB, SQLITE_CORRUPT):
            raise translated from exc
        raise NotADatabaseError(
            translate("db", "{path} could not be opened as a database: {error}").format(
                path=database.display_name, error=getattr(exc, "orig", exc)
            )
        ) from exc
    migrator = database.migrator
    head = migrator.head
    if database.is_shared and current is None and has_tables:
        raise ForeignDatabaseError(
            translate("db", "The database {where} holds tables that are not Secretariat's; it was left unchanged. "
                      "Ask the administrator for an empty database.").format(where=database.display_name))
    _refuse_foreign_or_newer(database.display_name, has_tables, current, migrator=migrator)
    if current == head and upgrade:
        _ensure_identity(database)
    if current == head or not upgrade:
        return
    if current is not None and database.path is not None:
        try:
            database.upgrade_backup = backups.backup_file(
                database.path,
                database.backup_dir / backups.timestamped_name(database.path, f"before-upgrade-{current}",
                                                               tag=_tag_of(database.path)),
            )
        except BackupError as exc:
            raise MigrationError(
                translate("db", "The database needs an upgrade, but the copy made before upgrading could not be "
                         "written ({error}), so it was not upgraded and was left as it was. Free some disk "
                         "space and open it again.").format(error=exc)) from exc
    try:
        migrator.upgrade(engine, prepare=_act_as_admin_group if database.is_shared else None)
    except Exception as exc:
        engine.dispose()
        if database.is_shared and isinstance(worded_pg_error(exc, database.url), PermissionDeniedError):
            raise MigrationError(
                translate("db", "The shared database needs an upgrade to this version of Secretariat (schema "
                          "{current} to {head}), which only an administrator may do. Ask an administrator "
                          "to open it once with this version. Nothing was changed.").format(
                    current=current, head=head)) from exc
        raise _upgrade_failed(database, current, exc) from exc
    _ensure_identity(database)


def _ensure_identity(database: Database) -> None:
    """Give the database its id and secret (``db.identity``) while it is opened for writing."""
    from .identity import identity

    try:
        identity(database)
    except PermissionDeniedError:
        pass  # a reader of a shared database before anyone wrote to it: made at the next writer's open


def _tag_of(path: Path) -> str | None:
    from .identity import identity_of_file

    found = identity_of_file(path)
    return found.tag if found is not None else None


def _act_as_admin_group(connection: object) -> None:
    """On a shared database with roles, migrate as the admin group, which owns the tables."""
    from .pg_roles import admin_group

    cursor = connection.connection.driver_connection.cursor()  # type: ignore[attr-defined]
    group = admin_group(cursor)
    if group is not None:
        from psycopg import sql

        cursor.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(group)))


def _upgrade_failed(database: Database, before: str | None, exc: Exception) -> MigrationError:
    """Make sure a failed upgrade left the file as it was, and say where the copy is.

    The upgrade runs in one transaction, so a failure normally leaves nothing behind and
    the file is not touched again. Only if the file no longer reads as the revision it
    had (which a SQLite without transactional DDL could cause) is the copy put back.
    """
    error = worded_error(exc, database.path) or exc
    copy, path = database.upgrade_backup, database.path
    if copy is None or path is None:
        return MigrationError(
            translate("db", "Upgrading the database failed: {error}. The database was left as it was.").format(
                error=error))
    if _revision_and_sound(path) != (before, True):
        try:
            _restore_untouched(copy, path)
        except (sqlite3.Error, OSError) as restore_error:
            return MigrationError(
                translate("db", "Upgrading the database failed: {error}, and putting back the copy made before "
                         "the upgrade failed too ({restore_error}). Do not use {path}: restore the copy "
                         "at {backup} (File → Restore from backup).").format(
                    error=error, restore_error=restore_error, path=path, backup=copy))
    return MigrationError(
        translate("db", "Upgrading the database failed: {error}. The database was left as it was. "
                 "A copy made before the upgrade is at {backup}.").format(error=error, backup=copy))


def _revision_and_sound(path: Path) -> tuple[str | None, bool]:
    try:
        con = sqlite3.connect(ro_uri(path), uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            sound = con.execute("PRAGMA quick_check").fetchone() == ("ok",)
            return (row[0] if row else None), sound
        finally:
            con.close()
    except sqlite3.Error:
        return None, False


def _restore_untouched(copy: Path, original: Path) -> None:
    """Put the pre-upgrade copy back, in case SQLite kept part of a failed upgrade."""
    src = sqlite3.connect(ro_uri(copy), uri=True)
    dst = sqlite3.connect(original)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def integrity_problems(database: Database) -> list[str]:
    """SQLite integrity and foreign-key checks; empty when all is well."""
    problems: list[str] = []
    if database.engine.dialect.name != "sqlite":
        return problems
    with database.engine.connect() as conn:
        for (row,) in conn.execute(text("PRAGMA integrity_check")):
            if row != "ok":
                problems.append(translate("db", "Integrity: {detail}").format(detail=row))
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(
                translate("db", "Broken reference in table {table}, row {rowid} (to {parent}).").format(
                    table=row[0], rowid=row[1], parent=row[2]
                )
            )
    return problems
