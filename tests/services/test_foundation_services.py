"""Every entity round-trips through the services; audit, versions, locks, search."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from secretariat.db import Database
from secretariat.models import AuditEntry
from secretariat.services import audit, directory, meetings, national_reports, plans, recommendations
from secretariat.services.errors import ConflictError, LockedError, NotFoundError, ValidationError
from secretariat.services.summary import summary


def test_organization_and_person_round_trip(db: Database) -> None:
    org = directory.create_organization(db, "Министерство юстиции", "ministry", short_name="Минюст")
    person = directory.create_person(db, "Aýna Orazowa", position="Secretary", organization_id=org.id)
    again = directory.get_organization(db, org.id)
    assert (again.name, again.short_name, again.kind) == ("Министерство юстиции", "Минюст", "ministry")
    assert directory.list_people(db, organization_id=org.id)[0].full_name == "Aýna Orazowa"
    directory.update_person(db, person.id, position="Head of Department")
    assert directory.list_people(db)[0].position == "Head of Department"


def test_cyrillic_and_turkmen_search_ignores_case(db: Database) -> None:
    directory.create_organization(db, "Министерство иностранных дел")
    directory.create_organization(db, "Türkmenistanyň Daşary işler ministrligi")
    directory.create_organization(db, "Ministry of Health")
    assert [o.name for o in directory.list_organizations(db, "министерство")] == ["Министерство иностранных дел"]
    assert [o.name for o in directory.list_organizations(db, "МИНИСТЕРСТВО ИНОСТРАННЫХ")] == [
        "Министерство иностранных дел"]
    assert [o.name for o in directory.list_organizations(db, "TÜRKMENISTANYŇ")] == [
        "Türkmenistanyň Daşary işler ministrligi"]
    assert len(directory.list_organizations(db, "minist")) == 2
    assert directory.find_organization(db, "  ministry OF health ").name == "Ministry of Health"


def test_search_treats_percent_and_underscore_literally(db: Database) -> None:
    directory.create_organization(db, "100% Fund")
    directory.create_organization(db, "Other")
    assert [o.name for o in directory.list_organizations(db, "%")] == ["100% Fund"]
    assert directory.list_organizations(db, "_") == []


def test_meeting_with_everything_round_trips(db: Database) -> None:
    org = directory.create_organization(db, "MFA", "ministry")
    chair = directory.create_person(db, "Raşid Meredow", organization_id=org.id)
    m = meetings.create_meeting(db, datetime(2024, 1, 27, 10), "Итоги 2023 года", venue="Aşgabat",
                                chair_id=chair.id, language="ru")
    assert (m.year, m.number) == (2024, 1)
    meetings.add_attendance(db, m.id, person_id=chair.id, organization_id=org.id, role="chair")
    meetings.add_attendance(db, m.id, organization_id=org.id, presence="represented", represented_by="Deputy")
    first = meetings.add_agenda_item(db, m.id, "Results of 2023", heard="<p>Report</p>")
    second = meetings.add_agenda_item(db, m.id, "Work Plan 2024")
    d1 = meetings.add_decision(db, m.id, "Take note", first.id)
    d2 = meetings.add_decision(db, m.id, "Submit information", first.id)
    d3 = meetings.add_decision(db, m.id, "Approve the Work Plan", second.id)
    meetings.add_action_item(db, m.id, "Submit NAP information", responsible_ids=[org.id],
                             decision_id=d2.id, due_date=date(2024, 3, 1))
    loaded = meetings.get_meeting(db, m.id)
    assert loaded.title == "Итоги 2023 года"
    assert [a.role for a in loaded.attendance] == ["chair", "member"]
    assert loaded.attendance[1].represented_by == "Deputy"
    assert [i.title for i in loaded.agenda_items] == ["Results of 2023", "Work Plan 2024"]
    assert {d.id: d.number for d in loaded.decisions} == {d1.id: "1.1", d2.id: "1.2", d3.id: "2.1"}
    assert loaded.action_items[0].responsible[0].name == "MFA"
    assert meetings.find_meeting(db, "2024/1").id == m.id
    second_meeting = meetings.create_meeting(db, datetime(2024, 3, 1), "Second")
    assert second_meeting.number == 2


def test_meeting_number_clash_is_refused(db: Database) -> None:
    meetings.create_meeting(db, datetime(2024, 1, 27), "First")
    with pytest.raises(ValidationError):
        meetings.create_meeting(db, datetime(2024, 5, 1), "Again", number=1)


def test_approved_minutes_are_locked_until_reopened(db: Database) -> None:
    m = meetings.create_meeting(db, datetime(2024, 1, 27), "Meeting")
    item = meetings.add_agenda_item(db, m.id, "Item")
    meetings.set_status(db, m.id, "minutes_approved")
    with pytest.raises(LockedError):
        meetings.update_agenda_item(db, item.id, spoke="changed")
    with pytest.raises(LockedError):
        meetings.update_meeting(db, m.id, title="changed")
    with pytest.raises(ValidationError):
        meetings.reopen_minutes(db, m.id, "")
    meetings.reopen_minutes(db, m.id, "Typo in item 1")
    meetings.update_agenda_item(db, item.id, spoke="changed")
    with db.read() as s:
        reopen = s.scalars(select(AuditEntry).where(AuditEntry.action == "reopen")).one()
    assert "Typo in item 1" in reopen.summary


def test_concurrent_edit_is_detected(db: Database) -> None:
    org = directory.create_organization(db, "Ombudsman")
    loaded_version = org.version
    directory.update_organization(db, org.id, expected_version=loaded_version, short_name="Omb")
    with pytest.raises(ConflictError):
        directory.update_organization(db, org.id, expected_version=loaded_version, short_name="Other")
    assert directory.get_organization(db, org.id).short_name == "Omb"


def test_plan_measure_progress_round_trip(db: Database) -> None:
    lead = directory.create_organization(db, "MoJ")
    partner = directory.create_organization(db, "UNDP", "un_agency")
    plan = plans.create_plan(db, "NAP HR 2021-2025", period_start=2021, period_end=2025)
    section = plans.add_section(db, plan.id, "Legislation", number="1")
    measure = plans.create_measure(db, plan.id, "1.1", "Analyse legislation", deadline="IV кв. 2024",
                                   section_id=section.id, lead_ids=[lead.id], partner_ids=[partner.id])
    plans.add_progress_report(db, measure.id, date(2024, 12, 1), "Done", status="completed",
                              organization_id=lead.id)
    loaded = plans.get_measure(db, measure.id)
    assert loaded.deadline_start == date(2024, 10, 1) and loaded.deadline_end == date(2024, 12, 31)
    assert loaded.deadline_understood
    assert [o.name for o in loaded.organizations("lead")] == ["MoJ"]
    assert [o.name for o in loaded.organizations("partner")] == ["UNDP"]
    assert loaded.status == "completed"
    assert loaded.progress_reports[0].text == "Done"
    with pytest.raises(ValidationError):
        plans.create_measure(db, plan.id, "1.1", "Duplicate number")
    vague = plans.create_measure(db, plan.id, "1.2", "Vague", deadline="when funds allow")
    assert not vague.deadline_understood and vague.deadline_text == "when funds allow"
    assert vague.deadline_end is None


def test_overdue_measures(db: Database) -> None:
    plan = plans.create_plan(db, "Plan", period_start=2021, period_end=2025)
    late = plans.create_measure(db, plan.id, "1", "Late", deadline="2023")
    plans.create_measure(db, plan.id, "2", "Done", deadline="2023", status="completed")
    plans.create_measure(db, plan.id, "3", "Future", deadline="2030")
    assert [m.id for m in plans.overdue_measures(db, date(2024, 1, 1))] == [late.id]


def test_recommendation_round_trip_and_natural_key(db: Database) -> None:
    org = directory.create_organization(db, "MFA")
    plan = plans.create_plan(db, "NAP")
    measure = plans.create_measure(db, plan.id, "1.2", "OP-CAT")
    rec = recommendations.create_recommendation(
        db, "Ratify the Optional Protocol to the Convention against Torture", "upr", "UPR", cycle=4,
        paragraph="140.7", position="supported", states=["Maldives", "Portugal"],
        themes=["Ratification of & accession to international instruments"], groups=["detainees"],
        sdgs=[16], responsible_ids=[org.id], measure_ids=[measure.id])
    loaded = recommendations.get_recommendation(db, rec.id)
    assert [c.name for c in loaded.states] == ["Maldives", "Portugal"]
    assert [t.name for t in loaded.themes] == ["Ratification of & accession to international instruments"]
    assert [t.name for t in loaded.groups] == ["detainees"]
    assert [s.number for s in loaded.sdgs] == [16]
    assert loaded.measures[0].number == "1.2"
    assert loaded.natural_key == "upr|UPR|4|140.7"
    with pytest.raises(ValidationError):
        recommendations.create_recommendation(db, "Same paragraph", cycle=4, paragraph="140.7")
    with pytest.raises(ValidationError):
        recommendations.create_recommendation(db, "Bad SDG", paragraph="1", sdgs=[18])
    assert plans.get_measure(db, measure.id).recommendations[0].id == rec.id


def test_national_report_round_trip(db: Database) -> None:
    report = national_reports.create_report(db, "CEDAW", "Sixth periodic report", due_date=date(2024, 11, 1))
    national_reports.update_report(db, report.id, submitted_on=date(2024, 10, 28), status="submitted")
    due, overdue = national_reports.reports_due(db, date(2024, 12, 1))
    assert due == [] and overdue == []
    late = national_reports.create_report(db, "CRC", due_date=date(2024, 6, 1))
    assert [r.id for r in national_reports.reports_due(db, date(2024, 12, 1))[1]] == [late.id]


def test_every_change_is_audited(db: Database) -> None:
    org = directory.create_organization(db, "Old name")
    directory.update_organization(db, org.id, name="New name")
    directory.delete_organization(db, org.id)
    with db.read() as s:
        entries = audit.history(s, "organization", org.id)
    assert [e.action for e in entries] == ["delete", "update", "insert"]
    change = json.loads(entries[1].changes)
    assert change["name"] == {"old": "Old name", "new": "New name"}
    assert entries[0].os_user == audit.os_user()


def test_missing_record_gives_readable_error(db: Database) -> None:
    with pytest.raises(NotFoundError) as info:
        meetings.get_meeting(db, 999)
    assert "999" in str(info.value)


def test_summary_of_the_demo(demo_db: Database) -> None:
    data = summary(demo_db)
    assert data["meetings"]["total"] == 6
    assert set(data["recommendations"]["by_position"]) >= {"supported", "noted"}
    assert data["organizations"] >= 30 and data["national_reports"] == 7
    first = meetings.find_meeting(demo_db, "2024/1")
    assert first.starts_at.date() == date(2024, 1, 27)
    assert len(first.decisions) >= 4


def test_control_characters_are_dropped(db: Database) -> None:
    org = directory.create_organization(db, "Name\x00with\x07control\r\nchars")
    assert directory.get_organization(db, org.id).name == "Namewithcontrol\nchars"
