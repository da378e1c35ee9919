"""Writing a chosen set of rows, with their ids, into a new SQLite database (a checked-out copy)."""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import Connection, select

from ..models import Base


def write_rows(conn: Connection, found: Mapping[str, Mapping[tuple, dict[str, Any]]]) -> None:
    """Insert *found* (rows by table, keyed by primary key) into the new, migrated SQLite copy
    behind *conn*, parents first.

    The settings seeded by the migrations give way to the copied ones; seeded reference
    rows (SDGs) already there are kept. Foreign keys are checked at commit, when all is in.
    """
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    conn.execute(Base.metadata.tables["setting"].delete())
    for tbl in Base.metadata.sorted_tables:
        rows = found.get(tbl.name)
        if not rows:
            continue
        if len(tbl.primary_key.columns) == 1:
            pk = tbl.primary_key.columns[0]
            present = set(conn.execute(select(pk)).scalars())
            values = [r for k, r in rows.items() if k[0] not in present]
        else:
            values = list(rows.values())
        if values:
            conn.execute(tbl.insert(), values)
