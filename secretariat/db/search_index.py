"""Full-text indexes over the folded ``search_text`` of the records users look for.

SQLite: one external-content FTS5 table per searched table (``<table>_fts``, rowid = the
record's id), kept in step by triggers, so every write path (ORM, bulk import, restore of
rows) updates it without knowing of it. The text is already folded (``models.base.fold``),
so the tokenizer folds nothing further; prefixes of two and three letters are indexed too,
which keeps "as you type" fast from the second letter.

PostgreSQL: a GIN index of the words of ``search_text`` (``WORDS_SQL``: the text with its
punctuation made spaces, as a ``tsvector`` of the ``simple`` configuration, which only
lower-cases what is already folded) answers a prefix query (``'word':*``); built in, it
needs no extension. Until migration 0012 a trigram index (``pg_trgm``) served a regular
expression instead: about twice the work for each row written (a 50,000-row import spent
4.5 s of server time in it, against 2.4 s for the words) and every row found tested again
(a common word: a fifth of the table).

A word of the query matches a word of the text that starts with it: "meyil" finds
"Meýilnamasy", "мин" finds "Министерство"; every word of the query must match.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (Boolean, Connection, and_, column, func, literal, literal_column, select, table, true,
                        union_all)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement, Select

from ..models.base import fold

SEARCHED_TABLES = ("meeting", "agenda_item", "decision", "action_item", "measure", "progress_report",
                   "recommendation", "organization", "national_report")
"""The tables with a full-text index (each has an integer ``id`` and a ``search_text``)."""

_FTS_SUFFIX = "_fts"
_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
_TRIGRAM_SUFFIX = "_search_trgm"
_WORDS_SUFFIX = "_search_words"
#: What separates words besides spaces: punctuation by the database's locale, and the
#: quotes and dashes of Russian and English texts also where that locale is C.
_PUNCTUATION = "[[:punct:]«»“”„‘’‹›–—…№]+"
#: The indexed expression; a query must spell it the same (constants, not parameters) for
#: PostgreSQL to use the index. ``strip``: the positions of the words are of no use here, and
#: without them no text is too long for a tsvector.
WORDS_SQL = f"strip(to_tsvector('simple'::regconfig, regexp_replace({{column}}, '{_PUNCTUATION}', ' ', 'g')))"
_WORD = re.compile(r"[^\W_]+")


def fts_name(table_name: str) -> str:
    return table_name + _FTS_SUFFIX


def trigram_index_name(table_name: str) -> str:
    return f"ix_{table_name}{_TRIGRAM_SUFFIX}"


def words_index_name(table_name: str) -> str:
    return f"ix_{table_name}{_WORDS_SUFFIX}"


def is_index_object(name: str | None) -> bool:
    """True for the full-text tables, their shadow tables and the PostgreSQL search indexes.

    They are made by migrations 0006 and 0012 and have no model: schema comparison leaves them out.
    """
    if not name:
        return False
    for base in SEARCHED_TABLES:
        fts = fts_name(base)
        if name == fts or name in (fts + suffix for suffix in _SHADOW_SUFFIXES):
            return True
        if name in (trigram_index_name(base), words_index_name(base)):
            return True
    return False


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic's ``include_object``: autogenerate ignores the search indexes."""
    return not (reflected and type_ in ("table", "index") and is_index_object(name))


def words(query: str | None) -> list[str]:
    """The folded words of *query*, split as the index splits text."""
    return _WORD.findall(fold(query))


# --- creating and dropping (migration 0006) -------------------------------------------------

def create(conn: Connection) -> None:
    """Create the indexes for the connection's database and fill them from existing rows."""
    if conn.dialect.name == "sqlite":
        for name in SEARCHED_TABLES:
            for statement in _sqlite_ddl(name):
                conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        create_words_indexes(conn)


def create_words_indexes(conn: Connection) -> None:
    """PostgreSQL: the GIN index of the words of each searched table (see the module)."""
    for name in SEARCHED_TABLES:
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {words_index_name(name)} "
                             f"ON {name} USING gin (({WORDS_SQL.format(column='search_text')}))")


def drop_trigram_indexes(conn: Connection) -> None:
    for name in SEARCHED_TABLES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {trigram_index_name(name)}")


def create_trigram_indexes(conn: Connection) -> None:
    """The trigram indexes of before migration 0012 (its downgrade), where ``pg_trgm`` may be had."""
    if _pg_trigram_available(conn):
        for name in SEARCHED_TABLES:
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {trigram_index_name(name)} "
                                 f"ON {name} USING gin (search_text gin_trgm_ops)")


