"""Indicators: due dates from the frequency, progress attached to a due date, missed reports."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.db import Database
from secretariat.services import directory, indicators, plans
from secretariat.services.errors import ValidationError


def _measure(db: Database):
    plan = plans.create_plan(db, "National Action Plan for Human Rights 2021-2025", period_start=2021,
                             period_end=2025, short_title="NAPHR")
    measure = plans.create_measure(db, plan.id, "2.3.1", "Train judges on the Convention")
    moj = directory.create_organization(db, "Adalat ministrligi", "ministry")
    return plan, measure, moj


def test_due_dates_follow_the_frequency() -> None:
    assert indicators.due_dates(date(2024, 1, 1), date(2024, 12, 31), 3) == [
        date(2024, 4, 1), date(2024, 7, 1), date(2024, 10, 1), date(2024, 12, 31)]
    assert indicators.due_dates(date(2024, 1, 31), date(2024, 4, 30), 1) == [
        date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30)]
    assert indicators.due_dates(date(2024, 1, 1), date(2025, 1, 1), 12) == [date(2025, 1, 1)]
    assert indicators.due_dates(date(2024, 1, 1), date(2023, 1, 1), 12) == []


def test_progress_attaches_to_a_due_date_and_missed_ones_are_listed(db: Database) -> None:
    _plan, measure, moj = _measure(db)
    ind = indicators.add_indicator(db, measure.id, "Judges trained", date(2024, 1, 1), date(2024, 12, 31),
                                   frequency_months=6, organization_id=moj.id, target="200")
    [row] = indicators.list_indicators(db, measure.id)
    assert row.due_dates == (date(2024, 7, 1), date(2024, 12, 31)) and row.organization == moj.name
    missed = indicators.missed_reports(db, date(2024, 9, 1))
    assert [(m.due_on, m.measure_number, m.plan, m.organization) for m in missed] == [
        (date(2024, 7, 1), "2.3.1", "NAPHR", moj.name)]
    with pytest.raises(ValidationError, match="not a reporting date"):
        indicators.report_progress(db, ind.id, date(2024, 6, 30), date(2024, 7, 3), "60 judges")
    report = indicators.report_progress(db, ind.id, date(2024, 7, 1), date(2024, 7, 3), "60 judges trained",
                                        status="in_progress")
    assert report.organization_id == moj.id and report.measure_id == measure.id
    assert indicators.missed_reports(db, date(2024, 9, 1)) == []
    assert indicators.list_indicators(db, measure.id)[0].reported == (date(2024, 7, 1),)
    due = indicators.due_reports(db, date(2024, 9, 1), until=date(2024, 12, 31))
    assert [(d.due_on, d.reported_on) for d in due] == [(date(2024, 7, 1), date(2024, 7, 3)), (date(2024, 12, 31), None)]
    assert indicators.missed_reports(db, date(2025, 1, 2), organization_id=moj.id)[0].due_on == date(2024, 12, 31)


def test_bad_indicators_are_refused(db: Database) -> None:
    _plan, measure, _moj = _measure(db)
    with pytest.raises(ValidationError, match="frequency"):
        indicators.add_indicator(db, measure.id, "x", date(2024, 1, 1), date(2024, 12, 31), frequency_months=0)
    with pytest.raises(ValidationError, match="end before"):
        indicators.add_indicator(db, measure.id, "x", date(2024, 1, 1), date(2023, 12, 31))
    with pytest.raises(ValidationError, match="empty"):
        indicators.add_indicator(db, measure.id, " ", date(2024, 1, 1), date(2024, 12, 31))
    ind = indicators.add_indicator(db, measure.id, "x", date(2024, 1, 1), date(2024, 12, 31))
    with pytest.raises(ValidationError, match="end before"):
        indicators.update_indicator(db, ind.id, ends_on=date(2023, 1, 1))
    indicators.update_indicator(db, ind.id, frequency_months="3")
    assert len(indicators.list_indicators(db, measure.id)[0].due_dates) == 4


def test_what_each_organization_owes_lists_missed_indicator_reports(db: Database, tmp_path) -> None:
    from secretariat.io.documents import build_report
    from secretariat.services.report_data import ReportFilters, organization_dues

    _plan, measure, moj = _measure(db)
    indicators.add_indicator(db, measure.id, "Judges trained", date(2024, 1, 1), date(2024, 12, 31),
                             frequency_months=6, organization_id=moj.id)
    data = organization_dues(db, ReportFilters(today=date(2024, 9, 1)))
    [org] = data.organizations
    assert org.name == moj.name
    assert [(r.due_on, r.missed) for r in org.indicator_reports] == [(date(2024, 7, 1), True), (date(2024, 12, 31), True)]
    built = build_report(db, "organization-dues", ReportFilters(today=date(2024, 9, 1)), tmp_path / "dues.pdf")
    assert built.pages >= 1


def test_status_questionnaires_carry_the_indicators_due(db: Database, tmp_path) -> None:
    from openpyxl import load_workbook

    from secretariat.io.excel.questionnaire import assignments, write_questionnaires

    _plan, measure, moj = _measure(db)
    indicators.add_indicator(db, measure.id, "Judges trained", date(2024, 1, 1), date(2024, 12, 31),
                             frequency_months=6, organization_id=moj.id)
    [owed] = assignments(db, as_of=date(2024, 10, 15))  # missed, and due within 3 months
    assert owed.organization == moj.name and owed.measures == []
    assert owed.indicators == [("NAPHR", "2.3.1", "Judges trained", date(2024, 7, 1), True),
                               ("NAPHR", "2.3.1", "Judges trained", date(2024, 12, 31), False)]
    [path] = write_questionnaires(db, tmp_path, prepared_on=date(2024, 10, 15))
    sheet = load_workbook(path)["Indicators due"]
    assert [c.value for c in sheet[5]] == ["NAPHR", "2.3.1", "Judges trained", "01.07.2024", "missed"]
