"""The GUI's shared state: the open database and the "data changed" signal.

Widgets never write to the database themselves: they call services, usually through
``AppContext.run`` (see ``ui.ops``), and views refresh when ``data_changed`` fires.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from .. import APP_NAME, APP_ORG
from ..db import Database
from .undo import UndoHistory


class AppContext(QObject):
    data_changed = Signal(object)
    """Emitted with a set of area names ("meetings", "plans", ...) after a change."""

    database_replaced = Signal()

    def __init__(self, db: Database, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or QSettings(APP_ORG, APP_NAME)
        self.undo = UndoHistory(self)

    def notify(self, *areas: str) -> None:
        self.data_changed.emit(set(areas) or {"all"})

    def replace_database(self, db: Database) -> None:
        old, self.db = self.db, db
        old.dispose()
        self.undo.clear()  # what it recorded belongs to the other database
        self.database_replaced.emit()
        self.notify("all")
