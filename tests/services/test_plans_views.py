"""Plans service: the view queries, overdue logic, moving, sections, progress, links."""

from datetime import date

import pytest

from secretariat.services import directory, indicators, plans, recommendations
from secretariat.services.deadlines import parse_deadline
from secretariat.services.errors import DuplicateError, ValidationError
from secretariat.services.plans import MeasureQuery

TODAY = date(2025, 3, 1)


@pytest.fixture
def plan(db):
    moj = directory.create_organization(db, "Ministry of Justice", "ministry", short_name="MoJ")
    mfa = directory.create_organization(db, "Министерство иностранных дел", "ministry", short_name="МИД")
    p = plans.create_plan(db, "National Action Plan for Human Rights 2021-2025", period_start=2021,
                          period_end=2025, short_title="NAP HR")
    s1 = plans.add_section(db, p.id, "Legislation", number="1")
    s2 = plans.add_section(db, p.id, "Education", number="2")
    m = {}
    m["a"] = plans.create_measure(db, p.id, "1.1", "Review legislation", deadline="2023", section_id=s1.id,
                                  lead_ids=[moj.id], status="in_progress")
    m["b"] = plans.create_measure(db, p.id, "1.2", "Ratify the protocol", deadline="31.12.2024",
                                  section_id=s1.id, lead_ids=[mfa.id], co_implementer_ids=[moj.id],
                                  status="completed")
    m["c"] = plans.create_measure(db, p.id, "2.1", "Train teachers", deadline="IV quarter 2024",
                                  section_id=s2.id, lead_ids=[mfa.id], status="not_started")
    m["d"] = plans.create_measure(db, p.id, "2.2", "Seminars", deadline="annually", section_id=s2.id,
                                  lead_ids=[moj.id])
    m["e"] = plans.create_measure(db, p.id, "2.3", "Build schools", deadline="when funds allow",
                                  section_id=s2.id, lead_ids=[moj.id])
    m["f"] = plans.create_measure(db, p.id, "2.4", "Due today", deadline="01.03.2025", section_id=s2.id)
    return {"plan": p, "s1": s1, "s2": s2, "moj": moj, "mfa": mfa, **m}


def ids(rows):
    return {r.id for r in rows}


def test_deadline_typed_is_normalized_and_stored(db, plan):
    row = plans.measure_row(db, plan["c"].id, TODAY)
    assert (row.deadline_text, row.deadline_start, row.deadline_end) == (
        "IV quarter 2024", date(2024, 10, 1), date(2024, 12, 31))
    flagged = plans.measure_row(db, plan["e"].id, TODAY)
    assert flagged.deadline_text == "when funds allow"
    assert not flagged.deadline_understood and flagged.deadline_end is None
    annual = plans.measure_row(db, plan["d"].id, TODAY)
    assert annual.deadline_recurring and annual.deadline_end == date(2025, 12, 31)


def test_updating_the_deadline_renormalizes(db, plan):
    m = plans.update_measure(db, plan["e"].id, deadline="Q2 2024")
    assert m.deadline_understood and m.deadline_end == date(2024, 6, 30)
    m = plans.update_measure(db, plan["e"].id, deadline="2024 or later")
    assert not m.deadline_understood and m.deadline_text == "2024 or later" and m.deadline_end is None


def test_overdue_is_past_deadline_and_not_completed(db, plan):
    q = MeasureQuery(overdue=True, today=TODAY)
    # a: 2023 in progress -> overdue; b: completed -> no; c: Q4 2024 not started -> overdue;
    # d: annually until 2025 -> no; e: not understood -> never; f: due today -> not yet.
    assert ids(plans.list_measures(db, q)) == {plan["a"].id, plan["c"].id}
    assert plans.count_measures(db, q) == 2
    assert ids(plans.overdue_measures(db, TODAY)) == {plan["a"].id, plan["c"].id}
    assert ids(plans.list_measures(db, MeasureQuery(overdue=True, today=date(2025, 3, 2)))) == {
        plan["a"].id, plan["c"].id, plan["f"].id}
    rows = {r.id: r for r in plans.list_measures(db, MeasureQuery(today=TODAY))}
    assert rows[plan["a"].id].overdue and not rows[plan["b"].id].overdue and not rows[plan["e"].id].overdue
    cancelled = plans.update_measure(db, plan["a"].id, status="cancelled")
    assert cancelled.id not in ids(plans.list_measures(db, q))


def test_filters(db, plan):
    by_org = plans.list_measures(db, MeasureQuery(organization_id=plan["moj"].id))
    assert ids(by_org) == {plan[k].id for k in "abde"}
    lead_only = plans.list_measures(db, MeasureQuery(organization_id=plan["moj"].id, role="lead"))
    assert ids(lead_only) == {plan[k].id for k in "ade"}
    assert ids(plans.list_measures(db, MeasureQuery(status="completed"))) == {plan["b"].id}
    assert ids(plans.list_measures(db, MeasureQuery(deadline_year=2024))) == {plan["b"].id, plan["c"].id}
    assert ids(plans.list_measures(db, MeasureQuery(not_understood=True))) == {plan["e"].id}
    assert ids(plans.list_measures(db, MeasureQuery(search="RATIFY"))) == {plan["b"].id}
    assert plans.deadline_years(db) == [2025, 2024, 2023]


