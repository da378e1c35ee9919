"""Engine creation with the SQLite settings the application relies on.

Everything SQLite-specific lives here so the layers above run unchanged on PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000
IMMEDIATE = "secretariat_immediate"


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, journal_mode: str = "wal",
                **kwargs: Any) -> Engine:
    """*journal_mode* is "wal" on local disks, "delete" on network folders (see db.filesystems)."""
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, busy_timeout_ms, journal_mode)
    return engine


def _configure_sqlite(engine: Engine, busy_timeout_ms: int = BUSY_TIMEOUT_MS, journal_mode: str = "wal") -> None:
    """WAL, foreign keys, busy timeout, and real transactions (DDL included).

    pysqlite's own transaction handling does not BEGIN before DDL, which would make a
    failed migration half-applied. We switch it off and emit BEGIN ourselves; a write
    transaction uses BEGIN IMMEDIATE so that two processes never deadlock on upgrade
    from a read lock to a write lock.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if engine.url.database not in (None, "", ":memory:"):
                if journal_mode == "wal":
                    cursor.execute("PRAGMA journal_mode = WAL")
                    cursor.execute("PRAGMA synchronous = NORMAL")
                else:
                    cursor.execute("PRAGMA journal_mode = DELETE")
                    cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock up front."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{IMMEDIATE: True})
