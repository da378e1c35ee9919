"""Counts at a glance: the numbers the Recommendations view shows and the reports print."""

from datetime import date

from secretariat.services import directory, plans, recommendations, statistics
from secretariat.services.plans import MeasureQuery
from secretariat.services.recommendations import RecommendationQuery


def _by(rows):
    return {c.key: c.count for c in rows}


def test_recommendation_counts(db):
    moj = directory.create_organization(db, "Ministry of Justice", short_name="MoJ")
    mfa = directory.create_organization(db, "Ministry of Foreign Affairs", short_name="MFA")
    recommendations.create_recommendation(db, "Ratify OP-CAT", paragraph="1", position="supported",
                                          status="implemented", sdgs=[16], themes=["Ratification"],
                                          responsible_ids=[moj.id, mfa.id])
    recommendations.create_recommendation(db, "Gender equality", paragraph="2", position="supported",
                                          sdgs=[5, 16], themes=["Women's rights", "Ratification"],
                                          groups=["women & girls"], responsible_ids=[moj.id])
    recommendations.create_recommendation(db, "Invite special procedures", paragraph="3", position="noted",
                                          status="not_implemented", sdgs=[17])
    recommendations.create_recommendation(db, "Treaty body one", "treaty_body", "CEDAW", paragraph="4",
                                          position="pending")
    c = statistics.recommendation_counts(db)
    assert c.total == 4
    assert _by(c.by_position) == {"supported": 2, "noted": 1, "pending": 1}
    assert [x.key for x in c.by_position][:2] == ["supported", "noted"]
    assert _by(c.by_status) == {"not_started": 2, "in_progress": 0, "partially_implemented": 0,
                                "implemented": 1, "not_implemented": 1}
    assert len(c.by_sdg) == 17 and _by(c.by_sdg)[16] == 2 and _by(c.by_sdg)[5] == 1 and _by(c.by_sdg)[1] == 0
    assert [(x.label, x.count) for x in c.by_theme] == [("Ratification", 2), ("Women's rights", 1)]
    assert [(x.label, x.count) for x in c.by_group] == [("women & girls", 1)]
    assert [(x.label, x.count) for x in c.by_responsible] == [("MoJ", 2), ("MFA", 1)]
    assert _by(c.by_body) == {"CEDAW": 1, "UPR": 3}
    assert c.without_responsible == 2 and c.linked_to_measures == 0
    # The same filters as the list: the counts of what the view shows.
    upr = statistics.recommendation_counts(db, RecommendationQuery(mechanism="upr", sdg=16))
    assert upr.total == 2 and _by(upr.by_position) == {"supported": 2, "noted": 0}
    assert upr.as_dict()["by_responsible"] == {"MoJ": 2, "MFA": 1}
    assert recommendations.count_recommendations(db, RecommendationQuery(mechanism="upr", sdg=16)) == upr.total


def test_counts_agree_with_summary_on_demo(demo_db):
    from secretariat.services.summary import summary

    c = statistics.recommendation_counts(demo_db)
    s = summary(demo_db)["recommendations"]
    assert c.total == s["total"]
    assert _by(c.by_position)["supported"] == s["by_position"]["supported"]
    assert _by(c.by_position)["noted"] == s["by_position"]["noted"]
    assert {k: v for k, v in _by(c.by_status).items() if v} == s["by_status"]
    assert c.linked_to_measures == recommendations.count_recommendations(demo_db, RecommendationQuery(linked=True))


def test_measure_counts(db):
    moj = directory.create_organization(db, "Ministry of Justice", short_name="MoJ")
    p = plans.create_plan(db, "NAP", period_start=2021, period_end=2025)
    plans.create_measure(db, p.id, "1", "a", deadline="2023", status="in_progress", lead_ids=[moj.id])
    plans.create_measure(db, p.id, "2", "b", deadline="2023", status="completed", lead_ids=[moj.id])
    plans.create_measure(db, p.id, "3", "c", deadline="someday")
    c = statistics.measure_counts(db, MeasureQuery(plan_id=p.id), today=date(2025, 1, 1))
    assert (c.total, c.overdue, c.completed, c.deadline_not_understood) == (3, 1, 1, 1)
    assert _by(c.by_status)["not_started"] == 1
    assert [(x.label, x.count) for x in c.by_lead] == [("MoJ", 2)]
