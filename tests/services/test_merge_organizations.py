"""Merging duplicate organizations: every link kept, duplicates collapsed, audited."""

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from secretariat.models import (
    AuditEntry,
    Attendance,
    Organization,
    action_item_organization,
    recommendation_organization,
)
from secretariat.models.plans import MeasureOrganization
from secretariat.services import directory, meetings, merge, national_reports, plans, recommendations
from secretariat.services.errors import NotFoundError, ValidationError


@pytest.fixture
def world(db):
    """Two spellings of one ministry, each linked from every kind of record."""
    a = directory.create_organization(db, "Ministry of Justice", "ministry", short_name="MoJ")
    b = directory.create_organization(db, "Министерство юстиции", "other", is_member=True,
                                      notes="Entered from the Russian list")
    other = directory.create_organization(db, "Ombudsman", "ombudsman")
    child = directory.create_organization(db, "Legal department", "department", parent_id=b.id)
    person = directory.create_person(db, "Дмитрий Соколов", organization_id=b.id)
    plan = plans.create_plan(db, "NAP", period_start=2021, period_end=2025)
    both = plans.create_measure(db, plan.id, "1", "Both as lead", lead_ids=[a.id, b.id], partner_ids=[other.id])
    only_b = plans.create_measure(db, plan.id, "2", "B co-implements", lead_ids=[a.id],
                                  co_implementer_ids=[b.id])
    plans.add_progress_report(db, both.id, date(2024, 1, 1), "Done by B", organization_id=b.id)
    rec_both = recommendations.create_recommendation(db, "Rec both", paragraph="1", responsible_ids=[a.id, b.id])
    rec_b = recommendations.create_recommendation(db, "Rec B", paragraph="2", responsible_ids=[b.id, other.id])
    meeting = meetings.create_meeting(db, datetime(2024, 1, 27, 10), "Meeting", organizer_id=b.id)
    meetings.add_attendance(db, meeting.id, organization_id=a.id, role="member")
    meetings.add_attendance(db, meeting.id, organization_id=b.id, role="member")
    meetings.add_attendance(db, meeting.id, organization_id=b.id, role="invited", presence="absent")
    action = meetings.add_action_item(db, meeting.id, "Report", responsible_ids=[a.id, b.id])
    action2 = meetings.add_action_item(db, meeting.id, "Other", responsible_ids=[b.id])
    report = national_reports.create_report(db, "CCPR", "Third report", responsible_id=b.id)
    return dict(a=a, b=b, other=other, child=child, person=person, both=both, only_b=only_b, rec_both=rec_both,
                rec_b=rec_b, meeting=meeting, action=action, action2=action2, report=report)


def _links(db, org_id):
    return merge.usage(db, org_id)


