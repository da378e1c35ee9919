"""What a database call did: which tables a write changed, and how long each call took.

``Database.write()`` records the tables its statements changed (after Anki's
``OpChanges``), so the views refresh from what really changed instead of names typed
by hand. Observers also see every read and write with its thread and duration: the
GUI tests use that to refuse writes on the GUI thread and slow reads there.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import Engine, event

_CHANGING = re.compile(r'^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"?(\w+)"?',
                       re.IGNORECASE)


@dataclass(frozen=True)
class Access:
    """One ``read()`` or ``write()`` of a database, as an observer sees it."""

    kind: str                      # "read" or "write"
    seconds: float
    thread: threading.Thread
    tables: frozenset[str] = field(default_factory=frozenset)  # changed (writes that committed)
    committed: bool = True
    steps: int | None = None       # SQLite's virtual machine steps of a read, when counted


Observer = Callable[[Access], Any]

#: Debug hook: observers of every database opened in this process (the GUI tests add one).
DEBUG_OBSERVERS: list[Observer] = []


class ChangeRecorder:
    """Collects, per thread, the tables the statements of the current write change."""

    def __init__(self) -> None:
        self._local = threading.local()

    def start(self) -> None:
        self._local.tables = set()

    def stop(self) -> frozenset[str]:
        tables = getattr(self._local, "tables", None) or set()
        self._local.tables = None
        return frozenset(tables)

    def attach(self, engine: Engine) -> None:
        @event.listens_for(engine, "before_cursor_execute")
        def _seen(_conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any,
                  _executemany: bool) -> None:
            tables = getattr(self._local, "tables", None)
            if tables is not None:
                match = _CHANGING.match(statement)
                if match:
                    tables.add(match.group(1).lower())


class StepMeter:
    """Counts the steps of SQLite's virtual machine while one read runs.

    The work a read makes SQLite do, the same on any machine however busy: the GUI tests
    hold the GUI thread's reads to a budget of steps, where milliseconds would vary with
    the load. Counted in blocks of ``EVERY`` steps through the connection's progress
    handler, only where asked (``Database.count_steps``); other databases: nothing.
    """

    EVERY = 100

    def __init__(self, dbapi_connection: Any) -> None:
        self._connection = dbapi_connection
        self.steps = 0
        dbapi_connection.set_progress_handler(self._tick, self.EVERY)

    def _tick(self) -> int:
        self.steps += self.EVERY
        return 0  # go on

    def stop(self) -> int:
        self._connection.set_progress_handler(None, 0)
        return self.steps

    @classmethod
    def attach(cls, session: Any) -> "StepMeter | None":
        driver = session.connection().connection.driver_connection
        return cls(driver) if hasattr(driver, "set_progress_handler") else None
