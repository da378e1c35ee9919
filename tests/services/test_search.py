"""Full-text search and the one search over everything, on SQLite (FTS5) and PostgreSQL (trigrams)."""

from __future__ import annotations

from datetime import date, datetime

from secretariat.db import Database
from secretariat.services import directory, meetings, plans, recommendations, search
from secretariat.services.recommendations import RecommendationQuery


def _paragraphs(db: Database, text: str) -> list[str]:
    return sorted(r.paragraph for r in recommendations.list_recommendations(db, RecommendationQuery(search=text)))


def test_word_starts_in_any_case_without_diacritics_or_yo(db: Database) -> None:
    recommendations.create_recommendation(db, "Milli hereket meýilnamasyny kabul etmek", paragraph="1.1", cycle=4)
    recommendations.create_recommendation(db, "Учесть мнение ЁЛКИНА и Министерства", paragraph="1.2", cycle=4)
    recommendations.create_recommendation(db, "Ratify the Optional Protocol", paragraph="1.3", cycle=4)
    assert _paragraphs(db, "meyil") == ["1.1"]  # a prefix, typed without the Turkmen letters
    assert _paragraphs(db, "MEÝILNAMASYNY") == ["1.1"]
    assert _paragraphs(db, "елкин министерств") == ["1.2"]  # ё and case folded, every word must match
    assert _paragraphs(db, "ratify protocol") == ["1.3"]
    assert _paragraphs(db, "ratify torture") == []
    assert _paragraphs(db, "namasy") == []  # inside a word is no word start
    assert _paragraphs(db, "50%_") == []  # LIKE's wildcards are text
    assert _paragraphs(db, "  ") == ["1.1", "1.2", "1.3"]
    assert recommendations.count_recommendations(db, RecommendationQuery(search="r")) == 1


def test_the_index_follows_every_write(db: Database) -> None:
    rec = recommendations.create_recommendation(db, "Strengthen the Ombudsman", paragraph="2.1", cycle=4)
    assert _paragraphs(db, "ombuds") == ["2.1"]
    recommendations.update_recommendation(db, rec.id, text="Establish a national preventive mechanism")
    assert _paragraphs(db, "ombuds") == []
    assert _paragraphs(db, "preventive") == ["2.1"]
    recommendations.delete_recommendation(db, rec.id)
    assert _paragraphs(db, "preventive") == []


def test_measures_and_meetings_search_through_the_index(db: Database) -> None:
    plan = plans.create_plan(db, "Milli meýilnama")
    measure = plans.create_measure(db, plan.id, "1", "Adam hukuklary boýunça okuwlar")
    assert [m.id for m in plans.list_measures(db, plans.MeasureQuery(search="boyunca"))] == [measure.id]
    meeting = meetings.create_meeting(db, datetime(2025, 3, 1, 10), title="Regular meeting")
    meetings.add_agenda_item(db, meeting.id, "Gender equality in employment")
    found = meetings.list_meetings(db, meetings.MeetingQuery(search="gend"))
    assert [m.id for m in found] == [meeting.id]  # through its agenda item


def test_everything_grouped_by_kind_with_what_to_open(db: Database) -> None:
    org = directory.create_organization(db, name="Ministry of Justice", short_name="MoJ", kind="ministry")
    plan = plans.create_plan(db, "National plan", short_title="NAP")
    measure = plans.create_measure(db, plan.id, "3.1", "Train judges on justice for children")
    plans.add_progress_report(db, measure.id, date(2025, 2, 1), "Forty judges trained in juvenile justice")
    meeting = meetings.create_meeting(db, datetime(2025, 3, 1, 10), title="Meeting on justice reform")
    item = meetings.add_agenda_item(db, meeting.id, "Access to justice", heard="Heard the Ministry")
    meetings.add_decision(db, meeting.id, "To prepare a justice sector review", agenda_item_id=item.id)
    recommendations.create_recommendation(db, "Ensure the independence of the justice system", paragraph="9.9",
                                          cycle=4)
    groups = search.search_everything(db, "JUSTI")
    assert [g.kind for g in groups] == [search.MEETING, search.MINUTES, search.DECISION, search.MEASURE,
                                        search.PROGRESS, search.RECOMMENDATION, search.ORGANIZATION]
    by_kind = {g.kind: g for g in groups}
    assert all(g.total == len(g.hits) == 1 for g in groups)
    assert by_kind[search.MINUTES].hits[0].meeting_id == meeting.id
    assert by_kind[search.DECISION].hits[0].meeting_id == meeting.id
    assert by_kind[search.PROGRESS].hits[0].measure_id == measure.id
    assert by_kind[search.MEASURE].hits[0].title == "NAP 3.1"
    assert by_kind[search.ORGANIZATION].hits[0].record_id == org.id
    assert "justice" in by_kind[search.RECOMMENDATION].hits[0].detail
    assert search.search_everything(db, "j") == []  # one letter is too little
    assert search.search_everything(db, "nothing-like-it") == []


def test_groups_count_all_and_show_a_few_on_the_demo(demo_db: Database) -> None:
    groups = search.search_everything(demo_db, "minis", limit=3)
    organizations = next(g for g in groups if g.kind == search.ORGANIZATION)
    assert organizations.total > 3 and len(organizations.hits) == 3
    assert organizations.total == len(directory.list_organizations(demo_db, search="ministry"))
    assert not organizations.more
    capped = search.search_everything(demo_db, "minis", limit=3, cap=5)
    organizations = next(g for g in capped if g.kind == search.ORGANIZATION)
    assert (organizations.total, organizations.more, len(organizations.hits)) == (5, True, 3)
    # The newest first: the hits are the same with or without the cap.
    assert [h.record_id for h in organizations.hits] == sorted((h.record_id for h in organizations.hits), reverse=True)


def test_words_end_at_punctuation_as_in_russian_and_un_texts(db: Database) -> None:
    recommendations.create_recommendation(db, "Implement «Education for all» (A/HRC/53/4) and the OP-CAT — “soon”",
                                          paragraph="7.1", cycle=4)
    recommendations.create_recommendation(db, "Учесть «мнение» Министерства…", paragraph="7.2", cycle=4)
    for word in ("educ", "hrc", "53", "cat", "soon", "all"):
        assert _paragraphs(db, word) == ["7.1"], word
    assert _paragraphs(db, "мнен министерств") == ["7.2"]
    assert _paragraphs(db, "ducation") == []
