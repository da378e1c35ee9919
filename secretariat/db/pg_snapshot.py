"""Copying every table between a shared PostgreSQL database and a local SQLite file.

``backup`` of a shared database writes a *snapshot*: an ordinary Secretariat SQLite file (the
same schema, every row) that the application opens offline. ``restore`` loads such a file
into an empty shared database. Rows travel through SQLAlchemy's column types, so dates,
booleans and choices arrive as each database stores them; into PostgreSQL they go by
``COPY``, and the id sequences are moved past the copied ids afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select

from ..i18n import translate
from ..models import Base, ImportLayout
from .errors import BackupError

#: Rows the migrations put into a new database (reference lists), replaced by the copy.
SEEDED_TABLES = frozenset({"sdg", "sdg_target", "setting", "reporting_cycle"})
CHUNK = 5000

Progress = Callable[[str, int], None]


def tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def row_counts(connection: Connection) -> dict[str, int]:
    return {t.name: int(connection.execute(select(func.count()).select_from(t)).scalar() or 0) for t in tables()}


def is_empty(connection: Connection) -> bool:
    """No records beyond what the migrations seed (and the database's own identity row, made
    at its first open): the only kind of database a restore fills."""
    from .identity import KIND

    counts = row_counts(connection)
    layouts = connection.execute(select(func.count()).select_from(ImportLayout)
                                 .where(ImportLayout.kind != KIND)).scalar() or 0
    counts[ImportLayout.__tablename__] = int(layouts)
    return all(count == 0 for name, count in counts.items() if name not in SEEDED_TABLES)


def _read(connection: Connection, table: Table):
    result = connection.execution_options(stream_results=True, yield_per=CHUNK).execute(
        select(table).order_by(*table.primary_key.columns))
    yield from result.partitions(CHUNK)


def copy_to_sqlite(source: Connection, target: Connection, progress: Progress | None = None) -> dict[str, int]:
    """Replace every row of the SQLite *target* by the rows of *source*; counts per table."""
    target.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table in reversed(tables()):
        target.execute(delete(table))
    counts: dict[str, int] = {}
    for table in tables():
        copied = 0
        for rows in _read(source, table):
            target.execute(insert(table), [dict(row._mapping) for row in rows])
            copied += len(rows)
        counts[table.name] = copied
        if progress is not None:
            progress(table.name, copied)
    return counts


def _driver_values(connection: Connection, table: Table) -> Callable[[Any], tuple]:
    dialect = connection.dialect
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns]

    def convert(row: Any) -> tuple:
        return tuple(p(v) if p is not None else v for p, v in zip(processors, row))

    return convert


def copy_to_postgres(source: Connection, target: Connection, progress: Progress | None = None) -> dict[str, int]:
    """Replace every row of the PostgreSQL *target* by the rows of the SQLite *source* (COPY)."""
    from psycopg import sql

    cursor = target.connection.driver_connection.cursor()
    for table in reversed(tables()):
        target.execute(delete(table))
    counts: dict[str, int] = {}
    for table in tables():
        columns = [c.name for c in table.columns]
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c) for c in columns))
        convert = _driver_values(target, table)
        copied = 0
        with cursor.copy(statement) as copy:
            for rows in _read(source, table):
                for row in rows:
                    copy.write_row(convert(row))
                copied += len(rows)
        counts[table.name] = copied
        if progress is not None:
            progress(table.name, copied)
    reset_sequences(target)
    return counts


def reset_sequences(connection: Connection) -> None:
    """Move each id sequence past the largest id (after rows were written with their ids)."""
    for table in tables():
        key = list(table.primary_key.columns)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
            f"coalesce((SELECT max({key[0].name}) FROM {table.name}), 0) + 1, false) "
            f"WHERE pg_get_serial_sequence('{table.name}', '{key[0].name}') IS NOT NULL")


def partial_path(destination: Path) -> Path:
    """A temporary file beside *destination*, renamed onto it when complete."""
    return destination.with_name(f".{destination.name}.{uuid.uuid4().hex[:8]}.partial")


def publish(partial: Path, destination: Path) -> None:
    """Rename the finished snapshot onto *destination*, which must not exist (never replaced)."""
    try:
        os.link(partial, destination)
    except FileExistsError:
        raise BackupError(translate("db", "{path} already exists; it was left as it was. Choose another name.")
                          .format(path=destination)) from None
    except OSError:
        if destination.exists():
            raise BackupError(translate("db", "{path} already exists; it was left as it was. Choose another "
                                        "name.").format(path=destination)) from None
        os.replace(partial, destination)
        return
    partial.unlink()
