"""A big SQLite database gets the query planner's statistics once; a small one is left alone."""

from __future__ import annotations

import sqlite3

from secretariat.db import open_database
from secretariat.db.planner_statistics import gather_if_missing


def _has_statistics(path) -> bool:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is not None
    finally:
        con.close()


def test_statistics_are_gathered_once_and_only_for_a_big_database(tmp_path):
    path = tmp_path / "small.sqlite"
    open_database(path).dispose()
    assert not _has_statistics(path)  # far below the size where the planner's guesses cost anything
    db = open_database(path)
    try:
        assert gather_if_missing(db.engine, min_pages=1)  # as for a database past the size
        assert _has_statistics(path)
        assert not gather_if_missing(db.engine, min_pages=1)  # once: kept from then on
    finally:
        db.dispose()
    open_database(path).dispose()  # opening again keeps them and changes nothing else
    assert _has_statistics(path)
