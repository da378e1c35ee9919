"""Action items across meetings: open and overdue, by organization, back to the meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meetings_ui_helpers import close_meeting_editors, show_active, type_text  # noqa: F401 - autouse fixture
from secretariat.services import directory, meetings
from secretariat.ui.meeting_editor import find_editor
from secretariat.ui.pages.action_items import ActionItemsPage


def _texts(page: ActionItemsPage) -> list[str]:
    return [page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())]


def test_open_overdue_by_organization_and_back_to_the_meeting(qtbot, demo_context):
    page = ActionItemsPage(demo_context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    # Open ones first by due date (the demo's dates are all in the past: both are overdue).
    assert _texts(page) == ["Send the revised IHL Plan of Actions to the members",
                            "Prepare proposals on the accreditation of the Ombudsman"]
    assert "overdue" in page.model.data(page.model.index(0, 1))
    assert page.model.data(page.model.index(0, 4)) == "2024/1 (27/01/2024), decision 3.1"
    page.state.setCurrentIndex(page.state.findData("all"))
    assert len(_texts(page)) == 3
    # By organization: type part of its name in the filter.
    ombudsman = directory.find_organization(demo_context.db, "Ombudsman")
    page.organization.setCurrentIndex(page.organization.findData(ombudsman.id))
    assert _texts(page) == ["Prepare proposals on the accreditation of the Ombudsman"]
    page.organization.setCurrentIndex(0)
    type_text(qtbot, page.search, "red crescent")
    qtbot.waitUntil(lambda: _texts(page) == ["Send the revised IHL Plan of Actions to the members"])
    # Marking it done from the list, then it leaves the open ones.
    page.table.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)

    def sent():
        return [a for a in meetings.find_meeting(demo_context.db, "2024/1").action_items
                if a.text.startswith("Send the revised")][0]
    qtbot.waitUntil(lambda: sent().status == "done")
    assert sent().completed_on is not None
    page.search.clear()
    page.state.setCurrentIndex(page.state.findData("open"))
    assert _texts(page) == ["Prepare proposals on the accreditation of the Ombudsman"]
    # Enter leads back to the meeting, on its action items, with that action chosen.
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    meeting = meetings.find_meeting(demo_context.db, "2024/1")
    editor = find_editor(demo_context, meeting.id)
    assert editor is not None and editor.tabs.currentWidget() is editor.actions
    assert editor.actions.text.toPlainText() == "Prepare proposals on the accreditation of the Ombudsman"


def test_follow_up_is_recorded_on_approved_minutes(qtbot, demo_context):
    meeting = meetings.find_meeting(demo_context.db, "2024/1")
    action = [a for a in meeting.action_items if a.status == "in_progress"][0]
    page = ActionItemsPage(demo_context)
    qtbot.addWidget(page)
    from secretariat.ui.meeting_editor import open_meeting_editor

    editor = open_meeting_editor(demo_context, meeting.id, action_id=action.id)
    show_active(qtbot, editor)
    actions = editor.actions
    assert editor.meeting.is_locked and actions.text.isReadOnly() and not actions.new_button.isEnabled()
    actions.status.setCurrentIndex(actions.status.findData("done"))
    type_text(qtbot, actions.note, "Teklipler iberildi")
    qtbot.mouseClick(actions.save_button, Qt.MouseButton.LeftButton)
    saved = [a for a in meetings.get_meeting(demo_context.db, meeting.id).action_items if a.id == action.id][0]
    assert (saved.status, saved.completion_note) == ("done", "Teklipler iberildi")
    assert saved.text == action.text
    # The list elsewhere heard about it.
    page.state.setCurrentIndex(page.state.findData("open"))
    assert "Prepare proposals on the accreditation of the Ombudsman" not in _texts(page)
