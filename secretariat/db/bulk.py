"""Bulk writes for imports: many rows straight to the driver, a larger page cache.

Database-specific (SQLite's variable limit and PRAGMA cache_size; PostgreSQL's COPY and
id sequences), so it lives in the db layer; on another database the functions fall back
to portable Core statements.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def db_value(session: Session, type_: Any, value: Any) -> Any:
    """*value* as the database driver receives it for a column of *type_* (see ``bulk_insert``)."""
    dialect = session.get_bind().dialect
    processor = type_.dialect_impl(dialect).bind_processor(dialect)
    return processor(value) if processor is not None else value


def bulk_insert(session: Session, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
    """Insert many rows of plain values in one driver ``executemany``.

    SQLAlchemy's executemany prepares each row's parameters in Python, which costs
    more than SQLite's insert itself at import sizes; here the rows go to the driver
    as tuples. Values must already be what the driver expects (``db_value``). Drivers
    with named parameter styles fall back to Core's executemany.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name == "postgresql":
        if not _insert_links(connection, table, columns, rows):
            _copy_rows(connection, table, columns, rows)
        return
    marks = {"qmark": "?", "format": "%s"}.get(dialect.paramstyle)
    if marks is None:
        session.execute(insert(table), [dict(zip(columns, row)) for row in rows])
        return
    preparer = dialect.identifier_preparer
    head = f"INSERT INTO {preparer.format_table(table)} ({', '.join(preparer.quote(c) for c in columns)}) VALUES "
    one = f"({', '.join([marks] * len(columns))})"
    per_statement = _rows_per_statement(connection, len(columns))
    if len(rows) < MULTI_ROW_MIN or per_statement < MULTI_ROW_MIN:
        connection.exec_driver_sql(head + one, rows)
        return
    # Many rows per INSERT statement: SQLite then runs one statement for thousands of
    # rows instead of one step per row, which costs a third less than executemany.
    statements = -(-len(rows) // per_statement)
    per_statement = -(-len(rows) // statements)  # even chunks: at most two statement texts
    for start in range(0, len(rows), per_statement):
        chunk = rows[start:start + per_statement]
        connection.exec_driver_sql(head + ",".join([one] * len(chunk)), tuple(chain.from_iterable(chunk)))


def _copy_rows(connection: Any, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
    """PostgreSQL: the rows by ``COPY ... FROM STDIN``, the fastest way in; then the id sequence."""
    from psycopg import sql

    cursor = connection.connection.driver_connection.cursor()
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c) for c in columns))
    with cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
    if "id" in columns:
        sync_id_sequences(connection, table)


#: The link tables ``insert_links`` (migration 0013) writes, and its signature.
LINK_TABLES = frozenset(("recommendation_tag", "recommendation_country", "recommendation_sdg",
                         "recommendation_organization"))
_LINK_FUNCTION = "insert_links(text, text, text, integer[], integer[])"


def _insert_links(connection: Any, table: Table, columns: Sequence[str], rows: list[tuple]) -> bool:
    """PostgreSQL: a link table's rows through ``insert_links``; False where it cannot be used.

    The function checks the foreign keys once for the set instead of twice for each row
    (2.6 of the 3.2 s a 50,000-recommendation import spent on its links) where its owner may
    turn the per-row checks off; elsewhere it checks them row by row, as ``COPY`` does.
    """
    if table.name not in LINK_TABLES or len(columns) != 2:
        return False
    usable = connection.exec_driver_sql(
        "SELECT to_regprocedure(%(f)s) IS NOT NULL AND has_function_privilege(to_regprocedure(%(f)s), 'EXECUTE')",
        {"f": _LINK_FUNCTION}).scalar()
    if not usable:
        return False
    first, second = ([row[i] for row in rows] for i in (0, 1))
    # Binary parameters: a third cheaper to send than text for 20,000 numbers.
    connection.exec_driver_sql(
        "SELECT insert_links(%(table)s, %(c1)s, %(c2)s, %(first)b::integer[], %(second)b::integer[])",
        {"table": table.name, "c1": columns[0], "c2": columns[1], "first": first, "second": second})
    return True


