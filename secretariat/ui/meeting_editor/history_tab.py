"""Who changed what in this meeting, from the audit log (reopenings included)."""

from __future__ import annotations

import json
from datetime import timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...models import Meeting
from ...services import meetings
from ..core.formatting import fmt_datetime
from ..widgets.history_panel import value_text
from ..core.labels import field_label

if TYPE_CHECKING:
    from .window import MeetingEditor



def _what(table: str) -> str:
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

    names = {"meeting": QT_TRANSLATE_NOOP("HistoryTab", "Meeting"),
             "agenda_item": QT_TRANSLATE_NOOP("HistoryTab", "Agenda item"),
             "decision": QT_TRANSLATE_NOOP("HistoryTab", "Decision"),
             "attendance": QT_TRANSLATE_NOOP("HistoryTab", "Attendance"),
             "action_item": QT_TRANSLATE_NOOP("HistoryTab", "Action item")}
    return QCoreApplication.translate("HistoryTab", names.get(table, table))


def _details(changes: str) -> str:
    try:
        data = json.loads(changes or "{}")
    except ValueError:
        return ""
    parts = []
    for key, value in data.items():
        if key.endswith("_id") or key in ("id", "position"):
            continue
        if isinstance(value, dict) and "new" in value:
            parts.append(f"{field_label(key)}: {value_text(value['new'])[:80]}")
        elif key == "reason":
            parts.append(str(value))
    return "; ".join(parts)


class HistoryTab(QWidget):
    def __init__(self, editor: "MeetingEditor") -> None:
        super().__init__(editor)
        self.editor = editor
        self._loaded_for: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every change to this meeting, newest first.")))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change"),
                                              self.tr("Record"), self.tr("Details")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(3, 260)
        layout.addWidget(self.table)

    def load(self, meeting: Meeting) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._loaded_for = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        entries = meetings.meeting_history(self.editor.db, self.editor.meeting_id)
        actions = {"insert": self.tr("added"), "update": self.tr("changed"), "delete": self.tr("deleted"),
                   "reopen": self.tr("minutes reopened"), "restore": self.tr("restored")}
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            local = entry.at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)
            cells = [fmt_datetime(local), entry.db_user or entry.os_user, actions.get(entry.action, entry.action),
                     f"{_what(entry.table_name)}: {entry.summary}", _details(entry.changes)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

    def set_read_only(self, read_only: bool) -> None:
        pass
