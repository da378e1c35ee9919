"""Keeping drafts of what is typed, so that a crash loses a few seconds at most.

Each watched field tells the keeper when it changes; a few seconds after the typing
stops, or as soon as the field loses focus, the keeper writes the field's current
text as a draft through ``services.drafts`` (its own short transaction). Saving the
record forgets the draft. The keeper holds the database it was made with: if the
user opens another database, late drafts still go where their records are.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from sqlalchemy.exc import SQLAlchemyError

from ...db import Database, DatabaseError
from ...services import drafts
from ...services.errors import ServiceError

log = logging.getLogger(__name__)
Key = tuple[str, int, str]
AUTOSAVE_DELAY_MS = 2500


@dataclass
class _Source:
    key: Key
    content: Callable[[], str]
    dirty: Callable[[], bool]


class DraftKeeper(QObject):
    kept = Signal(object)  # the datetime the drafts were written
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None,
                 delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.db = db
        self._sources: dict[Key, _Source] = {}
        self._pending: set[Key] = set()
        self._kept: set[Key] = set()
        self.enabled = True
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def delay_ms(self) -> int:
        return self._timer.interval()

    def watch(self, key: Key, content: Callable[[], str], dirty: Callable[[], bool],
              changed: SignalInstance, focus_lost: SignalInstance | None = None) -> None:
        self._sources[key] = _Source(key, content, dirty)
        changed.connect(lambda *_a, k=key: self.touch(k))
        if focus_lost is not None:
            focus_lost.connect(self.flush)

    def unwatch(self, key: Key) -> None:
        self._sources.pop(key, None)
        self._pending.discard(key)

    def touch(self, key: Key) -> None:
        if not self.enabled or key not in self._sources:
            return
        self._pending.add(key)
        self._timer.start()

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Write the drafts of every field changed since the last flush."""
        self._timer.stop()
        if not self._pending:
            return
        pending, self._pending = self._pending, set()
        wrote = False
        for key in sorted(pending):
            source = self._sources.get(key)
            if source is None:
                continue
            try:
                if source.dirty():
                    drafts.save_draft(self.db, *key, source.content())
                    self._kept.add(key)
                    wrote = True
                elif key in self._kept:
                    drafts.discard_draft(self.db, *key)
                    self._kept.discard(key)
            except (ServiceError, SQLAlchemyError, DatabaseError) as error:
                log.warning("Could not keep the draft %s: %s", key, error)
                self._pending.add(key)
                self.failed.emit(str(error))
        if wrote:
            self.kept.emit(datetime.now())

    def adopt(self, keys: Iterable[Key]) -> None:
        """Drafts found in the database (recovered) now belong to this keeper."""
        self._kept.update(keys)

    def forget(self, keys: Iterable[Key]) -> None:
        """The records were saved (or the text discarded): drop their drafts."""
        keys = set(keys)
        self._pending -= keys
        stale = keys | (self._kept & keys)
        self._kept -= keys
        try:
            drafts.discard_drafts(self.db, sorted(stale))
        except (ServiceError, SQLAlchemyError, DatabaseError) as error:
            log.warning("Could not discard drafts %s: %s", stale, error)

    def forget_all(self) -> None:
        self.forget(set(self._sources) | self._kept)