def drop(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in SEARCHED_TABLES:
            for suffix in ("ai", "ad", "au"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}_fts_{suffix}")
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {fts_name(name)}")
    elif conn.dialect.name == "postgresql":
        drop_trigram_indexes(conn)
        for name in SEARCHED_TABLES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {words_index_name(name)}")


def repair(conn: Connection) -> None:
    """Put back triggers that a later migration lost, and refill those indexes from their rows.

    SQLite drops a table's triggers with the table, and a batch migration rebuilds a table
    by copying it: run after every upgrade, this keeps the full-text indexes in step.
    """
    if conn.dialect.name != "sqlite":
        return
    present = {row[0] for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    for name in SEARCHED_TABLES:
        if fts_name(name) not in present or name not in present:
            continue
        statements = _sqlite_ddl(name)
        missing = [sql for sql, suffix in zip(statements[1:4], ("ai", "ad", "au"))
                   if f"{name}_fts_{suffix}" not in present]
        if missing:
            for statement in missing + statements[4:]:
                conn.exec_driver_sql(statement)


def _sqlite_ddl(name: str) -> list[str]:
    """The virtual table, its three triggers (insert, delete, update), then its filling."""
    fts = fts_name(name)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{name}', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0', prefix='2 3')",
        f"CREATE TRIGGER {name}_fts_ai AFTER INSERT ON {name} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"CREATE TRIGGER {name}_fts_ad AFTER DELETE ON {name} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
        f"CREATE TRIGGER {name}_fts_au AFTER UPDATE OF id, search_text ON {name} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _pg_trigram_available(conn: Connection) -> bool:
    """pg_trgm is there, or could be created here (inside a savepoint, so a refusal is harmless)."""
    if conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar():
        return True
    savepoint = conn.begin_nested()
    try:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - no rights or no contrib package: search works unindexed
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


# --- restore of a SQLite file ----------------------------------------------------------------

def is_shadow_table(name: str) -> bool:
    """An FTS5 shadow table: the virtual table makes it, it is never created or copied by hand."""
    return is_index_object(name) and not name.endswith((_FTS_SUFFIX, _TRIGRAM_SUFFIX, _WORDS_SUFFIX))


# --- querying --------------------------------------------------------------------------------

def matching_ids(dialect: str, table_name: str, query: str | None) -> Select[Any] | None:
    """A SELECT of the ids of *table_name*'s rows matching every word of *query*; None for no words."""
    found = words(query)
    if not found:
        return None
    if dialect == "sqlite":
        fts = table(fts_name(table_name), column("rowid"), column("search_text"))
        expression = " ".join(f'"{word}"*' for word in found)
        return select(fts.c.rowid).where(fts.c.search_text.match(expression))
    rows = table(table_name, column("id"), column("search_text"))
    return select(rows.c.id).where(word_starts(rows.c.search_text, found, dialect))


def first_matches(session: Any, table_names: list[str], query: str | None, limit: int,
                  cap: int) -> dict[str, tuple[int, list[int]]]:
    """Per table, (rows matching *query* counted up to *cap*, ids of the newest *limit* of them).

    One statement for all the tables, reading at most *cap* ids of each: FTS5 walks its
    index in rowid order, so the newest come first without sorting, and a common word that
    matches a third of a table costs no more than *cap* rows. (On PostgreSQL, the newest
    of the first *cap* rows found.)
    """
    dialect = session.get_bind().dialect.name
    parts = []
    for position, name in enumerate(table_names):
        ids = matching_ids(dialect, name, query)
        if ids is None:
            return {}
        if dialect == "sqlite":
            ids = ids.order_by(ids.selected_columns[0].desc())
        # PostgreSQL: no order, so that a common word stops the scan at *cap* rows instead of
        # sorting a third of the table; the newest of the rows read are shown.
        newest = ids.limit(cap).subquery()
        parts.append(select(literal(position).label("position"), newest.c[0].label("id")))
    found: dict[str, tuple[int, list[int]]] = {}
    rows: dict[int, list[int]] = {position: [] for position in range(len(table_names))}
    for position, record_id in session.execute(union_all(*parts)):
        rows[position].append(record_id)
    for position, name in enumerate(table_names):
        ids_found = sorted(rows[position], reverse=True)
        found[name] = (len(ids_found), ids_found[:limit])
    return found


def word_starts(search_text: Any, found: list[str], dialect: str) -> ColumnElement[bool]:
    """Portable: each word occurs in *search_text* at the start of a word of it.

    PostgreSQL: a word of the text starts with each word (``'word':*``), through the words
    index (``WORDS_SQL``). Elsewhere ``LIKE '%word%'``.
    """
    if not found:
        return true()
    if dialect == "postgresql":  # the words are letters and digits only: nothing to quote
        simple = literal_column("'simple'::regconfig")
        text_words = func.strip(func.to_tsvector(simple, func.regexp_replace(
            search_text, literal_column(f"'{_PUNCTUATION}'"), literal_column("' '"), literal_column("'g'"))))
        query = func.to_tsquery(simple, literal(" & ".join(f"{word}:*" for word in found)))
        return text_words.op("@@")(query)
    return and_(*(search_text.contains(word, autoescape=True) for word in found))


class text_match(ColumnElement[bool]):  # noqa: N801 - reads like the SQL it stands for
    """``text_match(Model.id, query)``: the record matches every word of *query* (see the module).

    Compiled for the database at hand: on SQLite an ``id IN`` the FTS5 table's matches, on
    PostgreSQL the word-start test on ``search_text`` that the trigram index serves.
    """

    inherit_cache = False  # the SQL depends on the words of the query
    type = Boolean()

    def __init__(self, id_column: Any, query: str | None) -> None:
        self.id_column = id_column
        self.query = query


@compiles(text_match)
def _compile_text_match(element: text_match, compiler: Any, **kw: Any) -> str:
    dialect = compiler.dialect.name
    found = words(element.query)
    if not found:
        return compiler.process(true(), **kw)
    table_name = element.id_column.table.name
    if dialect == "sqlite":
        ids = matching_ids(dialect, table_name, element.query)
        return compiler.process(element.id_column.in_(ids), **kw)
    return compiler.process(word_starts(element.id_column.table.c.search_text, found, dialect), **kw)
