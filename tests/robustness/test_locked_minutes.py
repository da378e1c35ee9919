"""Approved minutes cannot be changed by any meetings service without a recorded reopen.

Every public function of ``services.meetings`` is classified below; a new one fails
this test until someone decides whether it changes a meeting (then it must refuse on
approved minutes) or not.
"""

from __future__ import annotations

import inspect
from datetime import datetime
from typing import Any, Callable

import pytest
from sqlalchemy import func, select

from secretariat.db import Database
from secretariat.models import AuditEntry, Meeting, MeetingStatus
from secretariat.services import meetings
from secretariat.services.errors import LockedError

READ_ONLY = {
    "agenda_links", "count_meetings", "ensure_unlocked", "find_measures", "find_meeting", "find_recommendations", "get_meeting",
    "latest_meeting_id", "list_meetings", "measure_label", "meeting_history", "meeting_snapshot",
    "meeting_years", "meetings_with_drafts", "recommendation_label", "venues",
}
# Deliberately allowed on approved minutes, each for a stated reason.
ALLOWED = {
    "create_meeting": "makes another meeting",
    "duplicate_meeting": "copies the approved meeting into a new, planned one",
    "restore_meeting": "puts back a deleted meeting (approved ones cannot be deleted)",
    "reopen_minutes": "is the recorded reopen itself",
    "update_action_item": "action items are followed up after approval; they are not the minutes",
}


def _calls(m: Meeting) -> dict[str, Callable[[Database], Any]]:
    """Each mutating service, called on the approved meeting *m* or one of its parts."""
    item, decision, attendance, action = m.agenda_items[0], m.decisions[0], m.attendance[0], m.action_items[0]
    return {
        "update_meeting": lambda db: meetings.update_meeting(db, m.id, expected_version=m.version, title="x"),
        "delete_meeting": lambda db: meetings.delete_meeting(db, m.id),
        "set_status": lambda db: meetings.set_status(db, m.id, MeetingStatus.HELD.value),
        "add_attendance": lambda db: meetings.add_attendance(db, m.id, organization_id=attendance.organization_id
                                                             or 1),
        "update_attendance": lambda db: meetings.update_attendance(db, attendance.id, note="x"),
        "remove_attendance": lambda db: meetings.remove_attendance(db, attendance.id),
        "add_agenda_item": lambda db: meetings.add_agenda_item(db, m.id, "x"),
        "update_agenda_item": lambda db: meetings.update_agenda_item(db, item.id, heard="rewritten"),
        "move_agenda_item": lambda db: meetings.move_agenda_item(db, item.id, 3),
        "delete_agenda_item": lambda db: meetings.delete_agenda_item(db, item.id),
        "add_decision": lambda db: meetings.add_decision(db, m.id, "x", agenda_item_id=item.id),
        "update_decision": lambda db: meetings.update_decision(db, decision.id, text="x"),
        "delete_decision": lambda db: meetings.delete_decision(db, decision.id),
        "move_decision": lambda db: meetings.move_decision(db, decision.id, 2),
        "add_action_item": lambda db: meetings.add_action_item(db, m.id, "x"),
        "delete_action_item": lambda db: meetings.delete_action_item(db, action.id),
        "set_agenda_links": lambda db: meetings.set_agenda_links(db, item.id, measure_ids=[]),
    }


def _public_functions() -> set[str]:
    return {name for name, fn in inspect.getmembers(meetings, inspect.isfunction)
            if fn.__module__ == meetings.__name__ and not name.startswith("_")}


def _approved(db: Database) -> Meeting:
    with db.read() as s:
        ids = s.scalars(select(Meeting.id).where(Meeting.status == MeetingStatus.MINUTES_APPROVED.value)
                        .order_by(Meeting.id))
        for meeting_id in ids:
            full = meetings.get_meeting(db, meeting_id)
            if full.agenda_items and full.decisions and full.attendance and full.action_items:
                return full
    raise AssertionError("the demo data has no fully filled approved meeting")


MUTATING = (
    "update_meeting", "delete_meeting", "set_status", "add_attendance", "update_attendance",
    "remove_attendance", "add_agenda_item", "update_agenda_item", "move_agenda_item", "delete_agenda_item",
    "add_decision", "update_decision", "delete_decision", "move_decision", "add_action_item",
    "delete_action_item", "set_agenda_links",
)


def test_every_meetings_service_is_classified(demo_db: Database) -> None:
    assert set(_calls(_approved(demo_db))) == set(MUTATING)
    unclassified = _public_functions() - READ_ONLY - set(ALLOWED) - set(MUTATING)
    assert unclassified == set(), (
        f"new meetings service(s) {sorted(unclassified)}: add them to tests/robustness/test_locked_minutes.py "
        "(READ_ONLY, ALLOWED with a reason, or MUTATING and _calls if they change a meeting)")


@pytest.mark.parametrize("service", MUTATING)
def test_mutating_service_refuses_on_approved_minutes(service: str, demo_db: Database) -> None:
    meeting = _approved(demo_db)
    before = meetings.meeting_snapshot(demo_db, meeting.id)
    with demo_db.read() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(LockedError) as info:
        _calls(meeting)[service](demo_db)
    assert "Reopen them first" in str(info.value)
    assert meetings.meeting_snapshot(demo_db, meeting.id) == before
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before


def test_after_a_recorded_reopen_the_minutes_can_change(demo_db: Database) -> None:
    meeting = _approved(demo_db)
    meetings.reopen_minutes(demo_db, meeting.id, "A typo in decision 1.1")
    meetings.update_decision(demo_db, meeting.decisions[0].id, text="Corrected")
    with demo_db.read() as s:
        reopen = s.scalars(select(AuditEntry).where(AuditEntry.action == "reopen",
                                                    AuditEntry.record_id == meeting.id)).one()
    assert "A typo in decision 1.1" in reopen.summary
    assert meetings.get_meeting(demo_db, meeting.id).decisions[0].text == "Corrected"


def test_approved_meeting_can_be_duplicated_without_changing_it(demo_db: Database) -> None:
    meeting = _approved(demo_db)
    before = meetings.meeting_snapshot(demo_db, meeting.id)
    copy = meetings.duplicate_meeting(demo_db, meeting.id, datetime(2030, 1, 15, 10))
    assert copy.id != meeting.id
    assert meetings.meeting_snapshot(demo_db, meeting.id) == before
