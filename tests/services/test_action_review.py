"""The review of earlier action items at a new meeting: marks, history, undo, locking, minutes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from secretariat.db import Database
from secretariat.services import action_review, directory, meetings
from secretariat.services.errors import LockedError, ValidationError
from secretariat.services.report_data import minutes_data


def _two_meetings(db: Database):
    moj = directory.create_organization(db, "Министерство юстиции", "ministry")
    first = meetings.create_meeting(db, datetime(2024, 1, 27, 10), "Первое заседание", language="ru")
    a1 = meetings.add_action_item(db, first.id, "Подготовить доклад", responsible_ids=[moj.id],
                                  due_date=date(2024, 3, 1))
    a2 = meetings.add_action_item(db, first.id, "Translate the plan", due_date=date(2024, 9, 1))
    a3 = meetings.add_action_item(db, first.id, "Ýygnak guramak")
    closed = meetings.add_action_item(db, first.id, "Already done", status="done")
    second = meetings.create_meeting(db, datetime(2024, 4, 2, 15), "Второе заседание", language="ru")
    later = meetings.create_meeting(db, datetime(2024, 6, 1, 15), "Later")
    meetings.add_action_item(db, later.id, "Not yet reviewable")
    return first, second, later, (a1, a2, a3, closed), moj


def test_review_lists_open_and_overdue_actions_of_earlier_meetings(db: Database) -> None:
    _first, second, _later, (a1, a2, a3, _closed), moj = _two_meetings(db)
    rows = action_review.review_rows(db, second.id)
    assert [r.action_id for r in rows] == [a1.id, a2.id, a3.id]
    assert [r.overdue for r in rows] == [True, False, False]
    assert rows[0].responsible == (moj.name,) and rows[0].meeting_reference == "2024/1"
    assert action_review.pending_count(db, second.id) == 3


def test_review_item_is_offered_once_in_the_meeting_language(db: Database) -> None:
    _first, second, *_ = _two_meetings(db)
    item = action_review.add_review_item(db, second.id)
    assert item.title == action_review.REVIEW_TITLES["ru"] and item.purpose == "action_review"
    assert action_review.review_item(db, second.id).id == item.id
    with pytest.raises(ValidationError, match="already"):
        action_review.add_review_item(db, second.id)
    copy = meetings.duplicate_meeting(db, second.id, datetime(2024, 9, 1))
    assert action_review.review_item(db, copy.id) is not None


def test_marks_change_the_actions_and_are_kept_in_their_history(db: Database) -> None:
    _first, second, _later, (a1, a2, a3, _closed), _moj = _two_meetings(db)
    action_review.record_review(db, second.id, a1.id, "done", "Доклад направлен")
    action_review.record_review(db, second.id, a2.id, "carried_over", "Awaiting the ministry",
                                new_due_date=date(2024, 12, 31))
    action_review.record_review(db, second.id, a3.id, "dropped", "No longer needed")
    loaded = {a.id: a for a in meetings.get_meeting(db, _first.id).action_items}
    assert (loaded[a1.id].status, loaded[a1.id].completed_on, loaded[a1.id].completion_note) == (
        "done", date(2024, 4, 2), "Доклад направлен")
    assert (loaded[a2.id].status, loaded[a2.id].due_date) == ("open", date(2024, 12, 31))
    assert loaded[a3.id].status == "cancelled"
    # the reviewed items stay in this meeting's review, with their marks and the due date they had
    rows = {r.action_id: r for r in action_review.review_rows(db, second.id)}
    assert rows[a2.id].outcome == "carried_over" and rows[a2.id].due_date == date(2024, 9, 1)
    assert rows[a2.id].new_due_date == date(2024, 12, 31)
    assert action_review.pending_count(db, second.id) == 0
    history = action_review.action_history(db, a2.id)
    assert [(h.meeting_reference, h.outcome, h.note, h.previous_due_date, h.new_due_date) for h in history] == [
        ("2024/2", "carried_over", "Awaiting the ministry", date(2024, 9, 1), date(2024, 12, 31))]


def test_a_mark_can_be_changed_or_undone(db: Database) -> None:
    _first, second, _later, (a1, *_rest), _moj = _two_meetings(db)
    action_review.record_review(db, second.id, a1.id, "done")
    action_review.record_review(db, second.id, a1.id, "carried_over", new_due_date=date(2024, 5, 1))
    action = next(a for a in meetings.get_meeting(db, _first.id).action_items if a.id == a1.id)
    assert (action.status, action.due_date, action.completed_on) == ("open", date(2024, 5, 1), None)
    assert len(action_review.action_history(db, a1.id)) == 1
    action_review.undo_review(db, second.id, a1.id)
    action = next(a for a in meetings.get_meeting(db, _first.id).action_items if a.id == a1.id)
    assert (action.status, action.due_date) == ("open", date(2024, 3, 1))
    assert action_review.action_history(db, a1.id) == []


def test_bad_marks_are_refused_with_a_reason(db: Database) -> None:
    first, second, later, (a1, a2, a3, closed), _moj = _two_meetings(db)
    with pytest.raises(ValidationError, match="new due date"):
        action_review.record_review(db, second.id, a2.id, "carried_over")
    with pytest.raises(ValidationError, match="after the meeting"):
        action_review.record_review(db, second.id, a2.id, "carried_over", new_due_date=date(2024, 4, 2))
    with pytest.raises(ValidationError, match="why"):
        action_review.record_review(db, second.id, a3.id, "dropped", "  ")
    with pytest.raises(ValidationError, match="earlier meetings"):
        action_review.record_review(db, first.id, a1.id, "done")
    with pytest.raises(ValidationError, match="no longer open"):
        action_review.record_review(db, second.id, closed.id, "done")
    with pytest.raises(ValidationError):
        action_review.record_review(db, second.id, a1.id, "finished")
    meetings.set_status(db, second.id, "minutes_approved")
    with pytest.raises(LockedError):
        action_review.record_review(db, second.id, a1.id, "done")


def test_the_minutes_carry_the_review_table(db: Database) -> None:
    _first, second, _later, (a1, a2, *_rest), _moj = _two_meetings(db)
    action_review.add_review_item(db, second.id)
    action_review.record_review(db, second.id, a1.id, "done", "Sent")
    action_review.record_review(db, second.id, a2.id, "carried_over", new_due_date=date(2024, 12, 31))
    data = minutes_data(db, second.id)
    assert [(r.text, r.outcome) for r in data.review] == [
        ("Подготовить доклад", "done"), ("Translate the plan", "carried_over")]


def test_deleting_the_reviewing_meeting_takes_its_marks_back(db: Database) -> None:
    first, second, _later, (a1, a2, *_rest), _moj = _two_meetings(db)
    action_review.record_review(db, second.id, a1.id, "done")
    action_review.record_review(db, second.id, a2.id, "carried_over", new_due_date=date(2024, 12, 31))
    meetings.delete_meeting(db, second.id)
    actions = {a.id: a for a in meetings.get_meeting(db, first.id).action_items}
    assert (actions[a1.id].status, actions[a1.id].completed_on) == ("open", None)
    assert actions[a2.id].due_date == date(2024, 9, 1)
    assert action_review.action_history(db, a1.id) == []


def test_two_secretaries_marking_one_action_at_once(db: Database) -> None:
    """On a shared database: the second mark made meanwhile is refused with words, or replaces the first."""
    import threading

    from secretariat.db.errors import ConcurrentChangeError

    _first, second, _later, (a1, *_rest), _moj = _two_meetings(db)
    results: list = []

    def other_mark() -> None:
        try:
            results.append(action_review.record_review(db, second.id, a1.id, "carried_over", "Ждём министерство",
                                                       new_due_date=date(2024, 12, 31)))
        except Exception as exc:  # noqa: BLE001 - the test reports what the second mark met
            results.append(exc)

    thread = threading.Thread(target=other_mark)
    with db.write() as s:  # the first mark's transaction is still open when the second starts
        from secretariat.models import ActionItem, ActionItemEvent

        action = s.get(ActionItem, a1.id)
        s.add(ActionItemEvent(action_item_id=a1.id, meeting_id=second.id, outcome="done", note="Сделано",
                              previous_status=action.status, previous_due_date=action.due_date, os_user="first"))
        action.status = "done"
        s.flush()  # written, not yet committed
        thread.start()
        thread.join(1.0)
    thread.join(30)
    [outcome] = results
    # worded ("Someone else saved the same record at the same moment..."), never a raw database error
    assert isinstance(outcome, ConcurrentChangeError) or outcome.outcome == "carried_over", outcome
    rows = {r.action_id: r for r in action_review.review_rows(db, second.id)}
    assert rows[a1.id].outcome in ("done", "carried_over")  # one mark, whole: never a half of each
    history = action_review.action_history(db, a1.id)
    assert len(history) == 1