def test_rows_carry_organizations_and_latest_progress(db, plan):
    plans.add_progress_report(db, plan["b"].id, date(2023, 12, 1), "Draft law prepared", "in_progress",
                              plan["mfa"].id, update_measure_status=False)
    plans.add_progress_report(db, plan["b"].id, date(2024, 12, 1), "Ratified", "completed", plan["mfa"].id)
    row = plans.measure_row(db, plan["b"].id)
    assert (row.lead, row.co_implementers) == ("МИД", "MoJ")
    assert (row.progress_on, row.progress_text, row.progress_status) == (date(2024, 12, 1), "Ratified",
                                                                         "completed")
    history = plans.list_progress(db, plan["b"].id)
    assert [h.text for h in history] == ["Ratified", "Draft law prepared"]
    assert history[0].organization == "МИД"


def test_progress_report_updates_status_and_validates(db, plan):
    plans.add_progress_report(db, plan["c"].id, date(2024, 5, 1), "Begun", "in_progress")
    assert plans.get_measure(db, plan["c"].id).status == "in_progress"
    with pytest.raises(ValidationError):
        plans.add_progress_report(db, plan["c"].id, date(2024, 5, 1), "   ", "in_progress")
    with pytest.raises(ValidationError):
        plans.add_progress_report(db, plan["c"].id, date(2024, 5, 1), "x", "finished")
    report = plans.list_progress(db, plan["c"].id)[0]
    plans.delete_progress_report(db, report.id)
    assert plans.list_progress(db, plan["c"].id) == []


def test_outline_and_plan_rows(db, plan):
    outline = plans.plan_outline(db, plan["plan"].id, MeasureQuery(today=TODAY))
    assert [s.label for s in outline.sections] == ["1. Legislation", "2. Education"]
    assert [m.number for m in outline.measures] == ["1.1", "1.2", "2.1", "2.2", "2.3", "2.4"]
    filtered = plans.plan_outline(db, plan["plan"].id, MeasureQuery(status="completed"))
    assert [m.number for m in filtered.measures] == ["1.2"]
    (row,) = plans.list_plan_rows(db, MeasureQuery(status="not_started", today=TODAY))
    assert (row.short_title, row.measures, row.overdue) == ("NAP HR", 4, 1)  # overdue among the matching


def test_move_measures_and_sections(db, plan):
    pid = plan["plan"].id
    assert plans.move_measure(db, plan["b"].id, -1)
    assert [m.number for m in plans.plan_outline(db, pid).measures][:2] == ["1.2", "1.1"]
    assert not plans.move_measure(db, plan["b"].id, -1)   # already first in its section
    assert not plans.move_measure(db, plan["a"].id, +1)   # last of section 1: does not jump sections
    plans.update_measure(db, plan["a"].id, section_id=plan["s2"].id)
    assert plans.measure_row(db, plan["a"].id).section_id == plan["s2"].id
    assert plans.move_section(db, plan["s2"].id, -1)
    assert [s.number for s in plans.plan_outline(db, pid).sections] == ["2", "1"]
    assert not plans.move_section(db, plan["s2"].id, -1)
    sub = plans.add_section(db, pid, "Sub", number="2.1", parent_id=plan["s2"].id)
    with pytest.raises(ValidationError):
        plans.set_section_parent(db, plan["s2"].id, sub.id)
    plans.set_section_parent(db, sub.id, plan["s1"].id)
    assert {s.id: s.parent_id for s in plans.plan_outline(db, pid).sections}[sub.id] == plan["s1"].id


def test_delete_section_keeps_its_measures(db, plan):
    pid = plan["plan"].id
    sub = plans.add_section(db, pid, "Sub", parent_id=plan["s2"].id)
    inner = plans.create_measure(db, pid, "2.9", "Inner", section_id=sub.id)
    assert plans.section_stats(db, plan["s2"].id) == (4, 1)
    assert plans.delete_section_keeping_measures(db, plan["s2"].id) == 4
    outline = plans.plan_outline(db, pid)
    assert len(outline.measures) == 7
    assert {s.id: s.parent_id for s in outline.sections} == {plan["s1"].id: None, sub.id: None}
    assert plans.measure_row(db, plan["c"].id).section_id is None
    assert plans.measure_row(db, inner.id).section_id == sub.id


