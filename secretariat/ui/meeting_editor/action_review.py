"""The review of earlier meetings' action items, shown in the minutes of the review agenda item.

Each open action item of an earlier meeting is a row; the secretary marks it done,
carried over (with a new due date) or dropped, with a note. Marks are saved at once
(``services.action_review``) and can be undone while the minutes are not approved.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models import ReviewOutcome
from ...services import action_review
from ...services.action_review import ReviewRow
from ..core.formatting import fmt_date
from ..widgets.messages import FAILED, call_service

if TYPE_CHECKING:
    from .window import MeetingEditor

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QColor("#b02a37")


def outcome_label(row: ReviewRow) -> str:
    if row.outcome == ReviewOutcome.CARRIED_OVER.value:
        return QCoreApplication.translate("ActionReview", "Carried over to %1").replace("%1", fmt_date(row.new_due_date))
    if row.outcome == ReviewOutcome.DONE.value:
        return QCoreApplication.translate("ActionReview", "Done")
    if row.outcome == ReviewOutcome.DROPPED.value:
        return QCoreApplication.translate("ActionReview", "Dropped")
    return ""


class MarkDialog(QDialog):
    """The note (and for a carry-over the new due date) of one mark."""

    def __init__(self, parent: QWidget, row: ReviewRow, outcome: str, meeting_date: date) -> None:
        super().__init__(parent)
        titles = {ReviewOutcome.DONE.value: self.tr("Mark as done"),
                  ReviewOutcome.CARRIED_OVER.value: self.tr("Carry over"),
                  ReviewOutcome.DROPPED.value: self.tr("Drop the action item")}
        self.setWindowTitle(titles[outcome])
        form = QFormLayout(self)
        what = QLabel(row.text)
        what.setWordWrap(True)
        form.addRow(self.tr("Action item:"), what)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        start = row.new_due_date or max(row.due_date or meeting_date, meeting_date)
        if row.new_due_date is None:
            start = date(start.year + (start.month + 2) // 12, (start.month + 2) % 12 + 1, 1)
        self.due.setDate(QDate(start.year, start.month, start.day))
        if outcome == ReviewOutcome.CARRIED_OVER.value:
            form.addRow(self.tr("New &due date:"), self.due)
        self.note = QLineEdit(row.note)
        self.note.setPlaceholderText(self.tr("Why it is dropped (required)") if outcome == ReviewOutcome.DROPPED.value
                                     else self.tr("What was said about it (optional)"))
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def new_due_date(self) -> date:
        return self.due.date().toPython()


class ActionReviewBox(QGroupBox):
    """REVIEW: the earlier meetings' open action items and what this meeting decided about each."""

    COLUMNS = 6

    def __init__(self, editor: "MeetingEditor") -> None:
        super().__init__(QCoreApplication.translate("ActionReview", "REVIEW — action items of earlier meetings"))
        self.setObjectName("actionReview")
        self.editor = editor
        self.read_only = False
        self.rows: list[ReviewRow] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("reviewTable")
        self.table.setMinimumHeight(150)
        self.table.setHorizontalHeaderLabels([self.tr("Meeting"), self.tr("Action item"), self.tr("Responsible"),
                                              self.tr("Due"), self.tr("Outcome"), self.tr("Note")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(self.tr("&Done…"))
        self.carry_button = QPushButton(self.tr("&Carry over…"))
        self.drop_button = QPushButton(self.tr("Dro&p…"))
        self.undo_button = QPushButton(self.tr("&Undo mark"))
        self.done_button.setToolTip(self.tr("The action item was carried out"))
        self.carry_button.setToolTip(self.tr("Still open: give it a new due date"))
        self.drop_button.setToolTip(self.tr("No longer to be done: say why"))
        for button in (self.done_button, self.carry_button, self.drop_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.done_button.clicked.connect(lambda: self.mark(ReviewOutcome.DONE.value))
        self.carry_button.clicked.connect(lambda: self.mark(ReviewOutcome.CARRIED_OVER.value))
        self.drop_button.clicked.connect(lambda: self.mark(ReviewOutcome.DROPPED.value))
        self.undo_button.clicked.connect(self.undo)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.mark(ReviewOutcome.DONE.value))

    def reload(self) -> None:
        current = self.current_row()
        self.rows = action_review.review_rows(self.editor.db, self.editor.meeting_id)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            due = fmt_date(row.due_date)
            values = [row.meeting_reference, row.text, "; ".join(row.responsible),
                      due + (" " + self.tr("(overdue)") if row.overdue and not row.outcome else ""),
                      outcome_label(row), row.note]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, row.action_id)
                cell.setToolTip(value)
                if c == 3 and row.overdue and not row.outcome:
                    cell.setForeground(QBrush(OVERDUE))
                self.table.setItem(r, c, cell)
        pending = sum(1 for row in self.rows if not row.outcome)
        if not self.rows:
            self.summary.setText(self.tr("No earlier meeting has an open action item."))
        else:
            self.summary.setText(self.tr("%n action items still to review", "", pending) if pending
                                 else self.tr("All earlier action items are reviewed."))
        if current is not None:
            self.select(current.action_id)
        self._update_buttons()

    def select(self, action_id: int) -> None:
        for r, row in enumerate(self.rows):
            if row.action_id == action_id:
                self.table.selectRow(r)
                return

    def current_row(self) -> ReviewRow | None:
        r = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection() if self.table.selectionModel() else False
        return self.rows[r] if selected and 0 <= r < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        for button in (self.done_button, self.carry_button, self.drop_button):
            button.setEnabled(row is not None and not self.read_only)
        self.undo_button.setEnabled(row is not None and bool(row.outcome) and not self.read_only)

    def mark(self, outcome: str) -> None:
        row = self.current_row()
        if row is None or self.read_only:
            return
        dialog = MarkDialog(self, row, outcome, self.editor.meeting.starts_at.date())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        due = dialog.new_due_date() if outcome == ReviewOutcome.CARRIED_OVER.value else None
        if call_service(self, action_review.record_review, self.editor.db, self.editor.meeting_id, row.action_id,
                        outcome, dialog.note.text(), new_due_date=due) is FAILED:
            self.reload()
            return
        self._changed(row.action_id)

    def undo(self) -> None:
        row = self.current_row()
        if row is None or not row.outcome or self.read_only:
            return
        if call_service(self, action_review.undo_review, self.editor.db, self.editor.meeting_id,
                        row.action_id) is FAILED:
            return
        self._changed(row.action_id)

    def _changed(self, action_id: int) -> None:
        self.reload()
        self.select(action_id)
        self.editor.context.notify("action_items")
        self.editor.statusBar().showMessage(self.tr("Review saved."), 4000)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()


def history_text(db, action_id: int | None) -> str:
    """An action item's reviews at later meetings, one line each (for the Action items tab)."""
    if action_id is None:
        return ""
    lines = []
    for step in action_review.action_history(db, action_id):
        row = ReviewRow(action_id, 0, step.meeting_id, step.meeting_reference, step.meeting_date, "", (),
                        step.previous_due_date, "", False, step.outcome, step.note, step.new_due_date)
        line = QCoreApplication.translate("ActionReview", "Meeting %1 (%2): %3").replace(
            "%1", step.meeting_reference).replace("%2", fmt_date(step.meeting_date)).replace("%3", outcome_label(row))
        lines.append(f"{line} — {step.note}" if step.note else line)
    return "\n".join(lines) or QCoreApplication.translate("ActionReview", "Not reviewed at a later meeting yet.")
