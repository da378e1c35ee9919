"""Driving the review of earlier action items and the approval of earlier minutes in the editor."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QLineEdit

from meetings_ui_helpers import button, close_meeting_editors, show_active, type_text, when_dialog  # noqa: F401
from secretariat.services import action_review, directory, meetings
from secretariat.ui.meeting_editor import open_meeting_editor
from secretariat.ui.meeting_editor.action_review import ActionReviewBox
from secretariat.ui.meeting_editor.follow_up import ApprovalBox


def _earlier_and_new(db):
    moj = directory.create_organization(db, "Adalat ministrligi", "ministry")
    first = meetings.create_meeting(db, datetime(2024, 1, 27, 10), "Birinji mejlis", language="tk")
    done = meetings.add_action_item(db, first.id, "Hasabaty taýýarlamak", responsible_ids=[moj.id],
                                    due_date=date(2024, 3, 1))
    later = meetings.add_action_item(db, first.id, "Translate the plan", due_date=date(2024, 9, 1))
    meetings.set_status(db, first.id, "minutes_drafted")
    second = meetings.create_meeting(db, datetime(2024, 4, 2, 15), "Ikinji mejlis", language="tk")
    return first, second, done, later


def _answer(qtbot, note: str, due: QDate | None = None):
    def act(dialog: QDialog) -> None:
        if due is not None:
            dialog.findChild(QDateEdit).setDate(due)
        type_text(qtbot, dialog.findChild(QLineEdit), note)
        qtbot.mouseClick(button(dialog, "OK"), Qt.MouseButton.LeftButton)
    return act


def test_secretary_reviews_earlier_actions_and_approves_earlier_minutes(qtbot, context):
    first, second, done, later = _earlier_and_new(context.db)
    editor = open_meeting_editor(context, second.id)
    show_active(qtbot, editor)
    editor.show_tab("agenda")
    bar = editor.agenda.follow_up
    assert bar.review_button.isVisible() and "2 open" in bar.review_button.text()
    qtbot.mouseClick(bar.review_button, Qt.MouseButton.LeftButton)
    assert not bar.review_button.isVisible()
    item = action_review.review_item(context.db, second.id)
    assert item.title == action_review.REVIEW_TITLES["tk"]

    editor.show_tab("minutes")
    editor.minutes.select(item.id)
    box = editor.minutes.current_pane().follow_up
    assert isinstance(box, ActionReviewBox) and box.table.rowCount() == 2
    assert "overdue" in box.table.item(0, 3).text()
    assert not box.done_button.isEnabled()  # nothing chosen yet

    box.table.selectRow(0)
    when_dialog(qtbot, _answer(qtbot, "Iberildi"))
    qtbot.mouseClick(box.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.table.item(0, 4).text() == "Done")
    box.table.selectRow(1)
    when_dialog(qtbot, _answer(qtbot, "Awaiting the ministry", QDate(2024, 12, 31)))
    qtbot.mouseClick(box.carry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.table.item(1, 4).text().startswith("Carried over to "))
    assert "All earlier action items are reviewed" in box.summary.text()
    actions = {a.id: a for a in meetings.get_meeting(context.db, first.id).action_items}
    assert actions[done.id].status == "done" and actions[done.id].completion_note == "Iberildi"
    assert actions[later.id].due_date == date(2024, 12, 31)
    # a mistaken mark is taken back
    box.table.selectRow(0)
    qtbot.mouseClick(box.undo_button, Qt.MouseButton.LeftButton)
    assert box.table.item(0, 4).text() == ""
    assert meetings.get_meeting(context.db, first.id).action_items[0].status == "open"
    # the earlier meeting's action items show their history
    earlier = open_meeting_editor(context, first.id)
    earlier.show_tab("actions")
    earlier.actions.select(later.id)
    assert earlier.actions.reviews.text().startswith("Meeting 2024/2 (")
    assert "Carried over to" in earlier.actions.reviews.text() and "Awaiting the ministry" in earlier.actions.reviews.text()
    earlier.actions.select(done.id)
    assert earlier.actions.reviews.text() == "Not reviewed at a later meeting yet."
    earlier.close()

    # approving the earlier minutes: an agenda item naming them, then its decision
    editor.show_tab("agenda")
    when_dialog(qtbot, lambda dialog: dialog.accept())
    qtbot.mouseClick(bar.approve_button, Qt.MouseButton.LeftButton)
    approval = [i for i in meetings.get_meeting(context.db, second.id).agenda_items
                if i.purpose == "approve_minutes"][0]
    assert approval.approves_meeting_id == first.id and "27.01.2024" in approval.title
    editor.show_tab("minutes")
    editor.minutes.select(approval.id)
    approve_box = editor.minutes.current_pane().follow_up
    assert isinstance(approve_box, ApprovalBox) and approve_box.button.isEnabled()
    qtbot.mouseClick(approve_box.button, Qt.MouseButton.LeftButton)
    assert meetings.get_meeting(context.db, first.id).is_locked
    assert not approve_box.button.isEnabled() and "approved" in approve_box.state.text()
