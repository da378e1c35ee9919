"""Approving earlier minutes by a decision of a later meeting."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from secretariat.db import Database
from secretariat.services import meetings, minutes_approval
from secretariat.services.errors import LockedError, ValidationError
from secretariat.services.report_data import minutes_data


def _pair(db: Database):
    first = meetings.create_meeting(db, datetime(2024, 1, 27, 10), "Birinji mejlis", language="tk")
    meetings.set_status(db, first.id, "minutes_drafted")
    second = meetings.create_meeting(db, datetime(2024, 4, 2, 15), "Второе заседание", language="ru")
    return first, second


def test_the_decision_approves_and_locks_the_earlier_minutes(db: Database) -> None:
    first, second = _pair(db)
    assert [c.meeting_id for c in minutes_approval.minutes_to_approve(db, second.id)] == [first.id]
    item = minutes_approval.add_approval_item(db, second.id, first.id)
    assert item.title == "Об утверждении протокола № 1 от 27.01.2024" and item.approves_meeting_id == first.id
    decision = minutes_approval.approve_by_decision(db, item.id)
    assert decision.text == "Утвердить протокол № 1 от 27.01.2024." and decision.agenda_item_id == item.id
    approved = meetings.get_meeting(db, first.id)
    assert approved.is_locked and approved.approved_at_meeting_id == second.id
    assert approved.approved_on == date(2024, 4, 2)
    with pytest.raises(LockedError):
        meetings.update_meeting(db, first.id, title="changed")
    assert minutes_approval.minutes_to_approve(db, second.id) == []
    line = minutes_data(db, first.id).approval
    assert (line.meeting_number, line.meeting_date) == (2, date(2024, 4, 2))
    with pytest.raises(ValidationError, match="already approved"):
        minutes_approval.approve_by_decision(db, item.id)
    # reopening undoes the approval: the line goes until they are approved again
    meetings.reopen_minutes(db, first.id, "Typo in the attendance")
    assert minutes_data(db, first.id).approval is None


def test_only_earlier_minutes_can_be_approved(db: Database) -> None:
    first, second = _pair(db)
    with pytest.raises(ValidationError, match="earlier meeting"):
        minutes_approval.add_approval_item(db, first.id, second.id)
    with pytest.raises(ValidationError, match="earlier meeting"):
        minutes_approval.add_approval_item(db, second.id, second.id)
    plain = meetings.add_agenda_item(db, second.id, "Other business")
    with pytest.raises(ValidationError, match="names no minutes"):
        minutes_approval.approve_by_decision(db, plain.id)
