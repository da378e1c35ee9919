"""Opening a database: checks, backup, migrations, and the session factories."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..i18n import tr
from . import backup as backups
from . import migrate
from .engine import make_engine, writer
from .errors import (
    DatabaseNotWritableError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
)
from .paths import data_dir, resolve_database_url, sqlite_path

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open, migrated database: the one object the services are given.

    ``write()`` sessions take the write lock at BEGIN; ``read()`` sessions do not.
    Both commit on success and roll back on any exception: one transaction per use.
    """

    url: str
    engine: Engine
    path: Path | None = None
    upgrade_backup: Path | None = None
    _read: sessionmaker[Session] = field(init=False, repr=False)
    _write: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            with session.begin():
                yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write() as session:
            with session.begin():
                yield session

    @property
    def backup_dir(self) -> Path:
        return data_dir() / "backups"

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> bool:
    """Validate the file before SQLAlchemy touches it; True if it already exists."""
    if path.exists():
        if not path.is_file():
            raise NotADatabaseError(tr("db", "{path} is a folder, not a database file.").format(path=path))
        try:
            with path.open("rb") as handle:
                head = handle.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise DatabaseNotWritableError(
                tr("db", "Cannot read {path}: {error}").format(path=path, error=exc.strerror)
            ) from exc
        if head and head != SQLITE_MAGIC:
            raise NotADatabaseError(
                tr("db", "{path} is not a Secretariat database (not a SQLite file). "
                   "Choose another file; this one was left unchanged.").format(path=path)
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseNotWritableError(
                tr("db", "The database {path} cannot be written (read-only file or folder). "
                   "Copy it to a folder you can write to, or ask for write permission.").format(path=path)
            )
        return bool(head)
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseNotWritableError(
            tr("db", "Cannot create the folder {folder}: {error}").format(folder=parent, error=exc.strerror)
        ) from exc
    if not os.access(parent, os.W_OK):
        raise DatabaseNotWritableError(
            tr("db", "Cannot create a database in {folder}: the folder is read-only.").format(folder=parent)
        )
    return False


def open_database(target: str | os.PathLike[str] | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating and migrating if needed) the database named by *target*.

    Refuses, without changing anything, a file that is not a SQLite database, a SQLite
    file that is not ours, and a database from a newer version of the application.
    Before upgrading an existing database a backup copy is written next to the others.
    """
    url = resolve_database_url(target)
    path = sqlite_path(url)
    existed = _check_sqlite_file(path) if path is not None else True
    if path is not None and existed:
        # Look before SQLAlchemy connects: connecting switches the file to WAL,
        # which would already change a file we are about to refuse.
        _refuse_foreign_or_newer(path, *_peek_sqlite(path))
    engine = make_engine(url)
    try:
        database = Database(url=url, engine=engine, path=path)
        _prepare_schema(database, existed, upgrade)
    except BaseException:
        engine.dispose()
        raise
    return database


def _peek_sqlite(path: Path) -> tuple[bool, str | None]:
    """(has tables of its own, Alembic revision) read without writing anything."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in names:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise NotADatabaseError(
            tr("db", "{path} could not be opened as a database: {error}").format(path=path, error=exc)
        ) from exc
    return bool(names - {"alembic_version"}), revision


def _refuse_foreign_or_newer(where: object, has_tables: bool, current: str | None) -> None:
    if current is None and has_tables:
        raise ForeignDatabaseError(
            tr("db", "{path} is a SQLite database but not a Secretariat one; it was left unchanged.").format(
                path=where))
    if current is not None and current != migrate.HEAD_REVISION and current not in migrate.known_revisions():
        raise NewerSchemaError(
            tr("db", "{path} was written by a newer version of Secretariat (schema {revision}). "
               "Install the newer version to open it; the file was left unchanged.").format(
                path=where, revision=current))


def _prepare_schema(database: Database, existed: bool, upgrade: bool) -> None:
    engine = database.engine
    try:
        current = migrate.current_revision(engine)
        has_tables = migrate.has_user_tables(engine) if existed else False
    except (SADatabaseError, OperationalError) as exc:
        raise NotADatabaseError(
            tr("db", "{path} could not be opened as a database: {error}").format(
                path=database.path or database.url, error=getattr(exc, "orig", exc)
            )
        ) from exc
    head = migrate.head_revision()
    _refuse_foreign_or_newer(database.path or database.url, has_tables, current)
    if current == head or not upgrade:
        return
    if current is not None and database.path is not None:
        database.upgrade_backup = backups.backup_file(
            database.path,
            database.backup_dir / backups.timestamped_name(database.path, f"before-upgrade-{current}"),
        )
    try:
        migrate.upgrade_to_head(engine)
    except Exception as exc:
        engine.dispose()
        if database.upgrade_backup is not None and database.path is not None:
            _restore_untouched(database.upgrade_backup, database.path)
            where = tr("db", " A copy made before the upgrade is at {backup}.").format(
                backup=database.upgrade_backup
            )
        else:
            where = ""
        raise MigrationError(
            tr("db", "Upgrading the database failed: {error}. The database was left as it was.").format(
                error=exc
            ) + where
        ) from exc


def _restore_untouched(copy: Path, original: Path) -> None:
    """Put the pre-upgrade copy back, in case SQLite kept part of a failed upgrade."""
    src = sqlite3.connect(copy)
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
                problems.append(tr("db", "Integrity: {detail}").format(detail=row))
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(
                tr("db", "Broken reference in table {table}, row {rowid} (to {parent}).").format(
                    table=row[0], rowid=row[1], parent=row[2]
                )
            )
    return problems
