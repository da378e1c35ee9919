"""Meeting services added for the secretary's day: duplicate, decisions, links, undo, drafts."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from secretariat.db import Database
from secretariat.models import AuditEntry
from secretariat.services import action_items, directory, drafts, meetings, plans, recommendations
from secretariat.services.action_items import ActionQuery
from secretariat.services.errors import LockedError, ValidationError


def _meeting_with_minutes(db: Database):
    mfa = directory.create_organization(db, "Daşary işler ministrligi", "ministry", short_name="DIM")
    moj = directory.create_organization(db, "Министерство юстиции", "ministry", short_name="Минюст")
    chair = directory.create_person(db, "Raşid Meredow", organization_id=mfa.id)
    m = meetings.create_meeting(db, datetime(2024, 1, 27, 10), "Итоги 2023 года", venue="Aşgabat",
                                chair_id=chair.id, ends_at=datetime(2024, 1, 27, 12, 30))
    meetings.add_attendance(db, m.id, person_id=chair.id, organization_id=mfa.id, role="chair")
    meetings.add_attendance(db, m.id, organization_id=moj.id, presence="represented", represented_by="Deputy")
    first = meetings.add_agenda_item(db, m.id, "Results of 2023", heard="<p>Hasabat</p>")
    standing = meetings.add_agenda_item(db, m.id, "Review of open actions", is_standing=True, presenter="DIM")
    d1 = meetings.add_decision(db, m.id, "Take note", first.id)
    meetings.add_action_item(db, m.id, "Send the report", responsible_ids=[moj.id], decision_id=d1.id,
                             due_date=date(2024, 3, 1))
    return m, first, standing, mfa, moj, chair


def test_duplicate_carries_attendance_and_standing_agenda(db: Database) -> None:
    m, _first, standing, mfa, moj, chair = _meeting_with_minutes(db)
    meetings.set_status(db, m.id, "minutes_approved")
    copy = meetings.duplicate_meeting(db, m.id, datetime(2024, 4, 2, 15))
    loaded = meetings.get_meeting(db, copy.id)
    assert (loaded.year, loaded.number, loaded.status) == (2024, 2, "planned")
    assert loaded.title == "Итоги 2023 года" and loaded.venue == "Aşgabat" and loaded.chair_id == chair.id
    assert loaded.ends_at == datetime(2024, 4, 2, 17, 30)
    assert [(a.organization_id, a.role, a.presence, a.represented_by) for a in loaded.attendance] == [
        (mfa.id, "chair", "present", ""), (moj.id, "member", "present", "")]
    assert [(i.position, i.title, i.is_standing, i.heard) for i in loaded.agenda_items] == [
        (1, standing.title, True, "")]
    assert loaded.decisions == [] and loaded.action_items == []
    assert meetings.latest_meeting_id(db) == copy.id
    other = meetings.duplicate_meeting(db, m.id, datetime(2025, 2, 1), title="Ýygnak")
    assert (other.year, other.number, other.title) == (2025, 1, "Ýygnak")


def test_deleting_a_decision_renumbers_the_rest_and_move_reorders(db: Database) -> None:
    m, first, *_ = _meeting_with_minutes(db)
    d2 = meetings.add_decision(db, m.id, "Second", first.id)
    d3 = meetings.add_decision(db, m.id, "Third", first.id)
    meetings.move_decision(db, d3.id, 1)
    numbers = {d.text: d.number for d in meetings.get_meeting(db, m.id).decisions}
    assert numbers == {"Third": "1.1", "Take note": "1.2", "Second": "1.3"}
    meetings.delete_decision(db, d2.id)
    numbers = {d.text: d.number for d in meetings.get_meeting(db, m.id).decisions}
    assert numbers == {"Third": "1.1", "Take note": "1.2"}


def test_agenda_links_to_measures_and_recommendations(db: Database) -> None:
    m, first, *_ = _meeting_with_minutes(db)
    plan = plans.create_plan(db, "National Action Plan on Human Rights 2021-2025", short_title="NAP HR")
    measure = plans.create_measure(db, plan.id, "2.3.1", "Провести обучение судей")
    rec = recommendations.create_recommendation(db, "Ratify the Optional Protocol", paragraph="140.7",
                                                cycle=4, body="UPR")
    assert [t.id for t in meetings.find_measures(db, "ОБУЧЕНИЕ")] == [measure.id]
    assert "NAP HR 2.3.1" in meetings.find_measures(db, "судей")[0].label
    assert [t.id for t in meetings.find_recommendations(db, "optional protocol")] == [rec.id]
    meetings.set_agenda_links(db, first.id, measure_ids=[measure.id], recommendation_ids=[rec.id])
    linked_measures, linked_recs = meetings.agenda_links(db, first.id)
    assert [t.id for t in linked_measures] == [measure.id] and [t.id for t in linked_recs] == [rec.id]
    assert "140.7" in linked_recs[0].label
    with pytest.raises(ValidationError):
        meetings.set_agenda_links(db, first.id, measure_ids=[measure.id, 9999])
    meetings.set_agenda_links(db, first.id, recommendation_ids=[])
    assert meetings.agenda_links(db, first.id)[1] == []


def test_deleted_meeting_is_restored_with_everything(db: Database) -> None:
    m, first, _standing, _mfa, moj, _chair = _meeting_with_minutes(db)
    plan = plans.create_plan(db, "Plan", short_title="P")
    measure = plans.create_measure(db, plan.id, "1", "Measure")
    meetings.set_agenda_links(db, first.id, measure_ids=[measure.id])
    before = meetings.get_meeting(db, m.id)
    snapshot = meetings.meeting_snapshot(db, m.id)
    meetings.delete_meeting(db, m.id)
    restored = meetings.get_meeting(db, meetings.restore_meeting(db, snapshot).id)
    assert restored.id == m.id and restored.reference == "2024/1"
    assert [(a.organization_id, a.presence, a.represented_by) for a in restored.attendance] == [
        (a.organization_id, a.presence, a.represented_by) for a in before.attendance]
    assert [(i.title, i.heard, [x.id for x in i.measures]) for i in restored.agenda_items] == [
        ("Results of 2023", "<p>Hasabat</p>", [measure.id]), ("Review of open actions", "", [])]
    assert [d.number for d in restored.decisions] == ["1.1"]
    action = restored.action_items[0]
    assert action.decision_id == restored.decisions[0].id and [o.id for o in action.responsible] == [moj.id]
    with db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.table_name == "meeting",
                                                            AuditEntry.record_id == m.id)).all()
    assert "restore" in actions and "delete" in actions


def test_restore_when_number_was_taken_meanwhile(db: Database) -> None:
    m, *_ = _meeting_with_minutes(db)
    snapshot = meetings.meeting_snapshot(db, m.id)
    meetings.delete_meeting(db, m.id)
    meetings.create_meeting(db, datetime(2024, 2, 1), "Taken the number and the id")
    restored = meetings.restore_meeting(db, snapshot)
    assert restored.reference == "2024/2"
    assert len(meetings.get_meeting(db, restored.id).agenda_items) == 2


def test_drafts_round_trip_and_are_dropped_with_their_records(db: Database) -> None:
    m, first, standing, *_ = _meeting_with_minutes(db)
    drafts.save_draft(db, "agenda_item", first.id, "heard", "<p>Ýazylan ýazgy</p>")
    drafts.save_draft(db, "agenda_item", first.id, "heard", "<p>Ýazylan ýazgy, dowamy</p>")
    drafts.save_draft(db, "agenda_item", standing.id, "spoke", "<p>Выступили</p>")
    assert drafts.get_draft(db, "agenda_item", first.id, "heard").content == "<p>Ýazylan ýazgy, dowamy</p>"
    assert len(drafts.list_drafts(db)) == 2
    pending = meetings.meetings_with_drafts(db)
    assert [(p.meeting_id, p.fields) for p in pending] == [(m.id, 2)]
    meetings.delete_agenda_item(db, standing.id)
    assert [d.key for d in drafts.list_drafts(db)] == [("agenda_item", first.id, "heard")]
    meetings.delete_meeting(db, m.id)
    assert drafts.list_drafts(db) == [] and meetings.meetings_with_drafts(db) == []


def test_action_items_across_meetings(db: Database) -> None:
    m, _first, _s, mfa, moj, _c = _meeting_with_minutes(db)
    other = meetings.create_meeting(db, datetime(2024, 5, 5), "Working meeting", kind="working_meeting")
    meetings.add_action_item(db, other.id, "Prepare a draft law", responsible_ids=[mfa.id, moj.id],
                             due_date=date(2024, 9, 1), status="in_progress")
    meetings.add_action_item(db, other.id, "Translate the report", responsible_ids=[mfa.id])
    done = meetings.add_action_item(db, other.id, "Done already", responsible_ids=[mfa.id],
                                    due_date=date(2024, 1, 1))
    meetings.update_action_item(db, done.id, status="done")
    today = date(2024, 6, 1)
    rows = action_items.list_action_items(db, ActionQuery(today=today))
    assert [r.text for r in rows] == ["Send the report", "Prepare a draft law", "Translate the report"]
    assert rows[0].overdue and not rows[1].overdue and rows[0].decision_number == "1.1"
    assert rows[0].meeting_reference == "2024/1" and rows[1].responsible == ("DIM", "Минюст")
    overdue = ActionQuery(state="overdue", today=today)
    assert [r.text for r in action_items.list_action_items(db, overdue)] == ["Send the report"]
    assert action_items.count_action_items(db, overdue) == 1
    by_mfa = ActionQuery(state="all", organization_id=mfa.id, today=today, sort="due_date", descending=True)
    assert [r.text for r in action_items.list_action_items(db, by_mfa)] == [
        "Prepare a draft law", "Done already", "Translate the report"]
    assert [r.text for r in action_items.list_action_items(db, ActionQuery(search="МИНЮСТ", today=today))] == [
        "Send the report", "Prepare a draft law"]
    assert action_items.count_action_items(db, ActionQuery(state="done")) == 1
    assert action_items.action_counts(db, today) == {"open": 3, "overdue": 1}
    assert [name for _id, name in action_items.responsible_organizations(db)] == [
        "Daşary işler ministrligi (DIM)", "Министерство юстиции (Минюст)"]
    with pytest.raises(ValidationError):
        action_items.list_action_items(db, ActionQuery(sort="nonsense"))
    paged = action_items.list_action_items(db, ActionQuery(state="all", sort="responsible"), offset=1, limit=2)
    assert len(paged) == 2


def test_locked_meeting_refuses_new_links_and_decision_moves(db: Database) -> None:
    m, first, *_ = _meeting_with_minutes(db)
    decision = meetings.add_decision(db, m.id, "Second", first.id)
    meetings.set_status(db, m.id, "minutes_approved")
    with pytest.raises(LockedError):
        meetings.move_decision(db, decision.id, 1)
    with pytest.raises(LockedError):
        meetings.set_agenda_links(db, first.id, measure_ids=[])
    with pytest.raises(LockedError):
        meetings.delete_meeting(db, m.id)


def test_venues_most_used_first(db: Database) -> None:
    for day, venue in ((1, "Aşgabat"), (2, "Mary"), (3, "Aşgabat"), (4, "")):
        meetings.create_meeting(db, datetime(2024, 3, day), "M", venue=venue)
    assert meetings.venues(db) == ["Aşgabat", "Mary"]


def test_changing_to_a_used_number_is_a_readable_refusal(db: Database) -> None:
    first = meetings.create_meeting(db, datetime(2024, 1, 10), "First")
    second = meetings.create_meeting(db, datetime(2024, 2, 10), "Second")
    with pytest.raises(ValidationError, match="already used"):
        meetings.update_meeting(db, second.id, number=first.number)
    next_year = meetings.create_meeting(db, datetime(2025, 3, 1), "Next year")
    with pytest.raises(ValidationError, match="already used"):
        meetings.update_meeting(db, next_year.id, starts_at=datetime(2024, 3, 1))
    assert meetings.update_meeting(db, second.id, number=5).reference == "2024/5"
