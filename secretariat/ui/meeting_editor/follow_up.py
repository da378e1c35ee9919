"""What carries one meeting into the next: the review and approval agenda items.

``FollowUpBar`` offers, on the Agenda tab, the item "Review of decisions and action
items" (when earlier meetings left open action items) and an item approving earlier
minutes; ``follow_up_box`` gives the minutes pane of such an item its extra part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ...models import AgendaItem, AgendaPurpose, Meeting
from ...services import action_review, meetings, minutes_approval
from ..core.formatting import fmt_date
from ..widgets.messages import FAILED, call_service, read_service
from .action_review import ActionReviewBox

if TYPE_CHECKING:
    from .window import MeetingEditor


class FollowUpBar(QWidget):
    """Buttons that add the review item and an approval item to the agenda."""

    def __init__(self, editor: "MeetingEditor", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.review_button = QPushButton(self.tr("Add &review of action items"))
        self.review_button.setToolTip(self.tr("An item \u201cReview of decisions and action items\u201d listing the "
                                              "open action items of earlier meetings"))
        self.approve_button = QPushButton(self.tr("Approve earlier &minutes…"))
        self.approve_button.setToolTip(self.tr("An item approving the minutes of an earlier meeting"))
        layout.addWidget(self.review_button)
        layout.addWidget(self.approve_button)
        layout.addStretch(1)
        self.review_button.clicked.connect(self.add_review)
        self.approve_button.clicked.connect(self.add_approval)

    def load(self, meeting: Meeting) -> None:
        has_review = any(i.purpose == AgendaPurpose.ACTION_REVIEW.value for i in meeting.agenda_items)
        pending = 0 if has_review else action_review.pending_count(self.editor.db, self.editor.meeting_id)
        self.review_button.setVisible(not has_review)
        self.review_button.setText(self.tr("Add &review of action items (%n open)", "", pending) if pending
                                   else self.tr("Add &review of action items"))

    def set_read_only(self, read_only: bool) -> None:
        self.review_button.setEnabled(not read_only)
        self.approve_button.setEnabled(not read_only)

    def add_review(self) -> None:
        item = call_service(self, action_review.add_review_item, self.editor.db, self.editor.meeting_id)
        if item is not FAILED:
            self.editor.after_change()
            self.editor.agenda.select(item.id)

    def add_approval(self) -> None:
        waiting = read_service(self, minutes_approval.minutes_to_approve, self.editor.db, self.editor.meeting_id)
        if waiting is FAILED:
            return
        if not waiting:
            self.editor.statusBar().showMessage(self.tr("No earlier minutes are waiting for approval."), 6000)
            return
        labels = [self.tr("No. %1 of %2 — %3").replace("%1", c.reference).replace("%2", fmt_date(c.starts_at_date))
                  .replace("%3", c.title) for c in waiting]
        chosen, ok = QInputDialog.getItem(self, self.tr("Approve earlier minutes"),
                                          self.tr("Minutes to approve at this meeting:"), labels, 0, False)
        if not ok:
            return
        choice = waiting[labels.index(chosen)]
        item = call_service(self, minutes_approval.add_approval_item, self.editor.db, self.editor.meeting_id,
                            choice.meeting_id)
        if item is not FAILED:
            self.editor.after_change()
            self.editor.agenda.select(item.id)


class ApprovalBox(QGroupBox):
    """The approval item's decision: one click records it and approves the earlier minutes."""

    def __init__(self, editor: "MeetingEditor", item: AgendaItem) -> None:
        super().__init__(QCoreApplication.translate("ApprovalBox", "APPROVAL of earlier minutes"))
        self.editor = editor
        self.item_id = item.id
        self.approves_id = item.approves_meeting_id
        self.read_only = False
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.button = QPushButton(self.tr("Record the decision and &approve them"))
        layout.addWidget(self.state)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.approve)
        self._approved = False

    def reload(self) -> None:
        if self.approves_id is None:
            self.state.setText(self.tr("The minutes this item was to approve no longer exist."))
            self._approved = True
        else:
            try:
                earlier = meetings.get_meeting(self.editor.db, self.approves_id)
            except Exception:  # noqa: BLE001 - deleted meanwhile: say so instead of failing
                earlier = None
            if earlier is None:
                self.state.setText(self.tr("The minutes this item was to approve no longer exist."))
                self._approved = True
            elif earlier.is_locked:
                self.state.setText(self.tr("The minutes of meeting %1 are approved.").replace("%1", earlier.reference))
                self._approved = True
            else:
                self.state.setText(self.tr("Recording the decision approves the minutes of meeting %1 and locks "
                                           "them.").replace("%1", earlier.reference))
                self._approved = False
        self.button.setEnabled(not self._approved and not self.read_only)

    def approve(self) -> None:
        if call_service(self, minutes_approval.approve_by_decision, self.editor.db, self.item_id) is FAILED:
            return
        self.editor.after_change()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.button.setEnabled(not self._approved and not read_only)


def follow_up_box(editor: "MeetingEditor", item: AgendaItem) -> ActionReviewBox | ApprovalBox | None:
    """The extra part of a review or approval item's minutes; None for an ordinary item."""
    if item.purpose == AgendaPurpose.ACTION_REVIEW.value:
        return ActionReviewBox(editor)
    if item.purpose == AgendaPurpose.APPROVE_MINUTES.value:
        return ApprovalBox(editor, item)
    return None
