"""Offline check-out: a meeting copied to a laptop, edited there, and checked back in.

The database it came from is the ``db`` fixture (a SQLite file, and a PostgreSQL server);
meanwhile someone else edits it there, so the check-in meets changes on both sides.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from secretariat.db import BackupError, open_database
from secretariat.services import checkin as checkin_service
from secretariat.services import checkout as checkout_service
from secretariat.services import directory, meetings, minutes_revisions, plans
from secretariat.services.audit import history
from secretariat.services.checkout import CheckoutError


def _meeting(db):
    ministry = directory.create_organization(db, "Ministry of Justice", short_name="MoJ")
    person = directory.create_person(db, "Aýna Meredowa", organization_id=ministry.id)
    plan = plans.create_plan(db, "National Action Plan on Human Rights")
    measure = plans.create_measure(db, plan.id, "1.1", "Train judges on the Convention")
    meeting = meetings.create_meeting(db, starts_at=datetime(2026, 3, 4, 10), title="Spring session",
                                      venue="Aşgabat")
    meetings.add_attendance(db, meeting.id, person_id=person.id)
    item = meetings.add_agenda_item(db, meeting.id, "Implementation of the plan")
    meetings.set_agenda_links(db, item.id, measure_ids=[measure.id])
    decision = meetings.add_decision(db, meeting.id, "Take note of the report.", agenda_item_id=item.id)
    action = meetings.add_action_item(db, meeting.id, "Prepare the training", responsible_ids=[ministry.id],
                                      decision_id=decision.id, due_date=date(2026, 6, 1))
    return meeting, item, decision, action, person, ministry, measure


def test_check_out_edit_offline_and_check_in_with_a_conflict(db, tmp_path: Path):
    meeting, item, decision, action, person, ministry, measure = _meeting(db)
    copy_path = tmp_path / "laptop" / "spring.sqlite"
    result = checkout_service.checkout(db, meeting.id, copy_path)
    assert result.path == copy_path and copy_path.is_file()

    mark = checkout_service.checkout_of(db, meeting.id)
    assert mark is not None and mark.file_name == "spring.sqlite"
    assert [r.checked_out_to for r in meetings.list_meetings(db)] == [mark.who]  # marked in the list
    with pytest.raises(CheckoutError):
        checkout_service.checkout(db, meeting.id, tmp_path / "again.sqlite")

    # -- offline, on the laptop: the copy is an ordinary database holding what the minutes need
    laptop = open_database(copy_path)
    try:
        info = checkout_service.copy_info(laptop)
        assert info is not None and info.meeting_id == meeting.id and info.checked_in_at is None
        local = meetings.get_meeting(laptop, meeting.id)
        assert [a.person_id for a in local.attendance] == [person.id]
        assert meetings.agenda_links(laptop, item.id)[0][0].id == measure.id
        minutes_revisions.save_minutes(laptop, meeting.id, {item.id: {"heard": "<p>Minister reported.</p>"}})
        meetings.update_meeting(laptop, meeting.id, venue="Mary", title="Spring session (laptop)")
        newcomer = directory.create_person(laptop, "Merdan Öwezow", organization_id=ministry.id)
        meetings.add_attendance(laptop, meeting.id, person_id=newcomer.id)
        new_decision = meetings.add_decision(laptop, meeting.id, "Approve the training plan.",
                                             agenda_item_id=item.id)
        meetings.add_action_item(laptop, meeting.id, "Report back in June", responsible_ids=[ministry.id],
                                 decision_id=new_decision.id)
        meetings.update_action_item(laptop, action.id, text="Prepare the training for 40 judges")
    finally:
        laptop.dispose()

    # -- meanwhile on the database: someone else edits the same meeting
    meetings.update_meeting(db, meeting.id, title="Spring session (office)", notes="Room booked")
    server_person = directory.create_person(db, "Someone created meanwhile")
    server_action = meetings.add_action_item(db, meeting.id, "Added in the office")

    plan = checkin_service.plan_checkin(db, copy_path)
    assert [c.key for c in plan.conflicts] == [f"meeting:{meeting.id}"]
    conflict = plan.conflicts[0]
    assert conflict.mine == {"Title": "Spring session (laptop)"}
    assert conflict.theirs == {"Title": "Spring session (office)"}
    assert any("Merdan" in line for line in plan.added)

    with pytest.raises(checkin_service.UnresolvedConflicts):
        checkin_service.checkin(db, copy_path)
    assert checkout_service.checkout_of(db, meeting.id) is not None  # nothing was written

    done = checkin_service.checkin(db, copy_path, {conflict.key: "theirs"})
    saved = meetings.get_meeting(db, meeting.id)
    assert saved.title == "Spring session (office)"      # their choice, as chosen
    assert saved.venue == "Mary" and saved.notes == "Room booked"  # each side's other change kept
    assert "Minister reported" in saved.agenda_items[0].heard
    texts = {a.text for a in saved.action_items}
    assert texts == {"Prepare the training for 40 judges", "Report back in June", "Added in the office"}
    new_person_id = done.new_ids["person"][newcomer.id]
    assert new_person_id not in (person.id, server_person.id)
    assert {a.person_id for a in saved.attendance} == {person.id, new_person_id}
    reported = next(a for a in saved.action_items if a.text == "Report back in June")
    assert reported.decision.text == "Approve the training plan." and [o.id for o in reported.responsible] == [ministry.id]
    assert server_action.id in {a.id for a in saved.action_items}
    assert checkout_service.checkout_of(db, meeting.id) is None
    assert [r.checked_out_to for r in meetings.list_meetings(db)] == [None]
    # nothing typed is lost: the title set aside is in the check-in's audit entry
    from secretariat.models import Meeting
    with db.read() as s:
        entry = next(e for e in history(s, Meeting.__tablename__, meeting.id) if e.action == "checkin")
        assert "Spring session (laptop)" in entry.changes
    with pytest.raises(CheckoutError):
        checkin_service.checkin(db, copy_path)  # the copy is marked as checked in


def test_keep_mine_and_a_record_deleted_meanwhile(db, tmp_path: Path):
    meeting, item, decision, action, person, ministry, measure = _meeting(db)
    copy_path = tmp_path / "copy.sqlite"
    checkout_service.checkout(db, meeting.id, copy_path)
    laptop = open_database(copy_path)
    try:
        meetings.update_action_item(laptop, action.id, text="Changed offline")
        meetings.update_decision(laptop, decision.id, text="Decided offline")
    finally:
        laptop.dispose()
    meetings.update_decision(db, decision.id, text="Decided in the office")
    meetings.delete_action_item(db, action.id)
    plan = checkin_service.plan_checkin(db, copy_path)
    kinds = {c.table: c.kind for c in plan.conflicts}
    assert kinds == {"decision": "changed", "action_item": "deleted_there"}
    done = checkin_service.checkin(db, copy_path, keep="mine")
    saved = meetings.get_meeting(db, meeting.id)
    assert [d.text for d in saved.decisions] == ["Decided offline"]
    assert [a.text for a in saved.action_items] == ["Changed offline"]  # put back, with a new id
    assert saved.action_items[0].id == done.new_ids["action_item"][action.id]


def test_an_existing_file_is_never_replaced(db, tmp_path: Path):
    meeting = meetings.create_meeting(db, starts_at=datetime(2026, 3, 4, 10))
    target = tmp_path / "taken.sqlite"
    target.write_bytes(b"mine")
    with pytest.raises(BackupError):
        checkout_service.checkout(db, meeting.id, target)
    assert target.read_bytes() == b"mine" and checkout_service.checkout_of(db, meeting.id) is None


def test_cancel_a_check_out(db, tmp_path: Path):
    meeting = meetings.create_meeting(db, starts_at=datetime(2026, 3, 4, 10))
    copy_path = tmp_path / "lost.sqlite"
    checkout_service.checkout(db, meeting.id, copy_path)
    checkout_service.cancel_checkout(db, meeting.id)
    assert checkout_service.checkout_of(db, meeting.id) is None
    with pytest.raises(CheckoutError):
        checkin_service.checkin(db, copy_path)


def test_action_review_made_offline_comes_back(db, tmp_path: Path):
    from secretariat.services import action_review

    earlier = meetings.create_meeting(db, starts_at=datetime(2026, 1, 20, 10))
    pending = meetings.add_action_item(db, earlier.id, "Translate the report", due_date=date(2026, 2, 1))
    meeting = meetings.create_meeting(db, starts_at=datetime(2026, 3, 4, 10))
    copy_path = tmp_path / "review.sqlite"
    checkout_service.checkout(db, meeting.id, copy_path)
    laptop = open_database(copy_path)
    try:
        action_review.add_review_item(laptop, meeting.id)
        action_review.record_review(laptop, meeting.id, pending.id, "done", note="Sent on 1 March")
    finally:
        laptop.dispose()
    plan = checkin_service.plan_checkin(db, copy_path)
    assert not plan.conflicts
    checkin_service.checkin(db, copy_path)
    rows = action_review.review_rows(db, meeting.id)
    assert [(r.action_id, r.outcome, r.note) for r in rows] == [(pending.id, "done", "Sent on 1 March")]
    assert meetings.get_meeting(db, earlier.id).action_items[0].status == "done"
    assert action_review.review_item(db, meeting.id) is not None


def test_minutes_approved_meanwhile_refuse_the_copy_in_words(db, tmp_path: Path):
    from secretariat.models import MeetingStatus

    meeting = meetings.create_meeting(db, starts_at=datetime(2026, 3, 4, 10))
    item = meetings.add_agenda_item(db, meeting.id, "Opening")
    copy_path = tmp_path / "locked.sqlite"
    checkout_service.checkout(db, meeting.id, copy_path)
    laptop = open_database(copy_path)
    try:
        meetings.update_agenda_item(laptop, item.id, heard="<p>Typed offline</p>")
    finally:
        laptop.dispose()
    meetings.set_status(db, meeting.id, MeetingStatus.MINUTES_APPROVED.value)
    with pytest.raises(CheckoutError, match="approved and locked"):
        checkin_service.checkin(db, copy_path, keep="mine")
    assert meetings.get_meeting(db, meeting.id).agenda_items[0].heard == ""
    assert checkout_service.checkout_of(db, meeting.id) is not None


def test_text_typed_but_not_saved_in_the_copy_stops_the_check_in(db, tmp_path: Path):
    from secretariat.services import drafts

    meeting = meetings.create_meeting(db, starts_at=datetime(2026, 3, 4, 10))
    item = meetings.add_agenda_item(db, meeting.id, "Opening")
    copy_path = tmp_path / "drafts.sqlite"
    checkout_service.checkout(db, meeting.id, copy_path)
    laptop = open_database(copy_path)
    try:
        drafts.save_draft(laptop, "agenda_item", item.id, "heard", "<p>Not saved yet</p>")
    finally:
        laptop.dispose()
    with pytest.raises(CheckoutError, match="typed but not saved"):
        checkin_service.plan_checkin(db, copy_path)
    assert checkout_service.checkout_of(db, meeting.id) is not None