def links_checked_at_once(session: Session) -> bool | None:
    """Whether ``insert_links`` checks a set of links at once here (its owner may turn the
    per-row checks off); None where it is not used (SQLite, or no such function)."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return None
    owner = connection.exec_driver_sql("SELECT proowner FROM pg_proc WHERE oid = coalesce(to_regprocedure("
                                       "%(f)s), 0)", {"f": _LINK_FUNCTION}).scalar()
    if owner is None:
        return None
    if connection.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE oid = %(o)s", {"o": owner}).scalar():
        return True
    if int(connection.exec_driver_sql("SHOW server_version_num").scalar()) < 150000:
        return False  # GRANT SET ON PARAMETER came with PostgreSQL 15
    return bool(connection.exec_driver_sql(
        "SELECT has_parameter_privilege(%(o)s, 'session_replication_role', 'SET')", {"o": owner}).scalar())


def lock_for_new_ids(session: Session, *tables: Table) -> None:
    """Before numbering new rows from ``max(id) + 1``: no other writer may add rows meanwhile.

    SQLite's write transaction already excludes other writers. On PostgreSQL the tables are
    locked in EXCLUSIVE mode until commit: others still read them, but two imports queue.
    """
    connection = session.connection()
    if connection.dialect.name != "postgresql" or not tables:
        return
    names = ", ".join(connection.dialect.identifier_preparer.format_table(t) for t in tables)
    connection.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")


def sync_id_sequences(session_or_connection: Any, *tables: Table) -> None:
    """PostgreSQL: move each table's id sequence past the ids written explicitly. SQLite: nothing."""
    connection = (session_or_connection.connection() if isinstance(session_or_connection, Session)
                  else session_or_connection)
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c:
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), max(id)) FROM {table.name} "
            f"HAVING max(id) IS NOT NULL AND pg_get_serial_sequence('{table.name}', 'id') IS NOT NULL")


#: Fewer rows written than this leave the statistics to autovacuum (``refresh_statistics``).
REFRESH_STATISTICS_FROM = 1000


def refresh_statistics(session: Session, table_name: str, rows_written: int) -> None:
    """PostgreSQL, after an import wrote many rows: the statistics of the table and of the
    tables linked to it anew.

    Until autovacuum analyzes them (up to a minute later) the planner would estimate a word
    found in thousands of the new rows at a few and sort them all for each search page, and
    read the links of a page by scanning the link tables. ANALYZE is the owner's right, so an
    editor's import goes through the function of migration 0012. SQLite: nothing.
    """
    connection = session.connection()
    if connection.dialect.name != "postgresql" or rows_written < REFRESH_STATISTICS_FROM:
        return
    if connection.exec_driver_sql(
            "SELECT to_regprocedure('refresh_statistics(text)') IS NOT NULL").scalar():
        connection.exec_driver_sql("SELECT refresh_statistics(%(name)s)", {"name": table_name})


#: Fewer rows than this go to the driver's executemany (a multi-row statement gains nothing).
MULTI_ROW_MIN = 200
#: Beyond a few thousand rows per statement nothing more is gained.
MULTI_ROW_MAX = 4000


def _rows_per_statement(connection: Any, width: int) -> int:
    """How many rows of *width* values one statement may carry (SQLite's variable limit)."""
    if connection.dialect.name != "sqlite":
        return 0
    limit = 999  # SQLite's default before 3.32
    getlimit = getattr(connection.connection.driver_connection, "getlimit", None)  # Python 3.11+
    if getlimit is not None:
        try:
            limit = getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        except Exception:  # noqa: BLE001 - keep the conservative default
            limit = 999
    return min(MULTI_ROW_MAX, limit // max(width, 1))


@contextmanager
def large_cache(session: Session, kib: int = 65536) -> Iterator[None]:
    """A larger SQLite page cache for the bulk writes of one import, then the previous size.

    Index maintenance for tens of thousands of rows touches many pages; with SQLite's
    default 2 MB cache part of the work is repeated. Other databases: nothing changes.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-abs(int(kib))}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")
