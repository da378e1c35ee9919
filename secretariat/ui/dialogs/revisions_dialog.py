"""Minutes revisions: the list, two of them side by side with the changed words marked, restore.

The left pane shows the older revision with the words removed or replaced marked red,
the right one the newer with the words added marked green; the two scroll together.
Restoring saves the chosen revision's text as a new revision, so nothing is lost.
"""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...db import Database
from ...services import minutes_revisions as revisions
from ...services.minutes_revisions import RevisionRow, SectionDiff
from ..core.formatting import fmt_datetime
from ..widgets.messages import FAILED, call_service, confirm, read_service

REMOVED = "background:#f8d7da; color:#842029; text-decoration:line-through;"
ADDED = "background:#d1e7dd; color:#0f5132;"


def _local(value: datetime) -> datetime:
    """Revisions are stamped in UTC; people read their own clock."""
    return value.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def side_by_side(diffs: list[SectionDiff], only_changed: bool) -> tuple[str, str]:
    """The two panes' HTML: old words removed marked on the left, new words added on the right."""
    left, right = [], []
    for diff in diffs:
        if only_changed and not diff.changed:
            continue
        mark = " \u25cf" if diff.changed else ""
        head = f"<h4>{escape(diff.title)}{mark}</h4>"
        old, new = [], []
        for tag, a, b in diff.ops:
            if tag == "equal":
                old.append(_html(a))
                new.append(_html(b))
                continue
            if a:
                old.append(f'<span style="{REMOVED}">{_html(a)}</span>')
            if b:
                new.append(f'<span style="{ADDED}">{_html(b)}</span>')
        left.append(head + "<p>" + ("".join(old) or "&nbsp;") + "</p>")
        right.append(head + "<p>" + ("".join(new) or "&nbsp;") + "</p>")
    return "".join(left), "".join(right)


class RevisionsDialog(QDialog):
    """Compare any two revisions of a meeting's minutes and restore an earlier one."""

    def __init__(self, parent: QWidget | None, db: Database, meeting_id: int, reference: str,
                 read_only: bool = False, on_restored: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.read_only = read_only
        self.on_restored = on_restored
        self.rows: list[RevisionRow] = []
        self.setWindowTitle(self.tr("Revisions of the minutes of meeting %1").replace("%1", reference))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("revisionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Saved"), self.tr("By"), self.tr("Note")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(160)
        layout.addWidget(self.table)

        choose = QHBoxLayout()
        self.old_combo = QComboBox()
        self.new_combo = QComboBox()
        self.only_changed = QCheckBox(self.tr("Only the &changed parts"))
        self.only_changed.setChecked(True)
        older, newer = QLabel(self.tr("&Older:")), QLabel(self.tr("&Newer:"))
        older.setBuddy(self.old_combo)
        newer.setBuddy(self.new_combo)
        for widget in (older, self.old_combo, newer, self.new_combo, self.only_changed):
            choose.addWidget(widget)
        choose.addStretch(1)
        layout.addLayout(choose)

        self.old_view = QTextBrowser()
        self.old_view.setObjectName("oldRevision")
        self.new_view = QTextBrowser()
        self.new_view.setObjectName("newRevision")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.old_view)
        splitter.addWidget(self.new_view)
        layout.addWidget(splitter, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore the older revision…"))
        self.restore_button.setToolTip(self.tr("Saves its text as a new revision; nothing is overwritten"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.old_combo.currentIndexChanged.connect(self.compare)
        self.new_combo.currentIndexChanged.connect(self.compare)
        self.only_changed.toggled.connect(self.compare)
        self.restore_button.clicked.connect(self.restore)
        self.table.itemSelectionChanged.connect(self._table_chosen)
        self.old_view.verticalScrollBar().valueChanged.connect(lambda v: self._follow(self.new_view, v))
        self.new_view.verticalScrollBar().valueChanged.connect(lambda v: self._follow(self.old_view, v))
        self.resize(1100, 720)
        self.reload()

    def _follow(self, other: QTextBrowser, value: int) -> None:
        bar = other.verticalScrollBar()
        if bar.value() != value:
            bar.setValue(value)

    def _label(self, row: RevisionRow) -> str:
        text = self.tr("No. %1 — %2").replace("%1", str(row.number)).replace("%2", fmt_datetime(_local(row.saved_at)))
        return f"{text} ({row.note})" if row.note else text

    def reload(self) -> None:
        self.rows = revisions.list_revisions(self.db, self.meeting_id)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, value in enumerate((str(row.number), fmt_datetime(_local(row.saved_at)), row.os_user, row.note)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(True)
            combo.clear()
            for row in self.rows:
                combo.addItem(self._label(row), row.id)
            combo.blockSignals(False)
        if len(self.rows) >= 2:
            self.old_combo.setCurrentIndex(1)
        self.new_combo.setCurrentIndex(0 if self.rows else -1)
        self.compare()

    def _table_chosen(self) -> None:
        """Choosing a revision in the list compares it with the newest."""
        r = self.table.currentRow()
        if 0 <= r < len(self.rows):
            self.old_combo.setCurrentIndex(r)

    def compare(self) -> None:
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        can_restore = old_id is not None and not self.read_only and old_id != (self.rows[0].id if self.rows else None)
        self.restore_button.setEnabled(can_restore)
        if old_id is None or new_id is None:
            self.old_view.setHtml("")
            self.new_view.setHtml(self.tr("No revision yet: every save of the minutes (Ctrl+S) keeps one."))
            self.summary.setText("")
            return
        diffs = read_service(self, revisions.compare_revisions, self.db, old_id, new_id)
        if diffs is FAILED:
            return
        left, right = side_by_side(diffs, self.only_changed.isChecked())
        changed = sum(1 for d in diffs if d.changed)
        if not changed:
            left = right = "<p><i>" + escape(self.tr("The two revisions have the same text.")) + "</i></p>"
        self.old_view.setHtml(left)
        self.new_view.setHtml(right)
        self.summary.setText(self.tr("%n parts changed", "", changed))

    def restore(self) -> None:
        old_id = self.old_combo.currentData()
        row = next((r for r in self.rows if r.id == old_id), None)
        if row is None or self.read_only:
            return
        if not confirm(self, self.tr("Restore a revision"),
                       self.tr("Put back the text of revision %1? It is saved as a new revision; the current text "
                               "stays in the list.").replace("%1", str(row.number)), self.tr("Restore")):
            return
        result = call_service(self, revisions.restore_revision, self.db, row.id)
        if result is FAILED:
            return
        if result.missing_items:
            QMessageBox.information(self, self.tr("Restore a revision"), self.tr(
                "These parts were deleted since and could not be put back:\n%1").replace(
                "%1", "\n".join(result.missing_items)))
        if self.on_restored is not None:
            self.on_restored()
        self.reload()


def show_revisions(parent: QWidget | None, db: Database, meeting_id: int, reference: str, read_only: bool,
                   on_restored: Callable[[], None] | None = None) -> RevisionsDialog:
    dialog = RevisionsDialog(parent, db, meeting_id, reference, read_only, on_restored)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

