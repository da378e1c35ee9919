"""The minutes' way from draft to approval: circulating them (keeping the PDF sent) and their revisions.

``add_minutes_actions`` puts "Circulate minutes…" and "Minutes revisions…" into the
editor's Meeting menu.
"""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...services import minutes_revisions as revisions
from ..dialogs.revisions_dialog import show_revisions
from ..core.formatting import fmt_date
from ..widgets.messages import FAILED, call_service, read_service

if TYPE_CHECKING:
    from .window import MeetingEditor


class CirculateDialog(QDialog):
    """When and to whom the minutes go; earlier circulations with the PDF each time sent."""

    def __init__(self, editor: "MeetingEditor") -> None:
        super().__init__(editor)
        self.editor = editor
        self.setWindowTitle(self.tr("Circulate the minutes of meeting %1").replace("%1", editor.meeting.reference))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sent_on = QDateEdit()
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("dd.MM.yyyy")
        today = date.today()
        self.sent_on.setDate(QDate(today.year, today.month, today.day))
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("e.g. Members of the Commission; the Ombudsman's office"))
        self.recipients.setMaximumHeight(80)
        form.addRow(self.tr("&Sent on:"), self.sent_on)
        form.addRow(self.tr("&To:"), self.recipients)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The minutes as they are now are printed to PDF and kept with this record.")))
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("Sent on"), self.tr("To"), self.tr("Revision"),
                                                self.tr("File")])
        self.history.verticalHeader().setVisible(False)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton(self.tr("&Open the PDF sent"))
        layout.addWidget(QLabel(self.tr("Circulated before:")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("&Circulate"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.circulate)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self.open_sent)
        self.send_button.setEnabled(not editor.meeting.is_locked)
        self.resize(640, 480)
        self.reload()

    def reload(self) -> None:
        self.rows = revisions.list_circulations(self.editor.db, self.editor.meeting_id)
        self.history.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (fmt_date(row.circulated_on), row.recipients,
                      str(row.revision_number) if row.revision_number else "", row.file_name)
            for c, value in enumerate(values):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.open_button.setEnabled(bool(self.rows))

    def circulate(self) -> None:
        if not self.recipients.toPlainText().strip():
            self.recipients.setFocus()
            self.editor.statusBar().showMessage(self.tr("Say to whom the minutes were sent."), 6000)
            return
        from ...io.documents import build_minutes  # reportlab: loaded when minutes are first sent

        buffer = io.BytesIO()
        built = read_service(self, build_minutes, self.editor.db, self.editor.meeting_id, buffer)
        if built is FAILED:
            return
        row = call_service(self, revisions.circulate_minutes, self.editor.db, self.editor.meeting_id,
                           self.sent_on.date().toPython(), self.recipients.toPlainText(), buffer.getvalue(),
                           built.suggested_name)
        if row is FAILED:
            return
        self.accept()

    def open_sent(self) -> None:
        r = self.history.currentRow()
        row = self.rows[r] if 0 <= r < len(self.rows) else (self.rows[0] if self.rows else None)
        if row is None:
            return
        data = read_service(self, revisions.circulated_pdf, self.editor.db, row.id)
        if data is not FAILED:
            from ..reports.pdf_preview import show_preview

            show_preview(self, data, self.tr("Minutes as sent on %1").replace("%1", fmt_date(row.circulated_on)),
                         row.file_name, self.editor.context.settings)


def circulate(editor: "MeetingEditor") -> None:
    if editor.is_dirty() and not editor.save():
        return
    if CirculateDialog(editor).exec() == QDialog.DialogCode.Accepted:
        editor.after_change()
        editor.statusBar().showMessage(QCoreApplication.translate("MinutesLifecycle", "The minutes are circulated; the PDF sent is kept."), 6000)


def revisions_of(editor: "MeetingEditor"):
    if editor.is_dirty() and not editor.save():
        return None
    return show_revisions(editor, editor.db, editor.meeting_id, editor.meeting.reference,
                          editor.meeting.is_locked, editor.after_change)


def add_minutes_actions(editor: "MeetingEditor", menu: QMenu) -> None:
    circulate_action = QAction(QCoreApplication.translate("MinutesLifecycle", "C&irculate minutes…"), editor)
    circulate_action.triggered.connect(lambda: circulate(editor))
    revisions_action = QAction(QCoreApplication.translate("MinutesLifecycle", "Minutes re&visions…"), editor)
    revisions_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
    revisions_action.triggered.connect(lambda: revisions_of(editor))
    menu.addAction(circulate_action)
    menu.addAction(revisions_action)
    editor.circulate_action, editor.revisions_action = circulate_action, revisions_action
