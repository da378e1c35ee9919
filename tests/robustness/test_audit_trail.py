"""Every change made through the services is in the audit log, readable with ``history_for``."""

from __future__ import annotations

from datetime import date, datetime

from secretariat.db import Database
from secretariat.services import audit, directory, meetings, national_reports, plans, recommendations
from secretariat.services.audit import history_for


def _actions(db: Database, table: str, record_id: int) -> list[str]:
    return [row.action for row in history_for(db, table, record_id)]


def test_changes_across_the_services_are_audited(db: Database) -> None:
    org = directory.create_organization(db, "Ministry of Justice", kind="ministry")
    directory.update_organization(db, org.id, expected_version=org.version, short_name="MoJ")
    person = directory.create_person(db, "Aýna Öwezowa")
    meeting = meetings.create_meeting(db, datetime(2025, 2, 3, 10), title="Working meeting on CRC")
    item = meetings.add_agenda_item(db, meeting.id, "Draft report to the CRC", heard="Ministry of Education")
    meetings.update_agenda_item(db, item.id, spoke="UNICEF")
    decision = meetings.add_decision(db, meeting.id, "Take note", agenda_item_id=item.id)
    meetings.delete_decision(db, decision.id)
    plan = plans.create_plan(db, "National Action Plan on Human Rights 2021-2025", period_start=2021,
                             period_end=2025)
    measure = plans.create_measure(db, plan.id, "1.1", "Review the legislation", deadline="2023")
    plans.update_measure(db, measure.id, expected_version=measure.version, status="in_progress")
    rec = recommendations.create_recommendation(db, "Ratify the Optional Protocol", paragraph="140.7")
    recommendations.bulk_update(db, [rec.id], status="in_progress", add_responsible_ids=[org.id])
    report = national_reports.create_report(db, "CEDAW", title="Sixth periodic report", due_date=date(2026, 7, 1))

    assert _actions(db, "organization", org.id) == ["update", "insert"]
    assert _actions(db, "person", person.id) == ["insert"]
    assert _actions(db, "agenda_item", item.id) == ["update", "insert"]
    assert _actions(db, "decision", decision.id) == ["delete", "insert"]
    assert _actions(db, "measure", measure.id) == ["update", "insert"]
    assert _actions(db, "recommendation", rec.id)[0] == "update"
    assert _actions(db, "national_report", report.id) == ["insert"]

    change = history_for(db, "agenda_item", item.id)[0]
    assert [(c.field, c.old, c.new) for c in change.changes] == [("spoke", "", "UNICEF")]
    assert change.os_user == audit.os_user() and isinstance(change.at, datetime)
    links = {c.field: c for c in history_for(db, "recommendation", rec.id)[0].changes}
    assert links["status"].new == "in_progress" and links["responsible"].new == [org.id]


def test_reopening_is_recorded_with_its_reason(demo_db: Database) -> None:
    approved = next(m for m in meetings.list_meetings(demo_db) if m.status == "minutes_approved")
    meetings.reopen_minutes(demo_db, approved.id, "Correction requested by the Ombudsman")
    rows = history_for(demo_db, "meeting", approved.id)
    row = next(r for r in rows if r.action == "reopen")
    assert "Ombudsman" in row.summary
    assert ("status", "minutes_approved", "minutes_drafted") in [(c.field, c.old, c.new) for c in rows[0].changes]
    assert ("reason", None, "Correction requested by the Ombudsman") in [(c.field, c.old, c.new)
                                                                         for c in row.changes]


def test_hostile_text_is_stored_cleanly_and_audited(db: Database) -> None:
    """Control characters pasted from other programs never reach the database or break a read."""
    nasty = "Ministry\x00 of\x07 Foreign\x1b[31m Affairs\r\nMinistrligi \u202e\ufeff ýüşň Министерство"
    org = directory.create_organization(db, nasty)
    meeting = meetings.create_meeting(db, datetime(2025, 3, 3, 10), title=nasty)
    item = meetings.add_agenda_item(db, meeting.id, nasty, heard=nasty * 100)
    stored = directory.get_organization(db, org.id).name
    assert "\x00" not in stored and "\x07" not in stored and "\x1b" not in stored and "\r" not in stored
    assert "Министерство" in stored and "ýüşň" in stored
    assert "\x00" not in meetings.get_meeting(db, meeting.id).title
    assert "\x00" not in meetings.get_meeting(db, meeting.id).agenda_items[0].heard
    assert history_for(db, "agenda_item", item.id)[0].action == "insert"
    assert meetings.list_meetings(db, meetings.MeetingQuery(search="министерство"))


def test_broken_unicode_is_repaired_not_a_crash(db: Database) -> None:
    """Unpaired UTF-16 halves (a damaged paste) cannot be stored in UTF-8: they become U+FFFD."""
    meeting = meetings.create_meeting(db, datetime(2025, 4, 4, 10), title="Broken \ud800 paste \ud83d\ude00")
    decision = meetings.add_decision(db, meeting.id, "Decision\x00 text \udfff with emoji \ud83d\ude00")
    meetings.update_meeting(db, meeting.id, notes="note \ud801")
    saved = meetings.get_meeting(db, meeting.id)
    assert saved.title == "Broken \ufffd paste \U0001f600"
    assert saved.decisions[0].text == "Decision text \ufffd with emoji \U0001f600"
    assert saved.notes == "note \ufffd"
    assert history_for(db, "decision", decision.id)[0].action == "insert"
