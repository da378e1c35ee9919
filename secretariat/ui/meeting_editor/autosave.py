"""Keeping drafts of what is typed, so that a crash loses a few seconds at most.

Each watched field tells the keeper when it changes; a few seconds after the typing
stops, or as soon as the field loses focus, the keeper writes the field's current
text as a draft through ``services.drafts`` (its own short transaction, made by the
writer off the GUI thread, in the order asked). Saving the
record forgets the draft. The keeper holds the database it was made with: if the
user opens another database, late drafts still go where their records are.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from ...db import Database
from ...services import drafts
from ..core.ops import CollectionOp

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
        self.writing = 0
        """Draft writes asked of the writer and not done yet."""
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
        """Write the drafts of every field changed since the last flush (by the writer, in order)."""
        self._timer.stop()
        if not self._pending:
            return
        pending, self._pending = self._pending, set()
        keep: list[tuple[Key, str]] = []
        drop: list[Key] = []
        for key in sorted(pending):
            source = self._sources.get(key)
            if source is None:
                continue
            if source.dirty():
                keep.append((key, source.content()))
                self._kept.add(key)
            elif key in self._kept:
                drop.append(key)
                self._kept.discard(key)
        if not keep and not drop:
            return
        db = self.db

        def write() -> None:
            for key, content in keep:
                drafts.save_draft(db, *key, content)
            if drop:
                drafts.discard_drafts(db, drop)

        def failed(error: BaseException) -> None:
            log.warning("Could not keep the drafts %s: %s", [k for k, _c in keep] + drop, error)
            self._pending.update(k for k, _c in keep)
            self.failed.emit(str(error))

        self._write(write, lambda _none: self.kept.emit(datetime.now()) if keep else None, failed)

    def _write(self, work: Callable[[], None], done: Callable[[None], None],
               failed: Callable[[BaseException], None]) -> None:
        self.writing += 1

        def finished(_result: object, _error: object) -> None:
            self.writing -= 1

        operation = CollectionOp(self, work).success(done).failure(failed).run_in_background()
        operation.finished.connect(finished)

    def adopt(self, keys: Iterable[Key]) -> None:
        """Drafts found in the database (recovered) now belong to this keeper."""
        self._kept.update(keys)

    def forget(self, keys: Iterable[Key]) -> None:
        """The records were saved (or the text discarded): drop their drafts."""
        keys = set(keys)
        self._pending -= keys
        stale = keys | (self._kept & keys)
        self._kept -= keys
        if not stale:
            return
        db, keys_gone = self.db, sorted(stale)
        self._write(lambda: drafts.discard_drafts(db, keys_gone), lambda _none: None,
                    lambda error: log.warning("Could not discard drafts %s: %s", keys_gone, error))

    def forget_all(self) -> None:
        self.forget(set(self._sources) | self._kept)
