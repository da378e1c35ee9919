"""Recommendations and national reports: the view queries, natural sort, bulk edit."""

from datetime import date

import pytest

from secretariat.services import directory, national_reports, recommendations
from secretariat.services.errors import ValidationError
from secretariat.services.national_reports import ReportQuery
from secretariat.services.recommendations import RecommendationQuery as Q


@pytest.fixture
def recs(db):
    moj = directory.create_organization(db, "Ministry of Justice", short_name="MoJ")
    mfa = directory.create_organization(db, "Ministry of Foreign Affairs", short_name="MFA")
    made = {}
    for para, text, states, position, themes, sdgs, orgs in [
        ("140.12", "Ratify the Convention on enforced disappearance", ["France"], "noted", ["Ratification"],
         [16], [mfa]),
        ("140.7", "Ratify OP-CAT", ["Maldives", "Portugal"], "supported", ["Ratification"], [16], [mfa, moj]),
        ("140.100", "Гендерное равенство в политической жизни", ["Egypt"], "supported", ["Women"], [5], [moj]),
        ("140.9", "Bilim almak hukugyny üpjün etmek", ["Türkiye"], "supported", ["Education"], [4], []),
    ]:
        made[para] = recommendations.create_recommendation(
            db, text, cycle=4, paragraph=para, states=states, position=position, themes=themes, sdgs=sdgs,
            responsible_ids=[o.id for o in orgs])
    made["cedaw"] = recommendations.create_recommendation(db, "Define discrimination", "treaty_body", "CEDAW",
                                                          paragraph="12(a)", position="supported")
    return {"moj": moj, "mfa": mfa, **made}


def paras(rows):
    return [r.paragraph for r in rows]


def test_natural_paragraph_order_and_sorts(db, recs):
    upr = recommendations.list_recommendations(db, Q(mechanism="upr"))
    assert paras(upr) == ["140.7", "140.9", "140.12", "140.100"]
    assert paras(recommendations.list_recommendations(db, Q(mechanism="upr", descending=True))) == [
        "140.100", "140.12", "140.9", "140.7"]
    assert paras(recommendations.list_recommendations(db, Q(sort="position")))[-1] == "140.12"
    with pytest.raises(ValidationError):
        recommendations.list_recommendations(db, Q(sort="nonsense"))


def test_every_filter(db, recs):
    vocab = recommendations.vocabularies(db)
    assert vocab.bodies == ["CEDAW", "UPR"] and vocab.cycles == [4]
    state = {c.label: c.value for c in vocab.states}
    theme = {c.label: c.value for c in vocab.themes}
    assert paras(recommendations.list_recommendations(db, Q(state_id=state["Portugal"]))) == ["140.7"]
    assert paras(recommendations.list_recommendations(db, Q(tag_id=theme["Ratification"]))) == ["140.7", "140.12"]
    assert paras(recommendations.list_recommendations(db, Q(sdg=5))) == ["140.100"]
    assert paras(recommendations.list_recommendations(db, Q(responsible_id=recs["moj"].id))) == ["140.7", "140.100"]
    assert paras(recommendations.list_recommendations(db, Q(position="noted"))) == ["140.12"]
    assert paras(recommendations.list_recommendations(db, Q(body="CEDAW"))) == ["12(a)"]
    assert paras(recommendations.list_recommendations(db, Q(cycle=4, paragraph="140.1"))) == ["140.12", "140.100"]
    # full-text search in any script, case-insensitive
    assert paras(recommendations.list_recommendations(db, Q(search="гендерное"))) == ["140.100"]
    assert paras(recommendations.list_recommendations(db, Q(search="ÜPJÜN"))) == ["140.9"]
    assert paras(recommendations.list_recommendations(db, Q(search="ratify op"))) == ["140.7"]
    assert recommendations.count_recommendations(db, Q(search="ratify")) == 2
    row = recommendations.list_recommendations(db, Q(paragraph="140.7"))[0]
    assert (row.states, row.themes, row.sdgs, row.responsible) == ("Maldives; Portugal", "Ratification", "16",
                                                                   "MFA, MoJ")


def test_bulk_edit_status_and_responsible(db, recs):
    ids = [recs["140.7"].id, recs["140.9"].id]
    changed = recommendations.bulk_update(db, ids, status="implemented", add_responsible_ids=[recs["moj"].id])
    assert changed == 2
    rows = {r.paragraph: r for r in recommendations.list_recommendations(db)}
    assert rows["140.7"].status == rows["140.9"].status == "implemented"
    assert rows["140.7"].responsible == "MFA, MoJ" and rows["140.9"].responsible == "MoJ"
    assert rows["140.12"].status == "not_started"
    recommendations.bulk_update(db, ids, replace_responsible_ids=[recs["mfa"].id])
    rows = {r.paragraph: r for r in recommendations.list_recommendations(db)}
    assert rows["140.7"].responsible == rows["140.9"].responsible == "MFA"
    recommendations.bulk_update(db, ids, remove_responsible_ids=[recs["mfa"].id])
    assert recommendations.list_recommendations(db, Q(paragraph="140.7"))[0].responsible == ""
    with pytest.raises(ValidationError):
        recommendations.bulk_update(db, ids, status="done")
    with pytest.raises(ValidationError):
        recommendations.bulk_update(db, [], status="implemented")
    all_ids = recommendations.recommendation_ids(db, Q(mechanism="upr"))
    assert len(all_ids) == 4


def test_national_report_queries(db):
    mfa = directory.create_organization(db, "Ministry of Foreign Affairs", short_name="MFA")
    today = date(2026, 1, 10)
    national_reports.create_report(db, "CCPR", "Third", due_date=date(2025, 12, 1), responsible_id=mfa.id)
    national_reports.create_report(db, "CRC", "Fifth", due_date=date(2026, 5, 1))
    national_reports.create_report(db, "CEDAW", "Sixth", due_date=date(2024, 11, 1),
                                   submitted_on=date(2024, 10, 28))
    national_reports.create_report(db, "UPR", "Mid-term", mechanism="upr", due_date=date(2027, 1, 1))
    rows = national_reports.list_report_rows(db, ReportQuery(today=today))
    assert [r.body for r in rows] == ["CEDAW", "CCPR", "CRC", "UPR"]
    assert [(r.body, r.overdue, r.due_soon) for r in rows if r.overdue or r.due_soon] == [
        ("CCPR", True, False), ("CRC", False, True)]
    assert rows[0].status == "submitted" and rows[1].responsible == "MFA"
    assert [r.body for r in national_reports.list_report_rows(db, ReportQuery(due="overdue", today=today))] == ["CCPR"]
    assert [r.body for r in national_reports.list_report_rows(db, ReportQuery(due="soon", today=today))] == ["CRC"]
    assert national_reports.count_reports(db, ReportQuery(due="pending", today=today)) == 3
    assert national_reports.count_reports(db, ReportQuery(search="mid-term")) == 1
    with pytest.raises(ValidationError):
        national_reports.create_report(db, "  ", "No body")
    with pytest.raises(ValidationError):
        national_reports.create_report(db, "CAT", "Backwards", period_start=2025, period_end=2020)