def test_merge_keeps_every_link(db, world):
    a, b = world["a"].id, world["b"].id
    before_b = _links(db, b)
    assert set(before_b) == {"organization.parent_id", "person.organization_id", "measure_organization.organization_id",
                             "progress_report.organization_id", "recommendation_organization.organization_id",
                             "meeting.organizer_id", "attendance.organization_id",
                             "action_item_organization.organization_id", "national_report.responsible_id"}
    result = merge.merge_organizations(db, a, [b])
    assert result.merged_ids == [b]
    with db.read() as s:
        assert s.get(Organization, b) is None
        kept = s.get(Organization, a)
        assert (kept.short_name, kept.kind, kept.is_member) == ("MoJ", "ministry", True)
        assert "Entered from the Russian list" in kept.notes
        # measures: "both" had a and b as lead -> one lead link; "only_b" keeps lead AND co-implementer.
        links = sorted((m.measure_id, m.role) for m in s.scalars(
            select(MeasureOrganization).where(MeasureOrganization.organization_id == a)))
        assert links == sorted([(world["both"].id, "lead"), (world["only_b"].id, "lead"),
                                (world["only_b"].id, "co_implementer")])
        responsible = sorted(s.execute(select(recommendation_organization.c.recommendation_id)
                                       .where(recommendation_organization.c.organization_id == a)).scalars())
        assert responsible == sorted([world["rec_both"].id, world["rec_b"].id])
        actions = sorted(s.execute(select(action_item_organization.c.action_item_id)
                                   .where(action_item_organization.c.organization_id == a)).scalars())
        assert actions == sorted([world["action"].id, world["action2"].id])
        attendance = sorted((r.role, r.presence) for r in s.scalars(select(Attendance)))
        # The two "member/present" rows of the same meeting became one; the invited/absent stays.
        assert attendance == [("invited", "absent"), ("member", "present")]
    assert plans.get_measure(db, world["both"].id).progress_reports[0].organization_id == a
    assert directory.list_people(db, organization_id=a)[0].full_name == "Дмитрий Соколов"
    assert meetings.get_meeting(db, world["meeting"].id).organizer_id == a
    assert national_reports.get_report(db, world["report"].id).responsible_id == a
    assert directory.get_organization(db, world["child"].id).parent_id == a
    other_recs = recommendations.get_recommendation(db, world["rec_b"].id)
    assert sorted(o.id for o in other_recs.responsible) == sorted([a, world["other"].id])
    assert result.duplicates_dropped == {"measure_organization": 1, "recommendation_organization": 1,
                                         "action_item_organization": 1, "attendance": 1}


def test_nothing_else_is_touched(db, world):
    other = world["other"].id
    before = _links(db, other)
    merge.merge_organizations(db, world["a"].id, [world["b"].id])
    assert _links(db, other) == before
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == 3


def test_merge_is_audited(db, world):
    merge.merge_organizations(db, world["a"].id, [world["b"].id])
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == merge.MERGE_ACTION)).one()
        assert entry.record_id == world["a"].id
        assert "Министерство юстиции" in entry.summary and "Ministry of Justice" in entry.summary
        details = json.loads(entry.changes)
        assert details["merged"] == {str(world["b"].id): "Министерство юстиции"}
        assert details["moved"]["person.organization_id"] == 1
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete",
                                                     AuditEntry.table_name == "organization")).all()
        assert [d.record_id for d in deleted] == [world["b"].id]


def test_merge_versions_bump_so_stale_edits_are_caught(db, world):
    person_version = world["person"].version
    merge.merge_organizations(db, world["a"].id, [world["b"].id])
    from secretariat.services.errors import ConflictError
    with pytest.raises(ConflictError):
        directory.update_person(db, world["person"].id, expected_version=person_version, position="x")


def test_parent_cycle_is_avoided(db):
    parent = directory.create_organization(db, "Parent spelling 1")
    kept = directory.create_organization(db, "Child", parent_id=parent.id)
    merge.merge_organizations(db, kept.id, [parent.id])
    assert directory.get_organization(db, kept.id).parent_id is None


def test_bad_merges_are_refused(db, world):
    with pytest.raises(ValidationError):
        merge.merge_organizations(db, world["a"].id, [world["a"].id])
    with pytest.raises(NotFoundError):
        merge.merge_organizations(db, world["a"].id, [9999])
    assert directory.get_organization(db, world["b"].id).name == "Министерство юстиции"


def test_merge_on_demo_database_loses_no_link(demo_db):
    """Every reference to the merged organization ends up on the kept one."""
    orgs = {o.short_name: o.id for o in directory.list_organizations(demo_db)}
    kept, gone = orgs["MFA"], orgs["MoJ"]
    before_kept, before_gone = merge.usage(demo_db, kept), merge.usage(demo_db, gone)
    result = merge.merge_organizations(demo_db, kept, [gone])
    after = merge.usage(demo_db, kept)
    for key in set(before_kept) | set(before_gone):
        table = key.split(".")[0]
        expected = before_kept.get(key, 0) + before_gone.get(key, 0) - result.duplicates_dropped.get(table, 0)
        assert after.get(key, 0) == expected, key
