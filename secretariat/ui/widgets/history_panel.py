"""A "History" panel: who changed a record, when, and what (old → new), from the audit log.

Embed it anywhere a record is shown::

    panel = HistoryPanel(context)
    panel.show_record("measure", measure_id)

It refreshes itself when the data changes or another database is opened.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import audit
from ...services.audit import FieldChange, HistoryRow
from ..core.context import AppContext
from ..core.formatting import fmt_datetime
from ..core.labels import field_label, label
from ...i18n import translate

log = logging.getLogger(__name__)
MAX_VALUE_CHARS = 300
_TAGS = re.compile(r"<[^>]+>")


def action_label(action: str) -> str:
    labels = {
        "insert": translate("HistoryPanel", "Created"), "update": translate("HistoryPanel", "Changed"), "delete": translate("HistoryPanel", "Deleted"),
        "reopen": translate("HistoryPanel", "Reopened"), "import": translate("HistoryPanel", "Imported"), "restore": translate("HistoryPanel", "Restored"),
    }
    return labels.get(action, action)


def value_text(value: Any) -> str:
    """A stored value as one readable line: dates, lists, markup and long texts tamed."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("HistoryPanel", "yes") if value else translate("HistoryPanel", "no")
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value) or "—"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?", text):
            return fmt_datetime(datetime.fromisoformat(text))
    except ValueError:
        pass
    text = " ".join(_TAGS.sub(" ", text).split()) if "<" in text else " ".join(text.split())
    text = label(text) if len(text) < 40 else text
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def change_text(change: FieldChange, action: str) -> str:
    if action == "insert":
        return value_text(change.new)
    if action == "delete":
        return value_text(change.old)
    if isinstance(change.new, list) or isinstance(change.old, list):
        parts = []
        if change.new:
            parts.append(translate("HistoryPanel", "added: %1").replace("%1", value_text(change.new)))
        if change.old:
            parts.append(translate("HistoryPanel", "removed: %1").replace("%1", value_text(change.old)))
        return "; ".join(parts) or "—"
    if change.old is None and action not in ("update",):
        return value_text(change.new)
    return f"{value_text(change.old)} → {value_text(change.new)}"


def _local(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


class HistoryPanel(QWidget):
    """Audit entries of one record, newest first; each expands to its field changes."""

    COLUMNS = 4

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 table: str | None = None, record_id: int | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table: str | None = None
        self.record_id: int | None = None
        self.rows: list[HistoryRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([translate("HistoryPanel", "When"), translate("HistoryPanel", "Who"),
                                   translate("HistoryPanel", "What"), translate("HistoryPanel", "Details")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        context.data_changed.connect(self._on_data_changed)
        context.database_replaced.connect(self.refresh)
        self.show_record(table, record_id)

    def show_record(self, table: str | None, record_id: int | None) -> None:
        self.table, self.record_id = table, record_id
        self.refresh()

    def _on_data_changed(self, _areas: object) -> None:
        if self.table is not None:
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        self.rows = []
        if self.table is None or self.record_id is None:
            self.caption.setText(translate("HistoryPanel", "Choose a record to see its history."))
            return
        try:
            self.rows = audit.history_for(self.context.db, self.table, self.record_id)
        except Exception as error:  # noqa: BLE001 - a history that cannot be read is not a crash
            log.error("Cannot read the history", exc_info=error)
            self.caption.setText(translate("HistoryPanel", "The history cannot be read: %1").replace("%1", str(error)))
            return
        if not self.rows:
            self.caption.setText(translate("HistoryPanel", "No recorded changes."))
            return
        self.caption.setText(translate("HistoryPanel", "Changes, newest first: %1").replace("%1", str(len(self.rows))))
        for row in self.rows:
            self.tree.addTopLevelItem(self._item(row))

    def _item(self, row: HistoryRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([fmt_datetime(_local(row.at)),
                                row.db_user or row.os_user or translate("HistoryPanel", "unknown"),
                                action_label(row.action), row.summary])
        item.setData(0, Qt.ItemDataRole.UserRole, row.id)
        item.setToolTip(3, row.summary)
        for change in row.changes:
            text = change_text(change, row.action)
            child = QTreeWidgetItem(["", "", field_label(change.field), text])
            child.setToolTip(3, text)
            item.addChild(child)
        return item
