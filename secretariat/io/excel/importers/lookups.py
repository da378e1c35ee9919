"""Name lookups loaded once per import: organizations, people, plans.

Importers never query per row: they load the few thousand directory names into
dictionaries at the start, and new names found in the file are created once,
however many rows mention them.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from secretariat.models import Organization, OrganizationKind, Person, fold, utcnow

#: "of Turkmenistan" and its Russian/Turkmen forms: "Министерство юстиции" is the
#: same body as "Министерство юстиции Туркменистана".
_COUNTRY_WORDS = re.compile(
    r"\b(?:of turkmenistan|turkmenistan|туркменистана|туркменистане|туркменистан|"
    r"türkmenistanyň|türkmenistanda|türkmenistan)\b"
)
_SEPARATORS = re.compile(r"\s*(?:\n|;|,(?!\d))\s*")
_LIST_BULLET = re.compile(r"^(?:[-–—•*·]\s*|\d{1,2}[.)]\s+)")


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


def split_names(text: str) -> list[str]:
    """Agency names in a cell: one per line, or separated by ";" or ","."""
    names = []
    for part in _SEPARATORS.split(text or ""):
        part = _LIST_BULLET.sub("", part.strip()).strip(" .")
        if part:
            names.append(" ".join(part.split()))
    return list(dict.fromkeys(names))


def loose_key(name: str) -> str:
    return " ".join(_COUNTRY_WORDS.sub(" ", fold(name)).split())


@dataclass
class OrgIndex:
    """Organizations by folded name and short name; new ones are collected, not written."""

    by_key: dict[str, int] = field(default_factory=dict)
    by_loose: dict[str, set[int]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    new: dict[str, str] = field(default_factory=dict)  # folded -> name as first written

    @classmethod
    def load(cls, session: Session) -> "OrgIndex":
        index = cls()
        for org_id, name, short_name in session.execute(
                select(Organization.id, Organization.name, Organization.short_name)):
            index.names[org_id] = short_name or name
            for text in (name, short_name):
                if text:
                    index.by_key.setdefault(fold(text), org_id)
                    index.by_loose.setdefault(loose_key(text), set()).add(org_id)
        return index

    def find(self, name: str) -> int | None:
        key = fold(name)
        if not key:
            return None
        found = self.by_key.get(key)
        if found is not None:
            return found
        loose = self.by_loose.get(loose_key(name), set())
        return next(iter(loose)) if len(loose) == 1 else None

    def resolve(self, name: str) -> int | str:
        """The organization's id, or the name (remembered as new) when unknown."""
        found = self.find(name)
        if found is not None:
            return found
        key = fold(name)
        self.new.setdefault(key, name)
        return self.new[key]

    def create_new(self, session: Session, kind: str = OrganizationKind.OTHER.value) -> dict[str, int]:
        """Insert the collected new organizations; returns folded name -> id."""
        created: dict[str, int] = {}
        for key, name in self.new.items():
            if key in self.by_key:
                created[key] = self.by_key[key]
                continue
            now = utcnow()
            org_id = session.execute(insert(Organization.__table__).values(
                name=name[:255], short_name="", kind=kind, is_member=False, notes="",
                search_text=fold(name), version=1, created_at=now, updated_at=now,
            )).inserted_primary_key[0]
            created[key] = org_id
            self.by_key[key] = org_id
            self.names[org_id] = name
        return created

    def ids(self, refs: list[int | str], created: dict[str, int]) -> list[int]:
        """Resolve ``resolve`` results after ``create_new``."""
        result = []
        for ref in refs:
            org_id = ref if isinstance(ref, int) else created.get(fold(ref), self.by_key.get(fold(ref)))
            if org_id is not None and org_id not in result:
                result.append(org_id)
        return result


@dataclass
class PersonIndex:
    by_key: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> "PersonIndex":
        index = cls()
        for person_id, full_name in session.execute(select(Person.id, Person.full_name)):
            index.by_key.setdefault(fold(full_name), person_id)
        return index

    def find(self, name: str) -> int | None:
        return self.by_key.get(fold(name))


__all__ = ["OrgIndex", "PersonIndex", "bulk_insert", "db_value", "large_cache", "loose_key", "split_names"]
