"""The GUI's shared state: the open database and the "data changed" signal.

Widgets never write to the database themselves: they call services (see ``ui.core.ops``).
Every committed write tells which tables it changed (``db.changes``); the context turns
those into the areas the views show and emits ``data_changed`` once per write, so no
view depends on someone remembering to announce a change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from ... import APP_NAME, APP_ORG
from .undo import UndoHistory

if TYPE_CHECKING:  # the window's frame imports this module before SQLAlchemy is loaded
    from ...db import Database
    from ...db.changes import Access

#: The views' areas each table belongs to (a table not named here refreshes nothing).
TABLE_AREAS: dict[str, frozenset[str]] = {
    "meeting": frozenset({"meetings", "action_items"}),
    "agenda_item": frozenset({"meetings"}),
    "agenda_item_measure": frozenset({"meetings", "plans"}),
    "agenda_item_recommendation": frozenset({"meetings", "recommendations"}),
    "attendance": frozenset({"meetings"}),
    "decision": frozenset({"meetings", "action_items"}),
    "action_item": frozenset({"action_items", "meetings"}),
    "action_item_organization": frozenset({"action_items", "meetings"}),
    "organization": frozenset({"organizations", "meetings", "plans", "recommendations", "national_reports",
                               "action_items"}),
    "person": frozenset({"organizations", "meetings"}),
    "plan": frozenset({"plans"}),
    "plan_section": frozenset({"plans"}),
    "measure": frozenset({"plans", "recommendations"}),
    "measure_organization": frozenset({"plans", "organizations"}),
    "progress_report": frozenset({"plans"}),
    "recommendation": frozenset({"recommendations"}),
    "recommendation_country": frozenset({"recommendations"}),
    "recommendation_measure": frozenset({"recommendations", "plans"}),
    "recommendation_organization": frozenset({"recommendations", "organizations"}),
    "recommendation_sdg": frozenset({"recommendations"}),
    "recommendation_tag": frozenset({"recommendations"}),
    "national_report": frozenset({"national_reports"}),
    "reporting_cycle": frozenset({"national_reports"}),
    "tag": frozenset({"recommendations"}),
    "country": frozenset({"recommendations"}),
    "sdg": frozenset({"recommendations"}),
    "sdg_target": frozenset({"recommendations", "plans"}),
    "recommendation_sdg_target": frozenset({"recommendations"}),
    "measure_sdg_target": frozenset({"plans"}),
    "indicator_sdg_target": frozenset({"plans"}),
}
"""Tables that change nothing a view shows: ``draft`` (typed text kept), ``audit_entry``, ``import_layout``."""


def areas_of(tables: frozenset[str]) -> set[str]:
    areas: set[str] = set()
    for table in tables:
        areas |= TABLE_AREAS.get(table, frozenset())
    return areas


class AppContext(QObject):
    data_changed = Signal(object)
    """Emitted with a set of area names ("meetings", "plans", ...) after a change."""

    tables_changed = Signal(object)
    """Emitted with the set of table names a committed write changed."""

    database_replaced = Signal()
    _written = Signal(object)  # from whichever thread wrote; delivered on the GUI thread

    def __init__(self, db: Database, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or QSettings(APP_ORG, APP_NAME)
        self.undo = UndoHistory(self)
        self._written.connect(self._on_written)
        self._watch(db)

    def _watch(self, db: Database) -> None:
        db.observers.append(self._observe)

    def _observe(self, access: Access) -> None:
        if access.kind == "write" and access.tables:
            self._written.emit(access.tables)

    def _on_written(self, tables: frozenset[str]) -> None:
        self.tables_changed.emit(set(tables))
        areas = areas_of(tables)
        if areas:
            self.data_changed.emit(areas)

    @staticmethod
    def default_settings() -> QSettings:
        return QSettings(APP_ORG, APP_NAME)

    def notify(self, *areas: str) -> None:
        """Refresh views by hand: View → Refresh, or data changed outside this window."""
        self.data_changed.emit(set(areas) or {"all"})

    def replace_database(self, db: Database) -> None:
        old, self.db = self.db, db
        if self._observe in old.observers:
            old.observers.remove(self._observe)
        old.dispose()
        self._watch(db)
        self.undo.clear()  # what it recorded belongs to the other database
        self.database_replaced.emit()
        self.notify("all")
