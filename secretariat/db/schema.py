"""The schema a database should have, and what a given file has beyond or short of it.

The reference is what the migrations themselves produce at a revision (run once on an
empty scratch database and remembered), so a backup with an added trigger, view,
index or column, or a "hollow" one whose tables are missing, is told apart from a
sound one. ``check`` reports the differences; a restore refuses such a backup.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..i18n import translate
from . import migrate


@dataclass(frozen=True)
class Schema:
    tables: dict[str, tuple[tuple[str, str, int, int], ...]]
    """Per table, its columns as (name, declared type, not null, primary key position)."""
    indexes: dict[str, tuple[str, tuple[str, ...], int]]
    """Per index, (table, columns, unique)."""
    triggers: frozenset[str]
    views: frozenset[str]


_EXPECTED: dict[tuple[str, str], Schema] = {}


def schema_of(con: sqlite3.Connection, database: str = "main") -> Schema:
    """The schema of one database of *con* (``main``, or an attached one)."""
    master = f'"{database}".sqlite_master'
    rows = con.execute(f"SELECT type, name, tbl_name FROM {master} WHERE name NOT LIKE 'sqlite_%'").fetchall()
    tables: dict[str, tuple] = {}
    indexes: dict[str, tuple] = {}
    for kind, name, table in rows:
        if kind == "table":
            columns = con.execute(f'PRAGMA "{database}".table_info("{name}")').fetchall()
            tables[name] = tuple((c[1], str(c[2]).upper(), int(c[3]), int(c[5])) for c in columns)
    for kind, name, table in con.execute(f"SELECT type, name, tbl_name FROM {master} WHERE type = 'index'"):
        info = con.execute(f'PRAGMA "{database}".index_info("{name}")').fetchall()
        unique = con.execute(f'PRAGMA "{database}".index_list("{table}")').fetchall()
        flag = next((int(row[2]) for row in unique if row[1] == name), 0)
        key = name if not name.startswith("sqlite_autoindex_") else f"{table}:{','.join(str(c[2]) for c in info)}"
        indexes[key] = (table, tuple(str(c[2]) for c in info), flag)
    return Schema(tables=tables, indexes=indexes,
                  triggers=frozenset(name for kind, name, _ in rows if kind == "trigger"),
                  views=frozenset(name for kind, name, _ in rows if kind == "view"))


def expected_schema(revision: str, migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR) -> Schema:
    """What the migrations build at *revision* (computed once per process)."""
    key = (str(migrator.script_location), revision)
    if key not in _EXPECTED:
        from alembic import command
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        with tempfile.TemporaryDirectory(prefix="secretariat-schema-") as folder:
            path = Path(folder) / "reference.sqlite"
            engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
            try:
                with engine.begin() as conn:
                    command.upgrade(migrator.config(conn), revision)
            finally:
                engine.dispose()
            con = sqlite3.connect(path)
            try:
                _EXPECTED[key] = schema_of(con)
            finally:
                con.close()
    return _EXPECTED[key]


def differences(actual: Schema, expected: Schema) -> list[str]:
    """What *actual* has that the migrations do not make, and what it lacks; empty if none."""
    t = lambda text, **values: translate("db", text).format(**values)  # noqa: E731
    found: list[str] = []
    for name in sorted(expected.tables.keys() - actual.tables.keys()):
        found.append(t("Table {name} is missing.", name=name))
    for name in sorted(actual.tables.keys() - expected.tables.keys()):
        found.append(t("Table {name} does not belong to the schema.", name=name))
    for name in sorted(expected.tables.keys() & actual.tables.keys()):
        want = {c[0]: c for c in expected.tables[name]}
        have = {c[0]: c for c in actual.tables[name]}
        for column in sorted(want.keys() - have.keys()):
            found.append(t("Column {table}.{column} is missing.", table=name, column=column))
        for column in sorted(have.keys() - want.keys()):
            found.append(t("Column {table}.{column} does not belong to the schema.", table=name, column=column))
        for column in sorted(want.keys() & have.keys()):
            if want[column] != have[column]:
                found.append(t("Column {table}.{column} is not defined as the schema defines it.",
                               table=name, column=column))
    for name in sorted(expected.indexes.keys() - actual.indexes.keys()):
        found.append(t("Index {name} is missing.", name=name))
    for name in sorted(actual.indexes.keys() - expected.indexes.keys()):
        found.append(t("Index {name} does not belong to the schema.", name=name))
    for name in sorted(expected.indexes.keys() & actual.indexes.keys()):
        if expected.indexes[name] != actual.indexes[name]:
            found.append(t("Index {name} is not defined as the schema defines it.", name=name))
    for name in sorted(actual.triggers - expected.triggers):
        found.append(t("Trigger {name} does not belong to the schema.", name=name))
    for name in sorted(expected.triggers - actual.triggers):
        found.append(t("Trigger {name} is missing.", name=name))
    for name in sorted(actual.views - expected.views):
        found.append(t("View {name} does not belong to the schema.", name=name))
    for name in sorted(expected.views - actual.views):
        found.append(t("View {name} is missing.", name=name))
    return found


def wrong_types(con: sqlite3.Connection, expected: Schema, limit: int = 20) -> list[str]:
    """Columns declared INTEGER or BOOLEAN that hold text or other values (SQLite allows it)."""
    found: list[str] = []
    for table, columns in sorted(expected.tables.items()):
        for name, declared, _notnull, _pk in columns:
            if declared not in ("INTEGER", "BOOLEAN"):
                continue
            try:
                bad = con.execute(f'SELECT count(*) FROM "{table}" WHERE typeof("{name}") NOT IN '
                                  "('integer', 'null')").fetchone()[0]
            except sqlite3.Error:
                continue  # a missing table or column is reported by ``differences``
            if bad:
                found.append(translate("db", "Column {table}.{column} holds {n} values that are not whole "
                                       "numbers.").format(table=table, column=name, n=bad))
                if len(found) >= limit:
                    return found
    return found


def schema_problems(path: Path, revision: str, migrator: migrate.Migrator = migrate.DEFAULT_MIGRATOR) -> list[str]:
    """Every difference between the file's schema and the migrations', and wrongly typed values."""
    from .failures import connect_read_only

    expected = expected_schema(revision, migrator)
    con = connect_read_only(path)
    try:
        return differences(schema_of(con), expected) + wrong_types(con, expected)
    finally:
        con.close()
