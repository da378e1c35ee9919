"""The query planner's statistics (SQLite's ``ANALYZE``), gathered once a database is big.

Without them SQLite guesses that a filter on an indexed column is selective: a list
filtered by a value that most rows share (every recommendation of the UPR, say) was
read through that column's index and then sorted whole, 20 to 40 ms a page on the
large database, where with statistics the planner walks the index of the list's order
and stops after one page (about 5 ms). Gathering them reads every index once (about a
third of a second on the large demo), so it is done once, when a database has grown
past ``MIN_PAGES`` and has none yet; small databases (and the tests') are left alone.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

#: 2,000 pages of 4 KiB: 8 MB, about a tenth of the large demo database.
MIN_PAGES = 2000


def gather_if_missing(engine: Engine, min_pages: int = MIN_PAGES) -> bool:
    """Run ``ANALYZE`` on a SQLite database past *min_pages* without statistics; True if run.

    Best effort: a read-only or busy file keeps the planner's guesses, and opening goes on.
    """
    if engine.dialect.name != "sqlite":
        return False  # PostgreSQL's autovacuum keeps its own statistics
    try:
        with engine.connect() as conn:
            if (conn.exec_driver_sql("PRAGMA page_count").scalar() or 0) < min_pages:
                return False
            if conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").first():
                return False
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    except DBAPIError as exc:
        log.info("Planner statistics not gathered: %s", exc)
        return False
    log.info("Planner statistics gathered")
    return True
