"""SDG targets: the seeded list, links from recommendations, measures and indicators, counts."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import text

from secretariat.db import Database
from secretariat.db.reference_data import load_sdg_targets
from secretariat.services import indicators, plans, recommendations, sdg_targets, statistics
from secretariat.services.errors import ValidationError
from secretariat.services.recommendations import RecommendationQuery


def test_the_migration_seeds_169_targets_under_their_goals(db: Database) -> None:
    with db.read() as s:
        rows = s.execute(text("SELECT goal, code, text_en, text_ru, text_tk FROM sdg_target ORDER BY position")).all()
    assert len(rows) == 169
    per_goal = Counter(goal for goal, *_ in rows)
    assert per_goal == {1: 7, 2: 8, 3: 13, 4: 10, 5: 9, 6: 8, 7: 5, 8: 12, 9: 8, 10: 10, 11: 10, 12: 11,
                        13: 5, 14: 10, 15: 12, 16: 12, 17: 19}
    assert all(code.split(".")[0] == str(goal) for goal, code, *_ in rows)
    assert [code for _g, code, *_ in rows][:7] == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b"]
    by_code = {code: (en, ru, tk) for _g, code, en, ru, tk in rows}
    assert by_code["16.3"][0] == ("Promote the rule of law at the national and international levels and ensure "
                                  "equal access to justice for all")
    assert by_code["16.3"][1].startswith("Содействовать верховенству права")
    assert all(en for en, _ru, _tk in by_code.values())
    assert sum(1 for _en, ru, _tk in by_code.values() if ru) == 169
    assert all(tk == "" for _en, _ru, tk in by_code.values())  # no official Turkmen texts


def test_the_resource_file_is_what_the_migration_seeded() -> None:
    rows = load_sdg_targets()
    assert len(rows) == len({r.code for r in rows}) == 169
    assert rows[-1].code == "17.19" and rows[-1].position == 169


def test_texts_follow_the_language_and_fall_back(db: Database) -> None:
    [ru] = [t for t in sdg_targets.list_targets(db, "ru") if t.code == "5.2"]
    assert ru.text.startswith("Ликвидировать все формы насилия")
    [tk] = [t for t in sdg_targets.list_targets(db, "tk") if t.code == "5.2"]
    assert tk.text == ru.text  # no Turkmen text: a Turkmen reader gets Russian first
    [en] = [t for t in sdg_targets.list_targets(db, "en") if t.code == "5.2"]
    assert en.label.startswith("5.2 Eliminate all forms of violence")


def test_a_recommendation_names_targets_and_their_goals(db: Database) -> None:
    rec = recommendations.create_recommendation(db, "Criminalize domestic violence", paragraph="140.1", cycle=4,
                                                sdgs=[10], sdg_targets=["5.2", "16.3"])
    assert [t.code for t in sdg_targets.targets_of(db, "recommendation", rec.id)] == ["5.2", "16.3"]
    assert [g.number for g in recommendations.get_recommendation(db, rec.id).sdgs] == [5, 10, 16]

    sdg_targets.link_targets(db, "recommendation", rec.id, ["5.A", "16.10"])  # codes in any case
    assert [t.code for t in sdg_targets.targets_of(db, "recommendation", rec.id)] == ["5.2", "5.a", "16.3", "16.10"]
    sdg_targets.unlink_target(db, "recommendation", rec.id, "16.3")
    assert [t.code for t in sdg_targets.targets_of(db, "recommendation", rec.id)] == ["5.2", "5.a", "16.10"]
    assert [g.number for g in recommendations.get_recommendation(db, rec.id).sdgs] == [5, 10, 16]  # goals stay

    recommendations.update_recommendation(db, rec.id, sdg_targets=[])
    assert sdg_targets.targets_of(db, "recommendation", rec.id) == []
    [row] = recommendations.list_recommendations(db)
    assert row.sdg_targets == ""

    recommendations.update_recommendation(db, rec.id, sdg_targets=["4.1"])
    [row] = recommendations.list_recommendations(db, RecommendationQuery(sdg_target="4.1"))
    assert row.sdg_targets == "4.1" and row.sdgs == "4, 5, 10, 16"
    assert recommendations.list_recommendations(db, RecommendationQuery(sdg_target="5.2")) == []


def test_an_unknown_target_is_refused_by_name(db: Database) -> None:
    rec = recommendations.create_recommendation(db, "Ratify the Convention", paragraph="140.2", cycle=4)
    with pytest.raises(ValidationError, match="16.13"):
        sdg_targets.set_targets(db, "recommendation", rec.id, ["16.1", "16.13"])
    assert sdg_targets.targets_of(db, "recommendation", rec.id) == []
    with pytest.raises(ValidationError):
        sdg_targets.set_targets(db, "meeting", 1, ["16.1"])


def test_measures_and_indicators_name_targets(db: Database) -> None:
    plan = plans.create_plan(db, "National Action Plan for Gender Equality 2021-2025", period_start=2021,
                             period_end=2025, short_title="NAPGE")
    measure = plans.create_measure(db, plan.id, "1.1", "Open crisis centres for women")
    other = plans.create_measure(db, plan.id, "1.2", "Train police officers")
    ind = indicators.add_indicator(db, measure.id, "Centres opened", date(2024, 1, 1), date(2025, 12, 31),
                                   frequency_months=12)
    assert sdg_targets.set_targets(db, "measure", measure.id, ["5.2", "5.1"]) == ["5.1", "5.2"]
    sdg_targets.set_targets(db, "measure", other.id, ["5.2"])
    sdg_targets.link_targets(db, "indicator", ind.id, ["5.2"])
    assert [t.code for t in sdg_targets.targets_of(db, "indicator", ind.id)] == ["5.2"]

    counts = statistics.measure_counts(db, plans.MeasureQuery(plan_id=plan.id))
    assert [(c.key, c.count) for c in counts.by_target] == [("5.1", 1), ("5.2", 2)]

    plans.delete_measure(db, measure.id)  # its links (and its indicator's) go with it
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM measure_sdg_target")).scalar() == 1
        assert s.execute(text("SELECT count(*) FROM indicator_sdg_target")).scalar() == 0


def test_recommendation_counts_by_target(db: Database) -> None:
    a = recommendations.create_recommendation(db, "A", paragraph="1", cycle=4, sdg_targets=["16.3", "5.2"])
    recommendations.create_recommendation(db, "B", paragraph="2", cycle=4, sdg_targets=["16.3"])
    recommendations.create_recommendation(db, "C", paragraph="3", cycle=4, sdgs=[1])
    counts = statistics.recommendation_counts(db)
    assert [(c.key, c.count) for c in counts.by_target] == [("5.2", 1), ("16.3", 2)]
    assert counts.by_target[1].label.startswith("16.3 Promote the rule of law")
    assert counts.as_dict()["by_target"] == {"5.2": 1, "16.3": 2}
    assert {c.key: c.count for c in counts.by_sdg}[16] == 2
    recommendations.delete_recommendation(db, a.id)
    assert [(c.key, c.count) for c in statistics.recommendation_counts(db).by_target] == [("16.3", 1)]


def test_measures_and_indicators_save_targets_with_their_other_fields(db: Database) -> None:
    plan = plans.create_plan(db, "Roadmap for UPR recommendations", period_start=2024, period_end=2028)
    measure = plans.create_measure(db, plan.id, "1", "Draft a law on access to information",
                                   sdg_targets=["16.10", "16.6"])
    assert [t.code for t in sdg_targets.targets_of(db, "measure", measure.id)] == ["16.6", "16.10"]
    plans.update_measure(db, measure.id, text="Adopt a law on access to information")
    assert [t.code for t in sdg_targets.targets_of(db, "measure", measure.id)] == ["16.6", "16.10"]
    plans.update_measure(db, measure.id, sdg_targets=["16.10"])
    assert [t.code for t in sdg_targets.targets_of(db, "measure", measure.id)] == ["16.10"]
    ind = indicators.add_indicator(db, measure.id, "Law adopted", date(2024, 1, 1), date(2025, 12, 31),
                                   sdg_targets=["16.10"])
    with pytest.raises(ValidationError):
        indicators.update_indicator(db, ind.id, name="Law in force", sdg_targets=["16.99"])
    assert [t.code for t in sdg_targets.targets_of(db, "indicator", ind.id)] == ["16.10"]
    indicators.update_indicator(db, ind.id, sdg_targets=[])
    assert sdg_targets.targets_of(db, "indicator", ind.id) == []


def test_an_undone_measure_deletion_brings_its_targets_back(db: Database) -> None:
    plan = plans.create_plan(db, "Work Plan 2024", period_start=2024, period_end=2024)
    measure = plans.create_measure(db, plan.id, "3", "Report to CEDAW", sdg_targets=["5.1", "5.c"])
    deleted = plans.delete_measure_undoably(db, measure.id)
    back = plans.restore_measure(db, deleted)
    assert [t.code for t in sdg_targets.targets_of(db, "measure", back.id)] == ["5.1", "5.c"]


def test_migrating_a_database_of_0005_keeps_its_goal_links(tmp_path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from secretariat.db import migrate

    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0005")
        conn.execute(text("INSERT INTO recommendation (id, natural_key, mechanism, body, session, document_symbol, "
                          "paragraph, text, position, source_of_position, status, assessment, search_text, version, "
                          "created_at, updated_at) VALUES (1, 'upr|UPR|4|1', 'upr', 'UPR', '', '', '1', 'Old', "
                          "'supported', '', 'not_started', '', 'old', 1, '2024-01-01', '2024-01-01')"))
        conn.execute(text("INSERT INTO recommendation_sdg VALUES (1, 16)"))
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "head")
        assert conn.execute(text("SELECT sdg_number FROM recommendation_sdg")).scalars().all() == [16]
        assert conn.execute(text("SELECT count(*) FROM sdg_target")).scalar() == 169
        assert conn.execute(text("SELECT count(*) FROM recommendation_sdg_target")).scalar() == 0
    engine.dispose()


def test_a_change_of_targets_is_a_change_of_the_record(db: Database) -> None:
    from secretariat.services.audit import history_for
    from secretariat.services.errors import ConflictError

    rec = recommendations.create_recommendation(db, "Ensure birth registration", paragraph="9", cycle=4,
                                                sdg_targets=["16.9"])
    stale = recommendations.get_recommendation(db, rec.id).version
    entries = len(history_for(db, "recommendation", rec.id))
    sdg_targets.link_targets(db, "recommendation", rec.id, ["16.b"])
    assert recommendations.get_recommendation(db, rec.id).version == stale + 1
    history = history_for(db, "recommendation", rec.id)
    assert len(history) == entries + 1 and history[0].action == "update"
    with pytest.raises(ConflictError):  # another copy of the app still shows the old targets
        recommendations.update_recommendation(db, rec.id, stale, sdg_targets=["16.9"])
    sdg_targets.link_targets(db, "recommendation", rec.id, ["16.9"])  # nothing new: no new version
    assert recommendations.get_recommendation(db, rec.id).version == stale + 1