def test_bad_input_is_refused_with_a_message(db, plan):
    with pytest.raises(DuplicateError, match="1.1"):
        plans.create_measure(db, plan["plan"].id, "1.1", "Again")
    with pytest.raises(ValidationError):
        plans.add_section(db, plan["plan"].id, "  ")
    with pytest.raises(ValidationError):
        plans.list_measures(db, MeasureQuery(sort="id; drop table measure"))


def test_links_between_measures_and_recommendations(db, plan):
    rec = recommendations.create_recommendation(db, "Ratify the Optional Protocol", cycle=4, paragraph="140.7",
                                                position="supported")
    other = recommendations.create_recommendation(db, "Train judges", cycle=4, paragraph="140.8")
    recommendations.link_measures(db, rec.id, [plan["b"].id, plan["a"].id])
    recommendations.link_recommendations(db, plan["b"].id, [other.id, rec.id])
    assert [m.number for m in recommendations.measures_of(db, rec.id)] == ["1.1", "1.2"]
    assert [r.paragraph for r in recommendations.recommendations_of(db, plan["b"].id)] == ["140.7", "140.8"]
    recommendations.unlink_recommendation(db, plan["b"].id, rec.id)
    assert [m.number for m in recommendations.measures_of(db, rec.id)] == ["1.1"]
    assert [r.measures for r in recommendations.list_recommendations(db)] == [1, 1]
    # Deleting a measure removes its links, not the recommendations.
    plans.delete_measure(db, plan["a"].id)
    assert recommendations.measures_of(db, rec.id) == []
    assert recommendations.count_recommendations(db) == 2


def test_deadline_parser_is_what_the_service_uses(db, plan):
    for text in ("2021-2025", "annually", "Q2 2024", "2023", "31.12.2024", "IV quarter 2024", "2024-2025 yy.",
                 "дек. 2024", "2024 ýylyň 31-nji dekabryna çenli", "сент. 2025"):
        m = plans.update_measure(db, plan["e"].id, deadline=text)
        d = parse_deadline(text, (2021, 2025))
        assert (m.deadline_start, m.deadline_end, m.deadline_understood) == (d.start, d.end, True), text


def test_a_deleted_measure_comes_back_whole(db, plan):
    from datetime import datetime

    from secretariat.services import meetings

    mid = plan["b"].id
    plans.add_progress_report(db, mid, date(2024, 5, 1), "Half done", "in_progress", plan["mfa"].id,
                              update_measure_status=False)
    judges = indicators.add_indicator(db, mid, "Judges trained", date(2024, 1, 1), date(2025, 12, 31), 6,
                                      plan["mfa"].id, target="300")
    indicators.report_progress(db, judges.id, date(2024, 7, 1), date(2024, 7, 5), "120 trained", "in_progress")
    rec = recommendations.create_recommendation(db, "Ratify", paragraph="1", measure_ids=[mid])
    meeting = meetings.create_meeting(db, datetime(2024, 6, 1, 10), "Review")
    item = meetings.add_agenda_item(db, meeting.id, "NAP progress")
    from secretariat.models import agenda_item_measure

    with db.write() as s:
        s.execute(agenda_item_measure.insert(), [{"agenda_item_id": item.id, "measure_id": mid}])
    before = plans.measure_row(db, mid)
    deleted = plans.delete_measure_undoably(db, mid)
    assert plans.count_measures(db, MeasureQuery(plan_id=plan["plan"].id)) == 5
    restored = plans.restore_measure(db, deleted)
    assert restored.id == mid
    after = plans.measure_row(db, mid)
    assert (after.number, after.text, after.deadline_end, after.lead, after.co_implementers, after.status,
            after.section_id, after.progress_text) == (before.number, before.text, before.deadline_end,
                                                       before.lead, before.co_implementers, before.status,
                                                       before.section_id, before.progress_text)
    assert [r.id for r in recommendations.recommendations_of(db, mid)] == [rec.id]
    assert sorted(p.text for p in plans.list_progress(db, mid)) == ["120 trained", "Half done"]
    [back] = indicators.list_indicators(db, mid)  # its indicators too, with the reports they received
    assert (back.name, back.frequency_months, back.target, back.organization_id, back.reported) == (
        "Judges trained", 6, "300", plan["mfa"].id, (date(2024, 7, 1),))
    with db.read() as s:
        assert list(s.execute(agenda_item_measure.select())) == [(item.id, mid)]   # the meeting's link too
    # A number taken meanwhile is refused, not overwritten.
    again = plans.delete_measure_undoably(db, mid)
    plans.create_measure(db, plan["plan"].id, before.number, "Someone else's")
    with pytest.raises(DuplicateError):
        plans.restore_measure(db, again)


def test_measures_are_found_by_their_indicators(db, plan):
    indicators.add_indicator(db, plan["b"].id, "Число обученных судей", date(2024, 1, 1), date(2024, 12, 31))
    found = plans.list_measures(db, MeasureQuery(plan_id=plan["plan"].id, search="обученных"))
    assert [r.id for r in found] == [plan["b"].id]
