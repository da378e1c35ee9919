"""Migration 0008 keeps every old indicator text as indicator rows, and seeds the reporting cycles."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import text

from secretariat.db import Database, migrate
from secretariat.services import directory, indicators, plans, reporting_calendar


def _to(db: Database, revision: str, upgrade: bool) -> None:
    with db.engine.begin() as conn:
        (command.upgrade if upgrade else command.downgrade)(migrate.alembic_config(conn), revision)


def test_old_indicator_text_becomes_indicator_rows(db: Database) -> None:
    mfa = directory.create_organization(db, "Ministry of Foreign Affairs", "ministry", short_name="MFA")
    plan = plans.create_plan(db, "National action plan 2021-2025", period_start=2021, period_end=2025)
    dated = plans.create_measure(db, plan.id, "1", "Train judges", deadline="2023", lead_ids=[mfa.id])
    undated = plans.create_measure(db, plan.id, "2", "Publish the reports")
    bare = plans.create_measure(db, plan.id, "3", "Nothing to measure")
    indicators.add_indicator(db, undated.id, "Already a row", date(2021, 1, 1), date(2021, 12, 31))
    _to(db, "0005", upgrade=False)
    with db.engine.begin() as conn:
        for measure_id, old in ((dated.id, "Число обученных судей\n\n  Sany: 120  \n"),
                                (undated.id, "Reports published"), (bare.id, "   ")):
            conn.execute(text("UPDATE measure SET indicators = :t WHERE id = :id"), {"t": old, "id": measure_id})
    _to(db, "head", upgrade=True)

    first = indicators.list_indicators(db, dated.id)
    assert [(i.name, i.starts_on, i.ends_on, i.frequency_months, i.organization_id) for i in first] == [
        ("Число обученных судей", date(2023, 1, 1), date(2023, 12, 31), 12, mfa.id),
        ("Sany: 120", date(2023, 1, 1), date(2023, 12, 31), 12, mfa.id)]
    second = indicators.list_indicators(db, undated.id)  # after the row it had, over the plan's years
    assert [(i.name, i.starts_on, i.ends_on) for i in second] == [
        ("Already a row", date(2021, 1, 1), date(2021, 12, 31)),
        ("Reports published", date(2021, 1, 1), date(2025, 12, 31))]
    assert indicators.list_indicators(db, bare.id) == []
    # found by the indicator's words, which the measure's own search text no longer holds
    found = plans.list_measures(db, plans.MeasureQuery(search="обученных"))
    assert [m.id for m in found] == [dated.id]
    with db.read() as s:
        assert "обученных" not in s.scalar(text("SELECT search_text FROM measure WHERE id = :id"), {"id": dated.id})

    _to(db, "0005", upgrade=False)  # and back: the names return to the text column
    with db.engine.begin() as conn:
        assert conn.execute(text("SELECT indicators FROM measure WHERE id = :id"), {"id": dated.id}).scalar() \
            == "Число обученных судей\nSany: 120"
    _to(db, "head", upgrade=True)


def test_cycles_are_seeded_with_the_treaty_rules_and_no_state_dates(db: Database) -> None:
    cycles = {c.body: c for c in reporting_calendar.list_cycles(db)}
    assert set(cycles) == {"CCPR", "CESCR", "CERD", "CEDAW", "CAT", "CRC", "CRPD", "CMW", "CED", "UPR"}
    assert all(c.ratified_on is None and c.starts_on is None for c in cycles.values())
    assert [(cycles[b].initial_months, cycles[b].period_months) for b in ("CEDAW", "CRC", "CED", "UPR")] == [
        (12, 48), (24, 60), (24, None), (0, 54)]
    assert "art. 44" in cycles["CRC"].source
