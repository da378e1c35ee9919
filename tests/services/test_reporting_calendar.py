"""The reports calendar: treaty schedules, the committee's own dates, and a year of what is due."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.db import Database
from secretariat.services import national_reports, reporting_calendar
from secretariat.services.errors import ConflictError, ValidationError
from secretariat.services.reporting_calendar import CycleRule, due_dates, entry_into_force


def test_entry_into_force_follows_each_treaty_rule() -> None:
    assert entry_into_force(date(1994, 9, 29), "30_days") == date(1994, 10, 29)  # CERD art. 19(2)
    assert entry_into_force(date(1997, 5, 1), "3_months") == date(1997, 8, 1)     # ICCPR art. 49(2)
    # three months after 30 November is the end of February, in a leap year the 29th
    assert entry_into_force(date(2023, 11, 30), "3_months") == date(2024, 2, 29)
    assert entry_into_force(date(2022, 11, 30), "3_months") == date(2023, 2, 28)
    # ICRMW art. 87(2): the first day of the month after three months, across a year's end
    assert entry_into_force(date(2024, 9, 15), "month_after_3_months") == date(2025, 1, 1)
    assert entry_into_force(date(2024, 10, 31), "month_after_3_months") == date(2025, 2, 1)
    assert entry_into_force(date(2008, 12, 3), "none") == date(2008, 12, 3)
    with pytest.raises(ValidationError):
        entry_into_force(date(2000, 1, 1), "someday")


def test_initial_then_periodic_reports() -> None:
    cedaw = CycleRule("CEDAW", date(1997, 5, 1), 12, 48)  # in force 31 May 1997
    assert [d for d, _n, _c in due_dates(cedaw, date(2010, 1, 1))] == [
        date(1998, 5, 31), date(2002, 5, 31), date(2006, 5, 31)]
    assert [n for _d, n, _c in due_dates(cedaw, date(2010, 1, 1))] == [1, 2, 3]
    crc = CycleRule("CRC", date(1993, 9, 20), 24, 60)  # in force 20 October 1993
    assert [d for d, *_ in due_dates(crc, date(2004, 1, 1))] == [date(1995, 10, 20), date(2000, 10, 20)]
    ced = CycleRule("CED", date(2011, 1, 1), 24, None)  # then only as the Committee requests
    assert [d for d, *_ in due_dates(ced, date(2050, 1, 1))] == [date(2013, 1, 31)]
    assert due_dates(CycleRule("CMW", None, 12, 60), date(2050, 1, 1)) == []  # not a party


def test_leap_days_and_month_ends_do_not_drift() -> None:
    rule = CycleRule("X", None, 12, 12, in_force_on=date(2024, 2, 29))
    assert [d for d, *_ in due_dates(rule, date(2029, 1, 1))] == [
        date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29)]
    month_end = CycleRule("Y", None, 1, 1, in_force_on=date(2025, 1, 31))
    assert [d for d, *_ in due_dates(month_end, date(2025, 5, 1))] == [
        date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30)]


def test_the_committee_date_overrides_the_schedule_from_there_on() -> None:
    rule = CycleRule("CAT", date(1999, 6, 25), 12, 48, next_due_on=date(2029, 5, 2))  # in force 25 July 1999
    dates = due_dates(rule, date(2034, 1, 1))
    assert [(d, c) for d, _n, c in dates][-3:] == [(date(2024, 7, 25), False), (date(2029, 5, 2), True),
                                                  (date(2033, 5, 2), False)]
    # the treaty's 2028 date, within half a period of the committee's, is replaced by it
    assert date(2028, 7, 25) not in [d for d, *_ in dates]
    # without a ratification date the committee's date still counts
    assert [d for d, *_ in due_dates(CycleRule("UPR", None, 0, 54, "none", next_due_on=date(2028, 1, 15)),
                                     date(2033, 1, 1))] == [date(2028, 1, 15), date(2032, 7, 15)]


def _cycle(db: Database, body: str):
    return next(c for c in reporting_calendar.list_cycles(db) if c.body == body)


def test_a_year_shows_recorded_reports_and_the_dates_no_report_answers(db: Database) -> None:
    cedaw = _cycle(db, "CEDAW")
    saved = reporting_calendar.update_cycle(db, cedaw.id, cedaw.version, ratified_on=date(1997, 5, 1))
    assert saved.starts_on == date(1997, 5, 31)
    crc = _cycle(db, "CRC")
    reporting_calendar.update_cycle(db, crc.id, ratified_on=date(1993, 9, 20), next_due_on=date(2026, 3, 1),
                                    next_due_source="CRC/C/TKM/CO/2-4, para. 78")
    # CEDAW's computed 2026 date (31 May) is answered by the report recorded for 1 July
    recorded = national_reports.create_report(db, "CEDAW", "Seventh periodic report", due_date=date(2026, 7, 1))
    year = reporting_calendar.year_entries(db, 2026, today=date(2026, 4, 1))
    assert [(e.body, e.due_on, e.origin, e.report_id) for e in year] == [
        ("CRC", date(2026, 3, 1), "committee", None), ("CEDAW", date(2026, 7, 1), "recorded", recorded.id)]
    assert year[0].overdue and not year[1].overdue
    # the next CEDAW date is computed: no report is recorded for it
    later = reporting_calendar.year_entries(db, 2030, today=date(2026, 4, 1))
    assert [(e.body, e.due_on, e.origin, e.title) for e in later] == [
        ("CEDAW", date(2030, 5, 31), "computed", "Periodic report")]
    assert reporting_calendar.calendar_years(db, date(2026, 4, 1))[:1] == [2024]


def test_bad_cycle_values_are_refused_with_a_reason(db: Database) -> None:
    cat = _cycle(db, "CAT")
    with pytest.raises(ValidationError) as error:
        reporting_calendar.update_cycle(db, cat.id, ratified_on=date(1999, 6, 25), in_force_on=date(1999, 1, 1))
    assert error.value.field == "in_force_on"
    with pytest.raises(ValidationError):
        reporting_calendar.update_cycle(db, cat.id, period_months=0)
    with pytest.raises(ValidationError):
        reporting_calendar.update_cycle(db, cat.id, entry_rule="soon")
    reporting_calendar.update_cycle(db, cat.id, cat.version, notes="Checked")
    with pytest.raises(ConflictError):
        reporting_calendar.update_cycle(db, cat.id, cat.version, notes="Stale")
    assert _cycle(db, "CAT").ratified_on is None  # nothing refused was written
