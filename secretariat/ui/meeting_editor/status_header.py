"""The editor's header: which meeting, its status, the next step, and the lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout

from ...models import Meeting, MeetingStatus
from ..core.formatting import fmt_datetime
from ..core.labels import label

if TYPE_CHECKING:
    from .window import MeetingEditor

NEXT_STATUS = {
    MeetingStatus.PLANNED.value: MeetingStatus.HELD.value,
    MeetingStatus.HELD.value: MeetingStatus.MINUTES_DRAFTED.value,
    MeetingStatus.MINUTES_DRAFTED.value: MeetingStatus.MINUTES_APPROVED.value,
    MeetingStatus.MINUTES_CIRCULATED.value: MeetingStatus.MINUTES_APPROVED.value,
}


class StatusHeader(QFrame):
    def __init__(self, editor: "MeetingEditor") -> None:
        super().__init__(editor)
        self.editor = editor
        self.setObjectName("meetingHeader")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        texts = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageHeading")
        self.title.setWordWrap(True)
        self.meta = QLabel()
        texts.addWidget(self.title)
        texts.addWidget(self.meta)
        top.addLayout(texts, 1)
        self.status = QLabel()
        self.status.setObjectName("statusPill")
        self.next_button = QPushButton()
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("Status"))
        self.back_button.setToolTip(self.tr("Set the status back to an earlier step"))
        self.back_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.back_menu = QMenu(self)
        self.back_button.setMenu(self.back_menu)
        self.reopen_button = QPushButton(self.tr("&Reopen minutes…"))
        for widget in (self.status, self.back_button, self.next_button, self.reopen_button):
            top.addWidget(widget)
        outer.addLayout(top)
        self.lock_banner = QLabel(self.tr(
            "The minutes are approved and locked against changes. The follow-up of action items "
            "(status, due date, responsible) can still be recorded. Reopening is recorded in the history."))
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet("QLabel#lockBanner { background: #fff3cd; color: #664d03; "
                                       "padding: 6px; border-radius: 4px; }")
        outer.addWidget(self.lock_banner)
        self.next_button.clicked.connect(self._next)
        self.reopen_button.clicked.connect(editor.reopen)
        self._next_status: str | None = None

    def load(self, meeting: Meeting) -> None:
        self.title.setText(meeting.title or self.tr("(untitled meeting)"))
        parts = [self.tr("No. %1").replace("%1", meeting.reference), fmt_datetime(meeting.starts_at),
                 label(meeting.kind)]
        if meeting.venue:
            parts.append(meeting.venue)
        self.meta.setText(" · ".join(parts))
        self.status.setText(self.tr("Status: %1").replace("%1", label(meeting.status)))
        locked = meeting.is_locked
        self._next_status = NEXT_STATUS.get(meeting.status)
        captions = {
            MeetingStatus.HELD.value: self.tr("Mark as &held"),
            MeetingStatus.MINUTES_DRAFTED.value: self.tr("Minutes &drafted"),
            MeetingStatus.MINUTES_APPROVED.value: self.tr("&Approve minutes…"),
        }
        self.next_button.setVisible(self._next_status is not None)
        if self._next_status is not None:
            self.next_button.setText(captions[self._next_status])
        self.reopen_button.setVisible(locked)
        self.lock_banner.setVisible(locked)
        self.back_menu.clear()
        order = [s.value for s in MeetingStatus]
        earlier = order[: order.index(meeting.status)] if meeting.status in order else []
        for status in earlier:
            action = QAction(label(status), self.back_menu)
            action.triggered.connect(lambda _c=False, s=status: self.editor.change_status(s))
            self.back_menu.addAction(action)
        self.back_button.setVisible(bool(earlier) and not locked)

    def _next(self) -> None:
        if self._next_status is not None:
            self.editor.change_status(self._next_status)
